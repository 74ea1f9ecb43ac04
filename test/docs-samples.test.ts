// The code samples the reference publishes (`x-codeSamples`) work as printed: each is run
// against the shared Prism mock, which validates the request against the contract (a '+' that
// arrives as a space breaks the email's pattern), and must get the documented 200 Customer.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { codeSample, codeSampleFor } from '../scripts/lib/code-samples.mjs';
import { repoRoot } from '../scripts/lib/paths.mjs';
import { runOrThrow } from '../scripts/lib/run.mjs';
import { exampleValue, resolveRef, updateCustomerOperation } from '../scripts/lib/spec.mjs';
import { bundledSpec } from './support/bundled-schema.js';
import { requestsStandIn } from './support/docs-samples.js';

const mockUrl = inject('prismMockUrl');
const operation = updateCustomerOperation(bundledSpec);
const customerUpdated = exampleValue(
  bundledSpec,
  resolveRef(bundledSpec, operation.responses['200']).content['application/json'].examples,
  'customer_updated',
);
// Any key passes the mock's Basic auth check; the samples read it from the environment.
const env = { JUSPAY_API_KEY: 'test_key_123', NO_PROXY: '127.0.0.1' };
const formFields = Object.keys(
  resolveRef(bundledSpec, operation.requestBody.content['application/x-www-form-urlencoded'].schema).properties,
);

let workDir: string;
beforeAll(async () => {
  workDir = await mkdtemp(path.join(tmpdir(), 'docs-samples-'));
});
afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

/** Replaces `from` in `text`, failing if it is not there exactly once. */
function replaceOnce(text: string, from: string, to: string) {
  expect(text.split(from).length - 1, `expected one ${from}`).toBe(1);
  return text.replace(from, () => to);
}

it('publishes curl, TypeScript and Python samples that send every field, with a "+" in the email', () => {
  expect(operation['x-codeSamples'].map((sample: { lang: string }) => sample.lang)).toEqual([
    'curl',
    'TypeScript',
    'Python',
  ]);
  for (const lang of ['curl', 'TypeScript', 'Python']) {
    const source = codeSample(bundledSpec, lang);
    for (const field of formFields) expect(source, `${lang} sends ${field}`).toContain(field);
    expect(source).toMatch(/customer\+\w+@gmail\.com/);
  }
});

it('curl: Basic auth with the empty password, every field through --data-urlencode, and the 200', async () => {
  const curl = codeSampleFor(bundledSpec, 'curl', mockUrl);
  // Without the colon curl would stop and ask for a password.
  expect(curl).toContain('-u "$JUSPAY_API_KEY:"');
  for (const field of formFields) expect(curl).toContain(`--data-urlencode '${field}=`);
  const { stdout } = await runOrThrow('bash', ['-c', curl], { env });
  expect(JSON.parse(stdout)).toEqual(customerUpdated);
});

it("TypeScript: runs against this project's client (src/index.ts) and gets the 200", async () => {
  let source = codeSample(bundledSpec, 'TypeScript');
  source = replaceOnce(
    source,
    "from 'juspay-update-customer'",
    `from ${JSON.stringify(path.join(repoRoot, 'src', 'index.ts'))}`,
  );
  source = replaceOnce(source, "environment: 'sandbox'", `baseUrl: ${JSON.stringify(mockUrl)}`);
  const outfile = path.join(workDir, 'sample.mjs');
  await build({
    stdin: { contents: source, loader: 'ts', resolveDir: repoRoot, sourcefile: 'typescript-sample.ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'silent',
  });
  const { stdout } = await runOrThrow(process.execPath, [outfile], { env });
  expect(stdout.trim()).toBe(`${customerUpdated.id} ${customerUpdated.last_updated}`);
}, 60_000);

it('Python: compiles, posts a form body (data=) with auth (api_key, "") and gets the 200', async () => {
  // The machine has Python but not necessarily `requests`, and the sample must not reach the
  // network: a stand-in module with requests' post() encodes the call as requests does and
  // sends it to the mock with the standard library. It refuses json= and any other auth.
  await writeFile(path.join(workDir, 'requests.py'), requestsStandIn);
  const samplePath = path.join(workDir, 'sample.py');
  await writeFile(samplePath, codeSampleFor(bundledSpec, 'Python', mockUrl));
  await runOrThrow('python3', ['-m', 'py_compile', samplePath]);
  const { stdout } = await runOrThrow('python3', [samplePath], { env: { ...env, PYTHONPATH: workDir } });
  expect(stdout.trim()).toBe(`${customerUpdated.id} ${customerUpdated.last_updated}`);
}, 60_000);
