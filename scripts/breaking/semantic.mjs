// Judges the rule changes of every schema pair by meaning, in the direction it is used:
// a request schema that accepts more is a minor change (no client breaks), one that accepts
// less is major; a response schema that allows more values is major (a validating client may
// meet a value it refuses), one that allows fewer is minor. A change both ways is major. A
// rewrite that accepts exactly the same values is no change and yields no finding.
import { compareStringRules } from './languages.mjs';
import { schemaPairs } from './walk.mjs';

/**
 * @typedef {import('./walk.mjs').Direction} Direction
 * @typedef {'wider' | 'narrower' | 'both'} Relation
 * @typedef {'major' | 'minor' | 'patch'} Level
 * @typedef {{ level: Level, source: string, schema: string | null, field: string, keyword: string,
 *   direction: string | null, change: string, where: string, detail: string, message: string, example?: string,
 *   examples?: { acceptedBeforeOnly?: string, acceptedNowOnly?: string },
 *   before?: unknown, after?: unknown, pointer: string }} Finding
 */

/** The keywords whose changes this module decides (redocly's verdict on them is replaced). */
export const semanticKeywords = new Set([
  'pattern',
  'minLength',
  'maxLength',
  'enum',
  'const',
  'type',
  'required',
  'additionalProperties',
  'minProperties',
  'maxProperties',
]);

const same = (/** @type {unknown} */ a, /** @type {unknown} */ b) => JSON.stringify(a) === JSON.stringify(b);

/** The level a relation needs in one direction. @param {Relation} relation @param {Direction} direction */
export function levelOf(relation, direction) {
  if (relation === 'both') return 'major';
  return (relation === 'wider') === (direction === 'response') ? 'major' : 'minor';
}

