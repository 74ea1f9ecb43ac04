// The conformance runner against the project's faulty servers, in-process and all at once: it
// must catch and name every fault, and pass the reference server and every conforming variant
// (a server forging `sl-violations` among them) without a single disagreement. A conforming server
// gets the whole suite; a faulty one gets it until its fault is named (the first case, in the
// suite's order, that shows it: what the table below reports), since nothing after that case can
// change whether or by which case the fault is named.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../scripts/lib/paths.mjs';
import { buildSuite } from '../scripts/verify/cases.mjs';
import { runSuite, type CaseResult } from '../scripts/verify/run.mjs';
import { runSchemathesis, schemathesisCommand } from '../scripts/verify/schemathesis.mjs';
import { faults, variants } from './fixtures/faulty-server.mjs';
import { startReferenceServer } from './fixtures/reference-server.mjs';
import { bundledSpec } from './support/bundled-schema.js';

const options = { apiKey: 'sk_faults_0123456789', merchantId: 'merchant-faults', customerId: 'cst_faults' };
const suite = buildSuite(bundledSpec, { customerId: options.customerId, seed: 1 });
type Server = Awaited<ReturnType<typeof startReferenceServer>>;
const servers: Server[] = [];
const results = new Map<string, CaseResult[]>();
const schemathesisFailed = new Map<string, boolean>();
// UPDATE_FAULT_TABLE=1 rewrites the table, running Schemathesis against every server (minutes);
// UPDATE_FAULT_TABLE=keep rewrites it keeping the Schemathesis column as the docs have it.
const updateTable = process.env.UPDATE_FAULT_TABLE === '1' || process.env.UPDATE_FAULT_TABLE === 'keep';
const measureSchemathesis = process.env.UPDATE_FAULT_TABLE === '1';
const docsFile = path.join(repoRoot, 'docs', 'conformance.md');
const [tableStart, tableEnd] = ['<!-- fault-table:start -->', '<!-- fault-table:end -->'];
let matrixMs = 0;

/** Every disagreement as `case :: problem`, one per line, as the faults' `shows` read them. */
const disagreements = (name: string) =>
  (results.get(name) ?? []).flatMap((r) => r.problems.map((p) => `${r.testCase.name} :: ${p}`)).join('\n');

beforeAll(
  async () => {
    const started = performance.now();
    const cpu = process.cpuUsage();
    const runs = [
      { name: 'reference', faults: {}, variants: {} },
      ...Object.keys(variants).map((v) => ({ name: v, faults: {}, variants: { [v]: true } })),
      {
        name: 'forged violations on a faulty server',
        faults: { nameAcceptsPlus: true },
        variants: { forgedViolations: true },
      },
      ...faults.map((f) => ({ name: f.name, faults: { [f.name]: true }, variants: {} })),
    ];
    let sent = 0;
    // A few servers at a time: all at once would starve the one event loop they share with the
    // runner, and a starved answer would look like a hang. Only the hanging server gets a short
    // timeout, so that its wait is short.
    const queue = [...runs];
    const lane = async () => {
      for (let run = queue.shift(); run; run = queue.shift()) {
        const server = await startReferenceServer({ ...options, faults: run.faults, variants: run.variants });
        servers.push(server);
        const timeoutMs = run.name === 'hangsOnLongEmail' ? 1000 : 10_000;
        // The forged-violations server is compared with nameAcceptsPlus case by case: both run whole.
        const fault = run.name === 'nameAcceptsPlus' ? undefined : faults.find((f) => f.name === run.name);
        const named = new AbortController();
        const onResult = (result: CaseResult) => {
          const lines = result.problems.map((p) => `${result.testCase.name} :: ${p}\n`);
          if (fault && lines.some((line) => fault.shows.test(line))) named.abort();
        };
        const found = await runSuite(bundledSpec, server.url, suite, {
          ...options,
          seed: 1,
          timeoutMs,
          concurrency: 4,
          onResult,
          signal: named.signal,
        });
        results.set(run.name, found);
        sent += found.length;
        // Schemathesis against the same kind of server, only when the table is being rewritten.
        if (measureSchemathesis) {
          const fresh = await startReferenceServer({ ...options, faults: run.faults, variants: run.variants });
          const st = (await schemathesisCommand()) ?? '';
          schemathesisFailed.set(run.name, (await runSchemathesis({ st, baseUrl: fresh.url, ...options })).code !== 0);
          await fresh.stop();
        }
        await server.stop();
      }
    };
    await Promise.all(Array.from({ length: 6 }, lane));
    matrixMs = performance.now() - started;
    const used = process.cpuUsage(cpu);
    console.log(
      `fault matrix: ${runs.length} servers, ${suite.invalid.length + suite.valid.length} cases each at most, ` +
        `${sent} sent in ${matrixMs.toFixed(0)} ms ` +
        `(CPU ${((used.user + used.system) / 1000).toFixed(0)} ms)`,
    );
  },
  measureSchemathesis ? 1_800_000 : 60_000,
);

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

  it('docs/conformance.md has the table of faults as this run found them', () => {
    const docs = readFileSync(docsFile, 'utf8');
    const current = docs.slice(docs.indexOf(tableStart) + tableStart.length, docs.indexOf(tableEnd));
    // The Schemathesis column is kept from the docs unless this run measured it.
    const kept = new Map(
      [...current.matchAll(/^\| `(\w+)` \|.*\| (yes|no) \|$/gm)].map((m) => [m[1]!, m[2] === 'yes']),
    );
    const said = (name: string) => {
      const failed = schemathesisFailed.get(name) ?? kept.get(name);
      return failed === undefined ? '?' : failed ? 'yes' : 'no';
    };
    const faultRows = faults.map((f) => {
      const line =
        disagreements(f.name)
          .split('\n')
          .find((l) => f.shows.test(`${l}\n`)) ?? '';
      const named = line.split(' :: ')[0]!.replace(/\|/g, '\\|');
      return `| \`${f.name}\` | ${f.kind} | ${f.description.replace(/\|/g, '\\|')} | ${named ? 'yes' : 'NO'} | ${named} | ${said(f.name)} |`;
    });
    const variantRows = [['reference', 'the reference server itself'], ...Object.entries(variants)].map(
      ([name, description]) =>
        `| \`${name}\` | ${description} | ${disagreements(name!) === '' ? 'no' : 'YES'} | ${said(name!)} |`,
    );
    const caught = faults.filter((f) => said(f.name) === 'yes').length;
    const table = [
      '',
      `${faults.length} faulty servers: \`verify\` catches ${faults.length}, Schemathesis (5 examples per phase, seed 1) ${caught}.`,
      '',
      '| fault | kind | the server | caught by verify | named by the case | caught by Schemathesis |',
      '| --- | --- | --- | --- | --- | --- |',
      ...faultRows,
      '',
      'The reference server and the conforming variants: neither tool may find anything.',
      '',
      '| variant | the server | verify finds a disagreement | Schemathesis finds a failure |',
      '| --- | --- | --- | --- |',
      ...variantRows,
      '',
    ].join('\n');
    if (updateTable)
      writeFileSync(
        docsFile,
        docs.replace(`${tableStart}${current}${tableEnd}`, () => `${tableStart}${table}${tableEnd}`),
      );
    else expect(current, 'run UPDATE_FAULT_TABLE=1 npx vitest run test/verify-faults.test.ts').toBe(table);
  });

  it('a forged sl-violations header changes nothing: the faulty server is judged as without it', () => {
    expect(disagreements('forged violations on a faulty server')).toBe(disagreements('nameAcceptsPlus'));
  });
});
