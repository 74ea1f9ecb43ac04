// Runs one measurement in a fresh Node process and resolves to the result it sends back over
// IPC. A fresh process gives every measurement its own heap, flags (--expose-gc) and
// environment (the throwaway CA), and the time limit kills it if it ever hangs.
import { forkNode } from '../../scripts/lib/run.mjs';

/**
 * @param {string} script
 * @param {{ args?: string[], execArgv?: string[], env?: Record<string, string>, timeoutMs: number }} options
 * @returns {Promise<any>} what the child sent with reportToParent
 */
export function runInChild(script, { args = [], execArgv = [], env = {}, timeoutMs }) {
  const child = forkNode(script, args, { execArgv, env });
  return new Promise((resolve, reject) => {
    /** @type {unknown} */
    let result;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${script} ran past its ${timeoutMs} ms limit and was stopped`));
    }, timeoutMs);
    child.on('message', (message) => (result = message));
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      if (code === 0 && result !== undefined) resolve(result);
      else reject(new Error(`${script} exited (${signal ?? code}) without a result`));
    });
  });
}

/**
 * For the child side: send the result and end, even if idle keep-alive sockets remain.
 * @param {unknown} result
 */
export function reportToParent(result) {
  // Started by runInChild, so the IPC channel (and process.send) exists.
  /** @type {NonNullable<typeof process.send>} */ (process.send)(result, () => process.exit(0));
}
