// The package as an installer gets it: src/ built afresh (TypeScript with tsconfig.build.json, as
// `npm run build` does, its errors failing the build) into an install of its own, beside
// package.json and openapi-fetch alone, and imported by plain Node in a child process, by path and
// by the package's own name through its exports map, making a real call. The test never judges a
// dist/ older than the sources: run alone, it builds in-process through the compiler API (one
// compiler host for it and the consumers' compilations below, so library files are parsed once);
// in `npm run test:ts`, whose build step has just emptied dist/ and built it from the sources, it
// copies that build (FRESH_BUILD_DIR names it) rather than compile src/ a second time.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { repoRoot } from '../scripts/lib/paths.mjs';
import { runOrThrow } from '../scripts/lib/run.mjs';

const packageJson = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
// Loaded with require: an ESM import of TypeScript's 9 MB CommonJS file first scans it for its exports.
const ts: typeof import('typescript') = createRequire(import.meta.url)('typescript');

let installed: string;
let distDir: string;

/** One compiler host for every compilation here: a file parsed for one program is reused by the next. */
function sharedHost() {
  const host = ts.createCompilerHost({});
  const parsed = new Map<string, import('typescript').SourceFile | undefined>();
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, ...rest) => {
    const key = `${fileName}\0${JSON.stringify(languageVersion)}`;
    if (!parsed.has(key)) parsed.set(key, getSourceFile(fileName, languageVersion, ...rest));
    return parsed.get(key);
  };
  return host;
}
const host = sharedHost();

/** What `tsc -p tsconfig.build.json --outDir <outDir>` does: the build's own options and files; any error fails. */
function buildInto(outDir: string) {
  const problems: import('typescript').Diagnostic[] = [];
  const config = ts.getParsedCommandLineOfConfigFile(
    path.join(repoRoot, 'tsconfig.build.json'),
    { outDir },
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (diagnostic) => problems.push(diagnostic) },
  );
  if (config) problems.push(...config.errors);
  if (config && problems.length === 0) {
    const program = ts.createProgram({ rootNames: config.fileNames, options: config.options, host });
    problems.push(...ts.getPreEmitDiagnostics(program), ...program.emit().diagnostics);
  }
  if (problems.length > 0) {
    const formatHost = {
      getCanonicalFileName: (f: string) => f,
      getCurrentDirectory: () => repoRoot,
      getNewLine: () => '\n',
    };
    throw new Error(`the build failed:\n${ts.formatDiagnostics(problems, formatHost)}`);
  }
}

// An install of its own: package.json, a fresh build as dist/, and openapi-fetch alone in
// node_modules, so a missing runtime dependency would fail the import.
beforeAll(async () => {
  installed = await mkdtemp(path.join(tmpdir(), 'client-package-'));
  distDir = path.join(installed, 'dist');
  const freshBuild = process.env.FRESH_BUILD_DIR;
  if (freshBuild) await cp(freshBuild, distDir, { recursive: true });
  else buildInto(distDir);
  await cp(path.join(repoRoot, 'package.json'), path.join(installed, 'package.json'));
  await mkdir(path.join(installed, 'node_modules'));
  await symlink(
    path.join(repoRoot, 'node_modules', 'openapi-fetch'),
    path.join(installed, 'node_modules', 'openapi-fetch'),
    'dir',
  );
});

afterAll(() => rm(installed, { recursive: true, force: true }));

