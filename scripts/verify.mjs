#!/usr/bin/env node
// The conformance runner: checks a server against the contract with a suite generated from the
// document, judged by the runner alone. Exit code 0: the server agrees on every case; 1: at
// least one disagreement; 2: the run could not happen (bad arguments, missing tools, server
// unreachable); 3: the credentials were refused (every request sent with the key got 401/403).
import { writeFile } from 'node:fs/promises';
import net from 'node:net';
import { parseArgs } from 'node:util';
import { startedAsCommand } from './lib/entry.mjs';

const usage = `Usage: juspay-update-customer-verify --base-url URL [options]
   or: npm run --silent verify -- --base-url URL [options]
  (without --silent, npm echoes the command line, arguments included, before it runs)

Checks the server at URL against the Update Customer contract with a suite generated from the
document: every rule both ways, judged by this runner alone.

  --base-url URL         the server, e.g. https://sandbox.juspay.in or http://127.0.0.1:8080
  --api-key KEY          the API key (default: $JUSPAY_API_KEY; prefer the variable, arguments are
                         visible to other users of the machine). It is never printed.
  --merchant-id ID       sent as x-merchantid (default: $JUSPAY_MERCHANT_ID, else the document's example)
  --customer-id ID       the test customer the valid requests CHANGE (default: $JUSPAY_CUSTOMER_ID,
                         else the document's example). Shown masked.
  --invalid-only         send only the invalid requests, which change nothing
  --seed N               the seed of the generated values (default: random; the run prints it)
  --max-cases N          send at most N cases, chosen from every rule in turn
  --timeout-ms N         how long one case may wait for its answer (default 10000)
  --concurrency N        invalid requests in flight at once (default 4; valid ones go one at a time)
  --report junit=FILE    also write a JUnit XML report (one test case per case)
  --report json=FILE     also write a JSON report
  --help                 this text

Exit code: 0 every case agrees with the document, 1 the server disagrees, 2 could not run,
3 the credentials were refused (every request sent with the key was answered 401 or 403).`;

/** Why the run ends before a verdict: the message for stderr and the exit code. */
class Stop extends Error {
  /** @param {string} message @param {number} code */
  constructor(message, code) {
    super(message);
    this.code = code;
  }
}
/** @returns {never} */
const stop = (/** @type {string} */ message, code = 2) => {
  throw new Stop(message, code);
};

// Read once per process: the runner compiles its validators once per document object.
/** @type {Record<string, any> | undefined} */
let bundledSpec;

/**
 * @typedef {object} Io where the output goes, and the environment the defaults are read from
 * @property {(text: string) => void} out
 * @property {(text: string) => void} err
 * @property {Record<string, string | undefined>} [env] process.env by default
 */

/**
 * Runs the check as the command line asks; returns the exit code. Output goes through `io`, so
 * that tests can run it in-process.
 * @param {string[]} argv
 * @param {Io} io
 * @returns {Promise<number>}
 */
export async function main(argv, io) {
  try {
    return await check(argv, io);
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    io.err(`${error.message}\n`);
    return error.code;
  }
}

