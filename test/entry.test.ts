// startedAsCommand (scripts/lib/entry.mjs) decides whether a file that is also a module runs as a
// command: the published conformance runner, the breaking-change and release CLIs, the SDK
// scripts and the benchmark's sections. A wrong "no" makes a command exit 0 having done nothing,
// so each way Node can be started on the file is tried in a process of its own.
import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { repoRoot } from '../scripts/lib/paths.mjs';
import { run } from './support/run-cli.js';

let dir: string;
let script: string;
let link: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'entry-'));
  const entry = pathToFileURL(path.join(repoRoot, 'scripts', 'lib', 'entry.mjs')).href;
  script = path.join(dir, 'command.mjs');
  await writeFile(
    script,
    `import { startedAsCommand } from ${JSON.stringify(entry)};\nconsole.log(startedAsCommand(import.meta.url));\n`,
  );
  link = path.join(dir, 'linked-command');
  await symlink(script, link);
  await writeFile(path.join(dir, 'importer.mjs'), "import './command.mjs';\n");
});

afterAll(() => rm(dir, { recursive: true, force: true }));

const printed = async (args: string[], options: { cwd?: string } = {}) => {
  const { code, stdout, stderr } = await run(process.execPath, args, options);
  expect(code, stderr).toBe(0);
  return stdout.trim();
};

it('yes when started on the file, by its path or through a link, with or without --preserve-symlinks-main', async () => {
  expect(await printed([script])).toBe('true');
  expect(await printed([link])).toBe('true');
  expect(await printed(['--preserve-symlinks-main', link])).toBe('true');
  expect(await printed(['command.mjs'], { cwd: dir })).toBe('true');
});

it('no when another script imports it, or when Node runs no file', async () => {
  expect(await printed([path.join(dir, 'importer.mjs')])).toBe('false');
  expect(
    await printed(['--input-type=module', '-e', `await import(${JSON.stringify(pathToFileURL(script).href)})`]),
  ).toBe('false');
});
