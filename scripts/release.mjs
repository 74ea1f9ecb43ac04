#!/usr/bin/env node
// `npm run release -- major|minor|patch`: makes the current document the released one. It judges
// the changes since the last release (as `npm run check:breaking` does), refuses a level smaller
// than they need, bumps info.version in openapi/openapi.yaml, regenerates generated/, copies the
// bundle to generated/baseline/openapi.json (what the gate compares against from then on) and
// writes the release's entry on top of CHANGELOG.md. It never prompts.
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { bundledSpecJson, repoRoot, specRoot } from './lib/paths.mjs';
import { runNode } from './lib/run.mjs';
import { addChangelogEntry, changelogEntry, today } from './breaking/changelog.mjs';
import { baselineJson, bumpVersion, parseVersion, withBundledSource } from './breaking/diff.mjs';
import { levels } from './breaking/findings.mjs';
import { reportFor } from './breaking/report.mjs';
import { startedAsCommand } from './lib/entry.mjs';

export const usage = `Usage: npm run release -- major|minor|patch [--date YYYY-MM-DD]
       npm run release -- --changelog-only --base FILE [--date YYYY-MM-DD]

Releases the current contract: bumps info.version from the last release's at the given level,
regenerates generated/, makes the bundle the new baseline (generated/baseline/openapi.json) and
writes a dated entry on top of CHANGELOG.md listing each change by severity. A level smaller than
the changes need is refused (a breaking change cannot go out as a minor release).

Options:
  --date YYYY-MM-DD  the entry's date (default: today, UTC)
  --changelog-only   write only the CHANGELOG.md entry of the current baseline's release, from the
                     changes since --base FILE (the previous baseline, e.g. taken from git history)
  -h, --help         print this help

Exit status: 0 released, 1 refused (level too small, entry already there), 2 could not run.
`;

const changelogFile = path.join(repoRoot, 'CHANGELOG.md');

class Refusal extends Error {}

/** The level between two released versions. @param {string} from @param {string} to */
function levelBetween(from, to) {
  const [a, b] = [parseVersion(from), parseVersion(to)];
  return a[0] !== b[0] ? 'major' : a[1] !== b[1] ? 'minor' : 'patch';
}

/** @param {string} file */
const versionOf = async (file) => String(JSON.parse(await readFile(file, 'utf8')).info?.version);

/** @param {{ level: string, date: string }} options @param {(text: string) => void} out */
async function release({ level, date }, out) {
  const previous = await versionOf(baselineJson);
  const report = await withBundledSource((revision) => reportFor(baselineJson, revision));
  if (
    report.required &&
    levels.indexOf(/** @type {any} */ (level)) < levels.indexOf(/** @type {any} */ (report.required))
  ) {
    const needing = report.findings
      .filter((f) => f.level === report.required)
      .map((f) => `  ${f.message.replace(/`/g, '')}`);
    throw new Refusal(
      `The changes since ${previous} need a ${report.required} release, not ${level}:\n${needing.join('\n')}`,
    );
  }
  const version = bumpVersion(previous, level);
  const entry = changelogEntry({ version, date, level, previous, findings: report.findings });
  if ((await readFile(changelogFile, 'utf8').catch(() => '')).includes(`\n## ${version} `)) {
    throw new Refusal(`CHANGELOG.md already has an entry for ${version}.`);
  }

  // Only the version line of the info block changes; the rest of the file stays as written.
  const source = await readFile(specRoot, 'utf8');
  const versionLine = /^(info:\n(?:(?: {2,}.*)?\n)*? {2}version: *)(\S+)/m;
  if (!versionLine.test(source)) throw new Error(`no info.version line found in ${path.relative(repoRoot, specRoot)}`);
  await writeFile(
    specRoot,
    source.replace(versionLine, (_, before) => `${before}${version}`),
  );
  const generated = await runNode('scripts/generate.mjs', []);
  if (generated.code !== 0) {
    throw new Error(`npm run generate failed after setting info.version to ${version}:\n${generated.stderr}`);
  }
  const bundled = await versionOf(bundledSpecJson);
  if (bundled !== version) throw new Error(`generated/openapi.json says ${bundled}, expected ${version}`);
  await copyFile(bundledSpecJson, baselineJson);
  await addChangelogEntry(changelogFile, version, entry);

  out(`Released ${version} (${level}; the changes since ${previous} needed ${report.required ?? 'no'} release).\n`);
  out(
    'Updated openapi/openapi.yaml, generated/ (with generated/baseline/openapi.json) and CHANGELOG.md; ' +
      'commit them together.\n',
  );
}

/** @param {{ base: string, date: string }} options @param {(text: string) => void} out */
async function changelogOnly({ base, date }, out) {
  const report = await reportFor(path.resolve(base), baselineJson);
  const { version: previous } = report.base;
  const version = report.revision.version;
  const entry = changelogEntry({
    version,
    date,
    level: levelBetween(previous, version),
    previous,
    findings: report.findings,
  });
  await addChangelogEntry(changelogFile, version, entry);
  out(`Wrote the CHANGELOG.md entry of ${version} (changes since ${previous}).\n`);
}

/**
 * @param {string[]} argv
 * @param {{ out: (text: string) => void, err: (text: string) => void }} io
 */
export async function main(argv, io) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: true,
      options: {
        date: { type: 'string', default: today() },
        'changelog-only': { type: 'boolean' },
        base: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    io.err(`✖ ${/** @type {Error} */ (error).message}\n\n${usage}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(usage);
    return 0;
  }
  const date = /** @type {string} */ (values.date);
  const [level = '', ...extra] = positionals;
  const misuse = !/^\d{4}-\d{2}-\d{2}$/.test(date)
    ? `--date ${JSON.stringify(date)} is not YYYY-MM-DD`
    : values['changelog-only']
      ? !values.base || positionals.length
        ? '--changelog-only takes --base FILE and no level'
        : null
      : values.base
        ? '--base goes with --changelog-only'
        : !levels.includes(/** @type {any} */ (level)) || extra.length
          ? 'give one level: major, minor or patch'
          : null;
  if (misuse) {
    io.err(`✖ ${misuse}\n\n${usage}`);
    return 2;
  }
  try {
    if (values['changelog-only']) await changelogOnly({ base: /** @type {string} */ (values.base), date }, io.out);
    else await release({ level, date }, io.out);
    return 0;
  } catch (error) {
    io.err(`✖ ${/** @type {Error} */ (error).message}\n`);
    return error instanceof Refusal ? 1 : 2;
  }
}

if (startedAsCommand(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2), {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
  });
}
