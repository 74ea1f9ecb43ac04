// The gate's report as text (a terminal), JSON (one document, for programs) or Markdown (a
// pull-request comment). Every finding is listed, patch-level ones included.

/**
 * @typedef {import('./semantic.mjs').Finding} Finding
 * @typedef {{ base: { version: string }, revision: { version: string },
 *   summary: Record<string, number>, required: string | null, findings: Finding[],
 *   problems: string[], ok: boolean }} Report
 */

const plural = (/** @type {number} */ n, /** @type {string} */ word) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** @param {Report} report */
export function formatText(report) {
  const { major, minor, patch } = report.summary;
  const lines = [
    `Changes since release ${report.base.version} (now ${report.revision.version}): ` +
      `${major} major, ${minor} minor, ${patch} patch.`,
  ];
  for (const f of report.findings) {
    lines.push(`  ${f.level.padEnd(5)}  ${f.where.replace(/`/g, '')}${f.direction ? ` (${f.direction})` : ''}`);
    lines.push(`         ${f.detail.replace(/`/g, '')}`);
  }
  if (report.ok) lines.push('✔ No breaking change without a major version bump.');
  return `${lines.join('\n')}\n`;
}

/** @param {Report} report */
export function formatJson(report) {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** A Markdown code span that holds any text (backticks included). @param {string} text */
export function codeSpan(text) {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** A quoted example, shortened when long so that a table row stays readable. @param {string} example */
export function shownExample(example) {
  const chars = [...example];
  if (chars.length <= 40) return JSON.stringify(example);
  return `${JSON.stringify(chars.slice(0, 24).join('')).slice(0, -1)}…" (${chars.length} characters)`;
}

/** Inline text of a table cell: examples shortened, pipes escaped, one line. @param {string} text */
function cell(text) {
  return text
    .replace(/"(?:[^"\\]|\\.)*"/g, (whole) => {
      const shown = shownExample(JSON.parse(whole));
      const quoted = shown.slice(0, shown.lastIndexOf('"') + 1);
      return `${codeSpan(quoted)}${shown.slice(quoted.length)}`;
    })
    .replace(/\r?\n/g, ' ')
    .replace(/\|/g, '\\|');
}

/** @param {Finding[]} findings */
function table(findings) {
  const rows = findings.map((f) => `| ${f.level} | ${cell(f.where)} | ${f.direction ?? ''} | ${cell(f.detail)} |`);
  return ['| Level | Where | Direction | Change |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

/** @param {Report} report */
export function formatMarkdown(report) {
  const { major, minor, patch } = report.summary;
  const since = `release ${report.base.version}`;
  const out = [];
  if (!report.ok) out.push(`### ❌ Contract check: this change cannot ship as versioned`);
  else if (report.findings.length === 0) out.push(`### ✅ Contract check: no change since ${since}`);
  else out.push(`### ✅ Contract check: no breaking change without a major version bump`);
  out.push('');
  if (report.findings.length > 0) {
    out.push(
      `Against ${since}, \`info.version\` ${report.revision.version}: ` +
        `**${major} major**, ${minor} minor, ${patch} patch ` +
        `(the next release needs at least **${report.required}**).`,
    );
    out.push('');
  }
  for (const problem of report.problems) out.push(`> **${cell(problem)}**`, '');
  const main = report.findings.filter((f) => f.level !== 'patch');
  const patches = report.findings.filter((f) => f.level === 'patch');
  if (main.length) out.push(table(main), '');
  if (patches.length) {
    out.push(
      `<details><summary>${plural(patches.length, 'patch-level change')}</summary>`,
      '',
      table(patches),
      '',
      '</details>',
      '',
    );
  }
  out.push(
    '<sub>Request rules that accept more are minor, accept less major; response rules that allow more values are ' +
      'major, fewer minor. Examples are the shortest strings that one version accepts and the other refuses.</sub>',
  );
  return `${out.join('\n')}\n`;
}

export const formats = { text: formatText, json: formatJson, markdown: formatMarkdown };
