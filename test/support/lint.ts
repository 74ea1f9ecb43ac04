// Runs the lint gate (redocly.yaml) on the project or on a copy of openapi/ broken on purpose,
// so that a test can prove a house rule fires when, and only when, its rule is broken.
// In-process, through Redocly's Node API (the engine inside `redocly lint`): one config load per
// run instead of a CLI process per case. A broken case is linted from memory: the project's own
// files, with the broken ones served by the resolver instead of written to a copy on disk.
// test/lint.test.ts holds both to the CLI's verdict.
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BaseResolver, type Config, getTotals, lint as lintDocument, loadConfig, Source } from '@redocly/openapi-core';
import { repoRoot } from '../../scripts/lib/paths.mjs';

export interface LintReport {
  totals: { errors: number; warnings: number };
  problems: Array<{ ruleId: string; message: string }>;
}

const configs = new Map<string, Promise<Config>>();

/** A lint configuration file, loaded once per run (its `extends` and rules do not change). */
export const lintConfig = (file: string): Promise<Config> => {
  const loaded = configs.get(file) ?? loadConfig({ configPath: file });
  configs.set(file, loaded);
  return loaded;
};

/** Lints one document with the rules of `configFile` (the project's redocly.yaml by default). */
export async function lintFile(
  document: string,
  configFile = path.join(repoRoot, 'redocly.yaml'),
  api?: string,
  externalRefResolver?: BaseResolver,
): Promise<LintReport> {
  const config = (await lintConfig(configFile)).forAlias(api);
  const problems = (await lintDocument({ ref: document, config, externalRefResolver })).filter(
    (p) => p.ignored !== true,
  );
  const { errors, warnings } = getTotals(problems);
  return { totals: { errors, warnings }, problems: problems.map(({ ruleId, message }) => ({ ruleId, message })) };
}

/**
 * `redocly lint` in `dir`: the API named in dir/redocly.yaml, linted with that file's rules; the
 * resolver, when given, is where the document's files are read from.
 */
export async function lint(dir: string, resolver?: BaseResolver): Promise<LintReport> {
  const configFile = path.join(dir, 'redocly.yaml');
  const apis = Object.entries((await lintConfig(configFile)).resolvedConfig.apis ?? {});
  if (apis.length !== 1) throw new Error(`${configFile} must name exactly one API, not ${apis.length}`);
  const [name, api] = apis[0]!;
  return lintFile(path.resolve(dir, api.root), configFile, name, resolver);
}

/** One edit of a file under the project: the first match of `from` becomes `to`. */
export type Mutation = [file: string, from: string | RegExp, to: string];

export const schemasDir = 'openapi/components/schemas';
export const operationFile = 'openapi/paths/customers_{customer_id}.yaml';

/**
 * Copies openapi/ into a temporary folder and applies the mutations in order. Throws if a
 * mutation changes nothing (a stale case proves nothing). The caller removes the folder.
 */
export async function mutatedCopy(mutations: Mutation[]): Promise<string> {
  const copy = await mkdtemp(path.join(tmpdir(), 'lint-copy-'));
  await cp(path.join(repoRoot, 'openapi'), path.join(copy, 'openapi'), { recursive: true });
  await cp(path.join(repoRoot, 'redocly.yaml'), path.join(copy, 'redocly.yaml'));
  for (const [file, from, to] of mutations) {
    const target = path.join(copy, file);
    const text = await readFile(target, 'utf8');
    const changed = text.replace(from, () => to); // a function: `$'` in `to` is literal
    if (changed === text) throw new Error(`mutation of ${file} matched nothing: ${from}`);
    await writeFile(target, changed);
  }
  return copy;
}

/** Reads files as Redocly's resolver does, except those given here, which it serves from memory. */
class OverlayResolver extends BaseResolver {
  constructor(private readonly overlay: Map<string, string>) {
    super();
  }
  override async loadExternalRef(absoluteRef: string): Promise<Source> {
    const text = this.overlay.get(absoluteRef);
    return text === undefined ? super.loadExternalRef(absoluteRef) : new Source(absoluteRef, text);
  }
}

/**
 * Lints the project as if its files had the mutations (see mutatedCopy: a mutation that changes
 * nothing throws), without writing anything: the broken files are served from memory.
 */
export async function lintMutated(mutations: Mutation[]): Promise<LintReport> {
  const overlay = new Map<string, string>();
  for (const [file, from, to] of mutations) {
    const target = path.join(repoRoot, file);
    const text = overlay.get(target) ?? (await readFile(target, 'utf8'));
    const changed = text.replace(from, () => to); // a function: `$'` in `to` is literal
    if (changed === text) throw new Error(`mutation of ${file} matched nothing: ${from}`);
    overlay.set(target, changed);
  }
  return lint(repoRoot, new OverlayResolver(overlay));
}

/** The distinct rules a report names, sorted. */
export const firedRules = (report: LintReport) => [...new Set(report.problems.map((p) => p.ruleId))].sort();
