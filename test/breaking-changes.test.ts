// Breaking changes: the document may not break clients of the last release
// (generated/baseline/openapi.json) unless info.version bumps MAJOR. Proven on temporary
// copies: each kind of breaking change fails the gate, additions pass, a major bump passes,
// and `npm run release` refuses a level smaller than the changes need. The tests run side by
// side: each is mostly waiting for a Redocly process.
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { repoRoot } from '../scripts/lib/paths.mjs';
import { runNode } from './support/run-cli.js';

const baselineFile = path.join(repoRoot, 'generated', 'baseline', 'openapi.json');
const checkBreaking = (args: string[], cwd = repoRoot) => runNode(path.join(cwd, 'scripts/check-breaking.mjs'), args, { cwd });

let workDir: string;
let baseline: any;

beforeAll(async () => {
  workDir = await mkdtemp(path.join(tmpdir(), 'breaking-changes-'));
  baseline = JSON.parse(await readFile(baselineFile, 'utf8'));
});

afterAll(async () => {
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

it.concurrent('the document in openapi/ breaks no client of the last release (npm run check:breaking)', async () => {
  const result = await checkBreaking([]);
  expect(result.code, result.stdout + result.stderr).toBe(0);
  expect(result.stdout).toContain(`Changes since release ${baseline.info.version}`);
});

type Change = (spec: any) => void;
const schemas = (spec: any) => spec.components.schemas;
const narrowPattern: Change = (spec) => {
  schemas(spec).PersonName.pattern = '^[A-Za-z0-9]+$';
};
const bumpMajor: Change = (spec) => {
  const [major] = spec.info.version.split('.').map(Number);
  spec.info.version = `${major + 1}.0.0`;
};

const cases: Array<{ name: string; change: Change[]; passes: boolean; mentions: string }> = [
  { name: 'a narrowed request pattern', change: [narrowPattern], passes: false, mentions: '`pattern` of `PersonName` changed' },
  {
    name: 'a newly required request field',
    change: [(spec) => (schemas(spec).UpdateCustomerBody.required = ['email_address'])],
    passes: false,
    mentions: 'became required: `email_address`',
  },
  {
    name: 'a removed response property',
    change: [(spec) => delete schemas(spec).Customer.properties.mobile_country_code],
    passes: false,
    mentions: 'Property `mobile_country_code` of `Customer` was removed',
  },
  {
    name: 'an added optional response property',
    change: [
      (spec) => (schemas(spec).Customer.properties.gender = { type: 'string', description: 'The customer’s gender, if known.' }),
    ],
    passes: true,
    mentions: '0 major, 1 minor',
  },
  { name: 'a narrowed request pattern with a major version bump', change: [narrowPattern, bumpMajor], passes: true, mentions: '1 major' },
];

it.concurrent.each(cases.map((c, i) => ({ ...c, i })))(
  'the released document with $name: passes=$passes',
  async ({ change, passes, mentions, i }) => {
    const revision = structuredClone(baseline);
    for (const apply of change) apply(revision);
    const file = path.join(workDir, `revision-${i}.json`);
    await writeFile(file, JSON.stringify(revision, null, 2));
    const result = await checkBreaking(['--base', baselineFile, '--revision', file]);
    expect(result.code, result.stdout + result.stderr).toBe(passes ? 0 : 1);
    expect(result.stdout).toContain(mentions);
    if (!passes) expect(result.stderr).toContain('npm run release -- major');
  },
);

// One flow in one test, so that it runs beside the cases above rather than after them.
it.concurrent('npm run release refuses a breaking change as minor, then releases it as major', async () => {
  const project = path.join(workDir, 'project');
  const projectFile = (file: string) => path.join(project, file);
  const versionOf = async (file: string) => JSON.parse(await readFile(projectFile(file), 'utf8')).info.version;
  const release = (level: string) => runNode(projectFile('scripts/release.mjs'), [level], { cwd: project });

  for (const entry of ['openapi', 'scripts', 'redocly.yaml', 'redocly-diff.yaml', 'package.json']) {
    await cp(path.join(repoRoot, entry), projectFile(entry), { recursive: true });
  }
  await mkdir(projectFile('generated/baseline'), { recursive: true });
  await cp(baselineFile, projectFile('generated/baseline/openapi.json'));
  await symlink(path.join(repoRoot, 'node_modules'), projectFile('node_modules'), 'dir');
  // The breaking change under test, made where a person would make it.
  const personName = projectFile('openapi/components/schemas/PersonName.yaml');
  await writeFile(personName, (await readFile(personName, 'utf8')).replace(/^pattern: .*$/m, () => "pattern: '^[A-Za-z0-9]+$'"));

  // A minor release of a breaking change is refused, and nothing is touched.
  const before = await readFile(projectFile('openapi/openapi.yaml'), 'utf8');
  const refused = await release('minor');
  expect(refused.code).toBe(1);
  expect(refused.stderr).toContain('need a major release, not minor');
  expect(await readFile(projectFile('openapi/openapi.yaml'), 'utf8')).toBe(before);

  // A major release bumps info.version, regenerates generated/ and refreshes the baseline.
  const [major] = baseline.info.version.split('.').map(Number);
  const next = `${major + 1}.0.0`;
  const released = await release('major');
  expect(released.code, released.stderr).toBe(0);
  expect(released.stdout).toContain(`Released ${next}`);
  expect(await readFile(projectFile('openapi/openapi.yaml'), 'utf8')).toMatch(new RegExp(`^  version: ${next.replace(/\./g, '\\.')}$`, 'm'));
  expect(await versionOf('generated/openapi.json')).toBe(next);
  expect(await versionOf('generated/baseline/openapi.json')).toBe(next);
  const check = await checkBreaking([], project);
  expect(check.code, check.stderr).toBe(0);
  expect(check.stdout).toContain('0 major, 0 minor, 0 patch');
}, 120_000);
