// CHANGELOG.md at the repository root: one entry per release, newest first, written by
// `npm run release` from the gate's findings (each change by severity, with its example).
import { readFile, writeFile } from 'node:fs/promises';
import { shownExample } from './format.mjs';

/** @typedef {import('./semantic.mjs').Finding} Finding */

export const changelogHeader = `# Changelog

Every release of the contract (\`info.version\` of \`openapi/openapi.yaml\`), newest first. Entries are
written by \`npm run release\` from the breaking-change gate's findings against the previous
release (see docs/breaking-changes.md).
`;

const sections = /** @type {const} */ ([
  ['major', 'Breaking (major)'],
  ['minor', 'Minor'],
  ['patch', 'Patch'],
]);

/** Today in UTC as YYYY-MM-DD. */
export const today = () => new Date().toISOString().slice(0, 10);

/** A finding as one line, its examples shortened when long. @param {Finding} f */
function line(f) {
  const detail = f.detail.replace(/"((?:[^"\\]|\\.){41,})"/g, (whole) => shownExample(JSON.parse(whole)));
  if (detail === 'added' || detail === 'removed') return `- ${f.where} ${detail}.`;
  return `- ${f.where}${f.direction ? ` (${f.direction})` : ''}: ${detail}.`;
}

/**
 * @param {{ version: string, date: string, level: string, previous: string, findings: Finding[] }} entry
 */
export function changelogEntry({ version, date, level, previous, findings }) {
  const out = [
    `## ${version} - ${date}`,
    '',
    `${level.charAt(0).toUpperCase()}${level.slice(1)} release; changes since ${previous}.`,
    '',
  ];
  if (findings.length === 0) out.push('- No change to the contract; a new release of the same rules.', '');
  for (const [severity, title] of sections) {
    const these = findings.filter((f) => f.level === severity);
    if (these.length) out.push(`### ${title}`, '', ...these.map(line), '');
  }
  return out.join('\n');
}

/** Adds an entry on top of CHANGELOG.md (creating the file), refusing a version already there. */
export async function addChangelogEntry(
  /** @type {string} */ file,
  /** @type {string} */ version,
  /** @type {string} */ entry,
) {
  let text;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    text = changelogHeader;
  }
  if (new RegExp(`^## ${version.replace(/\./g, '\\.')} `, 'm').test(text)) {
    throw new Error(`CHANGELOG.md already has an entry for ${version}.`);
  }
  const first = text.search(/^## /m);
  const next = first === -1 ? `${text.trimEnd()}\n\n${entry}` : `${text.slice(0, first)}${entry}\n${text.slice(first)}`;
  await writeFile(file, `${next.trimEnd()}\n`);
}
