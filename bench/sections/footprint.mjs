// Section 4: what each package weighs for its users. The entry that imports it is bundled and
// minified by esbuild and gzipped; its runtime packages are counted from package-lock.json;
// its cold import is timed in fresh Node processes, alternating between the two.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { repoRoot } from '../../scripts/lib/paths.mjs';
import { runOrThrow } from '../../scripts/lib/run.mjs';
import { runtimePackages } from '../lib/runtime-packages.mjs';
import { median } from '../lib/stats.mjs';

/** @param {string} entrySource */
async function bundledSize(entrySource) {
  const result = await build({
    metafile: true,
    stdin: { contents: entrySource, resolveDir: repoRoot, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    write: false,
    logLevel: 'silent',
  });
  // write: false, so esbuild hands back the one output file.
  const code = /** @type {import('esbuild').OutputFile} */ (result.outputFiles[0]).contents;
  // Which files take the room, largest first (minified bytes each contributes).
  const largestInputs = Object.values(result.metafile.outputs)
    .flatMap((output) => Object.entries(output.inputs))
    .map(([file, { bytesInOutput }]) => ({ file, bytes: bytesInOutput }))
    .filter(({ bytes }) => bytes > 0)
    .sort((x, y) => y.bytes - x.bytes)
    .slice(0, 6);
  return { minifiedBytes: code.length, gzippedBytes: gzipSync(code, { level: 9 }).length, largestInputs };
}

/** @param {string} specifier */
async function coldImportMs(specifier) {
  // Timed inside the fresh process, so Node's own start-up is not counted.
  const source = `const t0 = performance.now(); await import(${JSON.stringify(specifier)}); process.stdout.write(String(performance.now() - t0));`;
  const { stdout } = await runOrThrow(process.execPath, ['--input-type=module', '-e', source]);
  return Number(stdout);
}

/**
 * @param {Array<{ name: string, importSpecifier: string, entry: string, packageFolder: string }>} packages
 * @param {{ importRuns: number }} plan
 */
export async function measureFootprint(packages, { importRuns }) {
  /** @type {number[][]} */
  const importTimes = packages.map(() => []);
  for (let run = 0; run < importRuns; run++) {
    for (let i = 0; i < packages.length; i++)
      /** @type {number[]} */ (importTimes[i]).push(
        await coldImportMs(/** @type {(typeof packages)[number]} */ (packages[i]).importSpecifier),
      );
  }
  const rows = [];
  for (const [i, { name, entry, packageFolder }] of packages.entries()) {
    const times = /** @type {number[]} */ (importTimes[i]);
    const { direct, installed } = runtimePackages(packageFolder);
    rows.push({
      name,
      entry,
      ...(await bundledSize(entry)),
      directDependencies: direct.length,
      installedPackages: installed.length,
      importMedianMs: median(times),
      importRuns: times.length,
    });
  }
  return rows;
}
