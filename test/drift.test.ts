// generated/ is exactly what `npm run generate` makes from openapi/ now: a rebuild into a
// temporary folder must match the committed files byte for byte, with no file missing or extra.
// The bundles in it are made in-process (scripts/lib/bundle.mjs) without redocly.yaml, which is
// what `redocly bundle` would make only as long as redocly.yaml changes no bundle: checked here,
// and the in-process bundles are held to the CLI's own output (the CLI carries its own copy of
// openapi-core, so an upgrade of either shows here first).
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { generatedDir, repoRoot, specRoot } from '../scripts/lib/paths.mjs';
import { lintConfig } from './support/lint.js';
import { redocly, runNode } from './support/run-cli.js';

let rebuildDir: string;

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return (
    entries
      .filter((e) => e.isFile())
      .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
      // baseline/ holds the last released document: `npm run release` writes it, not generate.
      .filter((file) => !file.startsWith('baseline/'))
      // A screenshot of the rendered reference, saved by test/docs-browser.test.ts for reviewers;
      // a browser makes it, not `npm run generate`.
      .filter((file) => file !== 'docs/update-customer.png')
      .sort()
  );
}

beforeAll(async () => {
  rebuildDir = await mkdtemp(path.join(tmpdir(), 'generated-'));
  const result = await runNode('scripts/generate.mjs', ['--out', rebuildDir]);
  expect(result.code, result.stderr).toBe(0);
}, 120_000);

afterAll(async () => {
  await rm(rebuildDir, { recursive: true, force: true });
});

it('rebuilds the same set of files', async () => {
  expect(await listFiles(generatedDir)).toEqual(await listFiles(rebuildDir));
});

it('rebuilds every file byte for byte (run `npm run generate` and commit if this fails)', async () => {
  const stale: string[] = [];
  for (const file of await listFiles(rebuildDir)) {
    const [committed, rebuilt] = await Promise.all([
      readFile(path.join(generatedDir, file)).catch(() => Buffer.alloc(0)),
      readFile(path.join(rebuildDir, file)),
    ]);
    if (!committed.equals(rebuilt)) stale.push(file);
  }
  expect(stale).toEqual([]);
});

it('redocly.yaml declares no decorator or preprocessor, the parts of it that would change a bundle', async () => {
  const config = await lintConfig(path.join(repoRoot, 'redocly.yaml'));
  const declared = [undefined, ...Object.keys(config.resolvedConfig.apis ?? {})].flatMap((api) => {
    const { decorators, preprocessors } = config.forAlias(api);
    return [decorators, preprocessors].flatMap((byVersion) =>
      Object.entries(byVersion).flatMap(([version, named]) => Object.keys(named).map((name) => `${version} ${name}`)),
    );
  });
  expect(declared, 'scripts/lib/bundle.mjs bundles without them: make it load redocly.yaml').toEqual([]);
});

it('bundles byte for byte what `redocly bundle` writes (YAML and JSON with $refs, JSON dereferenced)', async () => {
  const cases: Array<[file: string, flags: string[]]> = [
    ['openapi.yaml', []],
    ['openapi.json', []],
    ['openapi.dereferenced.json', ['--dereferenced']],
  ];
  // Beside the rebuild, not in it: the tests above read the rebuild's list of files.
  const cliDir = await mkdtemp(path.join(tmpdir(), 'cli-bundle-'));
  try {
    const differing = await Promise.all(
      cases.map(async ([file, flags]) => {
        const output = path.join(cliDir, file);
        const result = await redocly(['bundle', specRoot, ...flags, '-o', output]);
        expect(result.code, result.output).toBe(0);
        const [cli, inProcess] = await Promise.all([readFile(output), readFile(path.join(rebuildDir, file))]);
        return cli.equals(inProcess) ? [] : [file];
      }),
    );
    expect(differing.flat(), 'scripts/lib/bundle.mjs no longer writes what the CLI writes').toEqual([]);
  } finally {
    await rm(cliDir, { recursive: true, force: true });
  }
});
