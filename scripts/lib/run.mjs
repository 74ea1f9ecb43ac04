// Runs a Node CLI from node_modules and fails loudly with its output when it exits non-zero.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { repoRoot } from './paths.mjs';

const execFileAsync = promisify(execFile);

export async function runNodeCli(script, args, { cwd = repoRoot } = {}) {
  try {
    return await execFileAsync(process.execPath, [script, ...args], {
      cwd,
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, NO_COLOR: '1', REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
    });
  } catch (error) {
    const output = [error.stdout, error.stderr].filter(Boolean).join('\n');
    throw new Error(`${script} ${args.join(' ')} failed:\n${output}`);
  }
}
