// The one way the project starts a child process: run a command to completion and keep its
// output (`run`, `runOrThrow`), the same for a Node script with colour and telemetry off
// (`runNode`, `runNodeCli`, `redocly`), or start a server and wait for the line that says it is
// ready (`startProcess`). Scripts, tests and the benchmark all come here.
import { fork, spawn } from 'node:child_process';
import path from 'node:path';
import { redoclyBin, repoRoot } from './paths.mjs';

/**
 * @typedef {object} RunResult
 * @property {number | string} code the exit code, else the signal that ended it, else the spawn error's code
 *   (`ENOENT` for a command that is not there)
 * @property {string} stdout
 * @property {string} stderr
 * @property {string} output both streams in the order they arrived
 */
/** @typedef {RunResult} NodeResult */

/**
 * @typedef {object} RunOptions
 * @property {string} [cwd] the working directory; the repository root by default.
 * @property {Record<string, string | undefined>} [env] added to the environment; `undefined` removes a variable.
 * @property {number} [timeout] milliseconds before the process is killed (its code is then the signal).
 * @property {boolean} [group] its own process group, so that a timeout or stop() ends what it started too
 *   (`npm` starts a shell that starts Node).
 */

const quietEnv = { NO_COLOR: '1', REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' };

/** @param {Record<string, string | undefined>} env */
function environment(env) {
  /** @type {Record<string, string | undefined>} */
  const merged = { ...process.env, ...env };
  for (const [name, value] of Object.entries(merged)) if (value === undefined) delete merged[name];
  return merged;
}

/**
 * Sends `signal` to the process, or to its whole group when it leads one.
 * @param {import('node:child_process').ChildProcess} child
 * @param {boolean} group
 * @param {NodeJS.Signals} signal
 */
function signalProcess(child, group, signal) {
  try {
    if (group && child.pid !== undefined) process.kill(-child.pid, signal);
    else child.kill(signal);
  } catch {
    // already gone
  }
}

/**
 * Runs `command` (looked up on the PATH) and resolves with its exit code and output, whatever they
 * are, so that a caller can assert on both; it never rejects.
 * @param {string} command
 * @param {string[]} args
 * @param {RunOptions} [options]
 * @returns {Promise<RunResult>}
 */
export function run(command, args, { cwd = repoRoot, env = {}, timeout = 0, group = false } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd,
      env: environment(env),
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: group,
    });
    let stdout = '';
    let stderr = '';
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (/** @type {string} */ chunk) => {
      stdout += chunk;
      output += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (/** @type {string} */ chunk) => {
      stderr += chunk;
      output += chunk;
    });
    const timer = timeout > 0 ? setTimeout(() => signalProcess(child, group, 'SIGKILL'), timeout) : undefined;
    /** @param {number | string} code */
    const settle = (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, output });
    };
    child.once('error', (error) => settle(/** @type {NodeJS.ErrnoException} */ (error).code ?? 1));
    child.once('close', (code, signal) => settle(code ?? signal ?? 1));
  });
}

/**
 * Like run, but fails loudly, with the process's output, when it exits non-zero.
 * @param {string} command
 * @param {string[]} args
 * @param {RunOptions} [options]
 * @returns {Promise<RunResult>}
 */
export async function runOrThrow(command, args, options) {
  return succeeded(command, args, await run(command, args, options));
}

/**
 * The result of a run that exited 0, or an error with the command and its whole output.
 * @template {RunResult} R @param {string} command @param {string[]} args @param {R} result @returns {R}
 */
