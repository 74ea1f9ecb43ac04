// The breaking-change gate end to end, with real `redocly diff` runs: a few revisions, each
// carrying several edits at once (one Redocly process per revision, all side by side), judged in
// JSON, Markdown and text; the CLIs' manners; the repository's own document against its baseline;
// and `npm run release` in a copy of the project (refusal, then a minor release with its CHANGELOG
// entry). Both CLIs' `main` runs in-process where the test is about the judgement or the usage
// text; one process per CLI checks the command line itself (exit status, output streams). The
// per-rule verdicts are tabled in-process in breaking-semantic.test.ts.
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { diffReport } from '../scripts/breaking/diff.mjs';
import { main as checkBreakingMain } from '../scripts/check-breaking.mjs';
import { repoRoot } from '../scripts/lib/paths.mjs';
import { main as releaseMain } from '../scripts/release.mjs';
import { runMain, runNode } from './support/run-cli.js';

const baselineFile = path.join(repoRoot, 'generated', 'baseline', 'openapi.json');

const checkBreaking = (args: string[]) => runMain(checkBreakingMain, args);

const namePattern = '^[A-Za-z0-9()._-]+$';
const widerName = '^[A-Za-z0-9() ._-]+$';
const narrowerName = '^[A-Za-z0-9]+$';
const sameName = '^[-_.()0-9a-zA-Z]+$';

let workDir: string;
let baseline: any;
let baseFile: string;

/** The released document with rules on two response fields too, so response edits have something to change. */
function baseDocument() {
  const doc = structuredClone(baseline);
  const customer = doc.components.schemas.Customer.properties;
  customer.first_name = { ...customer.first_name, pattern: namePattern, maxLength: 64 };
  customer.last_name = { ...customer.last_name, pattern: namePattern, maxLength: 64 };
  return doc;
}

async function revisionFile(label: string, edit: (doc: any) => void) {
  const doc = baseDocument();
  edit(doc);
  const file = path.join(workDir, `${label}.json`);
  await writeFile(file, JSON.stringify(doc, null, 2));
  return file;
}

beforeAll(async () => {
  workDir = await mkdtemp(path.join(tmpdir(), 'breaking-changes-'));
  baseline = JSON.parse(await readFile(baselineFile, 'utf8'));
  baseFile = path.join(workDir, 'base.json');
  await writeFile(baseFile, JSON.stringify(baseDocument(), null, 2));
});

