// The conformance runner against the project's faulty servers, in-process and all at once: it
// must catch and name every fault, and pass the reference server and every conforming variant
// (a server forging `sl-violations` among them) without a single disagreement.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSuite } from '../scripts/verify/cases.mjs';
import { runSuite, type CaseResult } from '../scripts/verify/run.mjs';
import { faults, variants } from './fixtures/faulty-server.mjs';
import { startReferenceServer } from './fixtures/reference-server.mjs';
import { bundledSpec } from './support/bundled-schema.js';

const options = { apiKey: 'sk_faults_0123456789', merchantId: 'merchant-faults', customerId: 'cst_faults' };
const suite = buildSuite(bundledSpec, { customerId: options.customerId, seed: 1 });
type Server = Awaited<ReturnType<typeof startReferenceServer>>;
const servers: Server[] = [];
const results = new Map<string, CaseResult[]>();
let matrixMs = 0;

/** Every disagreement as `case :: problem`, one per line, as the faults' `shows` read them. */
const disagreements = (name: string) =>
  (results.get(name) ?? []).flatMap((r) => r.problems.map((p) => `${r.testCase.name} :: ${p}`)).join('\n');

beforeAll(async () => {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const runs = [
    { name: 'reference', faults: {}, variants: {} },
    ...Object.keys(variants).map((v) => ({ name: v, faults: {}, variants: { [v]: true } })),
    { name: 'forged violations on a faulty server', faults: { nameAcceptsPlus: true }, variants: { forgedViolations: true } },
    ...faults.map((f) => ({ name: f.name, faults: { [f.name]: true }, variants: {} })),
  ];
  // A few servers at a time: all at once would starve the one event loop they share with the
  // runner, and a starved answer would look like a hang. Only the hanging server gets a short
  // timeout, so that its wait is short.
  const queue = [...runs];
  const lane = async () => {
    for (let run = queue.shift(); run; run = queue.shift()) {
      const server = await startReferenceServer({ ...options, faults: run.faults, variants: run.variants });
      servers.push(server);
      const timeoutMs = run.name === 'hangsOnLongEmail' ? 1000 : 10_000;
      results.set(run.name, await runSuite(bundledSpec, server.url, suite, { ...options, seed: 1, timeoutMs, concurrency: 4 }));
      await server.stop();
    }
  };
  await Promise.all(Array.from({ length: 6 }, lane));
  matrixMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  console.log(
    `fault matrix: ${runs.length} servers × ${suite.invalid.length + suite.valid.length} cases in ${matrixMs.toFixed(0)} ms ` +
      `(CPU ${((used.user + used.system) / 1000).toFixed(0)} ms)`,
  );
}, 60_000);

afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
});

describe('servers that conform', () => {
  it.each(['reference', ...Object.keys(variants)])('%s: every case agrees', (name) => {
    expect(disagreements(name)).toBe('');
  });
});

describe('faulty servers', () => {
  it.each(faults.map((f) => [f.name, f] as const))('%s: caught and named', (name, fault) => {
    const text = disagreements(name);
    expect(text, `${name} (${fault.description}) was not caught`).not.toBe('');
    expect(text).toMatch(fault.shows);
  });

  it('a forged sl-violations header changes nothing: the faulty server is judged as without it', () => {
    expect(disagreements('forged violations on a faulty server')).toBe(disagreements('nameAcceptsPlus'));
  });
});