/** The component a pointer sits in and the property path inside it. @param {string} pointer */
export function locate(pointer) {
  const parts = pointer
    .replace(/^#\//, '')
    .split('/')
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (parts[0] === 'components' && parts[1] === 'schemas') {
    const inside = parts
      .slice(3)
      .filter((p, i, all) => all[i - 1] === 'properties' || p === 'items')
      .join('.');
    return { schema: parts[2], path: inside.replace(/\.items/g, '[]') };
  }
  return { schema: null, path: '' };
}

/**
 * @typedef {{ relation: Relation, keyword: string, field?: string, describe: string,
 *   example?: string, examples?: Finding['examples'], before: unknown, after: unknown }} RuleChange
 */

/** pattern, minLength and maxLength together: the language of strings the schema accepts. */
function stringChange(/** @type {any} */ b, /** @type {any} */ r) {
  const keys = ['pattern', 'minLength', 'maxLength'];
  const changed = keys.filter((k) => !same(b[k], r[k]));
  if (changed.length === 0) return [];
  const pick = (/** @type {any} */ s) => ({ pattern: s.pattern, minLength: s.minLength, maxLength: s.maxLength });
  const before = Object.fromEntries(changed.map((k) => [k, b[k]]));
  const after = Object.fromEntries(changed.map((k) => [k, r[k]]));
  let comparison;
  try {
    comparison = compareStringRules(pick(b), pick(r));
  } catch (error) {
    /** @type {RuleChange} */
    const unknown = {
      relation: 'both',
      keyword: changed.join(', '),
      before,
      after,
      describe:
        `could not be compared by meaning (${/** @type {Error} */ (error).message}), ` +
        'so it counts as a change both ways',
    };
    return [unknown];
  }
  if (comparison.relation === 'equal') return [];
  const { onlyOld, onlyNew } = comparison;
  const shown = (/** @type {string} */ s) => JSON.stringify(s);
  const parts = [];
  if (onlyNew !== undefined) parts.push(`${shown(onlyNew)} was refused and is now accepted`);
  if (onlyOld !== undefined) parts.push(`${shown(onlyOld)} was accepted and is now refused`);
  /** @type {RuleChange} */
  const change = {
    relation: comparison.relation,
    keyword: changed.join(', '),
    before,
    after,
    describe: parts.join('; '),
    examples: { acceptedBeforeOnly: onlyOld, acceptedNowOnly: onlyNew },
  };
  return [change];
}

/** enum and const together: the set of allowed values (undefined: any value). */
function valueChange(/** @type {any} */ b, /** @type {any} */ r) {
  if (same(b.enum, r.enum) && same(b.const, r.const)) return [];
  const allowed = (/** @type {any} */ s) => {
    /** @type {unknown[] | undefined} */
    let values = Array.isArray(s.enum) ? s.enum : undefined;
    if ('const' in s) values = (values ?? [s.const]).filter((v) => same(v, s.const));
    return values;
  };
  const [old, next] = [allowed(b), allowed(r)];
  const missing = (/** @type {unknown[] | undefined} */ from, /** @type {unknown[] | undefined} */ to) =>
    from === undefined
      ? to === undefined
        ? []
        : ['any other value']
      : from.filter((v) => to !== undefined && !to.some((w) => same(v, w)));
  const [gone, added] = [missing(old, next), missing(next, old)];
  if (gone.length === 0 && added.length === 0) return [];
  const show = (/** @type {unknown[]} */ list) =>
    list.map((v) => (v === 'any other value' ? v : JSON.stringify(v))).join(', ');
  const parts = [];
  if (added.length) parts.push(`now allows ${show(added)}`);
  if (gone.length) parts.push(`no longer allows ${show(gone)}`);
  /** @type {RuleChange} */
  const change = {
    relation: gone.length && added.length ? 'both' : gone.length ? 'narrower' : 'wider',
    keyword: !same(b.enum, r.enum) ? (!same(b.const, r.const) ? 'enum, const' : 'enum') : 'const',
    before: { enum: b.enum, const: b.const },
    after: { enum: r.enum, const: r.const },
    describe: parts.join('; '),
  };
  const example = added.length ? added[0] : gone[0];
  if (example !== 'any other value') change.example = typeof example === 'string' ? example : JSON.stringify(example);
  return [change];
}

/** type, including `null` in a type array (nullable). */
function typeChange(/** @type {any} */ b, /** @type {any} */ r) {
  if (same(b.type, r.type)) return [];
  const all = ['string', 'number', 'integer', 'boolean', 'object', 'array', 'null'];
  const types = (/** @type {any} */ t) =>
    new Set(t === undefined ? all : [t].flat().flatMap((x) => (x === 'number' ? ['number', 'integer'] : [x])));
  const [old, next] = [types(b.type), types(r.type)];
  const gone = [...old].filter((t) => !next.has(t));
  const added = [...next].filter((t) => !old.has(t));
  if (gone.length === 0 && added.length === 0) return [];
  const parts = [];
  if (added.length) parts.push(`now allows ${added.join(', ')}`);
  if (gone.length) parts.push(`no longer allows ${gone.join(', ')}`);
  /** @type {RuleChange} */
  const change = {
    relation: gone.length && added.length ? 'both' : gone.length ? 'narrower' : 'wider',
    keyword: 'type',
    before: b.type,
    after: r.type,
    describe: parts.join('; '),
  };
  return [change];
}

/** required: a newly required property narrows, a property no longer required widens. */
function requiredChange(/** @type {any} */ b, /** @type {any} */ r) {
  const [old, next] = [new Set(b.required ?? []), new Set(r.required ?? [])];
  const added = [...next].filter((p) => !old.has(p));
  const gone = [...old].filter((p) => !next.has(p));
  /** @type {RuleChange[]} */
  const changes = [];
  if (added.length) {
    changes.push({
      relation: 'narrower',
      keyword: 'required',
      field: added.join(', '),
      before: b.required,
      after: r.required,
      describe: `${added.map((p) => `\`${p}\``).join(', ')} became required`,
    });
  }
  if (gone.length) {
    changes.push({
      relation: 'wider',
      keyword: 'required',
      field: gone.join(', '),
      before: b.required,
      after: r.required,
      describe: `${gone.map((p) => `\`${p}\``).join(', ')} no longer required`,
    });
  }
  return changes;
}

/** additionalProperties: false (closed) < a schema < true or absent (open). */
function additionalChange(/** @type {any} */ b, /** @type {any} */ r) {
  if (same(b.additionalProperties, r.additionalProperties)) return [];
  const rank = (/** @type {unknown} */ v) => (v === false ? 0 : v === undefined || v === true || same(v, {}) ? 2 : 1);
  const [old, next] = [rank(b.additionalProperties), rank(r.additionalProperties)];
  if (old === next) return []; // two schemas: compared as a schema pair of their own
  const words = ['no other property', 'other properties of a given schema', 'any other property'];
  /** @type {RuleChange} */
  const change = {
    relation: next > old ? 'wider' : 'narrower',
    keyword: 'additionalProperties',
    before: b.additionalProperties,
    after: r.additionalProperties,
    describe: `allowed ${words[old]}, now allows ${words[next]}`,
  };
  return [change];
}

/** minProperties and maxProperties. */
function countChange(/** @type {any} */ b, /** @type {any} */ r) {
  /** @type {RuleChange[]} */
  const changes = [];
  for (const [keyword, lower] of /** @type {const} */ ([
    ['minProperties', true],
    ['maxProperties', false],
  ])) {
    if (same(b[keyword], r[keyword])) continue;
    const none = lower ? 0 : Infinity;
    const [old, next] = [b[keyword] ?? none, r[keyword] ?? none];
    if (old === next) continue;
    changes.push({
      relation: next < old === lower ? 'wider' : 'narrower',
      keyword,
      before: b[keyword],
      after: r[keyword],
      describe: `changed from ${b[keyword] ?? 'none'} to ${r[keyword] ?? 'none'}`,
    });
  }
  return changes;
}

const rules = [stringChange, valueChange, typeChange, requiredChange, additionalChange, countChange];

/**
 * The semantic findings between two bundled documents, and the schema pointers they judged
 * (so that redocly's verdicts on those schemas' rule keywords can be dropped).
 * @param {any} base @param {any} revision
 */
export function compareSchemas(base, revision) {
  /** @type {Finding[]} */
  const findings = [];
  const judged = { base: new Set(), revision: new Set() };
  for (const pair of schemaPairs(base, revision).values()) {
    judged.base.add(pair.basePointer);
    judged.revision.add(pair.revisionPointer);
    const directions = [...pair.directions].sort();
    for (const rule of rules) {
      for (const change of rule(pair.base, pair.revision)) {
        const levels = directions.map((d) => levelOf(change.relation, d));
        const level = levels.includes('major') ? 'major' : 'minor';
        const { schema, path } = locate(pair.revisionPointer);
        const usedAs = [...pair.usedAs].sort();
        const field = change.field ?? (path || usedAs.join(', '));
        // The example that shows the side deciding the level: what is newly accepted when the
        // rule widened, what is newly refused when it narrowed, and for a change both ways the
        // side that breaks (a request refusing, a response producing).
        const ex = change.examples ?? {};
        const decisive =
          change.relation === 'wider'
            ? ex.acceptedNowOnly
            : change.relation === 'narrower'
              ? ex.acceptedBeforeOnly
              : directions.includes('request')
                ? ex.acceptedBeforeOnly
                : ex.acceptedNowOnly;
        const wording = { wider: 'widened', narrower: 'narrowed', both: 'changed both ways' }[change.relation];
        const name = schema
          ? `\`${schema}\`${path ? ` \`${path}\`` : ` (${usedAs.join(', ')})`}`
          : `\`${usedAs.join(', ')}\``;
        /** @type {Finding} */
        const finding = {
          level,
          source: 'semantic',
          schema: schema ?? null,
          field,
          keyword: change.keyword,
          direction: directions.join(' and '),
          change: wording,
          where: `${name} \`${change.keyword}\``,
          detail: `${wording}: ${change.describe}`,
          message: `${change.keyword} of ${name} ${wording} (${directions.join(' and ')}): ${change.describe}.`,
          before: change.before,
          after: change.after,
          pointer: pair.revisionPointer,
        };
        const example = decisive ?? change.example;
        if (example !== undefined) finding.example = example;
        if (change.examples) finding.examples = change.examples;
        findings.push(finding);
      }
    }
  }
  return { findings, judged };
}
