// `npm run bench`: measures this client against a bare fetch and Juspay's official SDK, and the
// project's own gate, then writes bench/RESULTS.md. Flags:
//   --smoke          tiny counts, no `npm test`, dist/ used as it is: proves every section still
//                    runs, in seconds
//   --skip-npm-test  a quick full run without timing `npm test`
//   --out FILE       where to write the Markdown (default bench/RESULTS.md); the sections of an
//                    existing file that the run does not generate are kept (lib/results-file.mjs)
//   --json FILE      also write the raw measurements as JSON
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createThrowawayCertificate } from './lib/cert.mjs';
import { ensureClientBuilt } from './lib/client-build.mjs';
import { runInChild } from './lib/child.mjs';
import { fullPlan, smokePlan } from './lib/plan.mjs';
import { renderResults } from './lib/report.mjs';
import { mergeResults } from './lib/results-file.mjs';
import { projectClientPackage } from './contenders/project-client.mjs';
import { measureFootprint } from './sections/footprint.mjs';
import { agreementGateRun, npmTestWallTime, prismStartMs } from './sections/gate.mjs';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
/** @param {string} name */
const section = (name) => path.join(benchDir, 'sections', name);

const { values: flags } = parseArgs({
  options: {
    smoke: { type: 'boolean', default: false },
    'skip-npm-test': { type: 'boolean', default: false },
    out: { type: 'string', default: path.join(benchDir, 'RESULTS.md') },
    json: { type: 'string' },
  },
});
const plan = flags.smoke ? smokePlan : fullPlan;
/** @param {string} message */
const progress = (message) => console.error(`bench: ${message}`);

/**
 * @type {{ date: string, mode: string, node: string, machine: string,
 *   loadAtStart: number[], loadAtEnd?: number[] }}
 */
const run = {
  date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
  mode: flags.smoke
    ? 'smoke (tiny counts, not for reading)'
    : flags['skip-npm-test']
      ? 'full, without `npm test`'
      : 'full',
  node: process.version,
  machine: `${os.platform()} ${os.arch()}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown CPU'}`,
  loadAtStart: os.loadavg(),
};

const build = await ensureClientBuilt({ rebuild: !flags.smoke });
if (build === 'rebuilt') progress('rebuilt dist/ with npm run build: src/ or generated/ was newer');
if (build === 'stale') progress('dist/ is older than src/ or generated/; measuring it as it is');
const certificate = await createThrowawayCertificate();
const trustCertificate = { NODE_EXTRA_CA_CERTS: certificate.certFile };
/** @param {object} settings */
const childArgs = (settings) => [JSON.stringify({ certificate, ...settings })];
/** @type {{ run: typeof run, plan: typeof plan, [section: string]: any }} the measurements, section by section */
const results = { run, plan };
/** What each of sections 1 to 3 measures, with its part of the plan. */
const sections = {
  perCall: { contenderKeys: ['rawFetch', 'projectClient', 'officialSdk'], ...plan.perCall },
  callPath: plan.callPath,
  profile: { contenderKeys: ['rawFetch', 'projectClient'], ...plan.profile },
  validation: plan.validation,
  memory: ['rawFetch', 'projectClient'].map((contenderKey) => ({ contenderKey, ...plan.memory })),
};
try {
  if (flags.smoke) {
    // One process and one server for sections 1 to 3 (sections/smoke.mjs), the same measuring code.
    Object.assign(
      results,
      await runInChild(section('smoke.mjs'), {
        args: childArgs(sections),
        execArgv: ['--expose-gc'],
        env: trustCertificate,
        timeoutMs:
          plan.perCall.timeoutMs +
          plan.callPath.timeoutMs +
          plan.profile.timeoutMs +
          plan.validation.timeoutMs +
          2 * plan.memory.timeoutMs,
      }),
    );
  } else {
    // The three parts of section 1, each in its own process against its own loopback server.
    /** @type {Array<['perCall' | 'callPath' | 'profile', string, string]>} */
    const perCallParts = [
      ['perCall', 'per-call.mjs', '1/5 per-call cost, sequential and 32 in flight'],
      ['callPath', 'call-path.mjs', '1/5 the steps from (a) to (b)'],
      ['profile', 'profile.mjs', '1/5 CPU profile of (a) and (b)'],
    ];
    for (const [key, file, what] of perCallParts) {
      progress(what);
      results[key] = await runInChild(section(file), {
        args: childArgs(sections[key]),
        env: trustCertificate,
        timeoutMs: plan[key].timeoutMs,
      });
    }

    progress('2/5 validation');
    results.validation = await runInChild(section('validation.mjs'), {
      args: [JSON.stringify(sections.validation)],
      timeoutMs: plan.validation.timeoutMs,
    });

    progress('3/5 memory');
    results.memory = [];
    for (const settings of sections.memory) {
      results.memory.push(
        await runInChild(section('memory.mjs'), {
          args: childArgs(settings),
          execArgv: ['--expose-gc'],
          env: trustCertificate,
          timeoutMs: plan.memory.timeoutMs,
        }),
      );
    }
  }
} finally {
  await certificate.remove();
}

progress('4/5 footprint');
results.footprint = await measureFootprint(
  [
    projectClientPackage,
    {
      name: 'expresscheckout-nodejs 1.0.0 (official SDK)',
      importSpecifier: 'expresscheckout-nodejs',
      entry: "export { Juspay } from 'expresscheckout-nodejs';",
      packageFolder: 'node_modules/expresscheckout-nodejs',
    },
  ],
  plan.footprint,
);

progress('5/5 the gate');
results.gate = { prism: await prismStartMs({ runs: plan.gate.prismRuns }) };
if (plan.gate.npmTest && !flags['skip-npm-test']) {
  results.gate.npmTest = await npmTestWallTime({ timeoutMs: plan.gate.npmTestTimeoutMs });
  if (!results.gate.npmTest.passed) progress(`npm test failed; its last lines:\n${results.gate.npmTest.outputTail}`);
  results.gate.agreement = await agreementGateRun({ timeoutMs: plan.gate.npmTestTimeoutMs });
}

run.loadAtEnd = os.loadavg();
const markdown = renderResults(results);
const previous = await readFile(flags.out, 'utf8').catch((/** @type {NodeJS.ErrnoException} */ error) => {
  if (error.code === 'ENOENT') return undefined;
  throw error;
});
await writeFile(flags.out, mergeResults(previous, markdown));
if (flags.json) await writeFile(flags.json, `${JSON.stringify(results, null, 2)}\n`);
console.log(markdown);
progress(`wrote ${path.relative(process.cwd(), flags.out)}`);
