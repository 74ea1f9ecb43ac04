// The gate's verdict on two bundled documents: redocly's report and the semantic layer merged
// into one list of findings, the level the next release needs, and what stops it shipping.
import { readFile } from 'node:fs/promises';
import { diffReport } from './diff.mjs';
import { collectFindings, judge, requiredLevel, summarize } from './findings.mjs';

/** @param {string} file */
async function readDocument(file) {
  let text;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new Error(`cannot read ${file}: ${/** @type {NodeJS.ErrnoException} */ (error).code ?? error}`);
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new Error(`${file} is not a JSON document (pass a bundled document, such as generated/openapi.json)`);
  }
}

/**
 * @param {string} baseFile @param {string} revisionFile both bundled JSON documents
 * @returns {Promise<import('./format.mjs').Report>}
 */
export async function reportFor(baseFile, revisionFile) {
  const [base, revision] = await Promise.all([readDocument(baseFile), readDocument(revisionFile)]);
  return reportFromDiff(await diffReport(baseFile, revisionFile), base, revision);
}

/**
 * The verdict from `redocly diff`'s JSON report on two documents and the documents themselves.
 * @param {any} diff @param {any} base @param {any} revision
 * @returns {import('./format.mjs').Report}
 */
export function reportFromDiff(diff, base, revision) {
  const findings = collectFindings(diff, base, revision);
  const [baseVersion, revisionVersion] = [String(base.info?.version), String(revision.info?.version)];
  const problems = judge(findings, baseVersion, revisionVersion);
  return {
    base: { version: baseVersion },
    revision: { version: revisionVersion },
    summary: summarize(findings),
    required: requiredLevel(findings),
    findings,
    problems,
    ok: problems.length === 0,
  };
}
