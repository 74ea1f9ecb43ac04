// The semantic layer of the breaking-change gate, in-process on in-memory documents (no process,
// no Redocly): a table of (old, new) rules, each judged on a request field (PersonName, sent as
// first_name/last_name) and on a response field (Customer.first_name). Request: accepting more is
// minor, less is major. Response: allowing more is major, fewer is minor. Each example string the
// automata produce is checked with the JavaScript engine itself: the old rule accepts it and the
// new refuses it, or the reverse.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../scripts/lib/paths.mjs';
import { compareSchemas } from '../scripts/breaking/semantic.mjs';
import { collectFindings, judge } from '../scripts/breaking/findings.mjs';
import { compareStringRules } from '../scripts/breaking/languages.mjs';
import { formatMarkdown } from '../scripts/breaking/format.mjs';

const baseline = JSON.parse(readFileSync(path.join(repoRoot, 'generated', 'baseline', 'openapi.json'), 'utf8'));

type Rule = Record<string, unknown>;
type Relation = 'equal' | 'wider' | 'narrower' | 'both';
const name = '^[A-Za-z0-9()._-]+$';
const email =
  "^[A-Za-z0-9!#$%&'*+/=?^`{|}~-](?:[._]*[A-Za-z0-9!#$%&'*+/=?^`{|}~-])*" +
  '@[A-Za-z0-9](?:-*[A-Za-z0-9])*(?:\\.[A-Za-z0-9](?:-*[A-Za-z0-9])*)+$';

// Field-level rules (on a string field). `what` names the case; every kind of change the issue
// lists appears in a request and in a response.
const fieldCases: Array<{ what: string; old: Rule; next: Rule; relation: Relation }> = [
  {
    what: 'a character added to a class',
    old: { pattern: name },
    next: { pattern: '^[A-Za-z0-9() ._-]+$' },
    relation: 'wider',
  },
  {
    what: 'characters removed from a class',
    old: { pattern: name },
    next: { pattern: '^[A-Za-z0-9]+$' },
    relation: 'narrower',
  },
  {
    what: '[0-9] rewritten as [0123456789]',
    old: { pattern: '^[0-9]+$' },
    next: { pattern: '^[0123456789]+$' },
    relation: 'equal',
  },
  { what: 'a class reordered', old: { pattern: name }, next: { pattern: '^[-_.()0-9a-zA-Z]+$' }, relation: 'equal' },
  { what: 'x+ rewritten as xx*', old: { pattern: '^[0-9]+$' }, next: { pattern: '^[0-9][0-9]*$' }, relation: 'equal' },
  {
    what: 'letters traded for digits',
    old: { pattern: '^[a-z]+$' },
    next: { pattern: '^[a-y0-9]+$' },
    relation: 'both',
  },
  {
    what: 'lower case widened to both cases',
    old: { pattern: '^[a-z]+$' },
    next: { pattern: '^[a-zA-Z]+$' },
    relation: 'wider',
  },
  { what: 'both anchors dropped', old: { pattern: '^[0-9]+$' }, next: { pattern: '[0-9]+' }, relation: 'wider' },
  { what: 'a $ anchor added', old: { pattern: '^[0-9]+' }, next: { pattern: '^[0-9]+$' }, relation: 'narrower' },
  {
    what: '^a|b$ grouped as ^(?:a|b)$',
    old: { pattern: '^[a-z]+|[0-9]+$' },
    next: { pattern: '^(?:[a-z]+|[0-9]+)$' },
    relation: 'narrower',
  },
  { what: 'a pattern added', old: {}, next: { pattern: '^[0-9]+$' }, relation: 'narrower' },
  { what: 'a pattern removed', old: { pattern: '^[0-9]+$' }, next: {}, relation: 'wider' },
  {
    what: 'maxLength narrowed 64 → 32',
    old: { pattern: name, maxLength: 64 },
    next: { pattern: name, maxLength: 32 },
    relation: 'narrower',
  },
  {
    what: 'maxLength widened 64 → 128',
    old: { pattern: name, maxLength: 64 },
    next: { pattern: name, maxLength: 128 },
    relation: 'wider',
  },
  {
    what: 'minLength raised 1 → 2',
    old: { pattern: name, minLength: 1 },
    next: { pattern: name, minLength: 2 },
    relation: 'narrower',
  },
  {
    what: 'minLength 1 → 0 where + already needs one',
    old: { pattern: name, minLength: 1 },
    next: { pattern: name, minLength: 0 },
    relation: 'equal',
  },
  {
    what: '+ → * under minLength 1',
    old: { pattern: '^[0-9]+$', minLength: 1 },
    next: { pattern: '^[0-9]*$', minLength: 1 },
    relation: 'equal',
  },
  { what: '+ → * without minLength', old: { pattern: '^[0-9]+$' }, next: { pattern: '^[0-9]*$' }, relation: 'wider' },
  {
    what: 'a bounded repeat that maxLength already imposes',
    old: { pattern: '^[0-9]+$', maxLength: 4 },
    next: { pattern: '^[0-9]{1,4}$', maxLength: 4 },
    relation: 'equal',
  },
  {
    what: 'pattern widened, maxLength narrowed',
    old: { pattern: name, maxLength: 64 },
    next: { pattern: '^[A-Za-z0-9() ._-]+$', maxLength: 32 },
    relation: 'both',
  },
  {
    what: 'an email domain of one label allowed',
    old: { pattern: email, minLength: 5, maxLength: 128 },
    next: { pattern: email.replace(/\)\+\$$/, ')*$'), minLength: 5, maxLength: 128 },
    relation: 'wider',
  },
  { what: 'an enum value added', old: { enum: ['a', 'b'] }, next: { enum: ['a', 'b', 'c'] }, relation: 'wider' },
  { what: 'an enum value removed', old: { enum: ['a', 'b'] }, next: { enum: ['a'] }, relation: 'narrower' },
  { what: 'an enum reordered', old: { enum: ['a', 'b'] }, next: { enum: ['b', 'a'] }, relation: 'equal' },
  { what: 'a const changed', old: { const: 'customer' }, next: { const: 'client' }, relation: 'both' },
  { what: 'null allowed (type array)', old: { type: 'string' }, next: { type: ['string', 'null'] }, relation: 'wider' },
  { what: 'null no longer allowed', old: { type: ['string', 'null'] }, next: { type: 'string' }, relation: 'narrower' },
];

