// One list of findings from two judges: `redocly diff` for what it judges well (operations,
// parameters, media types, responses and properties added or removed), the semantic layer for
// rule keywords. A rule change redocly reports on a schema the semantic layer judged is
// replaced by the semantic verdict (or dropped, when the rewrite changes nothing): every change
// appears once, with its final level.
import { compareVersions, parseVersion } from './diff.mjs';
import { compareSchemas, locate, semanticKeywords } from './semantic.mjs';
import { atPointer } from './walk.mjs';

/** Follows local $refs to the object itself. @param {any} doc @param {any} node */
function follow(doc, node) {
  for (let i = 0; i < 10 && typeof node?.$ref === 'string'; i += 1) node = atPointer(doc, node.$ref);
  return node;
}

/** @typedef {import('./semantic.mjs').Finding} Finding @typedef {import('./semantic.mjs').Level} Level */

export const levels = /** @type {const} */ (['patch', 'minor', 'major']);

const decode = (/** @type {string} */ part) => part.replace(/~1/g, '/').replace(/~0/g, '~');

const methods = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

/** `#/paths/~1a/post/responses/429` → `POST /a`, `responses/429`. @param {string} pointer */
function operationPlace(pointer) {
  const parts = pointer.replace(/^#\//, '').split('/').map(decode);
  if (parts[0] !== 'paths') return { operation: null, rest: parts.join('/') };
  const [route = '', method = ''] = parts.slice(1);
  if (!methods.has(method)) return { operation: route, rest: parts.slice(2).join('/') };
  return { operation: `${method.toUpperCase()} ${route}`, rest: parts.slice(3).join('/') };
}

/**
 * The schema pointer a redocly change is about (its pointer without the keyword).
 * @param {any} side @param {string} keyword
 */
function schemaPointer(side, keyword) {
  const pointer = side?.pointer;
  if (typeof pointer !== 'string') return undefined;
  return pointer.endsWith(`/${keyword}`) ? pointer.slice(0, -keyword.length - 1) : pointer;
}

/** `responses/429/content/application~1json` and the like, said in words. @param {string} rest */
function placeInWords(rest, /** @type {(at: string) => any} */ parameterAt) {
  const parts = rest.split('/');
  if (parts[0] === 'responses' && parts[1]) {
    const response = `response \`${parts[1]}\``;
    if (parts[2] === 'content' && parts[3]) return `media type \`${parts.slice(3).join('/')}\` of ${response}`;
    if (parts[2] === 'headers') return parts[3] ? `header \`${parts[3]}\` of ${response}` : `headers of ${response}`;
    return parts.length === 2 ? response : `\`${rest}\``;
  }
  if (parts[0] === 'requestBody')
    return parts[1] === 'content' && parts[2] ? `request media type \`${parts.slice(2).join('/')}\`` : 'request body';
  if (parts[0] === 'parameters' && parts.length === 2) {
    const parameter = parameterAt(rest);
    return parameter?.name ? `${parameter.in} parameter \`${parameter.name}\`` : `parameter ${parts[1]}`;
  }
  return rest ? `\`${rest}\`` : '';
}

/**
 * @param {any} change a change of a `redocly diff --format json` report
 * @param {any} base @param {any} revision the two documents, to name parameters
 * @returns {Finding}
 */
function fromRedocly(change, base, revision) {
  const { operation, rest } = operationPlace(change.path);
  const pointer = change.revision?.pointer ?? change.base?.pointer ?? change.path;
  const { schema, path } = locate(pointer);
  const direction =
    operation === null
      ? null
      : /\/(requestBody|parameters)(\/|$)/.test(change.path)
        ? 'request'
        : /\/responses(\/|$)/.test(change.path)
          ? 'response'
          : null;
  const keyword = change.property ?? change.typeName;
  const parameterAt = () => {
    for (const [doc, side] of [
      [revision, change.revision],
      [base, change.base],
    ]) {
      const found = side?.pointer
        ? follow(doc, atPointer(doc, change.path.startsWith('#/paths') ? change.path : side.pointer))
        : undefined;
      if (found?.name) return found;
    }
    return undefined;
  };
  const place = placeInWords(rest, parameterAt);
  const where = schema
    ? `\`${schema}\`${path ? ` \`${path}\`` : ''}`
    : operation
      ? `\`${operation}\`${place ? ` ${place}` : ''}`
      : place;
  const shortValue = (/** @type {any} */ side) => {
    const text = side && 'value' in side ? JSON.stringify(side.value) : undefined;
    return text !== undefined && text.length <= 60 && change.property !== 'description' ? text : undefined;
  };
  const [from, to] = [shortValue(change.base), shortValue(change.revision)];
  const fallback =
    change.kind === 'modified'
      ? `\`${keyword}\` changed${from ? ` from ${from}` : ''}${to ? ` to ${to}` : ''}`
      : schema && path
        ? `property \`${path}\` ${change.kind}`
        : change.kind;
  const messages = (change.verdicts ?? []).map((/** @type {any} */ v) => v.message.replace(/\.$/, ''));
  const detail = messages.length ? messages.join('; ') : fallback;
  return {
    level: change.impact,
    source: ['redocly', ...(change.verdicts ?? []).map((/** @type {any} */ v) => v.ruleId)].join(' '),
    schema: schema ?? null,
    field: path || (change.property ? `${rest}${rest ? '/' : ''}${change.property}` : rest),
    keyword,
    direction,
    change: change.kind,
    where,
    detail,
    message: messages.length ? `${detail}.` : `${where}: ${detail}.`,
    pointer,
  };
}

