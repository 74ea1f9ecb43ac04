// Runs one measurement in a fresh Node process and resolves to the result it sends back over
// IPC. A fresh process gives every measurement its own heap, flags (--expose-gc) and
// environment (the throwaway CA), and the time limit kills it if it ever hangs. A section file
// is such a process when started as a command, and a module when the smoke run imports it.
import { forkNode } from '../../scripts/lib/run.mjs';
import { startCustomerServer } from './customer-server.mjs';

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

/** @typedef {Awaited<ReturnType<typeof startCustomerServer>>} CustomerServer */

/**
 * A section run as its own process: its settings from the first argument, a loopback customer
 * server of its own (started from the settings' certificate), its result sent to the parent.
 * @template S
 * @param {(server: CustomerServer, settings: S & { certificate: { certFile: string, keyFile: string } }) => Promise<unknown>} measure
 */
export async function runSectionProcess(measure) {
  const settings = JSON.parse(/** @type {string} */ (process.argv[2]));
  const server = await startCustomerServer(settings.certificate);
  const result = await measure(server, settings);
  await server.stop();
  reportToParent(result);
}