// Object-level rules, applied to the request body (UpdateCustomerBody) and the response body (Customer).
const objectCases: Array<{ what: string; old: Rule; next: Rule; relation: Relation }> = [
  {
    what: 'a property became required',
    old: { required: [] },
    next: { required: ['first_name'] },
    relation: 'narrower',
  },
  {
    what: 'a property no longer required',
    old: { required: ['first_name'] },
    next: { required: [] },
    relation: 'wider',
  },
  {
    what: 'additionalProperties false → absent',
    old: { additionalProperties: false },
    next: { additionalProperties: undefined },
    relation: 'wider',
  },
  {
    what: 'additionalProperties absent → false',
    old: { additionalProperties: undefined },
    next: { additionalProperties: false },
    relation: 'narrower',
  },
  { what: 'minProperties 1 → 2', old: { minProperties: 1 }, next: { minProperties: 2 }, relation: 'narrower' },
  { what: 'minProperties 2 → 1', old: { minProperties: 2 }, next: { minProperties: 1 }, relation: 'wider' },
];

const expected = (relation: Relation, direction: 'request' | 'response') =>
  relation === 'equal'
    ? null
    : relation === 'both'
      ? 'major'
      : (relation === 'wider') === (direction === 'response')
        ? 'major'
        : 'minor';

/** Puts a rule on the request field, the response field, the request body or the response body. */
function documentWith(where: 'request' | 'response', level: 'field' | 'object', rule: Rule) {
  const doc = structuredClone(baseline);
  const schemas = doc.components.schemas;
  if (level === 'field') {
    const field = { type: 'string', ...rule, description: 'Under test.' };
    if (where === 'request') schemas.PersonName = { title: 'PersonName', ...field };
    else schemas.Customer.properties.first_name = field;
  } else {
    const target = where === 'request' ? schemas.UpdateCustomerBody : schemas.Customer;
    delete target.required;
    delete target.additionalProperties;
    delete target.minProperties;
    Object.assign(target, rule);
    for (const [key, value] of Object.entries(target)) if (value === undefined) delete target[key];
  }
  return doc;
}

/** What a JSON Schema validator would say: pattern (u flag, unanchored) and lengths in code points. */
function accepts(rule: Rule, value: string) {
  const length = [...value].length;
  if (typeof rule.pattern === 'string' && !new RegExp(rule.pattern, 'u').test(value)) return false;
  if (typeof rule.minLength === 'number' && length < rule.minLength) return false;
  if (typeof rule.maxLength === 'number' && length > rule.maxLength) return false;
  return true;
}

