// Runs one of the project's Node CLIs (Redocly, the generate script, the conformance runner)
// and returns its output, whatever its exit code, so a test can assert on both.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from '../../scripts/lib/paths.mjs';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  /** The working directory; the repository root by default. */
  cwd?: string;
  /** Added to the environment of this process. */
  env?: Record<string, string>;
}

/** `script` is relative to the repository root, or absolute (a script in a copied project). */
export function runNode(script: string, args: string[], { cwd = repoRoot, env = {} }: RunOptions = {}): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.resolve(repoRoot, script), ...args],
      { cwd, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1', ...env } },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

export const redocly = (args: string[], cwd?: string) =>
  runNode('node_modules/@redocly/cli/bin/cli.js', args, { cwd });
