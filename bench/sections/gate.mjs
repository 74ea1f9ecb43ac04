// Section 5: how long the project's own gate takes, so that a gate growing slow is noticed:
// the wall time of one `npm test`, and of Prism's start (what every test run waits for first),
// and the agreement gate's own time and per-engine counts.
import { readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { repoRoot, vitestBin } from '../../scripts/lib/paths.mjs';
import { startPrism } from '../../scripts/lib/prism.mjs';
import { run } from '../../scripts/lib/run.mjs';
import { median } from '../lib/stats.mjs';

/** @param {{ runs: number }} plan */
export async function prismStartMs({ runs }) {
  /** @type {number[]} */
  const times = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    const prism = await startPrism({ mode: 'mock', errors: true });
    times.push(performance.now() - started);
    await prism.stop();
  }
  return { medianMs: median(times), runs };
}

/**
 * Runs `npm test` once, quietly; its output is kept only to report a failure.
 * @param {{ timeoutMs: number }} plan
 * @returns {Promise<{ wallMs: number, exitCode: number | string, passed: boolean,
 *   prismReadyInTestsMs: number | undefined, outputTail: string }>}
 */
export async function npmTestWallTime({ timeoutMs }) {
  const started = performance.now();
  // npm starts vitest, Prism and more: on overrun the whole process group is stopped.
  const { code, output } = await run('npm', ['test'], { env: { NO_COLOR: '1' }, timeout: timeoutMs, group: true });
  const prismLine = /Prism mock ready at \S+ in (\d+) ms/.exec(output);
  return {
    wallMs: performance.now() - started,
    exitCode: code,
    passed: code === 0,
    prismReadyInTestsMs: prismLine ? Number(prismLine[1]) : undefined,
    outputTail: code === 0 ? '' : output.split('\n').slice(-30).join('\n'),
  };
}

/** CPU seconds used by this process's finished children and theirs (Linux; undefined elsewhere). */
async function childrenCpuSeconds() {
  try {
    const stat = await readFile('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // cutime and cstime, fields 16 and 17 of proc(5), in clock ticks (100 per second on Linux).
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return undefined;
  }
}

/**
 * Runs the agreement gate alone (its checkers already built by `npm test`, so this is the warm
 * time) and reads the per-engine report it writes to build/agreement-report.json.
 * @param {{ timeoutMs: number }} plan
 * @returns {Promise<{ date: string, wallMs: number, cpuSeconds: number | undefined, loadAtStart: number[],
 *   passed: boolean, [field: string]: any }>} with the report's own fields (rows, skipped, ...)
 */
export async function agreementGateRun({ timeoutMs }) {
  const reportFile = path.join(repoRoot, 'build', 'agreement-report.json');
  await rm(reportFile, { force: true }); // never read an older run's report
  const loadAtStart = os.loadavg();
  const cpuBefore = await childrenCpuSeconds();
  const started = performance.now();
  const { code } = await run(process.execPath, [vitestBin, 'run', 'test/agreement.test.ts'], {
    env: { NO_COLOR: '1' },
    timeout: timeoutMs,
    group: true,
  });
  const wallMs = performance.now() - started;
  const cpuAfter = await childrenCpuSeconds();
  const cpuSeconds = cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore;
  // A run that failed before its end may have written no report.
  const report = await readFile(reportFile, 'utf8').then(JSON.parse, () => ({ rows: [], skipped: [] }));
  const date = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  return { date, wallMs, cpuSeconds, loadAtStart, passed: code === 0, ...report };
}
