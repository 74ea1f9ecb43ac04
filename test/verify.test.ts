// The conformance runner (`npm run verify`) as a CI pipeline meets it: against a reference
// server written from the documentation it passes every case; against a server with three
// deliberate faults it names each one and exits 1; it changes nothing with --invalid-only; and
// it explains itself when it cannot run (no Prism, no server, no --base-url).
import { execFile } from 'node:child_process';
import { access, constants, cp, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../scripts/lib/paths.mjs';
import { startFaultyServer } from './fixtures/faulty-server.mjs';
import { startReferenceServer } from './fixtures/reference-server.mjs';
import { requestExamples, form } from './support/raw-update.js';
import { runNode, type CliResult } from './support/run-cli.js';

const apiKey = 'sk_conformance_0123456789';
const merchantId = 'merchant-conformance';
const customerId = 'cst_conformance_test';
const serverOptions = { apiKey, merchantId, customerId };

/** The runner as a pipeline calls it, from the project in `cwd`, with the key in its environment. */
const verify = (args: string[], cwd = repoRoot) =>
  runNode(path.join(cwd, 'scripts', 'verify.mjs'), args, { cwd, env: { JUSPAY_API_KEY: apiKey } });

/** A loopback port with nothing listening on it. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

const rowsOf = (stdout: string, result: 'agree' | 'DISAGREE') => stdout.split('\n').filter((line) => / (agree|DISAGREE)$/.test(line) && line.endsWith(result));

type Server = Awaited<ReturnType<typeof startReferenceServer>>;
let reference: Server;
let untouched: Server;
let faulty: Server;
let noPrismDir: string;
const runs: Record<string, CliResult> = {};

beforeAll(async () => {
  [reference, untouched, faulty] = await Promise.all([
    startReferenceServer(serverOptions),
    startReferenceServer(serverOptions),
    startFaultyServer(serverOptions),
  ]);
  // The runner's own files without node_modules: what a user has when Prism is not installed.
  noPrismDir = await mkdtemp(path.join(tmpdir(), 'verify-without-prism-'));
  await cp(path.join(repoRoot, 'scripts'), path.join(noPrismDir, 'scripts'), { recursive: true });
  await mkdir(path.join(noPrismDir, 'generated'));
  await cp(path.join(repoRoot, 'generated', 'openapi.json'), path.join(noPrismDir, 'generated', 'openapi.json'));
  await cp(path.join(repoRoot, 'package.json'), path.join(noPrismDir, 'package.json'));

  const common = ['--merchant-id', merchantId, '--customer-id', customerId];
  const [full, invalidOnly, withFaults, noServer, noPrism] = await Promise.all([
    verify(['--base-url', reference.url, ...common]),
    verify(['--base-url', untouched.url, ...common, '--invalid-only']),
    verify(['--base-url', faulty.url, ...common]),
    closedPort().then((port) => verify(['--base-url', `http://127.0.0.1:${port}`, ...common])),
    verify(['--base-url', reference.url, ...common], noPrismDir),
  ]);
  Object.assign(runs, { full, invalidOnly, withFaults, noServer, noPrism });
}, 120_000);

afterAll(async () => {
  await Promise.all([reference, untouched, faulty].filter(Boolean).map((s) => s.stop()));
  if (noPrismDir) await rm(noPrismDir, { recursive: true, force: true });
});

describe('against the reference server', () => {
  it('agrees on every case and exits 0', () => {
    const { code, stdout, stderr } = runs.full!;
    expect(code, stdout + stderr).toBe(0);
    expect(rowsOf(stdout, 'DISAGREE')).toEqual([]);
    const total = Number(/(\d+) cases: \1 agree, 0 disagree\./.exec(stdout)?.[1]);
    expect(total).toBeGreaterThan(100);
    expect(rowsOf(stdout, 'agree')).toHaveLength(total);
  });

  it('says plainly what it sends and that the valid requests change the named customer', () => {
    const { stdout } = runs.full!;
    expect(stdout).toContain(`WARNING: then 10 valid requests CHANGE customer ${customerId}`);
    expect(stdout).toMatch(/invalid requests come first\. A conforming server refuses each one/);
    expect(stdout).toContain('API key: from $JUSPAY_API_KEY');
  });

  it('never prints the API key', () => {
    const { stdout, stderr } = runs.full!;
    for (const text of [stdout, stderr]) {
      expect(text).not.toContain(apiKey);
      expect(text).not.toContain(Buffer.from(`${apiKey}:`).toString('base64'));
    }
  });

  it("leaves the customer with the document's full example", () => {
    const [allFields] = requestExamples(form).filter((e) => e.name === 'all_fields');
    expect(reference.customer()).toMatchObject(allFields!.value);
  });

  it('with --invalid-only, sends only requests that must change nothing, and nothing changes', async () => {
    const fresh = await startReferenceServer(serverOptions);
    const { code, stdout } = runs.invalidOnly!;
    expect(code, stdout).toBe(0);
    expect(stdout).toContain('Valid requests are skipped (--invalid-only): no customer is changed.');
    const { last_updated: _a, ...after } = untouched.customer();
    const { last_updated: _b, ...before } = fresh.customer();
    expect(after).toEqual(before);
    await fresh.stop();
  });
});

describe('against the faulty server', () => {
  it('exits 1', () => {
    expect(runs.withFaults!.code, runs.withFaults!.stderr).toBe(1);
  });

  it("names the fault: it accepts '+' in a name", () => {
    const rows = rowsOf(runs.withFaults!.stdout, 'DISAGREE').join('\n');
    expect(rows).toMatch(/first_name with "\+" in it\s+400\s+200\s+DISAGREE/);
    expect(rows).toMatch(/last_name with "\+" in it\s+400\s+200\s+DISAGREE/);
    expect(runs.withFaults!.stdout).toContain('accepted a request the spec says must be refused');
  });

  it('names the fault: its 200 has no id', () => {
    expect(runs.withFaults!.stdout).toMatch(
    /example email_only \(form\)\s+200\s+200\s+DISAGREE\n\s+↳ answer breaks the spec at response\.body: Response body must have required property 'id'/,
    );
  });

  it('names the fault: its 400 body is not the error schema', () => {
    const { stdout } = runs.withFaults!;
    expect(stdout).toMatch(/email_address empty\s+400\s+400\s+DISAGREE/);
    expect(stdout).toContain('answer breaks the spec at response.body.status: Response body property status must be string');
    expect(stdout).toContain('answer breaks the spec at response.body.error: Response body property error must be boolean');
  });

  it('sums up each fault once, with the cases that show it', () => {
    const { stdout } = runs.withFaults!;
    const faults = stdout.slice(stdout.indexOf('What disagrees with the spec:'));
    expect(faults).toMatch(/- accepted a request the spec says must be refused\n {4}in 2 cases: #\d+ first_name with "\+" in it; #\d+ last_name with "\+" in it\n/);
    expect(faults).toMatch(/- answer breaks the spec at response\.body: Response body must have required property 'id'\n {4}in (\d+) cases/);
    expect(faults).toMatch(/- answer breaks the spec at response\.body\.status: Response body property status must be string\n {4}in \d+ cases/);
  });

  it('names the trace: a name the spec refuses was stored in the customer', () => {
    expect(runs.withFaults!.stdout).toMatch(/first_name is "[^"]*\+[^"]*", sent in invalid case #\d+: a request the spec refuses changed the customer/);
  });
});

describe('when it cannot run', () => {
  it('without Prism installed: a clear message and exit 2, no stack trace', () => {
    const { code, stdout, stderr } = runs.noPrism!;
    expect(code).toBe(2);
    expect(stderr).toContain('The conformance runner needs Prism (@stoplight/prism-cli 5.14.2)');
    expect(stderr).not.toMatch(/^\s+at /m);
    expect(stdout).toBe('');
  });

  it('when the server is unreachable: says so and exits 2', () => {
    const { code, stderr } = runs.noServer!;
    expect(code).toBe(2);
    expect(stderr).toMatch(/Cannot reach the server at http:\/\/127\.0\.0\.1:\d+: .*ECONNREFUSED/);
    expect(stderr).not.toMatch(/^\s+at /m);
  });

  it('without --base-url: the usage and exit 2', async () => {
    const { code, stderr } = await verify([]);
    expect(code).toBe(2);
    expect(stderr).toContain('--base-url must be an http:// or https:// URL.');
    expect(stderr).toContain('Usage: npm run verify -- --base-url URL');
  });
});

it('is the package\'s bin: an executable script that runs on its own', async () => {
  const { bin } = JSON.parse(await readFile(path.join(repoRoot, 'package.json'), 'utf8'));
  const script = path.join(repoRoot, bin['juspay-update-customer-verify']);
  await access(script, constants.X_OK);
  const help = await new Promise<CliResult>((resolve) =>
    execFile(script, ['--help'], (error, stdout, stderr) => resolve({ code: error ? 1 : 0, stdout, stderr })),
  );
  expect(help.code, help.stderr).toBe(0);
  expect(help.stdout).toContain('The valid requests change the named customer');
});
