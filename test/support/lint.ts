// Runs the lint gate (redocly.yaml) on the project or on a copy of openapi/ broken on purpose,
// so that a test can prove a house rule fires when, and only when, its rule is broken.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot } from '../../scripts/lib/paths.mjs';
import { redocly } from './run-cli.js';

export interface LintReport {
  totals: { errors: number; warnings: number };
  problems: Array<{ ruleId: string; message: string }>;
}

export async function lint(cwd: string): Promise<LintReport> {
  const { stdout } = await redocly(['lint', '--format=json'], cwd);
  return JSON.parse(stdout.slice(stdout.indexOf('{')));
}

/** One edit of a file under the project: the first match of `from` becomes `to`. */
export type Mutation = [file: string, from: string | RegExp, to: string];

export const schemasDir = 'openapi/components/schemas';
export const operationFile = 'openapi/paths/customers_{customer_id}.yaml';

/**
 * Copies openapi/ and redocly.yaml into a temporary folder, applies the mutations in order,
 * lints the copy and removes it. Throws if a mutation changes nothing (a stale case proves
 * nothing).
 */
export async function lintMutatedCopy(mutations: Mutation[]): Promise<LintReport> {
  const copy = await mkdtemp(path.join(tmpdir(), 'lint-copy-'));
  try {
    await cp(path.join(repoRoot, 'openapi'), path.join(copy, 'openapi'), { recursive: true });
    await cp(path.join(repoRoot, 'redocly.yaml'), path.join(copy, 'redocly.yaml'));
    for (const [file, from, to] of mutations) {
      const target = path.join(copy, file);
      const text = await readFile(target, 'utf8');
      const changed = text.replace(from, () => to); // a function: `$'` in `to` is literal
      if (changed === text) throw new Error(`mutation of ${file} matched nothing: ${from}`);
      await writeFile(target, changed);
    }
    return await lint(copy);
  } finally {
    await rm(copy, { recursive: true, force: true });
  }
}

/** The distinct rules a report names, sorted. */
export const firedRules = (report: LintReport) => [...new Set(report.problems.map((p) => p.ruleId))].sort();
