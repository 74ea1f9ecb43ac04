// The package as an installer gets it: src/ built afresh (tsc with tsconfig.build.json, as `npm
// run build` does) into an install of its own, beside package.json and openapi-fetch alone, and
// imported by plain Node in a child process, by path and by the package's own name through its
// exports map, making a real call. Building here, not reading dist/, means the test never
// judges a dist/ older than the sources, whether it runs alone or in the whole suite.
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm, symlink } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { repoRoot } from '../scripts/lib/paths.mjs';

const exec = promisify(execFile);
const packageJson = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

let installed: string;
let distDir: string;

// An install of its own: package.json, a fresh build as dist/, and openapi-fetch alone in
// node_modules, so a missing runtime dependency would fail the import.
beforeAll(async () => {
  installed = await mkdtemp(path.join(tmpdir(), 'client-package-'));
  distDir = path.join(installed, 'dist');
  await exec(process.execPath, [tsc, '-p', path.join(repoRoot, 'tsconfig.build.json'), '--outDir', distDir], { cwd: repoRoot }).catch(
    (error: { stdout?: string; stderr?: string }) => {
      throw new Error(`the build failed:\n${error.stdout ?? ''}${error.stderr ?? ''}`);
    },
  );
  await cp(path.join(repoRoot, 'package.json'), path.join(installed, 'package.json'));
  await mkdir(path.join(installed, 'node_modules'));
  await symlink(path.join(repoRoot, 'node_modules', 'openapi-fetch'), path.join(installed, 'node_modules', 'openapi-fetch'), 'dir');
});

afterAll(() => rm(installed, { recursive: true, force: true }));

function distFiles(): string[] {
  return readdirSync(distDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(distDir, path.join(entry.parentPath, entry.name)));
}

describe('package.json', () => {
  it('points main, types and exports at built files', () => {
    const entry = packageJson.exports['.'];
    for (const file of [packageJson.main, packageJson.types, entry.import, entry.types, entry.default]) {
      expect(existsSync(path.join(installed, file)), file).toBe(true);
    }
    expect(packageJson.type).toBe('module');
    expect(packageJson.engines.node).toBeTruthy();
    expect(packageJson.files).toEqual(expect.arrayContaining(['dist/src', 'dist/generated']));
  });

  it('has openapi-fetch as its only runtime dependency', () => {
    expect(Object.keys(packageJson.dependencies)).toEqual(['openapi-fetch']);
  });

  it('ships JavaScript that imports nothing but its own files and openapi-fetch', () => {
    const files = distFiles().filter((file) => file.endsWith('.js'));
    expect(files).toContain(path.join('src', 'index.js'));
    const specifiers = new Set<string>();
    for (const file of files) {
      const source = readFileSync(path.join(distDir, file), 'utf8');
      for (const match of source.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)) {
        specifiers.add(match[1] ?? match[2]!);
      }
    }
    const external = [...specifiers].filter((specifier) => !specifier.startsWith('.'));
    expect(external).toEqual(['openapi-fetch']);
  });

  it('is built from every module in src/ now', () => {
    const modules = readdirSync(path.join(repoRoot, 'src')).filter((file) => file.endsWith('.ts'));
    expect(modules.length).toBeGreaterThan(0);
    expect(distFiles()).toEqual(expect.arrayContaining(modules.map((file) => path.join('src', file.replace(/\.ts$/, '.js')))));
  });

  it('ships type declarations beside the JavaScript', () => {
    const files = distFiles();
    for (const file of files.filter((f) => f.endsWith('.js'))) expect(files).toContain(file.replace(/\.js$/, '.d.ts'));
  });
});

describe('the built package in plain Node', () => {
  it('imports by path and by name, and updates a customer on the mock', async () => {
    const script = `
      const byPath = await import('./dist/src/index.js');
      const byName = await import(${JSON.stringify(packageJson.name)});
      const client = byName.createCustomerClient({ apiKey: 'k', merchantId: 'merchant-id', baseUrl: process.env.MOCK_URL });
      const customer = await client.updateCustomer('cst_om2l6ctlptxwxuzj', { email_address: 'a+b@example.com' });
      const invalid = await client.updateCustomer('cst_1', { first_name: 'Jon Snow' }).catch((error) => error);
      console.log(JSON.stringify({
        same: byPath === byName,
        id: customer.id,
        invalid: invalid instanceof byPath.JuspayValidationError && invalid.code,
        validator: byName.validateUpdateCustomerBody({}).valid,
      }));
    `;
    const { stdout } = await exec(process.execPath, ['--input-type=module', '-e', script], {
      cwd: installed,
      env: { ...process.env, MOCK_URL: inject('prismMockUrl') },
      timeout: 60_000,
    });
    expect(JSON.parse(stdout)).toEqual({ same: true, id: 'cst_om2l6ctlptxwxuzj', invalid: 'validation', validator: false });
  });
});