describe.each(['request', 'response'] as const)('a rule change on a %s field', (direction) => {
  it.each(fieldCases)('$what: $relation', ({ old, next, relation }) => {
    const { findings } = compareSchemas(documentWith(direction, 'field', old), documentWith(direction, 'field', next));
    const level = expected(relation, direction);
    if (level === null) {
      expect(findings).toEqual([]);
      return;
    }
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding).toMatchObject({ level, direction, source: 'semantic' });
    expect(finding?.schema).toBe(direction === 'request' ? 'PersonName' : 'Customer');
    expect(finding?.field).toBe(direction === 'request' ? 'first_name, last_name' : 'first_name');
    expect(finding?.change).toBe(
      ({ wider: 'widened', narrower: 'narrowed', both: 'changed both ways' } as Record<string, string>)[relation],
    );
    if ('pattern' in old || 'pattern' in next || 'maxLength' in old || 'minLength' in old) {
      // The example decides the level: newly accepted for a widening, newly refused for a narrowing.
      const example = finding?.example as string;
      expect(typeof example).toBe('string');
      const newlyAccepted = !accepts(old, example) && accepts(next, example);
      const newlyRefused = accepts(old, example) && !accepts(next, example);
      if (relation === 'wider') expect(newlyAccepted, JSON.stringify(example)).toBe(true);
      if (relation === 'narrower') expect(newlyRefused, JSON.stringify(example)).toBe(true);
      if (relation === 'both')
        expect(direction === 'request' ? newlyRefused : newlyAccepted, JSON.stringify(example)).toBe(true);
      expect(finding?.message).toContain(JSON.stringify(example));
    }
  });
});

describe.each(['request', 'response'] as const)('a rule change on the %s body', (direction) => {
  it.each(objectCases)('$what: $relation', ({ old, next, relation }) => {
    const { findings } = compareSchemas(
      documentWith(direction, 'object', old),
      documentWith(direction, 'object', next),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ level: expected(relation, direction), direction });
    expect(findings[0]?.schema).toBe(direction === 'request' ? 'UpdateCustomerBody' : 'Customer');
  });
});

describe('the semantic layer, beyond single fields', () => {
  it('a schema used in a request and a response: any widening or narrowing is major', () => {
    const shared = (pattern: string) => {
      const doc = structuredClone(baseline);
      doc.components.schemas.PersonName.pattern = pattern;
      doc.components.schemas.Customer.properties.first_name = { $ref: '#/components/schemas/PersonName' };
      return doc;
    };
    const wider = compareSchemas(shared(name), shared('^[A-Za-z0-9() ._-]+$')).findings;
    expect(wider).toHaveLength(1);
    expect(wider[0]).toMatchObject({ level: 'major', direction: 'request and response', example: ' ' });
    expect(compareSchemas(shared(name), shared('^[A-Za-z0-9]+$')).findings[0]?.level).toBe('major');
  });

  it('an unchanged document has no finding, and the walk reaches every body field and parameter', () => {
    const { findings, judged } = compareSchemas(baseline, structuredClone(baseline));
    expect(findings).toEqual([]);
    for (const schema of [
      'PersonName',
      'EmailAddress',
      'MobileNumber',
      'MobileCountryCode',
      'Customer',
      'ErrorResponse',
    ]) {
      expect(judged.revision.has(`#/components/schemas/${schema}`), schema).toBe(true);
    }
    expect([...judged.revision].filter((p) => p.startsWith('#/components/parameters/'))).toHaveLength(3);
  });

  it('a pattern whose assertions cannot be resolved is counted as a change both ways (major), not guessed', () => {
    const before = compareStringRules({ pattern: '^[a-z]+$' }, { pattern: '^[a-z]+$' });
    expect(before.relation).toBe('equal');
    const { findings } = compareSchemas(
      documentWith('response', 'field', { pattern: '^a$' }),
      documentWith('response', 'field', { pattern: '^([a-z]+)-\\1$' }),
    );
    expect(findings[0]).toMatchObject({ level: 'major', change: 'changed both ways' });
    expect(findings[0]?.message).toContain('could not be compared');
    expect(findings[0]?.message).toContain('Backreferences are not supported');
  });
});