function succeeded(command, args, result) {
  if (result.code !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.code}):\n${result.output}`);
  return result;
}

/**
 * Runs `script` (absolute, or relative to the repository root) with this Node, colour and telemetry off.
 * @param {string} script
 * @param {string[]} args
 * @param {RunOptions} [options]
 * @returns {Promise<NodeResult>}
 */
export const runNode = (script, args, options = {}) =>
  run(process.execPath, [path.resolve(repoRoot, script), ...args], {
    ...options,
    env: { ...quietEnv, ...options.env },
  });

/**
 * Like runNode, but fails loudly, with the process's output, when it exits non-zero.
 * @param {string} script
 * @param {string[]} args
 * @param {RunOptions} [options]
 * @returns {Promise<NodeResult>}
 */
export async function runNodeCli(script, args, options) {
  return succeeded(script, args, await runNode(script, args, options));
}

/**
 * Redocly's CLI, the one `npm run lint` runs, in `cwd` (the repository root by default).
 * @param {string[]} args
 * @param {string} [cwd]
 */
export const redocly = (args, cwd) => runNode(redoclyBin, args, cwd === undefined ? {} : { cwd });

/**
 * @typedef {object} StartOptions
 * @property {string} name what the process is, for errors (`Prism`, `npm start`)
 * @property {RegExp} ready the line that says it is ready; its match is handed back
 * @property {number} [readyTimeoutMs] a generous bound: a busy machine starts slowly, a quiet one
 *   resolves as soon as the line arrives
 * @property {number} [outputLimit] how many of the latest characters of output to keep (a server logs
 *   every request, so all of it is never kept)
 * @property {string} [cwd]
 * @property {Record<string, string | undefined>} [env]
 * @property {boolean} [group] its own process group; stop() signals the whole group
 * @property {number} [stopGraceMs] how long stop() waits before SIGKILL (3 s by default)
 */

/**
 * @typedef {object} Started
 * @property {RegExpExecArray} match the ready line, matched
 * @property {() => string} output the latest `outputLimit` characters of both streams
 * @property {(signal?: NodeJS.Signals) => Promise<void>} stop sends `signal` (SIGTERM by default), then
 *   SIGKILL if it has not exited within `stopGraceMs`; resolves once it has exited
 */

/**
 * Starts a long-running process and resolves once it prints its `ready` line; rejects, with its
 * output, if it exits first or is not ready in time (then it is stopped).
 * @param {string} command
 * @param {string[]} args
 * @param {StartOptions} options
 * @returns {Promise<Started>}
 */
export function startProcess(command, args, options) {
  const { name, ready, readyTimeoutMs = 60_000, outputLimit = 64 * 1024, cwd = repoRoot, group = false } = options;
  const { stopGraceMs = 3_000 } = options;
  const child = spawn(command, args, {
    cwd,
    env: environment(options.env ?? {}),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: group,
  });
  // The latest output, both streams: chunks kept until they hold twice the limit, then cut to the
  // limit, so a server that logs every request does not copy the whole kept output per chunk.
  /** @type {string[]} */
  let chunks = [];
  let kept = 0;
  const output = () => chunks.join('').slice(-outputLimit);
  /** @param {string} chunk */
  const remember = (chunk) => {
    chunks.push(chunk);
    kept += chunk.length;
    if (kept > 2 * outputLimit) {
      chunks = [output()];
      kept = outputLimit;
    }
  };
  let isReady = false;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const running = () => child.exitCode === null && child.signalCode === null;

  /** @param {NodeJS.Signals} [signal] */
  const stop = async (signal = 'SIGTERM') => {
    if (!running()) return;
    signalProcess(child, group, signal);
    const fallback = setTimeout(() => signalProcess(child, group, 'SIGKILL'), stopGraceMs);
    fallback.unref();
    await exited;
    clearTimeout(fallback);
  };

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`${name} did not start within ${readyTimeoutMs} ms:\n${output()}`));
    }, readyTimeoutMs);
    timer.unref();
    // Each stream is read in whole lines, each looked at once: a line split across two chunks is
    // never read half-written, and nothing is scanned at all once the process is ready.
    const reader = () => {
      let unscanned = ''; // the start of a line whose end has not arrived yet
      return (/** @type {string} */ chunk) => {
        remember(chunk);
        if (isReady) return;
        const lines = (unscanned + chunk).split('\n');
        unscanned = (lines.pop() ?? '').slice(-outputLimit);
        const match = lines.map((line) => ready.exec(line)).find((found) => found !== null);
        if (!match) return;
        isReady = true;
        clearTimeout(timer);
        resolve({ match, stop, output });
      };
    };
    child.stdout.setEncoding('utf8').on('data', reader());
    child.stderr.setEncoding('utf8').on('data', reader());
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`${name} could not start: ${error.message}`));
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited (${signal ?? code}) before it was ready:\n${output()}`));
    });
  });
}

/**
 * A Node script with an IPC channel, its output shown as it comes: for a measurement or a server
 * that reports back by message (the benchmark), a shape the functions above do not have.
 * @param {string} script
 * @param {string[]} args
 * @param {{ execArgv?: string[], env?: Record<string, string | undefined> }} [options]
 */
export const forkNode = (script, args, { execArgv = [], env = {} } = {}) =>
  fork(script, args, {
    cwd: repoRoot,
    execArgv,
    env: environment(env),
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });

/**
 * A long-lived worker spoken to over stdin and stdout (a regex engine fed values line by line):
 * the caller owns its streams, which none of the functions above hand out.
 * @param {string} command
 * @param {string[]} args
 */
export const startWorker = (command, args) => spawn(command, args, { cwd: repoRoot, stdio: ['pipe', 'pipe', 'pipe'] });
