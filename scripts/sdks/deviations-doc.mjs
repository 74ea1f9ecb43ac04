#!/usr/bin/env node
// The known-deviations table in docs/sdks.md, rendered from test/vectors/known-deviations.json between two
// markers. The SDK tier fails when the page and the file disagree; `node scripts/sdks/deviations-doc.mjs
// --write` rewrites the table.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { repoRoot } from '../lib/paths.mjs';
import { knownDeviations } from './paths.mjs';
import { startedAsCommand } from '../lib/entry.mjs';

export const sdksDoc = path.join(repoRoot, 'docs', 'sdks.md');
const start = '<!-- known-deviations:start (rendered by node scripts/sdks/deviations-doc.mjs --write) -->';
const end = '<!-- known-deviations:end -->';

/** @param {string} text */
const cell = (text) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** @param {Array<{ sdk: string, vector: string | string[], check: string, actual: string, why: string, upstream?: string }>} entries */
export function renderTable(entries) {
  const rows = entries.map((entry) => {
    const names = (Array.isArray(entry.vector) ? entry.vector : [entry.vector]).map((name) => `\`${name}\``);
    return `| ${entry.sdk} | ${entry.check} | ${names.join(', ')} | ${cell(entry.actual)} | ${cell(entry.why)} | ${cell(
      entry.upstream ?? '—',
    )} |`;
  });
  return [
    start,
    '| SDK | Check | Vectors | What happens instead | Why | Upstream |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
    end,
  ].join('\n');
}

/** @returns {Promise<{ page: string, table: string }>} */
async function current() {
  const entries = JSON.parse(await readFile(knownDeviations, 'utf8'));
  const page = await readFile(sdksDoc, 'utf8').catch(() => '');
  return { page, table: renderTable(entries) };
}

/** @returns {Promise<string | undefined>} a problem, or undefined when the page shows the file's table */
export async function checkDeviationsDoc() {
  const { page, table } = await current();
  const from = page.indexOf(start);
  const to = page.indexOf(end);
  if (from < 0 || to < from) return `docs/sdks.md has no known-deviations table between its markers`;
  if (page.slice(from, to + end.length) !== table) {
    return (
      'docs/sdks.md: the known-deviations table differs from test/vectors/known-deviations.json; ' +
      'run node scripts/sdks/deviations-doc.mjs --write'
    );
  }
  return undefined;
}

if (startedAsCommand(import.meta.url)) {
  const { page, table } = await current();
  const from = page.indexOf(start);
  const to = page.indexOf(end);
  if (!process.argv.includes('--write')) {
    console.log(table);
  } else if (from < 0 || to < from) {
    console.error('docs/sdks.md has no markers; add the two marker lines where the table belongs');
    process.exitCode = 1;
  } else {
    await writeFile(sdksDoc, page.slice(0, from) + table + page.slice(to + end.length));
  }
}
