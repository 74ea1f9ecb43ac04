// Turns one run's measurements into bench/RESULTS.md: every number comes from the run; the
// prose around it says how it was measured and what the targets are.
import { median } from './stats.mjs';

// The measurements arrive as the child processes sent them (JSON over IPC): typed here by the
// fields this file reads.
/**
 * @typedef {{ label: string, name: string, count: number, median: number, p99: number,
 *   roundMedians: number[], callsPerSecond: number }} ContenderRun
 * @typedef {{ roundsRun: number, stoppedByBudget: boolean, contenders: ContenderRun[] }} RoundsRun
 * @typedef {{ size: number, validatorMs: number, patternMs: number, worstInput: string }} ValidationRow
 * @typedef {{ calls: number, heapUsed: number }} HeapSample
 * @typedef {{ fn: string, origin: string, msPerCall: number }} FunctionCost
 * @typedef {{ msPerCallByOrigin: Record<string, number>, msPerCallByFunction: FunctionCost[],
 *   calls: number }} ProfileRun
 * @typedef {Record<string, any> & { name: string, entry: string,
 *   largestInputs: Array<{ file: string, bytes: number }> }} FootprintRow
 * @typedef {{ judge: string, form: string, lax: boolean, checked: number, differ: number,
 *   byTerminator: Record<string, number> }} AgreementRow
 * @typedef {Record<string, any>} Results bench/run.mjs's results: { run, plan, perCall, callPath, ... }
 */

/** @param {number} value */
const ms = (value) =>
  Number.isFinite(value)
    ? value >= 100
      ? value.toFixed(0)
      : value >= 10
        ? value.toFixed(1)
        : value.toFixed(3)
    : 'n/a';
