// @ts-nocheck: not type-checked yet (tsconfig.json has checkJs on); delete this line and fix what tsc reports.
// The runner's words: what it is about to send and change, one table row per case as it
// completes (case, expected from the spec, what the server did, agree or DISAGREE, with the
// reasons under a disagreement), and a summary.

const columns = [
  { title: '#', width: 4, align: 'right' },
  { title: 'case', width: 72 },
  { title: 'expected', width: 10 },
  { title: 'server', width: 16 },
  { title: 'result', width: 8 },
];

const fit = (text, width) => (text.length > width ? `${text.slice(0, width - 1)}…` : text);
const cell = (text, { width, align }) => (align === 'right' ? fit(text, width).padStart(width) : fit(text, width).padEnd(width));
const row = (values) => values.map((value, i) => cell(value, columns[i])).join('  ').trimEnd();

/**
 * A customer id is often the merchant's own reference: an email address or a phone number. Such
 * an id is shown by its ends only, like personal data anywhere else in the output.
 */
export function showCustomerId(id) {
  if (!/@|^\+?[0-9]{5,}$/.test(id)) return id;
  return `${id.slice(0, 2)}…${id.slice(-2)} (${[...id].length} characters, shown by its ends: it looks like an email or phone number)`;
}

export function preamble({ baseUrl, spec, customerId: id, merchantId, apiKeySource, suite, invalidOnly }) {
  const fieldNames = Object.keys(spec.components.schemas.UpdateCustomerBody.properties);
  const customerId = showCustomerId(id);
  const lines = [
    `Conformance of ${baseUrl} to "${spec.info.title}" ${spec.info.version}: POST /customers/{customer_id}`,
    `Every request goes through Prism's validation proxy, which checks each answer against the document.`,
    `Merchant: ${merchantId}. Customer: ${customerId}. API key: ${apiKeySource}.`,
    '',
    `${suite.invalid.length} invalid requests come first. A conforming server refuses each one (400, 401, 403 or 404)`,
    'and changes nothing: they break one rule each (a field, a header, the auth, the path or the media type).',
  ];
  if (invalidOnly) {
    lines.push('Valid requests are skipped (--invalid-only): no customer is changed.');
  } else {
    lines.push(
      '',
      `WARNING: then ${suite.valid.length} valid requests CHANGE customer ${customerId}. They set its ${fieldNames.join(', ')}`,
      "to the document's example values and to values of maximum length, and leave it with the example",
      'values. Point this only at a test customer (or pass --invalid-only).',
    );
  }
  lines.push('', row(columns.map((c) => c.title)), row(columns.map((c) => '-'.repeat(Math.min(c.width, 8)))));
  return lines.join('\n');
}

export function resultLines({ number, testCase, server, problems }) {
  const expected = testCase.expected.join('/');
  const lines = [row([String(number), testCase.name, expected, server, problems.length ? 'DISAGREE' : 'agree'])];
  for (const problem of problems) lines.push(`${' '.repeat(columns[0].width + 2)}↳ ${problem}`);
  return lines.join('\n');
}

/** The disagreements grouped by what went wrong, so that each fault is named once. */
export function summary(results) {
  const disagreements = results.filter((r) => r.problems.length > 0);
  const lines = ['', `${results.length} cases: ${results.length - disagreements.length} agree, ${disagreements.length} disagree.`];
  const byProblem = new Map();
  for (const r of disagreements) {
    for (const problem of r.problems) byProblem.set(problem, [...(byProblem.get(problem) ?? []), r]);
  }
  if (byProblem.size) lines.push('What disagrees with the spec:');
  for (const [problem, cases] of byProblem) {
    const shown = cases.slice(0, 3).map((r) => `#${r.number} ${r.testCase.name}`);
    const more = cases.length > shown.length ? `, and ${cases.length - shown.length} more` : '';
    lines.push(`  - ${problem}`, `    in ${cases.length} case${cases.length === 1 ? '' : 's'}: ${shown.join('; ')}${more}`);
  }
  return lines.join('\n');
}
