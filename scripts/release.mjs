// `npm run release -- major|minor|patch`: makes the current document the released one. It
// bumps info.version in openapi/openapi.yaml from the last release's version, regenerates
// generated/, and copies the bundle to generated/baseline/openapi.json, the document that
// `npm run check:breaking` compares against from then on. It refuses a level smaller than the
// changes need (a breaking change cannot go out as a minor release).
import { execFile } from 'node:child_process';
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { bundledSpecJson, repoRoot, specRoot } from './lib/paths.mjs';
import {
  baselineJson, bumpVersion, diffReport, impacts, requiredLevel, withBundledSource,
} from './breaking/diff.mjs';

const level = process.argv[2];
if (!impacts.includes(level)) {
  console.error('Usage: npm run release -- major|minor|patch');
  process.exit(2);
}

const fail = (message) => {
  console.error(`✖ ${message}`);
  process.exit(1);
};

const baseline = JSON.parse(await readFile(baselineJson, 'utf8'));
const report = await withBundledSource((revision) => diffReport(baselineJson, revision));
const needed = requiredLevel(report);
if (needed && impacts.indexOf(level) < impacts.indexOf(needed)) {
  fail(`The changes since ${baseline.info.version} need a ${needed} release, not ${level}.`);
}
const version = bumpVersion(baseline.info.version, level);

// Only the version line of the info block changes; the rest of the file stays as written.
const source = await readFile(specRoot, 'utf8');
const versionLine = /^(info:\n(?:(?: {2,}.*)?\n)*? {2}version: *)(\S+)/m;
if (!versionLine.test(source)) fail(`No info.version line found in ${path.relative(repoRoot, specRoot)}.`);
await writeFile(specRoot, source.replace(versionLine, (_, before) => `${before}${version}`));

try {
  await promisify(execFile)(process.execPath, [path.join(repoRoot, 'scripts', 'generate.mjs')], { cwd: repoRoot });
} catch (error) {
  fail(`npm run generate failed after setting info.version to ${version}:\n${error.stderr ?? error.message}`);
}
const bundled = JSON.parse(await readFile(bundledSpecJson, 'utf8'));
if (bundled.info.version !== version) fail(`generated/openapi.json says ${bundled.info.version}, expected ${version}.`);
await copyFile(bundledSpecJson, baselineJson);

console.log(`Released ${version} (${level}; the changes since ${baseline.info.version} needed ${needed ?? 'no'} release).`);
console.log('Updated openapi/openapi.yaml, generated/ and generated/baseline/openapi.json; commit them together.');
