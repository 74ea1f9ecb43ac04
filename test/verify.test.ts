// The conformance runner (`npm run verify`) as a CI pipeline meets it: against the reference
// server it agrees on every case and exits 0, with JUnit and JSON reports whose counts match;
// against faulty servers it names each disagreement (a reset and a hang among them, the run
// going on) and exits 1; refused credentials are exit 3, said first; it exits 2 when it cannot
// run; the key never appears and the customer id appears only masked. The runner's `main` runs
// in-process where the test is about the judgement and the report; real processes check what only
// a process shows: the exit status and the two streams (an unknown option, refused credentials),
// the bin itself (--help, through a link), a copy of the runner without its development
// dependencies, and a run in a fresh process giving the same cases as one in-process.
import { parseXml, type XmlElement } from '@rgrove/parse-xml';
import { access, constants, cp, mkdir, mkdtemp, readFile, rm, symlink } from 'node:fs/promises';
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../scripts/lib/paths.mjs';
import { main } from '../scripts/verify.mjs';
import { startReferenceServer } from './fixtures/reference-server.mjs';
import { form, requestExamples } from './support/raw-update.js';
import { run, runMain, runNode } from './support/run-cli.js';

const apiKey = 'sk_conformance_0123456789';
// The key the refused-credentials run sends: it must not be shown either.
const refusedKey = 'sk_not_the_key_0000';
const merchantId = 'merchant-conformance';
// A merchant's own reference that is an email address: personal data, shown only masked.
const customerId = 'jane.doe@example.com';
const serverOptions = { apiKey, merchantId, customerId };
const common = ['--merchant-id', merchantId, '--customer-id', customerId];

/** What both ways of running the runner give back: in-process (`main`) and as a process. */
type RunnerOutcome = { code: number | string; stdout: string; stderr: string };

/** The runner's `main` in-process, with the key in its environment. */
const verify = (args: string[], { key = apiKey } = {}): Promise<RunnerOutcome> =>
  runMain(main, args, { env: { JUSPAY_API_KEY: key } });

/** The runner as a pipeline starts it, a process from the project in `cwd`, with the key in its environment. */
const verifyProcess = (args: string[], { cwd = repoRoot, key = apiKey } = {}) =>
  runNode(path.join(cwd, 'scripts', 'verify.mjs'), args, { cwd, env: { JUSPAY_API_KEY: key } });

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

/**
 * A server that echoes the credentials in the one thing of its answers the runner quotes (the
 * Content-Type it finds wrong), so that only the scrubber stands between them and the output.
 */
