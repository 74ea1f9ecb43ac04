// Compares the document with the last released one (generated/baseline/openapi.json) using
// `redocly diff` and the diff-recommended rules, and decides whether the version allows it:
// a major (breaking) change passes only when info.version bumps MAJOR past the baseline's.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generatedDir, redoclyBin, repoRoot, specRoot } from '../lib/paths.mjs';
import { runNodeCli } from '../lib/run.mjs';

export const baselineJson = path.join(generatedDir, 'baseline', 'openapi.json');
export const diffConfig = path.join(repoRoot, 'redocly-diff.yaml');
export const impacts = ['patch', 'minor', 'major'];

/** The `redocly diff --format json` report of base → revision (both bundled documents). */
export async function diffReport(base, revision) {
  const { stdout } = await runNodeCli(redoclyBin, [
    'diff', base, revision, '--config', diffConfig, '--format', 'json', '--fail-on', 'none',
  ]);
  return JSON.parse(stdout.slice(stdout.indexOf('{')));
}

/** Bundles openapi/ into a temporary file, so that both sides of the diff have the same shape. */
export async function withBundledSource(use) {
  const dir = await mkdtemp(path.join(tmpdir(), 'openapi-revision-'));
  try {
    const file = path.join(dir, 'openapi.json');
    await runNodeCli(redoclyBin, ['bundle', specRoot, '-o', file]);
    return await use(file);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export function parseVersion(text) {
  const match = /^(\d+)\.(\d+)\.(\d+)$/.exec(text ?? '');
  if (!match) throw new Error(`info.version ${JSON.stringify(text)} is not MAJOR.MINOR.PATCH`);
  return match.slice(1).map(Number);
}

export function compareVersions(a, b) {
  const [x, y] = [parseVersion(a), parseVersion(b)];
  for (let i = 0; i < 3; i += 1) if (x[i] !== y[i]) return x[i] - y[i];
  return 0;
}

export function bumpVersion(version, level) {
  const [major, minor, patch] = parseVersion(version);
  if (level === 'major') return `${major + 1}.0.0`;
  if (level === 'minor') return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}

/** The smallest release level that the report's changes need, or undefined when nothing changed. */
export function requiredLevel(report) {
  return [...impacts].reverse().find((impact) => report.summary[impact] > 0);
}

/** The gate's decision on a report: problems is empty when the change may ship as versioned. */
export function judge(report) {
  const { base, revision } = report.infoVersions;
  const problems = [];
  if (compareVersions(revision, base) < 0) {
    problems.push(`info.version went backwards, from ${base} to ${revision}.`);
  }
  if (report.summary.major > 0 && parseVersion(revision)[0] <= parseVersion(base)[0]) {
    problems.push(
      `${report.summary.major} breaking change(s) since release ${base}, but info.version is ${revision}. ` +
        'Existing clients would break: undo the change, or release it as a new major version ' +
        '(`npm run release -- major`).',
    );
  }
  return problems;
}

/** One line per change that matters (major first), as a person would read them. */
export function describeChanges(report) {
  const order = (c) => -impacts.indexOf(c.impact);
  return [...report.changes]
    .filter((c) => c.impact !== 'patch')
    .sort((a, b) => order(a) - order(b))
    .map((c) => {
      const what = c.verdicts.map((v) => `${v.message} (${v.ruleId})`).join('; ') || `${c.kind} ${c.property ?? ''}`.trim();
      return `  ${c.impact.padEnd(5)} ${c.path}${c.property ? ` · ${c.property}` : ''}\n        ${what}`;
    });
}
