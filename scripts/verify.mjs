#!/usr/bin/env node
// @ts-nocheck: not type-checked yet (tsconfig.json has checkJs on); delete this line and fix what tsc reports.
// `npm run verify -- --base-url URL [--api-key KEY] [--merchant-id ID] [--customer-id ID]
// [--invalid-only] [--concurrency N]`: checks a server against the contract. It sends a suite
// of invalid and valid Update Customer requests generated from the document through Prism's
// validation proxy and prints one row per case. Exit code 0: the server agrees with the spec on every case; 1: at
// least one disagreement or answer that breaks the spec; 2: it could not run (bad arguments,
// Prism not installed, server unreachable).
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { startPrism } from './lib/prism.mjs';
import { loadBundledSpec } from './lib/spec.mjs';
import { buildSuite } from './verify/cases.mjs';
import { preamble, resultLines, summary } from './verify/report.mjs';
import { runSuite, UnreachableServerError } from './verify/run.mjs';

const usage = `Usage: npm run verify -- --base-url URL [options]
  (or, with this package installed: juspay-update-customer-verify --base-url URL [options])

Checks the server at URL against the Update Customer contract, through Prism's validation proxy.

  --base-url URL       the server, e.g. https://sandbox.juspay.in or http://127.0.0.1:8080
  --api-key KEY        the API key (default: $JUSPAY_API_KEY; prefer the variable, arguments are
                       visible to other users of the machine). It is never printed.
  --merchant-id ID     sent as x-merchantid (default: $JUSPAY_MERCHANT_ID, else the document's example)
  --customer-id ID     the test customer the valid requests CHANGE (default: the document's example)
  --invalid-only       send only the invalid requests, which change nothing
  --concurrency N      how many invalid requests are in flight at once (default 4; valid ones go
                       one at a time)
  --help               this text

The valid requests change the named customer's email address, names and mobile number.
Exit code: 0 all cases agree with the spec, 1 a disagreement, 2 could not run.`;

const stop = (message, code = 2) => {
  console.error(message);
  process.exit(code);
};

let values;
try {
  ({ values } = parseArgs({
    options: {
      'base-url': { type: 'string' },
      'api-key': { type: 'string' },
      'merchant-id': { type: 'string' },
      'customer-id': { type: 'string' },
      'invalid-only': { type: 'boolean', default: false },
      concurrency: { type: 'string', default: '4' },
      help: { type: 'boolean', default: false },
    },
  }));
} catch (error) {
  stop(`${error.message}\n\n${usage}`);
}
if (values.help) {
  console.log(usage);
  process.exit(0);
}
const baseUrl = values['base-url'];
if (!baseUrl || !/^https?:\/\/[^/]/.test(baseUrl)) stop(`--base-url must be an http:// or https:// URL.\n\n${usage}`);
const concurrency = Number(values.concurrency);
if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) stop(`--concurrency must be a whole number from 1 to 64.\n\n${usage}`);

// Prism is a development dependency of this package: present in a clone after `npm ci`, absent
// where the package was installed for its client alone.
try {
  createRequire(import.meta.url).resolve('@stoplight/prism-cli/package.json');
} catch {
  stop(
    'The conformance runner needs Prism (@stoplight/prism-cli 5.14.2), a development dependency of\n' +
      'this package, and it is not installed here. Run `npm ci` in a clone of the repository, or\n' +
      '`npm install --no-save @stoplight/prism-cli@5.14.2` next to this package, then try again.',
  );
}

const spec = loadBundledSpec();
const customerParameter = spec.components.parameters.customer_id;
const customerId = values['customer-id'] ?? Object.values(customerParameter.examples)[0].value;
const customerRule = new RegExp(customerParameter.schema.pattern, 'u');
const customerLength = [...customerId].length;
if (!customerRule.test(customerId) || customerLength > customerParameter.schema.maxLength) {
  stop(`--customer-id breaks the contract's rule for customer_id (${customerParameter.schema.pattern}, at most ${customerParameter.schema.maxLength} characters).`);
}
const merchantId = values['merchant-id'] ?? process.env.JUSPAY_MERCHANT_ID ?? spec.components.parameters['x-merchantid'].example;
const apiKey = values['api-key'] ?? process.env.JUSPAY_API_KEY;
const apiKeySource = values['api-key']
  ? 'from --api-key'
  : apiKey
    ? 'from $JUSPAY_API_KEY'
    : 'none given, so a placeholder is sent (a real server will answer 401)';

const suite = buildSuite(spec, { customerId });
if (values['invalid-only']) suite.valid = [];
console.log(preamble({ baseUrl, spec, customerId, merchantId, apiKeySource, suite, invalidOnly: values['invalid-only'] }));

let prism;
try {
  prism = await startPrism({ mode: 'proxy', upstream: baseUrl.replace(/\/+$/, ''), errors: false });
} catch (error) {
  // Prism's own words, without the stack frames of its internals.
  const said = error.message.split('\n').filter((line) => line.trim() && !/^\s+at /.test(line));
  stop(`Could not start Prism's validation proxy: ${said.slice(0, 6).join('\n')}`);
}

let results;
try {
  results = await runSuite(
    prism.url,
    suite,
    { apiKey: apiKey ?? 'placeholder_api_key', merchantId, customerId, timeoutMs: 60_000, concurrency },
    (result) => console.log(resultLines(result)),
  );
} catch (error) {
  await prism.stop();
  if (error instanceof UnreachableServerError) stop(`\nCannot reach the server at ${baseUrl}: ${error.message}`);
  stop(`\nThe run stopped: ${error.message}`);
}
await prism.stop();
console.log(summary(results));
process.exit(results.some((r) => r.problems.length > 0) ? 1 : 0);
