// `npm start` as a user meets it: it prints the mock's URL, the reference's URL, what the mock
// answers and how to pick an answer, and a curl; the reference and its downloads are served, the
// curl (the document's own sample) gets the documented 200, a name with an encoded '+' gets the
// spec's 400 example, Prefer: code=429 gets the spec's 429 with Retry-After, and Ctrl-C stops
// everything.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { codeSampleFor } from '../scripts/lib/code-samples.mjs';
import { generatedDir } from '../scripts/lib/paths.mjs';
import { runOrThrow, startProcess, type Started } from '../scripts/lib/run.mjs';
import { operationPath, resolveRef, updateCustomerOperation } from '../scripts/lib/spec.mjs';
import { bundledSpec } from './support/bundled-schema.js';
import {
  basicAuth,
  exampleCustomerId,
  exampleMerchantId,
  responseExample,
  sendRawUpdate,
} from './support/raw-update.js';

const operation = updateCustomerOperation(bundledSpec);

let started: Started;
let output = '';
let baseUrl: string;
let docsUrl: string;

beforeAll(async () => {
  // Its own process group, so that Ctrl-C can be sent to the whole group as a terminal does.
  started = await startProcess('npm', ['start', '--silent'], {
    name: 'npm start',
    ready: /^Press Ctrl-C to stop/,
    readyTimeoutMs: 50_000,
    outputLimit: 1 << 20,
    group: true,
    stopGraceMs: 10_000,
    env: { PORT: '0' },
  });
  output = started.output();
  baseUrl = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output)![1]!;
  docsUrl = /API reference on (http:\/\/127\.0\.0\.1:\d+\/\S*)/.exec(output)![1]!;
}, 60_000);

afterAll(() => started?.stop('SIGKILL'));

it('serves the API reference at the URL it prints', async () => {
  expect(new URL(docsUrl).port).not.toBe(new URL(baseUrl).port);
  const response = await fetch(docsUrl);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
  const html = await response.text();
  expect(html).toContain(`<title>${bundledSpec.info.title}</title>`);
  expect(html).toContain(operation.summary);
  expect(html).toContain(operationPath);
});

it("says that the mock answers the contract's examples, and how to pick one", () => {
  expect(output).toContain("answers with the contract's\nfixed examples, not with what you sent");
  const okNames = Object.keys(resolveRef(bundledSpec, operation.responses['200']).content['application/json'].examples);
  expect(output).toContain(`Prefer: example=${okNames.join(' | ')}`);
  const statuses = Object.keys(operation.responses).filter((status) => status !== '200');
  expect(statuses).toContain('429');
  expect(output).toContain(`Prefer: code=${statuses.join(' | ')}`);
});

it('serves the documents the page links for download, beside it, and the page gzipped', async () => {
  const html = await (await fetch(docsUrl)).text();
  const links = [...html.matchAll(/<a href="(openapi[^"]*)"/g)].map((match) => match[1]!);
  expect(links).toEqual(expect.arrayContaining(['openapi.yaml', 'openapi.json', 'openapi-3.0.json']));
  for (const link of links) {
    const response = await fetch(new URL(link, docsUrl));
    expect(response.status, link).toBe(200);
    expect(await response.text(), link).toBe(await readFile(path.join(generatedDir, link), 'utf8'));
  }
  const zipped = await fetch(docsUrl, { headers: { 'accept-encoding': 'gzip' } });
  expect(zipped.headers.get('content-encoding')).toBe('gzip');
  expect(Number(zipped.headers.get('content-length'))).toBeLessThan(html.length / 2);
});

it("answers Prefer: code=429 with the contract's 429 body and Retry-After", async () => {
  const response = await fetch(`${baseUrl}/customers/${exampleCustomerId}`, {
    method: 'POST',
    headers: {
      authorization: basicAuth('any_key'),
      'x-merchantid': exampleMerchantId,
      'content-type': 'application/x-www-form-urlencoded',
      prefer: 'code=429',
    },
    body: 'first_name=Juspay',
  });
  expect(response.status).toBe(429);
  expect(await response.json()).toEqual(responseExample(429));
  const retryAfter = resolveRef(
    bundledSpec,
    resolveRef(bundledSpec, operation.responses['429']).headers['Retry-After'],
  );
  expect(response.headers.get('retry-after')).toMatch(new RegExp(retryAfter.schema.pattern));
});

it("prints the document's own curl sample, aimed at the mock, and it gets the documented 200", async () => {
  const tryIt = output.slice(output.indexOf('export JUSPAY_API_KEY'), output.indexOf('\n\nPress Ctrl-C'));
  expect(tryIt).toContain(codeSampleFor(bundledSpec, 'curl', baseUrl).trimEnd());
  const { stdout } = await runOrThrow('bash', ['-c', tryIt]);
  expect(JSON.parse(stdout)).toEqual(responseExample(200, 'customer_updated'));
});

it("answers first_name=Jo%2Bn with the spec's 400 example, naming the field", async () => {
  const answer = await sendRawUpdate(baseUrl, { body: 'first_name=Jo%2Bn' });
  expect(answer.status).toBe(400);
  expect(answer.body).toEqual(responseExample(400, 'invalid_request'));
  expect(answer.violations.map((v) => v.location.at(-1))).toContain('first_name');
});

it('stops the mock and the reference on Ctrl-C, and frees both ports', async () => {
  await started.stop('SIGINT');
  expect(started.output()).toContain('Mock and reference stopped.');
  await expect(fetch(baseUrl)).rejects.toThrow();
  await expect(fetch(docsUrl)).rejects.toThrow();
}, 20_000);
