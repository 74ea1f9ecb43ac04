// The runner's words: the human table (case, expected from the document, what the server did,
// agree or DISAGREE, the reasons under a disagreement), the summary with each fault named once,
// and the machine-readable reports (JUnit XML, JSON). Every text passes through one scrubber,
// so the API key never appears and the customer id appears only masked (by the client's own
// maskCustomerId, from the built package).

/** @typedef {import('./run.mjs').CaseResult} CaseResult */
/** @typedef {import('./cases.mjs').SuiteCase} SuiteCase */

const columns = [
  { title: '#', width: 4, align: 'right' },
  { title: 'case', width: 72 },
  { title: 'expected', width: 10 },
  { title: 'server', width: 10 },
  { title: 'result', width: 8 },
];

// Control characters and other invisible ones are shown escaped, so a row stays one row.
const visible = (/** @type {string} */ text) =>
  text.replace(
    /[\u0000-\u001f\u007f-\u00a0\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
const clip = (/** @type {string} */ text, /** @type {number} */ width) =>
  text.length > width ? `${text.slice(0, width - 1)}…` : text;
const cell = (/** @type {string} */ text, /** @type {{ width: number, align?: string }} */ { width, align }) =>
  align === 'right' ? clip(text, width).padStart(width) : clip(text, width).padEnd(width);
const row = (/** @type {string[]} */ values) =>
  values
    .map((value, i) => cell(value, /** @type {any} */ (columns[i])))
    .join('  ')
    .trimEnd();

/**
 * One function that every printed or written text goes through: the key (raw and in the
 * Basic header's base64) is removed, the customer id (raw and percent-encoded) is masked.
 * @param {{ apiKey?: string, customerId: string, maskCustomerId: (id: string) => string }} secrets
 * @returns {(text: string) => string}
 */
export function scrubber({ apiKey, customerId, maskCustomerId }) {
  const masked = maskCustomerId(customerId);
  /** @type {Array<[string, string]>} */
  const replacements = [];
  if (apiKey) {
    replacements.push([Buffer.from(`${apiKey}:`).toString('base64'), '[api key]'], [apiKey, '[api key]']);
  }
  // A very short id would mask innocent text; one of 4 characters or more is distinctive enough.
  if (customerId.length >= 4 && masked !== customerId) {
    replacements.push([encodeURIComponent(customerId), masked], [customerId, masked]);
  }
  return (text) => replacements.reduce((out, [secret, shown]) => out.split(secret).join(shown), text);
}

/**
 * @param {object} context
 * @param {string} context.baseUrl
 * @param {Record<string, any>} context.spec
 * @param {string} context.maskedCustomerId
 * @param {string} context.merchantId
 * @param {string} context.apiKeySource
 * @param {{ invalid: SuiteCase[], valid: SuiteCase[], seed: number }} context.suite
 * @param {boolean} context.invalidOnly
 * @param {number | undefined} context.maxCases
 */
export function preamble({ baseUrl, spec, maskedCustomerId, merchantId, apiKeySource, suite, invalidOnly, maxCases }) {
  const fieldNames = Object.keys(spec.components.schemas.UpdateCustomerBody.properties);
  const lines = [
    `Conformance of ${baseUrl} to "${spec.info.title}" ${spec.info.version}: POST /customers/{customer_id}`,
    `Seed ${suite.seed} (repeat this run with --seed ${suite.seed}).${maxCases ? ` At most ${maxCases} cases (--max-cases).` : ''}`,
    `Merchant: ${merchantId}. Customer: ${maskedCustomerId}. API key: ${apiKeySource}.`,
    '',
    `${suite.invalid.length} invalid requests come first. A conforming server refuses each one (400, 401, 403 or 404)`,
    'and changes nothing: each breaks one rule (a field, the body, a header, the auth, the path or the media type).',
  ];
  if (invalidOnly) lines.push('Valid requests are skipped (--invalid-only): no customer is changed.');
  else {
    lines.push(
      '',
      `WARNING: then ${suite.valid.length} valid requests CHANGE customer ${maskedCustomerId}. They set its ${fieldNames.join(', ')}`,
      "to values the document allows, and leave it with the document's full example. Point this only at a",
      'test customer (or pass --invalid-only).',
    );
  }
  lines.push('', row(columns.map((c) => c.title)), row(columns.map((c) => '-'.repeat(Math.min(c.width, 8)))));
  return lines.join('\n');
}

/** @param {CaseResult} result */
export function resultLines({ number, testCase, server, problems }) {
  const lines = [
    row([
      String(number),
      visible(testCase.name),
      testCase.expected.join('/'),
      server,
      problems.length ? 'DISAGREE' : 'agree',
    ]),
  ];
  for (const problem of problems) lines.push(`${' '.repeat(6)}↳ ${visible(problem)}`);
  return lines.join('\n');
}

/** The disagreements grouped by what went wrong, so that each fault is named once. */
export function summary(/** @type {CaseResult[]} */ results, /** @type {number} */ seconds) {
  const disagreements = results.filter((r) => r.problems.length > 0);
  const lines = [
    '',
    `${results.length} cases in ${seconds.toFixed(1)} s: ${results.length - disagreements.length} agree, ${disagreements.length} disagree.`,
  ];
  /** @type {Map<string, CaseResult[]>} */
  const byProblem = new Map();
  for (const r of disagreements)
    for (const problem of r.problems) byProblem.set(problem, [...(byProblem.get(problem) ?? []), r]);
  if (byProblem.size) lines.push('What disagrees with the document:');
  for (const [problem, cases] of byProblem) {
    const shown = cases.slice(0, 3).map((r) => `#${r.number} ${visible(r.testCase.name)}`);
    const more = cases.length > shown.length ? `, and ${cases.length - shown.length} more` : '';
    lines.push(
      `  - ${visible(problem)}`,
      `    in ${cases.length} case${cases.length === 1 ? '' : 's'}: ${shown.join('; ')}${more}`,
    );
  }
  return lines.join('\n');
}

const xml = (/** @type {string} */ text) =>
  visible(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** Element text keeps its line breaks; everything else as in attributes. */
const xmlText = (/** @type {string} */ text) => text.split('\n').map(xml).join('\n');

/**
 * JUnit XML: one testcase per suite case, named `#N case`, its class the rule it exercises; a
 * disagreement is a failure whose text gives expected and actual.
 * @param {CaseResult[]} results @param {{ baseUrl: string, seconds: number, seed: number }} run
 */
export function junitReport(results, { baseUrl, seconds, seed }) {
  const failures = results.filter((r) => r.problems.length > 0).length;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="conformance" tests="${results.length}" failures="${failures}" errors="0" time="${seconds.toFixed(3)}">`,
    `  <testsuite name="${xml(`conformance of ${baseUrl}`)}" tests="${results.length}" failures="${failures}" errors="0" skipped="0" time="${seconds.toFixed(3)}">`,
    `    <properties><property name="seed" value="${seed}"/></properties>`,
  ];
  for (const r of results) {
    const open = `    <testcase classname="verify.${xml(r.testCase.group)}" name="${xml(`#${r.number} ${r.testCase.name}`)}" time="${(r.ms / 1000).toFixed(3)}"`;
    if (r.problems.length === 0) {
      lines.push(`${open}/>`);
      continue;
    }
    const detail = [`expected: ${r.testCase.expected.join(' or ')}`, `actual: ${r.server}`, ...r.problems].join('\n');
    lines.push(
      `${open}>`,
      `      <failure message="${xml(r.problems[0] ?? '')}" type="disagreement">${xmlText(detail)}</failure>`,
      '    </testcase>',
    );
  }
  lines.push('  </testsuite>', '</testsuites>', '');
  return lines.join('\n');
}

/**
 * The JSON report: the run, then each case with what was sent (masked), expected and actual.
 * @param {CaseResult[]} results
 * @param {{ baseUrl: string, seconds: number, seed: number, exitCode: number, verdict: string,
 *   document: { title: string, version: string }, maskedCustomerId: string }} run
 */
export function jsonReport(results, run) {
  const disagree = results.filter((r) => r.problems.length > 0).length;
  return `${JSON.stringify(
    {
      document: run.document,
      baseUrl: run.baseUrl,
      customerId: run.maskedCustomerId,
      seed: run.seed,
      seconds: Number(run.seconds.toFixed(3)),
      exitCode: run.exitCode,
      verdict: run.verdict,
      counts: { cases: results.length, agree: results.length - disagree, disagree },
      cases: results.map((r) => ({
        number: r.number,
        name: r.testCase.name,
        group: r.testCase.group,
        kind: r.testCase.kind,
        request: {
          auth: r.testCase.auth,
          mediaType: r.testCase.mediaType ?? null,
          headers: r.testCase.headers ?? {},
          customerId: r.testCase.customerId === undefined ? 'the customer under test' : r.testCase.customerId,
          body: r.testCase.body,
        },
        expected: r.testCase.expected,
        actual: r.status ?? r.server,
        agree: r.problems.length === 0,
        problems: r.problems,
      })),
    },
    null,
    2,
  )}\n`;
}
