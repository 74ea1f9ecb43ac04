// `npm run test:ts`: the TypeScript tier of the gate, every check side by side on the cores there
// are. The contract's lint, Biome, the type check, the packed package (attw) and vitest run at
// once; vitest runs as two projects (vitest.config.ts): the client's files with the coverage floor
// on src/, and the rest without paying for coverage. Each step can still be run alone by its own
// npm script (lint, lint:code, typecheck, build, check:package; `npx vitest run`).
import { readFileSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { redoclyBin, repoRoot, toolBin, tscBin, vitestBin } from './lib/paths.mjs';
import { startSharedMock } from './lib/prism.mjs';
import { runSteps, summarize } from './lib/steps.mjs';

const packDir = path.join(repoRoot, 'build', 'pack');
const { name, version } = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
// The file name npm pack gives an unscoped package.
const tarball = path.join(packDir, `${name}-${version}.tgz`);
// npm sets npm_execpath for the scripts it runs; Node's own npm otherwise.
const npm =
  process.env.npm_execpath || path.join(path.dirname(process.execPath), '../lib/node_modules/npm/bin/npm-cli.js');

await rm(packDir, { recursive: true, force: true });
await mkdir(packDir, { recursive: true });

const started = performance.now();
// One Prism mock for both vitest projects (test/global-setup.ts uses it when this is set).
// It starts while the steps that need no mock run.
const prismStarting = startSharedMock();
const vitestEnv = prismStarting.then((prism) => ({ SHARED_PRISM_MOCK_URL: prism.url }));
// dist/ emptied first, so the build below holds exactly what the sources make now (no file of a
// removed module left behind): the pack step packs it, and test/client-package.test.ts copies it
// (FRESH_BUILD_DIR) instead of compiling src/ again.
const distDir = path.join(repoRoot, 'dist');
await rm(distDir, { recursive: true, force: true });
const results = await runSteps([
  // dist/ as `npm run build` makes it: the package, the benchmark and the conformance runner use it.
  { name: 'build', script: tscBin, args: ['-p', 'tsconfig.build.json'] },
  {
    name: 'vitest (gate)',
    script: vitestBin,
    args: ['run', '--project', 'gate', '--maxWorkers=3'],
    env: vitestEnv.then((env) => ({ ...env, FRESH_BUILD_DIR: distDir })),
    after: ['build'],
  },
  {
    name: 'vitest (client, coverage)',
    script: vitestBin,
    args: ['run', '--project', 'client', '--coverage', '--maxWorkers=1'],
    env: vitestEnv,
  },
  // `tsc -b` with tsconfig.json's incremental cache (build/tsc/): a tree unchanged since its last
  // clean check is not checked again, a changed one only where the change reaches.
  {
    name: 'typecheck',
    script: tscBin,
    args: ['-b'],
  },
  { name: 'lint (Redocly)', script: redoclyBin, args: ['lint'] },
  {
    name: 'lint:code (Biome)',
    script: toolBin('@biomejs/biome/bin/biome'),
    args: ['ci', '--colors=off', '--error-on-warnings', '.'],
  },
  // What `attw --pack` does, on a tarball packed from the dist/ built above (no second build).
  {
    name: 'pack',
    script: npm,
    args: ['pack', '--ignore-scripts', '--silent', '--pack-destination', packDir],
    after: ['build'],
  },
  {
    name: 'check:package (attw)',
    script: toolBin('@arethetypeswrong/cli/dist/index.js'),
    args: ['--profile', 'esm-only', '--no-color', tarball],
    after: ['pack'],
  },
]);
await (await prismStarting).stop();
process.stdout.write(summarize(results, (performance.now() - started) / 1000));
process.exitCode = results.every((result) => result.outcome === 'passed') ? 0 : 1;