/** The modules a JavaScript file imports (static, re-exported or dynamic with a literal). */
function importsOf(source: string): string[] {
  return [
    ...source.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].map((match) => (match[1] ?? match[2])!);
}

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

  it('has openapi-fetch as its only runtime dependency, a caret range that holds the locked version', () => {
    expect(Object.keys(packageJson.dependencies)).toEqual(['openapi-fetch']);
    const lock = JSON.parse(readFileSync(path.join(repoRoot, 'package-lock.json'), 'utf8'));
    const locked: string = lock.packages['node_modules/openapi-fetch'].version;
    const [, major, minor] = /^\^(0)\.(\d+)\.\d+$/.exec(packageJson.dependencies['openapi-fetch'])!;
    expect(
      locked.startsWith(`${major}.${minor}.`),
      `${locked} within ${packageJson.dependencies['openapi-fetch']}`,
    ).toBe(true);
  });

  it('ships the masking module as a file that imports nothing, under its own export', () => {
    expect(packageJson.exports['./redact'].import).toBe('./dist/src/redact.js');
    const source = readFileSync(path.join(distDir, 'src', 'redact.js'), 'utf8');
    expect(source).not.toMatch(/^\s*import\s/m);
  });

  it('ships JavaScript that imports nothing but its own files and openapi-fetch', () => {
    const files = distFiles().filter((file) => file.endsWith('.js'));
    expect(files).toContain(path.join('src', 'index.js'));
    const specifiers = new Set(files.flatMap((file) => importsOf(readFileSync(path.join(distDir, file), 'utf8'))));
    const external = [...specifiers].filter((specifier) => !specifier.startsWith('.'));
    expect(external).toEqual(['openapi-fetch']);
  });

  it('packs every file its packed scripts import (the conformance runner, the bin)', async () => {
    const { stdout } = await runOrThrow('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      timeout: 60_000,
    });
    const packed = new Set<string>(JSON.parse(stdout)[0].files.map((f: { path: string }) => f.path));
    expect(packed).toContain(packageJson.bin['juspay-update-customer-verify']);
    const missing = [...packed]
      .filter((file) => file.startsWith('scripts/'))
      .flatMap((file) =>
        importsOf(readFileSync(path.join(repoRoot, file), 'utf8'))
          .filter((specifier) => specifier.startsWith('.'))
          .map((specifier) => path.posix.join(path.posix.dirname(file), specifier))
          .filter((target) => !packed.has(target))
          .map((target) => `${file} imports ${target}`),
      );
    expect(missing).toEqual([]);
  });

  it('is built from every module in src/ now', () => {
    const modules = readdirSync(path.join(repoRoot, 'src')).filter((file) => file.endsWith('.ts'));
    expect(modules.length).toBeGreaterThan(0);
    expect(distFiles()).toEqual(
      expect.arrayContaining(modules.map((file) => path.join('src', file.replace(/\.ts$/, '.js')))),
    );
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
      // The masking module on its own, by path and by its subpath export.
      const redactByPath = await import('./dist/src/redact.js');
      const redactByName = await import(${JSON.stringify(`${packageJson.name}/redact`)});
      console.log(JSON.stringify({
        same: byPath === byName,
        redact: redactByName.maskCustomerId === byName.maskCustomerId && redactByPath.maskEmail === byName.maskEmail,
        masked: redactByPath.maskCustomerId('jane@example.com'),
        id: customer.id,
        invalid: invalid instanceof byPath.JuspayValidationError && invalid.code,
        validator: byName.validateUpdateCustomerBody({}).valid,
      }));
    `;
    const { stdout } = await runOrThrow(process.execPath, ['--input-type=module', '-e', script], {
      cwd: installed,
      env: { MOCK_URL: inject('prismMockUrl') },
      timeout: 60_000,
    });
    expect(JSON.parse(stdout)).toEqual({
      same: true,
      redact: true,
      masked: 'ja***',
      id: 'cst_om2l6ctlptxwxuzj',
      invalid: 'validation',
      validator: false,
    });
  });
});

// CommonJS callers, as far as Node ≥ 20.19 lets them: `require` of the ESM package (Node's
// require(esm)), TypeScript with `module: nodenext` (TypeScript ≥ 5.8 allows the static import
// in a CommonJS file), and `module: node16`, where only `await import()` compiles: a static
// import there is TS1479, which the guide says. One child process runs all three.
describe('the built package from CommonJS', () => {
  const consumerSources = {
    'package.json': JSON.stringify({ name: 'consumer', private: true }),
    // Plain JavaScript, no build step.
    'plain.cjs': `
      const { createCustomerClient, JuspayError, JuspayValidationError } = require('juspay-update-customer');
      exports.run = async (baseUrl) => {
        const client = createCustomerClient({ apiKey: 'k', merchantId: 'merchant-id', baseUrl });
        const customer = await client.updateCustomer('cst_om2l6ctlptxwxuzj', { first_name: 'Juspay' });
        const invalid = await client.updateCustomer('cst_1', { first_name: 'Jon Snow' }).catch((e) => e);
        return { id: customer.id, code: invalid instanceof JuspayError && invalid instanceof JuspayValidationError && invalid.code };
      };`,
    // TypeScript, module nodenext: a static import in a .cts file compiles to require().
    'static.cts': `
      import { createCustomerClient, JuspayError } from 'juspay-update-customer';
      export async function run(baseUrl: string): Promise<unknown> {
        const client = createCustomerClient({ apiKey: 'k', merchantId: 'merchant-id', baseUrl });
        const customer = await client.updateCustomer('cst_om2l6ctlptxwxuzj', { first_name: 'Juspay' });
        const error = await client.updateCustomer('cst_1', { first_name: 'Jon Snow' }).catch((e: unknown) => e);
        return { id: customer.id, code: error instanceof JuspayError && error.code === 'validation' && error.fieldErrors[0]!.field };
      }`,
    // TypeScript, module node16, a CommonJS .ts file: types by resolution-mode, values by import().
    'dynamic.ts': `
      import type { Customer } from 'juspay-update-customer' with { 'resolution-mode': 'import' };
      export async function run(baseUrl: string): Promise<unknown> {
        const { createCustomerClient } = await import('juspay-update-customer');
        const client = createCustomerClient({ apiKey: 'k', merchantId: 'merchant-id', baseUrl });
        const customer: Customer = await client.updateCustomer('cst_om2l6ctlptxwxuzj', { first_name: 'Juspay' });
        return { id: customer.id };
      }`,
    // What does not compile under node16: the static import, in a CommonJS file.
    'static-node16.cts': `import { createCustomerClient } from 'juspay-update-customer';\nexport const make = createCustomerClient;\n`,
    'run.cjs': `
      Promise.all(['./plain.cjs', './static.cjs', './dynamic.js'].map((file) => require(file).run(process.env.MOCK_URL)))
        .then((results) => console.log(JSON.stringify(results)));`,
  };

  it('require() from a .cjs file, and TypeScript module nodenext and node16 as far as each allows', async () => {
    const consumer = path.join(installed, 'consumer');
    await mkdir(path.join(consumer, 'node_modules'), { recursive: true });
    await symlink(installed, path.join(consumer, 'node_modules', packageJson.name), 'dir');
    for (const [name, text] of Object.entries(consumerSources)) await writeFile(path.join(consumer, name), text);

    // The two programs share parsed files with the build (the package's .d.ts, @types/node, lib).
    const compile = (module: 'node16' | 'nodenext', files: string[]) => {
      const program = ts.createProgram(
        files.map((file) => path.join(consumer, file)),
        {
          module: module === 'node16' ? ts.ModuleKind.Node16 : ts.ModuleKind.NodeNext,
          moduleResolution: module === 'node16' ? ts.ModuleResolutionKind.Node16 : ts.ModuleResolutionKind.NodeNext,
          target: ts.ScriptTarget.ES2022,
          strict: true,
          skipLibCheck: true,
          types: ['node'],
          typeRoots: [path.join(repoRoot, 'node_modules', '@types')],
        },
        host,
      );
      program.emit();
      return ts.getPreEmitDiagnostics(program).map((d) => `${path.basename(d.file?.fileName ?? '')} TS${d.code}`);
    };
    expect(compile('nodenext', ['static.cts'])).toEqual([]);
    expect(compile('node16', ['dynamic.ts', 'static-node16.cts'])).toEqual(['static-node16.cts TS1479']);

    const { stdout } = await runOrThrow(process.execPath, ['run.cjs'], {
      cwd: consumer,
      env: { MOCK_URL: inject('prismMockUrl') },
      timeout: 60_000,
    });
    expect(JSON.parse(stdout)).toEqual([
      { id: 'cst_om2l6ctlptxwxuzj', code: 'validation' },
      { id: 'cst_om2l6ctlptxwxuzj', code: 'first_name' },
      { id: 'cst_om2l6ctlptxwxuzj' },
    ]);
  });
});