/** @param {string[]} argv @param {Io} io @returns {Promise<number>} */
async function check(argv, { out, env = process.env }) {
  /** @type {Record<string, any>} */
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        'base-url': { type: 'string' },
        'api-key': { type: 'string' },
        'merchant-id': { type: 'string' },
        'customer-id': { type: 'string' },
        'invalid-only': { type: 'boolean', default: false },
        seed: { type: 'string' },
        'max-cases': { type: 'string' },
        'timeout-ms': { type: 'string', default: '10000' },
        concurrency: { type: 'string', default: '4' },
        report: { type: 'string', multiple: true, default: [] },
        help: { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    // parseArgs quotes the offending argument, which may be a key given in the wrong place.
    stop(`${/** @type {Error} */ (error).message.replace(/'[^']*'/g, "'…'")}\n\n${usage}`);
  }
  if (values.help) {
    out(`${usage}\n`);
    return 0;
  }
  const whole = (
    /** @type {string} */ name,
    /** @type {string | undefined} */ text,
    /** @type {number} */ min,
    /** @type {number} */ max,
  ) => {
    if (text === undefined) return undefined;
    const n = Number(text);
    if (!/^\d+$/.test(text) || n < min || n > max)
      stop(`--${name} must be a whole number from ${min} to ${max}.\n\n${usage}`);
    return n;
  };
  const baseUrl = values['base-url'];
  if (!baseUrl || !/^https?:\/\/[^/]/.test(baseUrl)) stop(`--base-url must be an http:// or https:// URL.\n\n${usage}`);
  const concurrency = /** @type {number} */ (whole('concurrency', values.concurrency, 1, 64));
  const timeoutMs = /** @type {number} */ (whole('timeout-ms', values['timeout-ms'], 1, 600_000));
  const maxCases = whole('max-cases', values['max-cases'], 1, 100_000);
  const seed = whole('seed', values.seed, 0, 2 ** 31 - 1) ?? Math.floor(Math.random() * 2 ** 31);
  /** @type {Record<string, string>} */
  const reports = {};
  for (const report of values.report) {
    const match = /^(junit|json)=(.+)$/.exec(report);
    if (!match) stop(`--report takes junit=FILE or json=FILE.\n\n${usage}`);
    reports[/** @type {string} */ (match[1])] = /** @type {string} */ (match[2]);
  }
  const apiKey = values['api-key'] ?? env.JUSPAY_API_KEY;
  if (!apiKey) stop('No API key: set $JUSPAY_API_KEY (or pass --api-key). Every request must carry one.');
  if (!/^[\x21-\x7e]+$/.test(apiKey))
    stop('The API key holds characters other than visible ASCII; it cannot be what the server issued.');
  const apiKeySource = values['api-key'] ? 'from --api-key' : 'from $JUSPAY_API_KEY';

  // The runner's tools are development dependencies of this package: present in a clone after
  // `npm ci` (and `npm run build` for dist/), absent where the package was installed for its client.
  /** @type {[typeof import('./lib/spec.mjs'), typeof import('./verify/cases.mjs'), typeof import('./verify/run.mjs'), typeof import('./verify/report.mjs'), { maskCustomerId: (id: string) => string }]} */
  let modules;
  try {
    modules = await Promise.all([
      import('./lib/spec.mjs'),
      import('./verify/cases.mjs'),
      import('./verify/run.mjs'),
      import('./verify/report.mjs'),
      // Not a literal specifier: dist/ exists only after a build, and the type check runs before it.
      import(new URL('../dist/src/redact.js', import.meta.url).href),
    ]);
  } catch (error) {
    const missing =
      /Cannot find (?:package|module) '([^']+)'/.exec(/** @type {Error} */ (error).message)?.[1] ?? 'a module';
    stop(
      `The conformance runner cannot load ${missing.replace(/^.*\/dist\//, 'dist/')}. It needs this package's development\n` +
        'dependencies (refa, ajv, ajv-formats) and its built client (dist/): run `npm ci && npm run build` in a\n' +
        'clone of the repository, then try again.',
    );
  }
  const [
    { loadBundledSpec },
    { buildSuite, selectCases },
    { runSuite, credentialsRefused },
    report,
    { maskCustomerId },
  ] = modules;

  const spec = (bundledSpec ??= loadBundledSpec());
  const customerParameter = spec.components.parameters.customer_id;
  const customerId =
    values['customer-id'] ?? env.JUSPAY_CUSTOMER_ID ?? Object.values(customerParameter.examples)[0].value;
  const maskedCustomerId = maskCustomerId(customerId);
  const customerLength = [...customerId].length;
  if (
    !new RegExp(customerParameter.schema.pattern, 'u').test(customerId) ||
    customerLength > customerParameter.schema.maxLength
  ) {
    stop(
      `The customer id (${maskedCustomerId}) breaks the contract's rule for customer_id (${customerParameter.schema.pattern}, at most ${customerParameter.schema.maxLength} characters).`,
    );
  }
  if (customerId === '.' || customerId === '..') stop('A customer id of . or .. cannot be sent as a path segment.');
  const merchantId =
    values['merchant-id'] ?? env.JUSPAY_MERCHANT_ID ?? spec.components.parameters['x-merchantid'].example;
  const scrub = report.scrubber({ apiKey, customerId, maskCustomerId });

  // Reachable at all? A refused connection here means nothing listens: the run cannot happen.
  const target = new URL(baseUrl);
  const reachable = await new Promise((resolve) => {
    const port = Number(target.port || (target.protocol === 'https:' ? 443 : 80));
    const socket = net.connect({ host: target.hostname.replace(/^\[|\]$/g, ''), port });
    const done = (/** @type {string | undefined} */ problem) => {
      socket.destroy();
      resolve(problem);
    };
    socket.setTimeout(timeoutMs, () => done(`no connection within ${timeoutMs} ms`));
    socket.once('connect', () => done(undefined));
    socket.once('error', (/** @type {Error & { code?: string }} */ error) => done(error.code ?? error.message));
  });
  if (reachable) stop(scrub(`Cannot reach the server at ${baseUrl}: ${reachable}`));

  let suite = buildSuite(spec, { customerId, seed });
  if (values['invalid-only']) suite.valid = [];
  if (maxCases !== undefined) suite = selectCases(suite, maxCases);

  const started = performance.now();
  /** @type {import('./verify/run.mjs').CaseResult[]} */
  let results;
  try {
    results = await runSuite(spec, baseUrl, suite, { apiKey, merchantId, customerId, timeoutMs, concurrency, seed });
  } catch (error) {
    stop(scrub(`The run stopped: ${/** @type {Error} */ (error).message}`));
  }
  const seconds = (performance.now() - started) / 1000;
  const refused = credentialsRefused(results);
  const disagreements = results.filter((r) => r.problems.length > 0).length;
  const exitCode = refused ? 3 : disagreements > 0 ? 1 : 0;
  const verdict = refused
    ? `credentials refused: all ${results.filter((r) => r.testCase.auth === 'key').length} requests sent with the API key (${apiKeySource}) were answered 401 or 403`
    : disagreements > 0
      ? `the server disagrees with the document on ${disagreements} of ${results.length} cases`
      : `the server agrees with the document on all ${results.length} cases`;

  const lines = [];
  // The credentials line comes first, before anything else: the rest of the output would blame
  // the server for what is a key or merchant problem.
  if (refused)
    lines.push(
      `Credentials refused: every request sent with the API key (${apiKeySource}) was answered 401 or 403; check the key and --merchant-id. Nothing else was judged.`,
    );
  lines.push(
    report.preamble({
      baseUrl,
      spec,
      maskedCustomerId,
      merchantId,
      apiKeySource,
      suite,
      invalidOnly: values['invalid-only'],
      maxCases,
    }),
  );
  for (const result of results) lines.push(report.resultLines(result));
  lines.push(report.summary(results, seconds), `Verdict: ${verdict} (exit ${exitCode}).`);
  out(`${scrub(lines.join('\n'))}\n`);

  const run = {
    baseUrl,
    seconds,
    seed,
    exitCode,
    verdict,
    maskedCustomerId,
    document: { title: spec.info.title, version: spec.info.version },
  };
  try {
    if (reports.junit) await writeFile(reports.junit, scrub(report.junitReport(results, run)));
    if (reports.json) await writeFile(reports.json, scrub(report.jsonReport(results, run)));
  } catch (error) {
    stop(`Could not write a report: ${/** @type {Error} */ (error).message}`);
  }
  return exitCode;
}

// Run as a command: directly, or through the link npm makes for the bin.
if (startedAsCommand(import.meta.url)) {
  const code = await main(process.argv.slice(2), {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
  });
  process.exit(code);
}