/**
 * The final findings for base → revision: the semantic verdicts, and redocly's for everything
 * else, most severe first.
 * @param {any} report the `redocly diff --format json` report @param {any} base @param {any} revision
 */
export function collectFindings(report, base, revision) {
  const { findings, judged } = compareSchemas(base, revision);
  const replaced = (/** @type {any} */ change) =>
    change.typeName === 'Schema' &&
    semanticKeywords.has(change.property) &&
    (judged.base.has(schemaPointer(change.base, change.property)) ||
      judged.revision.has(schemaPointer(change.revision, change.property)));
  // info.version is what the verdict is about, not a change of the contract.
  const versionLine = (/** @type {any} */ c) => c.path === '#/info' && c.property === 'version';
  const kept = report.changes.filter((/** @type {any} */ c) => !replaced(c) && !versionLine(c));
  const all = [...findings, ...kept.map((/** @type {any} */ c) => fromRedocly(c, base, revision))];
  return all
    .map((finding, i) => ({ finding, i }))
    .sort((a, b) => levels.indexOf(b.finding.level) - levels.indexOf(a.finding.level) || a.i - b.i)
    .map(({ finding }) => finding);
}

/** The smallest release level the findings need, or null when nothing changed. @param {Finding[]} findings */
export function requiredLevel(findings) {
  return [...levels].reverse().find((level) => findings.some((f) => f.level === level)) ?? null;
}

/** @param {Finding[]} findings */
export function summarize(findings) {
  return Object.fromEntries(
    [...levels].reverse().map((level) => [level, findings.filter((f) => f.level === level).length]),
  );
}

/**
 * What stops the change from shipping as versioned: info.version going backwards, or a major
 * change without a MAJOR bump past the baseline's. Empty when the gate passes.
 * @param {Finding[]} findings @param {string} baseVersion @param {string} revisionVersion
 */
export function judge(findings, baseVersion, revisionVersion) {
  const problems = [];
  if (compareVersions(revisionVersion, baseVersion) < 0) {
    problems.push(`info.version went backwards, from ${baseVersion} to ${revisionVersion}.`);
  }
  const major = findings.filter((f) => f.level === 'major').length;
  if (major > 0 && parseVersion(revisionVersion)[0] <= parseVersion(baseVersion)[0]) {
    problems.push(
      `${major} breaking change(s) since release ${baseVersion}, but info.version is ${revisionVersion}. ` +
        'Existing clients would break: undo the change, or release it as a new major version ' +
        '(`npm run release -- major`).',
    );
  }
  return problems;
}
