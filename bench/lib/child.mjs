// @ts-nocheck: not type-checked yet (tsconfig.json has checkJs on); delete this line and fix what tsc reports.
// Runs one measurement in a fresh Node process and resolves to the result it sends back over
// IPC. A fresh process gives every measurement its own heap, flags (--expose-gc) and
// environment (the throwaway CA), and the time limit kills it if it ever hangs.
import { fork } from 'node:child_process';
import { repoRoot } from '../../scripts/lib/paths.mjs';

export function runInChild(script, { args = [], execArgv = [], env = {}, timeoutMs }) {
  const child = fork(script, args, {
    cwd: repoRoot,
    execArgv,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
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

/** For the child side: send the result and end, even if idle keep-alive sockets remain. */
export function reportToParent(result) {
  process.send(result, () => process.exit(0));
}
