// Section 5: how long the project's own gate takes, so that a gate growing slow is noticed:
// the wall time of one `npm test`, and of Prism's start (what every test run waits for first),
// and the agreement gate's own time and per-engine counts.
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { repoRoot } from '../../scripts/lib/paths.mjs';
import { startPrism } from '../../scripts/lib/prism.mjs';
import { median } from '../lib/stats.mjs';

export async function prismStartMs({ runs }) {
  const times = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    const prism = await startPrism({ mode: 'mock', errors: true });
    times.push(performance.now() - started);
    await prism.stop();
  }
  return { medianMs: median(times), runs };
}

/** Runs `npm test` once, quietly; its output is kept only to report a failure. */
export function npmTestWallTime({ timeoutMs }) {
  const started = performance.now();
  const child = spawn('npm', ['test'], { cwd: repoRoot, env: { ...process.env, NO_COLOR: '1' }, detached: true });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk) => (output += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk) => (output += chunk));
  // npm starts vitest, Prism and more: on overrun the whole process group is stopped.
  const timer = setTimeout(() => process.kill(-child.pid, 'SIGKILL'), timeoutMs);
  return new Promise((resolve) => {
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      const prismLine = /Prism mock ready at \S+ in (\d+) ms/.exec(output);
      resolve({
        wallMs: performance.now() - started,
        exitCode: code ?? signal,
        passed: code === 0,
        prismReadyInTestsMs: prismLine ? Number(prismLine[1]) : undefined,
        outputTail: code === 0 ? '' : output.split('\n').slice(-30).join('\n'),
      });
    });
  });
}

/**
 * Runs the agreement gate alone (its checkers already built by `npm test`, so this is the warm
 * time) and reads the per-engine report it writes to build/agreement-report.json.
 */
export function agreementGateRun({ timeoutMs }) {
  const vitest = path.join(repoRoot, 'node_modules', 'vitest', 'vitest.mjs');
  const started = performance.now();
  const child = spawn(process.execPath, [vitest, 'run', 'test/agreement.test.ts'], {
    cwd: repoRoot,
    env: { ...process.env, NO_COLOR: '1' },
    detached: true,
    stdio: 'ignore',
  });
  const timer = setTimeout(() => process.kill(-child.pid, 'SIGKILL'), timeoutMs);
  return new Promise((resolve) => {
    child.once('close', async (code) => {
      clearTimeout(timer);
      const wallMs = performance.now() - started;
      const report = JSON.parse(await readFile(path.join(repoRoot, 'build', 'agreement-report.json'), 'utf8'));
      resolve({ wallMs, passed: code === 0, ...report });
    });
  });
}