afterAll(async () => {
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

it.concurrent('breaking edits, info.version backwards (JSON): each change once, with level and example', async () => {
  const file = await revisionFile('breaking', (doc) => {
    const s = doc.components.schemas;
    s.PersonName.pattern = narrowerName; // request, accepts less: major
    s.MobileCountryCode.pattern = '^[0123456789]+$'; // equivalent: nothing
    s.Customer.properties.first_name.pattern = widerName; // response, allows more: major
    s.Customer.properties.last_name.pattern = narrowerName; // response, allows fewer: minor
    s.EmailAddress.maxLength = 100; // request, narrowed maxLength: major
    doc.info.version = '0.0.1'; // backwards: refused on its own account
  });
  const result = await checkBreaking(['--base', baseFile, '--revision', file, '--format', 'json']);
  expect(result.code, result.stderr).toBe(1);
  const report = JSON.parse(result.stdout);
  expect(report).toMatchObject({ ok: false, required: 'major', summary: { major: 3, minor: 1, patch: 0 } });
  const byField = (schema: string, field: string) =>
    report.findings.filter((f: any) => f.schema === schema && f.field === field);
  const [person, first, last] = [
    byField('PersonName', 'first_name, last_name'),
    byField('Customer', 'first_name'),
    byField('Customer', 'last_name'),
  ];
  expect(person).toMatchObject([{ level: 'major', direction: 'request', keyword: 'pattern' }]);
  expect(first).toMatchObject([{ level: 'major', direction: 'response', keyword: 'pattern', example: ' ' }]);
  expect(last).toMatchObject([{ level: 'minor', direction: 'response', keyword: 'pattern' }]);
  // A narrowing's example is accepted by the old rule and refused by the new one.
  for (const { example } of [person[0], last[0]]) {
    expect([new RegExp(namePattern, 'u').test(example), new RegExp(narrowerName, 'u').test(example)]).toEqual([
      true,
      false,
    ]);
  }
  expect(byField('EmailAddress', 'email_address')).toMatchObject([{ level: 'major', keyword: 'maxLength' }]);
  expect(byField('EmailAddress', 'email_address')[0].example).toHaveLength(101);
  expect(report.findings.filter((f: any) => f.schema === 'MobileCountryCode')).toEqual([]);
  expect(report.findings).toHaveLength(4);
  expect(report.problems).toHaveLength(2);
  expect(report.problems[0]).toContain(`info.version went backwards, from ${baseline.info.version} to 0.0.1`);
  expect(report.problems[1]).toContain('npm run release -- major');
});

it.concurrent('widened request and narrowed response rules pass as minor (Markdown for a pull request)', async () => {
  const file = await revisionFile('minor', (doc) => {
    doc.components.schemas.PersonName.pattern = widerName;
    doc.components.schemas.Customer.properties.first_name.pattern = narrowerName;
  });
  const result = await checkBreaking(['--base', baseFile, '--revision', file, '--format', 'markdown']);
  expect(result.code, result.stderr).toBe(0);
  const markdown = result.stdout;
  expect(markdown).toMatch(/^### ✅ Contract check: no breaking change without a major version bump\n/);
  expect(markdown).toContain('**0 major**, 2 minor, 0 patch (the next release needs at least **minor**)');
  expect(markdown).toContain('| Level | Where | Direction | Change |');
  expect(markdown).toContain(
    '| minor | `PersonName` (first_name, last_name) `pattern` | request | ' +
      'widened: `" "` was refused and is now accepted |',
  );
  const row = /\| minor \| `Customer` `first_name` `pattern` \| response \| narrowed: `"(.)"` was accepted and is now/;
  const refused = row.exec(markdown);
  expect(refused, markdown).not.toBeNull();
  const example = refused?.[1] as string;
  expect([new RegExp(namePattern, 'u').test(example), new RegExp(narrowerName, 'u').test(example)]).toEqual([
    true,
    false,
  ]);
  expect(markdown).not.toMatch(/❌|undefined|\[object/);
});

it.concurrent('equivalent rewrites report no change at all (text)', async () => {
  const file = await revisionFile('same', (doc) => {
    doc.components.schemas.PersonName.pattern = sameName;
    doc.components.schemas.Customer.properties.first_name.pattern = sameName;
    doc.components.schemas.MobileNumber.pattern = '^[+]?[0-9][0-9]*$';
  });
  const result = await checkBreaking(['--base', baseFile, '--revision', file]);
  expect(result.code, result.stderr).toBe(0);
  expect(result.stdout).toBe(
    `Changes since release ${baseline.info.version} (now ${baseline.info.version}): 0 major, 0 minor, 0 patch.\n` +
      '✔ No breaking change without a major version bump.\n',
  );
});

it.concurrent('--help prints usage; a bad option prints usage and exits 2 without a stack trace', async () => {
  const [help, unknown, format, missing] = await Promise.all([
    checkBreaking(['--help']),
    // The one process: the command line itself (exit status, usage on stderr, no stack trace).
    runNode('scripts/check-breaking.mjs', ['--bsae', 'x.json']),
    checkBreaking(['--format', 'xml']),
    checkBreaking(['--revision', path.join(workDir, 'missing.json'), '--format', 'json']),
  ]);
  expect(help.code).toBe(0);
  expect(help.stdout).toMatch(/^Usage: npm run check:breaking/);
  for (const option of ['--base FILE', '--revision FILE', '--format FORMAT']) expect(help.stdout).toContain(option);
  for (const refused of [unknown, format]) {
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toContain('Usage: npm run check:breaking');
    expect(refused.stderr).not.toMatch(/\n\s+at /);
  }
  expect(unknown.stderr).toContain("Unknown option '--bsae'");
  expect(format.stderr).toContain('Unknown --format "xml"');
  expect(missing.code).toBe(2);
  expect(JSON.parse(missing.stdout).error).toContain('cannot read');
  expect(missing.stderr).not.toMatch(/\n\s+at /);
});

it.concurrent('release: --help prints usage; no level, a bad option, --changelog-only alone exit 2', async () => {
  const release = (args: string[]) => runMain(releaseMain, args);
  const [help, ...refused] = await Promise.all([
    release(['--help']),
    release([]),
    release(['minor', '--bogus']),
    release(['--changelog-only']),
    release(['minor', '--date', 'tomorrow']),
  ]);
  expect(help.code).toBe(0);
  expect(help.stdout).toMatch(/^Usage: npm run release -- major\|minor\|patch/);
  for (const result of refused) {
    expect(result.code, result.stderr).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('Usage: npm run release');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  }
  const reasons = refused.map((r) => r.stderr.split('\n')[0]);
  expect(reasons[0]).toBe('✖ give one level: major, minor or patch');
  expect(reasons[1]).toMatch(/^✖ Unknown option '--bogus'/);
  expect(reasons[2]).toBe('✖ --changelog-only takes --base FILE and no level');
  expect(reasons[3]).toBe('✖ --date "tomorrow" is not YYYY-MM-DD');
});

it.concurrent('the recorded report test/breaking-findings.test.ts judges is what redocly diff says today', async () => {
  // Relative paths, as recorded: the report names the files it was given.
  const fixture = (file: string) => path.join('test', 'fixtures', 'breaking', file);
  const report = await diffReport(fixture('base.json'), fixture('revision.json'));
  const recorded = JSON.parse(await readFile(path.join(repoRoot, fixture('redocly-diff.json')), 'utf8'));
  expect(report, 'rerecord test/fixtures/breaking/redocly-diff.json and review the findings').toEqual(recorded);
});

it.concurrent('the document in openapi/ breaks no client of the last release (npm run check:breaking)', async () => {
  const result = await checkBreaking([]);
  expect(result.code, result.stdout + result.stderr).toBe(0);
  expect(result.stdout).toContain(`Changes since release ${baseline.info.version}`);
});

// One flow in one test, so that it runs beside the cases above rather than after them. The
// refusal runs the copy's `main` in-process (its scripts find the copy's files from where they
// are); the release is the release CLI's one test as a process (exit status 0, the streams).
it.concurrent('release: a breaking change refused as minor, a widening released as minor, with its entry', async () => {
  const project = path.join(workDir, 'project');
  const projectFile = (file: string) => path.join(project, file);
  const versionOf = async (file: string) => JSON.parse(await readFile(projectFile(file), 'utf8')).info.version;
  const release = (...args: string[]) => runNode(projectFile('scripts/release.mjs'), args, { cwd: project });
  const releaseInCopy = async (...args: string[]) => {
    const copy: { main: typeof releaseMain } = await import(pathToFileURL(projectFile('scripts/release.mjs')).href);
    return runMain(copy.main, args);
  };

  // test/vectors/scenarios.json: the generate step reads the wire vectors' hand-written answers from it.
  const entries = [
    'openapi',
    'scripts',
    'test/vectors/scenarios.json',
    'redocly.yaml',
    'redocly-diff.yaml',
    'package.json',
  ];
  for (const entry of entries) {
    await cp(path.join(repoRoot, entry), projectFile(entry), { recursive: true });
  }
  await mkdir(projectFile('generated/baseline'), { recursive: true });
  await cp(baselineFile, projectFile('generated/baseline/openapi.json'));
  await symlink(path.join(repoRoot, 'node_modules'), projectFile('node_modules'), 'dir');
  // The edits under test, made where a person would make them.
  const personName = projectFile('openapi/components/schemas/PersonName.yaml');
  const source = await readFile(personName, 'utf8');
  const withPattern = (pattern: string) => source.replace(/^pattern: .*$/m, () => `pattern: '${pattern}'`);

  await writeFile(personName, withPattern(narrowerName));
  const before = await readFile(projectFile('openapi/openapi.yaml'), 'utf8');
  const refused = await releaseInCopy('minor');
  expect(refused.code).toBe(1);
  expect(refused.stderr).toContain('need a major release, not minor');
  expect(await readFile(projectFile('openapi/openapi.yaml'), 'utf8')).toBe(before);

  await writeFile(personName, withPattern(widerName));
  const [major, minor] = baseline.info.version.split('.').map(Number);
  const next = `${major}.${minor + 1}.0`;
  const released = await release('minor', '--date', '2026-01-31');
  expect(released.code, released.stderr).toBe(0);
  expect(released.stdout).toContain(`Released ${next}`);
  expect(await readFile(projectFile('openapi/openapi.yaml'), 'utf8')).toMatch(
    new RegExp(`^  version: ${next.replace(/\./g, '\\.')}$`, 'm'),
  );
  expect(await versionOf('generated/openapi.json')).toBe(next);
  expect(await versionOf('generated/baseline/openapi.json')).toBe(next);
  const changelog = await readFile(projectFile('CHANGELOG.md'), 'utf8');
  expect(changelog).toMatch(/^# Changelog\n/);
  expect(changelog).toContain(
    `## ${next} - 2026-01-31\n\nMinor release; changes since ${baseline.info.version}.\n\n### Minor\n\n` +
      '- `PersonName` (first_name, last_name) `pattern` (request): widened: " " was refused and is now accepted.\n',
  );
  expect(changelog).not.toContain('### Breaking');

  // The new baseline is the released bundle itself, so the gate reports no change from now on.
  expect(await readFile(projectFile('generated/baseline/openapi.json'), 'utf8')).toBe(
    await readFile(projectFile('generated/openapi.json'), 'utf8'),
  );
}, 120_000);
