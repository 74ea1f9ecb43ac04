// `npm run bench:compare -- --before <git ref>`: this client now against the client as it was
// at <ref>, and both against the hand-written fetch, side by side in one process per repeat
// (interleaved rounds, order rotating), one call at a time and 32 in flight. The run is repeated
// (--repeats, default 3) and each repeat's median ratio is printed, so the spread across
// repeats shows how far the machine's noise reaches. Prints Markdown for bench/RESULTS.md.
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createThrowawayCertificate } from './lib/cert.mjs';
import { ensureClientBuilt } from './lib/client-build.mjs';
import { buildClientAt } from './lib/client-at-ref.mjs';
import { runInChild } from './lib/child.mjs';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const { values: flags } = parseArgs({
  options: {
    before: { type: 'string' },
    repeats: { type: 'string', default: '3' },
    smoke: { type: 'boolean', default: false },
  },
});
if (!flags.before) throw new Error('give --before <git ref>: the commit whose client is "before"');

/** @param {string} message */
const progress = (message) => console.error(`bench:compare: ${message}`);
const repeats = Number(flags.repeats);
const plan = flags.smoke
  ? {
      connectionProbeCalls: 2,
      sequential: { rounds: 2, callsPerRound: 5, warmupCalls: 5, budgetMs: 20_000 },
      concurrent: { rounds: 1, callsPerRound: 32, warmupCalls: 32, budgetMs: 20_000 },
    }
  : {
      connectionProbeCalls: 10,
      sequential: { rounds: 30, callsPerRound: 150, warmupCalls: 500, budgetMs: 180_000 },
      concurrent: { rounds: 12, callsPerRound: 1_000, warmupCalls: 1_000, budgetMs: 180_000 },
    };

await ensureClientBuilt({ rebuild: !flags.smoke });
const before = await buildClientAt(flags.before);
progress(`"before" is ${before.commit.slice(0, 12)}, built into ${path.relative(process.cwd(), before.entry)}`);
const certificate = await createThrowawayCertificate();
const loadAtStart = os.loadavg();
/** @type {any[]} per repeat, what sections/per-call.mjs reports */
const runs = [];
try {
  for (let repeat = 1; repeat <= repeats; repeat++) {
    progress(`repeat ${repeat} of ${repeats}`);
    runs.push(
      await runInChild(path.join(benchDir, 'sections', 'per-call.mjs'), {
        args: [
          JSON.stringify({ certificate, contenderKeys: ['rawFetch', 'projectClientBefore', 'projectClient'], ...plan }),
        ],
        env: { NODE_EXTRA_CA_CERTS: certificate.certFile, BENCH_CLIENT_BEFORE: before.entry },
        timeoutMs: 900_000,
      }),
    );
  }
} finally {
  await certificate.remove();
}

/** @param {number} n */
const fixed = (n, digits = 3) => n.toFixed(digits);
/** @param {number[]} values */
const spread = (values) => `${fixed(Math.min(...values))} – ${fixed(Math.max(...values))}`;
const lines = [
  `Before: the client at \`${before.commit.slice(0, 12)}\`; after: the working tree. Node ${process.version},` +
    ` ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, load average ${loadAtStart.map((l) => l.toFixed(2)).join(', ')} at start,` +
    ` ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(', ')} at end. ${repeats} repeats, each one process with the three contenders interleaved.`,
  '',
  '| mode | repeat | (a) fetch median ms | before median ms | after median ms | before ÷ (a) | after ÷ (a) | after ÷ (a), round by round: median (lowest – highest) |',
  '| --- | --- | --- | --- | --- | --- | --- | --- |',
];
for (const mode of ['sequential', 'concurrent']) {
  /** @type {{ before: number[], after: number[] }} */
  const ratios = { before: [], after: [] };
  runs.forEach((run, index) => {
    const [raw, old, now] = run[mode].contenders;
    /** @type {number[]} */
    const rounds = now.roundMedians
      .map((/** @type {number} */ m, /** @type {number} */ i) => m / raw.roundMedians[i])
      .sort((/** @type {number} */ x, /** @type {number} */ y) => x - y);
    ratios.before.push(old.median / raw.median);
    ratios.after.push(now.median / raw.median);
    lines.push(
      `| ${mode === 'sequential' ? 'one at a time' : '32 in flight'} | ${index + 1} | ${fixed(raw.median)} | ${fixed(old.median)} | ${fixed(now.median)} |` +
        ` ${fixed(old.median / raw.median)} | ${fixed(now.median / raw.median)} | ${fixed(/** @type {number} */ (rounds[rounds.length >> 1]))} (${spread(rounds)}) |`,
    );
  });
  lines.push(
    `| ${mode === 'sequential' ? 'one at a time' : '32 in flight'} | all | | | | ${spread(ratios.before)} | ${spread(ratios.after)} | |`,
  );
}
console.log(lines.join('\n'));