/** @param {number} valueMs */
const us = (valueMs) => (Number.isFinite(valueMs) ? (valueMs * 1000).toFixed(Math.abs(valueMs) < 0.01 ? 2 : 1) : 'n/a');
/** @param {number} valueMs */
const signedUs = (valueMs) => `${valueMs >= 0 ? '+' : '−'}${us(Math.abs(valueMs))}`;
/** @param {number} value */
const ratio = (value) => (Number.isFinite(value) ? value.toFixed(2) : 'n/a');
// Three decimals where a ratio is held to a target, so that 1.152 does not read as 1.15.
/** @param {number} value */
const preciseRatio = (value) => (Number.isFinite(value) ? value.toFixed(3) : 'n/a');
/** @param {number} value */
const count = (value) => Math.round(value).toLocaleString('en-US');
/** @param {number} bytes */
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
/** @param {number} bytes */
const MB = (bytes) => `${(bytes / 1_000_000).toFixed(2)} MB`;
/** @param {boolean} ok */
const met = (ok) => (ok ? 'met' : '**not met**');
/** @param {number} size */
const sizeLabel = (size) => (size >= 1024 * 1024 ? `${size / (1024 * 1024)} MB` : `${size / 1024} KB`);
/** @param {string[]} header @param {unknown[][]} rows */
const table = (header, rows) =>
  [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');

/** @param {RoundsRun} run */
function contest(run) {
  /** @type {Record<string, ContenderRun>} */
  const byLabel = Object.fromEntries(run.contenders.map((c) => [c.label, c]));
  const rows = ['(a)', '(b)', '(c)'].map((label) => {
    const c = /** @type {ContenderRun} */ (byLabel[label]);
    return [`${label} ${c.name}`, ms(c.median), ms(c.p99), count(c.callsPerSecond), count(c.count)];
  });
  /** @param {string} top @param {string} bottom @param {number} target */
  const pair = (top, bottom, target) => {
    const [t, b] = /** @type {[ContenderRun, ContenderRun]} */ ([byLabel[top], byLabel[bottom]]);
    const perRound = t.roundMedians
      .map((m, i) => m / /** @type {number} */ (b.roundMedians[i]))
      .filter(Number.isFinite);
    const atMedian = t.median / b.median;
    return {
      median: atMedian,
      row: [
        `${top} ÷ ${bottom}`,
        preciseRatio(atMedian),
        ratio(t.p99 / b.p99),
        perRound.length
          ? `${preciseRatio(median(perRound))} (${ratio(Math.min(...perRound))} – ${ratio(Math.max(...perRound))})`
          : 'n/a',
        `≤ ${target.toFixed(2)}: ${met(atMedian <= target)}`,
      ],
    };
  };
  const ba = pair('(b)', '(a)', 1.08);
  const bc = pair('(b)', '(c)', 1.0);
  return [
    table(['contender', 'median ms', 'p99 ms', 'calls/s', 'calls counted'], rows),
    '',
    table(
      ['ratio', 'at the median', 'at p99', 'round by round: median (lowest – highest)', 'target at the median'],
      [ba.row, bc.row],
    ),
  ].join('\n');
}

/** @param {{ sequential: RoundsRun, concurrent: RoundsRun }} callPath */
function callPathTable(callPath) {
  const { sequential, concurrent } = callPath;
  /** @param {RoundsRun} run @param {number} i */
  const medianAt = (run, i) => /** @type {ContenderRun} */ (run.contenders[i]).median;
  /** @param {RoundsRun} run @param {number} i */
  const added = (run, i) => (i === 0 ? '' : signedUs(medianAt(run, i) - medianAt(run, i - 1)));
  /** @param {RoundsRun} run @param {number} i */
  const versusFloor = (run, i) => ratio(medianAt(run, i) / medianAt(run, 0));
  const rows = sequential.contenders.map((step, i) => [
    `${step.label}: ${step.name}`,
    ms(step.median),
    added(sequential, i),
    versusFloor(sequential, i),
    ms(medianAt(concurrent, i)),
    versusFloor(concurrent, i),
  ]);
  return table(
    ['step', 'one at a time: median ms', 'added, µs', '÷ step 1', '32 in flight: median ms', '÷ step 1'],
    rows,
  );
}

/** @param {Results} results */
function perCallSection({ perCall, callPath, profile, plan }) {
  /** @type {Record<string, string>} */
  const names = Object.fromEntries(
    perCall.sequential.contenders.map((/** @type {ContenderRun} */ { label, name }) => [label, name]),
  );
  const seq = plan.perCall.sequential;
  const con = plan.perCall.concurrent;
  /** @param {RoundsRun} run */
  const budgetNote = (run) =>
    run.stoppedByBudget ? ` (stopped by its time budget after ${run.roundsRun} rounds)` : '';
  const connectionRows = Object.entries(/** @type {Record<string, number>} */ (perCall.connectionsPerCall)).map(
    ([label, perCallValue]) => [`${label} ${names[label]}`, ratio(perCallValue)],
  );
  const profiles = /** @type {ProfileRun[]} */ (profile.profiles);
  const last = /** @type {ProfileRun} */ (profiles.at(-1));
  const originNames = [...new Set(profiles.flatMap((p) => Object.keys(p.msPerCallByOrigin)))]
    .filter((origin) => origin !== 'idle')
    .sort((x, y) => (last.msPerCallByOrigin[y] ?? 0) - (last.msPerCallByOrigin[x] ?? 0));
  const [floor, client] = /** @type {[ProfileRun, ProfileRun]} */ (profiles);
  const profileRows = originNames.map((origin) => {
    const a = floor.msPerCallByOrigin[origin] ?? 0;
    const b = client.msPerCallByOrigin[origin] ?? 0;
    return [origin, us(a), us(b), signedUs(b - a)];
  });
  /** @param {ProfileRun} p */
  const cpuTotal = (p) => originNames.reduce((sum, origin) => sum + (p.msPerCallByOrigin[origin] ?? 0), 0);
  profileRows.push([
    '**CPU in this process, total**',
    us(cpuTotal(floor)),
    us(cpuTotal(client)),
    signedUs(cpuTotal(client) - cpuTotal(floor)),
  ]);
  const floorByFunction = new Map(floor.msPerCallByFunction.map(({ fn, msPerCall }) => [fn, msPerCall]));
  const topRows = client.msPerCallByFunction
    .slice(0, 12)
    .map(({ fn, origin, msPerCall }) => [
      `\`${fn}\``,
      origin,
      floorByFunction.has(fn) ? us(/** @type {number} */ (floorByFunction.get(fn))) : '< 0.5',
      us(msPerCall),
    ]);

  return `## 1. Per-call cost

The documented call (\`POST /customers/cst_om2l6ctlptxwxuzj\` with the spec's \`all_fields\`
example) through each contender, against one loopback HTTPS server in its own process
(\`node:https\` on 127.0.0.1, port picked by the OS, a throwaway self-signed P-256 certificate made
by openssl for this run) that reads the body and answers the documented 200 Customer, taken from
the bundled document's \`customer_updated\` example. Every contender's first answer is checked
against that example before anything is timed.

- **(a)** ${names['(a)']}: \`fetch\` with a hand-built form body and headers — the floor for a fetch-based client.
- **(b)** ${names['(b)']}: \`createCustomerClient\` with its defaults (validation before sending,
  a 30 s timeout, 2 retries), imported by the package's own name, which the \`exports\` map
  resolves to \`dist/\` as \`npm run build\` emits it (the benchmark rebuilds a stale \`dist/\` first).
- **(c)** ${names['(c)']} (expresscheckout-nodejs 1.0.0), logging silenced.

All three run in one Node process that trusts the throwaway certificate through
\`NODE_EXTRA_CA_CERTS\`; TLS verification stays on for everyone. Latency is from the call to its
resolved Customer.

### One call at a time

${seq.rounds} interleaved rounds of ${seq.callsPerRound} calls per contender, order rotating each round, after ${seq.warmupCalls} warm-up calls each${budgetNote(perCall.sequential)}.

${contest(perCall.sequential)}

### 32 calls in flight

${con.rounds} interleaved rounds of ${con.callsPerRound} calls per contender with 32 pending at any time, after ${con.warmupCalls} warm-up calls each${budgetNote(perCall.concurrent)}. Latency is per call; calls/s is the round's throughput.

${contest(perCall.concurrent)}

### TLS connections opened per call

Counted by the server over ${plan.perCall.connectionProbeCalls} sequential calls of each contender:

${table(['contender', 'new TLS connections per call'], connectionRows)}

The official SDK builds a new \`https.Agent\` inside every call (\`makeServiceCall\` creates one
unless an agent is passed, and \`customer.update\` passes none), so every call pays a TCP connect
and a full TLS handshake; both fetch-based contenders reuse keep-alive connections from Node's
fetch pool.

### How the official SDK was reached

The SDK cannot call a server on a non-default port: it passes \`URL.host\` (\`localhost:PORT\`)
as the host name to \`https.request\`, whose \`dns.lookup\` then fails with \`ENOTFOUND\`. In the
benchmark process, \`dns.lookup\` answers that one malformed name with 127.0.0.1 and hands every
other name to the real resolver; the connection then goes to the port the SDK also passes. The
SDK's requests are not changed: same path, headers (including the \`Host: localhost:PORT:PORT\`
that Node builds from its options), body and TLS settings. Its base URL is
\`https://localhost:PORT\` because Node takes the TLS server name from that Host header
(\`localhost\`, which the certificate names). (Its other transport flaw, comparing
\`URL.protocol\` with \`'http'\`, does not matter here: it always speaks TLS, and so does the
server.) At import the SDK reads \`package.json\` from the working directory; the benchmark runs
from the repository root.

Logging is silenced with the SDK's documented switch, \`Juspay.customLogger = () => Juspay.silentLogger\`,
set before the client is constructed. Without it every call logs the request body (email
address, phone number) at info level to \`logs/juspay-sdk.log\` in the working directory and, with
\`NODE_ENV\` unset, to the console. The benchmark's smoke test checks that neither the API key nor
the email address or phone number appears in the benchmark's output and that no log file is
written.

### Where the time goes

**Step by step.** The same request with the layers a fetch-based client adds, one at a time
(\`bench/contenders/call-path-steps.mjs\`): ${plan.callPath.sequential.rounds} interleaved rounds of
${plan.callPath.sequential.callsPerRound} calls per step one at a time, then ${plan.callPath.concurrent.rounds} rounds of
${plan.callPath.concurrent.callsPerRound} with 32 in flight, each after a warm-up. Node's \`fetch\` turns its
input into a \`Request\` either way; a \`Request\` built first (as openapi-fetch does by default)
is copied into a second one by \`fetch\`, and a signal is followed by each \`Request\` built with
it. Steps 4 and 5 price the plain openapi-fetch path; a client on openapi-fetch can avoid part
of it, and the last row shows where (b) lands.

${callPathTable(callPath)}

**CPU profile.** V8's CPU profiler (\`node:inspector\`, 100 µs sampling) over ${floor.calls} sequential calls of (a)
and of (b) in one process, in alternating rounds of ${plan.profile.callsPerRound}; self time in µs per call by where the code comes from (idle time
waiting for the network left out; the profiler slows everything down, so compare rows, not
totals with the tables above):

${table(['code', '(a) µs/call', '(b) µs/call', '(b) − (a)'], profileRows)}

The functions with the most self time in (b), and the same functions in (a):

${table(['function', 'from', '(a) µs/call', '(b) µs/call'], topRows)}
`;
}

/** @typedef {{ field: string, maxLength: number, rows: ValidationRow[] }} FieldRows */

/** @param {Results} results */
function validationSection({ validation, plan }) {
  const fields = /** @type {FieldRows[]} */ (validation.fields);
  /** @param {ValidationRow[]} r */
  const firstOf = (r) => /** @type {ValidationRow} */ (r[0]);
  /** @param {ValidationRow[]} r */
  const lastOf = (r) => /** @type {ValidationRow} */ (r.at(-1));
  const sizes = /** @type {FieldRows} */ (fields[0]).rows.map((row) => row.size);
  const firstSize = /** @type {number} */ (sizes[0]);
  const lastSize = /** @type {number} */ (sizes.at(-1));
  const rows = fields.map(({ field, maxLength, rows: r }) => {
    const first = firstOf(r);
    const last = lastOf(r);
    const growth = last.validatorMs / first.validatorMs;
    return [
      `\`${field}\` (max ${maxLength})`,
      ...r.map((row) => us(row.validatorMs)),
      ratio(growth),
      ms(last.patternMs),
      met(last.validatorMs < 1),
    ];
  });
  const oneMegabyte = fields.map(({ rows: r }) => lastOf(r));
  const slowest = Math.max(...oneMegabyte.map((row) => row.validatorMs));
  const patternGrowth = fields.map(({ rows: r }) => lastOf(r).patternMs / firstOf(r).patternMs);
  return `## 2. Validation

**${count(validation.bodiesPerSecond)} valid bodies per second** through the pre-send validator
(the spec's three request examples in turn, median of ${plan.validation.throughputRounds} timed rounds).

Worst case per field: for each size, several near-miss strings (long runs of characters the
field accepts, ending in one it does not — the shape that makes a backtracking regex retry the
most), each rejected by the validator, timed as the median of repeated calls; the slowest shape
is shown, in µs per call. The field's bare \`pattern\` (as a JavaScript \`u\` regex) is timed on
the same strings, to show what checking the length first saves.

${table(['field', ...sizes.map((size) => `${sizeLabel(size)} µs`), `${sizeLabel(lastSize)} ÷ ${sizeLabel(firstSize)}`, `bare pattern at ${sizeLabel(lastSize)}, ms`, `${sizeLabel(lastSize)} rejected in < 1 ms`], rows)}

The slowest 1 MB rejection took ${us(slowest)} µs (target: under 1 ms, ${met(slowest < 1)}). The
size grew ${count(lastSize / firstSize)}-fold; the validator's time grew by the factor shown
(about 1 is flat, about ${count(lastSize / firstSize)} is linear), the bare patterns' by
${ratio(Math.min(...patternGrowth))} to ${ratio(Math.max(...patternGrowth))}.
`;
}

/** @param {Results} results */
function memorySection({ memory, plan }) {
  const runs = /** @type {Array<{ label: string, name: string, samples: HeapSample[] }>} */ (memory);
  const checkpoints = /** @type {(typeof runs)[number]} */ (runs[0]).samples.map((s) => s.calls);
  const rows = runs.map(({ label, name, samples }) => {
    const [, firstCheckpoint] = /** @type {[HeapSample, HeapSample]} */ (samples);
    const last = /** @type {HeapSample} */ (samples.at(-1));
    const growth = last.heapUsed - firstCheckpoint.heapUsed;
    const perCall = growth / (last.calls - firstCheckpoint.calls);
    return [
      `${label} ${name}`,
      ...samples.map((s) => MB(s.heapUsed)),
      `${growth >= 0 ? '+' : ''}${MB(growth)}`,
      `${perCall.toFixed(2)} B`,
    ];
  });
  return `## 3. Memory

Each contender in a fresh process started with \`--expose-gc\`, against its own loopback server:
${plan.memory.warmupCalls} warm-up calls, then calls ${plan.memory.inFlight} in flight, and the heap used
after forced full collections (four, with pauses for finalizers) at each checkpoint (the first column is right after warm-up).

${table(['contender', ...checkpoints.map((calls, i) => (i === 0 ? 'after warm-up' : `after ${count(calls)} calls`)), `growth ${count(/** @type {number} */ (checkpoints[1]))} → ${count(/** @type {number} */ (checkpoints.at(-1)))}`, 'per call'], rows)}

A client that kept anything per call would grow by at least tens of bytes per call here; a
growth of a few bytes per call or less is noise in the heap (code caches, pools), not a leak.
`;
}

/** @param {Results} results */
function footprintSection({ footprint }) {
  const packages = /** @type {FootprintRow[]} */ (footprint);
  const rows = packages.map((p) => [
    p.name,
    kB(p.minifiedBytes),
    `${kB(p.gzippedBytes)} (${count(p.gzippedBytes)} B)`,
    String(p.directDependencies),
    String(p.installedPackages),
    ms(p.importMedianMs),
  ]);
  const [client] = /** @type {[(typeof packages)[number]]} */ (packages);
  const entries = packages.map((p) => `- ${p.name}: \`${p.entry}\``).join('\n');
  const inputRows = client.largestInputs.map(({ file, bytes }) => [`\`${file}\``, kB(bytes)]);
  return `## 4. Footprint

The import an application writes, bundled and minified by esbuild (ESM, platform node,
everything it reaches included) and gzipped at level 9:

${entries}

Runtime packages are counted from \`package-lock.json\` (dependencies, their dependencies and so
on, never development ones). Cold \`import\` of the package is timed inside a fresh Node process
(Node's own start-up not counted), median of ${client.importRuns} runs alternating between the two.

${table(['package', 'minified', 'gzipped', 'direct runtime dependencies', 'runtime packages installed', 'cold import ms'], rows)}

What takes the room in this client's bundle (minified bytes per input file):

${table(['file', 'minified'], inputRows)}

Targets for this client: under 10 kB gzipped (${met(client.gzippedBytes < 10_000)}), one runtime
dependency (${met(client.directDependencies === 1)}), import under 50 ms (${met(client.importMedianMs < 50)}).
`;
}

/** @param {Results} results */
function gateSection({ gate }) {
  /** @type {string[][]} */
  const rows = [];
  if (gate.npmTest) {
    const outcome = gate.npmTest.passed ? 'passed' : `**failed** (exit ${gate.npmTest.exitCode})`;
    rows.push([
      '`npm test` (lint, typecheck, all tests), once',
      `${(gate.npmTest.wallMs / 1000).toFixed(1)} s`,
      outcome,
    ]);
    if (gate.npmTest.prismReadyInTestsMs !== undefined) {
      rows.push([
        "Prism's start inside that run (test/global-setup.ts)",
        `${count(gate.npmTest.prismReadyInTestsMs)} ms`,
        '',
      ]);
    }
  } else {
    rows.push(['`npm test`', 'skipped (`--skip-npm-test` or `--smoke`)', '']);
  }
  rows.push([`Prism mock start to ready, median of ${gate.prism.runs}`, `${count(gate.prism.medianMs)} ms`, '']);
  return `## 5. The gate

${table(['step', 'wall time', 'outcome'], rows)}
${gate.agreement ? agreementSubsection(gate.agreement) : ''}`;
}

/**
 * The agreement gate (test/agreement.test.ts) run alone: its time, and each judge's counts.
 * @param {Record<string, any>} agreement what sections/gate.mjs's agreementGateRun resolved to
 */
export function agreementSubsection(agreement) {
  if (agreement.rows.length === 0) return '\n### Agreement gate\n\n**failed** before writing its report.\n';
  /** @param {string} c */
  const escapeUnit = (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  /** @param {string} t */
  const show = (t) => JSON.stringify(t).replace(/[\u0085\u2028\u2029]/g, escapeUnit);
  /** @param {{ byTerminator: Record<string, number> }} row */
  const byTerminator = (row) => Object.entries(row.byTerminator).map(([t, n]) => `${n} × value + ${show(t)}`);
  const rows = agreement.rows.map((/** @type {AgreementRow} */ row) => [
    row.judge,
    row.lax ? `${row.form} (lax)` : row.form,
    count(row.checked),
    row.lax ? `${count(row.differ)}: ${byTerminator(row).join(', ')}` : count(row.differ),
  ]);
  const outcome = agreement.passed ? 'passed' : '**failed**';
  const skipped = agreement.skipped.length ? ` Skipped (toolchain missing): ${agreement.skipped.join(', ')}.` : '';
  const seconds = (agreement.wallMs / 1000).toFixed(1);
  const cpu = agreement.cpuSeconds === undefined ? '' : `, ${agreement.cpuSeconds.toFixed(1)} s of CPU`;
  const load = agreement.loadAtStart[0].toFixed(2);
  const strings = `${agreement.fields} fields × ${count(agreement.stringsPerField)} distinct strings`;
  return `
### Agreement gate

\`npx vitest run test/agreement.test.ts\` alone, checkers already built (${agreement.date}):
${seconds} s wall${cpu}, at a load average of ${load}; ${outcome}. ${strings}, Prism on
${agreement.prismRunsPerField} of them per field.${skipped} Disagreements are counted against ECMAScript \`u\`;
a lax form is a way some consumers apply patterns that [docs/regex-engines.md](../docs/regex-engines.md)
warns against.

${table(['judge', 'form', 'strings', 'disagreements'], rows)}
`;
}

/** @param {Results} results @returns {string} RESULTS.md */
export function renderResults(results) {
  const { run } = results;
  return `# Benchmark results

Written by \`npm run bench\` (\`bench/run.mjs\`); run it again when the client changes. Every
comparison was measured side by side in this one run: interleaved rounds whose order rotates
each round, warm-up first, medians and 99th percentiles over every counted call, and ratios.
Nothing here is asserted by the test suite; \`test/bench-smoke.test.ts\` only runs it with tiny
counts so that it cannot rot. A section or subsection written by hand (a heading the run does not
write) is kept where it stands when the run rewrites the file.

${table(
  ['run', ''],
  [
    ['date', run.date],
    ['mode', run.mode],
    ['Node', run.node],
    ['machine', run.machine],
    ['load average (1, 5, 15 min) at start', run.loadAtStart.map((/** @type {number} */ l) => l.toFixed(2)).join(', ')],
    ['load average (1, 5, 15 min) at end', run.loadAtEnd.map((/** @type {number} */ l) => l.toFixed(2)).join(', ')],
  ],
)}

${perCallSection(results)}
${validationSection(results)}
${memorySection(results)}
${footprintSection(results)}
${gateSection(results)}`;
}
