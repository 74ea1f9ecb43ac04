// `npm start` as a user meets it: it prints a URL and a curl; the curl gets the documented 200,
// a name with an encoded '+' gets the spec's 400 example, and Ctrl-C stops everything.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { repoRoot } from '../scripts/lib/paths.mjs';
import { exampleValue, updateCustomerOperation } from '../scripts/lib/spec.mjs';
import { bundledSpec } from './support/bundled-schema.js';

const exec = promisify(execFile);
const operation = updateCustomerOperation(bundledSpec);
const json = (response: any) => response.content['application/json'];
const resolve = (node: any) => (node.$ref ? bundledSpec.components.responses[node.$ref.split('/').pop()] : node);

let child: ChildProcess;
let output = '';
let baseUrl: string;

beforeAll(async () => {
  // Its own process group, so that Ctrl-C can be sent to the whole group as a terminal does.
  child = spawn('npm', ['start', '--silent'], { cwd: repoRoot, detached: true, env: { ...process.env, PORT: '0' } });
  child.stdout!.setEncoding('utf8').on('data', (chunk) => (output += chunk));
  child.stderr!.setEncoding('utf8').on('data', (chunk) => (output += chunk));
  await new Promise<void>((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`npm start printed no URL:\n${output}`)), 30_000);
    const poll = setInterval(() => {
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match && output.includes('Ctrl-C')) {
        baseUrl = match[1]!;
        clearInterval(poll);
        clearTimeout(timer);
        done();
      }
    }, 50);
    child.once('exit', () => fail(new Error(`npm start exited:\n${output}`)));
  });
}, 40_000);

afterAll(() => {
  if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, 'SIGKILL');
});

it('prints a curl that gets the documented 200 Customer back', async () => {
  const curl = output.slice(output.indexOf('curl '), output.indexOf('\n\n', output.indexOf('curl ')));
  expect(curl).toContain('--data-urlencode');
  const { stdout } = await exec('bash', ['-c', curl]);
  const documented = exampleValue(bundledSpec, json(resolve(operation.responses['200'])).examples, 'customer_updated');
  expect(JSON.parse(stdout)).toEqual(documented);
});

it("answers first_name=Jo%2Bn with the spec's 400 example, naming the field", async () => {
  const response = await fetch(`${baseUrl}/customers/cst_om2l6ctlptxwxuzj`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from('key:').toString('base64')}`,
      'x-merchantid': 'merchant-id',
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: 'first_name=Jo%2Bn',
  });
  expect(response.status).toBe(400);
  const documented = exampleValue(bundledSpec, json(resolve(operation.responses['400'])).examples, 'invalid_request');
  expect(await response.json()).toEqual(documented);
  expect(response.headers.get('sl-violations')).toContain('first_name');
});

it('stops cleanly on Ctrl-C and frees the port', async () => {
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  process.kill(-child.pid!, 'SIGINT');
  await exited;
  expect(output).toContain('Mock stopped.');
  await expect(fetch(baseUrl)).rejects.toThrow();
}, 15_000);