describe('merging with redocly diff: each change once, with its final level', () => {
  // The shape of `redocly diff --format json` changes (see the end-to-end tests for real output).
  const operation = '#/paths/~1customers~1{customer_id}/post';
  const redoclyChange = (property: string, schema: string, impact: string) => ({
    path: `${operation}/requestBody/content/application~1json/schema/properties/first_name/$ref`,
    typeName: 'Schema',
    kind: 'modified',
    impact,
    property,
    verdicts:
      impact === 'major'
        ? [{ ruleId: 'schema-constraint-changed', message: `\`${property}\` of \`${schema}\` changed.` }]
        : [],
    base: { pointer: `#/components/schemas/${schema}/${property}` },
    revision: { pointer: `#/components/schemas/${schema}/${property}` },
  });
  const responseAdded = {
    path: '#/paths/~1customers~1{customer_id}/post/responses/429',
    typeName: 'Response',
    kind: 'added',
    impact: 'minor',
    verdicts: [],
    revision: { pointer: '#/paths/~1customers~1{customer_id}/post/responses/429' },
  };

  it('a widened request pattern that redocly calls major: once, as minor, beside what redocly judges alone', () => {
    const base = structuredClone(baseline);
    const revision = structuredClone(baseline);
    revision.components.schemas.PersonName.pattern = '^[A-Za-z0-9() ._-]+$';
    const findings = collectFindings(
      { changes: [redoclyChange('pattern', 'PersonName', 'major'), responseAdded] },
      base,
      revision,
    );
    expect(findings.map((f) => [f.level, f.keyword, f.source])).toEqual([
      ['minor', 'pattern', 'semantic'],
      ['minor', 'Response', 'redocly'],
    ]);
    expect(findings[1]?.where).toBe('`POST /customers/{customer_id}` response `429`');
  });

  it('an equivalent rewrite that redocly calls major disappears', () => {
    const base = structuredClone(baseline);
    const revision = structuredClone(baseline);
    revision.components.schemas.MobileCountryCode.pattern = '^[0123456789]+$';
    expect(
      collectFindings({ changes: [redoclyChange('pattern', 'MobileCountryCode', 'major')] }, base, revision),
    ).toEqual([]);
  });
});

describe('the version verdict', () => {
  const major = [{ level: 'major' }] as never[];
  it('a narrowed maxLength on a request field is major and fails the gate without a major bump', () => {
    const old = structuredClone(baseline);
    const next = structuredClone(baseline);
    next.components.schemas.PersonName.maxLength = old.components.schemas.PersonName.maxLength - 1;
    const findings = compareSchemas(old, next).findings;
    expect(findings.map((f) => f.level)).toEqual(['major']);
    expect(judge(findings, '1.2.0', '1.3.0')).toHaveLength(1);
    expect(judge(findings, '1.2.0', '2.0.0')).toEqual([]);
  });
  it('info.version going backwards is refused, even with no change at all', () => {
    expect(judge([], '1.2.0', '1.1.9')[0]).toContain('went backwards, from 1.2.0 to 1.1.9');
    expect(judge([], '1.2.0', '0.9.0')).toHaveLength(1);
    expect(judge([], '1.2.0', '1.2.0')).toEqual([]);
    expect(judge(major, '1.2.0', '2.0.0')).toEqual([]);
  });
});

describe('the Markdown report', () => {
  const report = (detail: string) =>
    formatMarkdown({
      base: { version: '1.1.0' },
      revision: { version: '1.1.0' },
      summary: { major: 0, minor: 1, patch: 0 },
      required: 'minor',
      problems: [],
      ok: true,
      findings: [{ level: 'minor', where: '`X` `pattern`', direction: 'request', detail } as never],
    });

  it('shows examples as code, a pipe or backtick in them kept inside the table cell', () => {
    const row = report('widened: "a|`b" was refused and is now accepted')
      .split('\n')
      .find((l) => l.startsWith('| minor'));
    expect(row).toBe('| minor | `X` `pattern` | request | widened: ``"a\\|`b"`` was refused and is now accepted |');
  });

  it('shortens a long example and says how long it is', () => {
    const long = JSON.stringify('A'.repeat(101));
    expect(report(`narrowed: ${long} was accepted and is now refused`)).toContain(
      `narrowed: \`"${'A'.repeat(24)}…"\` (101 characters) was accepted`,
    );
  });
});