async function startEchoingServer(): Promise<{ url: string; server: HttpServer }> {
  const basic = Buffer.from(`${apiKey}:`).toString('base64');
  const server = createHttpServer((request, response) => {
    request.resume().on('end', () => {
      response.writeHead(200, { 'content-type': `text/plain; echo="${customerId} ${apiKey} ${basic}"` });
      response.end('{}');
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { url: `http://127.0.0.1:${(server.address() as { port: number }).port}`, server };
}

const rows = (stdout: string, result: 'agree' | 'DISAGREE') =>
  stdout.split('\n').filter((line) => line.endsWith(`  ${result}`));
const seconds = (stdout: string) => Number(/ cases in ([\d.]+) s:/.exec(stdout)?.[1]);

type Server = Awaited<ReturnType<typeof startReferenceServer>>;
let servers: { reference: Server; untouched: Server; faulty: Server; other: Server };
let echoing: Awaited<ReturnType<typeof startEchoingServer>>;
let workDir: string;
const runs: Record<string, RunnerOutcome> = {};
const file = (name: string) => path.join(workDir, name);

beforeAll(async () => {
  const [reference, untouched, faulty, other] = await Promise.all([
    startReferenceServer(serverOptions),
    startReferenceServer(serverOptions),
    startReferenceServer({
      ...serverOptions,
      faults: { nameAcceptsPlus: true, resetOnQuote: true, hangsOnLongEmail: true },
    }),
    startReferenceServer(serverOptions),
  ]);
  servers = { reference, untouched, faulty, other };
  echoing = await startEchoingServer();
  workDir = await mkdtemp(path.join(tmpdir(), 'verify-'));
  // The runner's own files without node_modules or dist/: what a user has with the client alone.
  const bare = file('bare');
  await mkdir(path.join(bare, 'generated'), { recursive: true });
  await cp(path.join(repoRoot, 'scripts'), path.join(bare, 'scripts'), { recursive: true });
  await cp(path.join(repoRoot, 'generated', 'openapi.json'), path.join(bare, 'generated', 'openapi.json'));

  const started = performance.now();
  const [full, invalidOnly, withFaults, wrongKey, noServer, noTools, sampleA, sampleB, echoed] = await Promise.all([
    verify([
      '--base-url',
      reference.url,
      ...common,
      '--seed',
      '7',
      '--report',
      `junit=${file('full.xml')}`,
      '--report',
      `json=${file('full.json')}`,
    ]),
    verify(['--base-url', untouched.url, ...common, '--invalid-only', '--max-cases', '80']),
    verify([
      '--base-url',
      faulty.url,
      ...common,
      '--seed',
      '7',
      '--timeout-ms',
      '1500',
      '--report',
      `junit=${file('faulty.xml')}`,
      '--report',
      `json=${file('faulty.json')}`,
    ]),
    // As a process: exit status 3 as a pipeline sees it, and its real streams for the secrets checks.
    verifyProcess(['--base-url', other.url, ...common, '--max-cases', '60'], { key: refusedKey }),
    closedPort().then((port) => verify(['--base-url', `http://127.0.0.1:${port}`, ...common])),
    verifyProcess(['--base-url', reference.url, ...common], { cwd: bare }),
    verify(['--base-url', other.url, ...common, '--invalid-only', '--seed', '5', '--max-cases', '40']),
    // The same run again in a fresh process: nothing a process keeps between runs may change the cases.
    verifyProcess(['--base-url', other.url, ...common, '--invalid-only', '--seed', '5', '--max-cases', '40']),
    verify(['--base-url', echoing.url, ...common, '--max-cases', '3', '--report', `json=${file('echoed.json')}`]),
  ]);
  Object.assign(runs, { full, invalidOnly, withFaults, wrongKey, noServer, noTools, sampleA, sampleB, echoed });
  console.log(
    `verify runs: ${(performance.now() - started).toFixed(0)} ms for 9 runs at once (6 in-process, 3 processes); ` +
      `the full run's own clock: ${seconds(full.stdout)} s`,
  );
}, 120_000);

afterAll(async () => {
  await Promise.all(Object.values(servers ?? {}).map((s) => s.stop()));
  echoing?.server.close();
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

/** Every text the runner printed or wrote. */
const everything = async () =>
  [
    ...Object.values(runs).flatMap((r) => [r.stdout, r.stderr]),
    ...(await Promise.all(
      ['full.xml', 'full.json', 'faulty.xml', 'faulty.json', 'echoed.json'].map((f) => readFile(file(f), 'utf8')),
    )),
  ].join('\n');

describe('against the reference server', () => {
  it('agrees on every case and exits 0, in well under 15 s', () => {
    const { code, stdout, stderr } = runs.full!;
    expect(code, stdout + stderr).toBe(0);
    expect(rows(stdout, 'DISAGREE')).toEqual([]);
    const total = Number(/(\d+) cases in [\d.]+ s: \1 agree, 0 disagree\./.exec(stdout)?.[1]);
    expect(total).toBeGreaterThan(300);
    expect(rows(stdout, 'agree')).toHaveLength(total);
    expect(seconds(stdout)).toBeLessThan(15);
    expect(stdout).toContain('Seed 7 (repeat this run with --seed 7).');
    expect(stdout).toMatch(/Verdict: the server agrees with the document on all \d+ cases \(exit 0\)\./);
  });

  it('writes a JUnit report that parses, one test case per case, no failure', async () => {
    const { stdout } = runs.full!;
    const total = rows(stdout, 'agree').length;
    const root = parseXml(await readFile(file('full.xml'), 'utf8')).root!;
    const suite = root.children.find(
      (c): c is XmlElement => c instanceof Object && (c as XmlElement).name === 'testsuite',
    )!;
    const testcases = suite.children.filter((c): c is XmlElement => (c as XmlElement).name === 'testcase');
    expect(root.attributes).toMatchObject({ tests: String(total), failures: '0' });
    expect(testcases).toHaveLength(total);
    expect(testcases.every((t) => t.children.length === 0)).toBe(true);
  });

  it('writes a JSON report whose counts match the table', async () => {
    const report = JSON.parse(await readFile(file('full.json'), 'utf8'));
    const total = rows(runs.full!.stdout, 'agree').length;
    expect(report).toMatchObject({ seed: 7, exitCode: 0, counts: { cases: total, agree: total, disagree: 0 } });
    expect(report.cases).toHaveLength(total);
  });

  it("leaves the customer with the document's full example", () => {
    const [allFields] = requestExamples(form).filter((e) => e.name === 'all_fields');
    expect(servers.reference.customer()).toMatchObject(allFields!.value);
  });

  it('with --invalid-only, sends only requests that must change nothing, and nothing changes', async () => {
    const fresh = await startReferenceServer(serverOptions);
    const { code, stdout } = runs.invalidOnly!;
    expect(code, stdout).toBe(0);
    expect(stdout).toContain('Valid requests are skipped (--invalid-only): no customer is changed.');
    const { last_updated: _a, ...after } = servers.untouched.customer();
    const { last_updated: _b, ...before } = fresh.customer();
    expect(after).toEqual(before);
    await fresh.stop();
  });

  it('is deterministic: the same seed and --max-cases send the same cases, in-process and in a new process', () => {
    const names = (r: RunnerOutcome) => rows(r.stdout, 'agree').map((line) => line.slice(0, 90));
    expect(runs.sampleB!.code, runs.sampleB!.stderr).toBe(0);
    expect(names(runs.sampleA!)).toHaveLength(40);
    expect(names(runs.sampleA!)).toEqual(names(runs.sampleB!));
  });
});

describe('against a faulty server (accepts + in names, resets on a quote, hangs on a long email)', () => {
  it('exits 1 and names each fault by case; the run goes on after a reset and a hang', () => {
    const { code, stdout, stderr } = runs.withFaults!;
    expect(code, stderr).toBe(1);
    const disagreements = rows(stdout, 'DISAGREE').join('\n');
    expect(disagreements).toMatch(/first_name: "\+" in the middle\s+400\s+200\s+DISAGREE/);
    expect(stdout).toMatch(/first_name holds the value of refused case #\d+: a refused request changed the customer/);
    expect(stdout).toMatch(
      /email_address: "'" at the start and in the middle\s+200\s+no answer\s+DISAGREE\n\s+↳ no answer: the connection was reset/,
    );
    expect(stdout).toMatch(
      /email_address: 128 characters \(the maximum\)\s+200\s+no answer\s+DISAGREE\n\s+↳ no answer: no complete answer within 1500 ms/,
    );
    // Cases after the reset and the hang were still sent and judged.
    expect(stdout).toMatch(/example all_fields again \(form\)\s+200\s+200\s+agree/);
  });

  it('writes a JUnit failure per disagreement, with expected and actual', async () => {
    const { stdout } = runs.withFaults!;
    const failed = rows(stdout, 'DISAGREE').length;
    const root = parseXml(await readFile(file('faulty.xml'), 'utf8')).root!;
    const suite = root.children.find((c): c is XmlElement => (c as XmlElement).name === 'testsuite')!;
    const testcases = suite.children.filter((c): c is XmlElement => (c as XmlElement).name === 'testcase');
    const failures = testcases.filter((t) => t.children.some((c) => (c as XmlElement).name === 'failure'));
    expect(root.attributes.failures).toBe(String(failed));
    expect(failures).toHaveLength(failed);
    expect(testcases).toHaveLength(failed + rows(stdout, 'agree').length);
    const plus = failures.find((t) => t.attributes.name!.includes('first_name: "+" in the middle'))!;
    const failure = plus.children.find((c): c is XmlElement => (c as XmlElement).name === 'failure')!;
    expect(failure.text).toMatch(/expected: 400\nactual: 200\naccepted a request the document refuses/);
    const report = JSON.parse(await readFile(file('faulty.json'), 'utf8'));
    expect(report).toMatchObject({ exitCode: 1, counts: { disagree: failed } });
  });
});

describe('credentials and when it cannot run', () => {
  it('a refused key: exit 3, said in one line before anything else', () => {
    const { code, stdout } = runs.wrongKey!;
    expect(code).toBe(3);
    expect(stdout.split('\n')[0]).toMatch(
      /^Credentials refused: every request sent with the API key \(from \$JUSPAY_API_KEY\) was answered 401 or 403/,
    );
  });

  it('an unreachable server: exit 2, no case blamed, no stack trace', () => {
    const { code, stdout, stderr } = runs.noServer!;
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^Cannot reach the server at http:\/\/127\.0\.0\.1:\d+: ECONNREFUSED$/m);
  });

  it('without its tools (development dependencies, dist/): exit 2 and what to run', () => {
    const { code, stdout, stderr } = runs.noTools!;
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('run `npm ci && npm run build` in a');
    expect(stderr).not.toMatch(/^\s+at /m);
  });

  it.each([
    [[], '--base-url must be an http:// or https:// URL.'],
    [
      ['--base-url', 'http://127.0.0.1:9', '--max-cases', 'ten'],
      '--max-cases must be a whole number from 1 to 100000.',
    ],
    [['--base-url', 'http://127.0.0.1:9', '--report', 'xml=out.xml'], '--report takes junit=FILE or json=FILE.'],
  ])('bad arguments %j: exit 2 with the usage', async (args, message) => {
    const { code, stderr } = await verify(args);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
    expect(stderr).toContain('Usage: juspay-update-customer-verify --base-url URL');
  });

  it('no API key: exit 2, saying where to put one', async () => {
    const { code, stderr } = await verify(['--base-url', 'http://127.0.0.1:9'], { key: '' });
    expect(code).toBe(2);
    expect(stderr).toContain('No API key: set $JUSPAY_API_KEY');
  });

  it('an unknown option, as a process: exit 2, the usage on stderr, nothing on stdout, the argument not echoed', async () => {
    const { code, stdout, stderr } = await verifyProcess(['--base-url', 'http://127.0.0.1:9', '--api-kye', apiKey]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^Unknown option '…'/);
    expect(stderr).toContain('Usage: juspay-update-customer-verify --base-url URL');
    expect(stderr).not.toContain(apiKey);
  });
});

describe('secrets', () => {
  it('never prints or writes the API key, raw or as the Basic header', async () => {
    const text = await everything();
    for (const key of [apiKey, refusedKey]) {
      expect(text).not.toContain(key);
      expect(text).not.toContain(Buffer.from(`${key}:`).toString('base64'));
    }
  });

  it('shows the customer id only masked, in the output, the reports and the errors', async () => {
    const text = await everything();
    expect(text).not.toContain(customerId);
    expect(text).not.toContain(encodeURIComponent(customerId));
    expect(runs.full!.stdout).toContain('Customer: ja***.');
  });

  it('scrubs what a server sends back too: its echo of the key and the id is quoted only scrubbed', () => {
    const { code, stdout } = runs.echoed!;
    expect(code).toBe(1);
    const quoted = stdout.split('\n').filter((line) => line.includes('↳ answer breaks the document: Content-Type'));
    expect(quoted.length).toBeGreaterThan(0);
    for (const line of quoted) expect(line).toContain('ja*** [api key] [api key]');
  });
});

it("is the package's bin: an executable script that runs on its own, through the link npm makes", async () => {
  const { bin } = JSON.parse(await readFile(path.join(repoRoot, 'package.json'), 'utf8'));
  const script = path.join(repoRoot, bin['juspay-update-customer-verify']);
  await access(script, constants.X_OK);
  // As in node_modules/.bin: a symbolic link, which the script must still know as itself.
  const link = file('juspay-update-customer-verify');
  await symlink(script, link);
  const help = await run(link, ['--help']);
  expect(help.code, help.stderr).toBe(0);
  expect(help.stdout).toContain('npm run --silent verify');
});
