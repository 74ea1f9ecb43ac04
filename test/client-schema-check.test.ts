// The client applies the contract's schemas itself (src/schema-check.ts, on the rules that
// scripts/generate/validator.mjs writes out). Here it is held to Ajv 2020 reading the bundled
// document the way the generator does (formats as annotations): for every schema the client
// checks, on values shaped like the schema and bent by fast-check, and on arbitrary values, both
// report the same broken rules in the same order. And the generator refuses, by name, any rule
// the client could not apply, rather than leave it out.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rules, type Schema } from '../generated/update-customer-validators.js';
import { generateValidator, validatorFile } from '../scripts/generate/validator.mjs';
import { documentAjv, newAjv } from '../scripts/lib/ajv.mjs';
import { operationPath, resolveRef, updateCustomerOperation } from '../scripts/lib/spec.mjs';
import { ruleErrors } from '../src/schema-check.js';
import { bundledSpec } from './support/bundled-schema.js';

const seed = 20_240_611;
// Formats off: the client checks its date-times itself (src/timestamps.ts).
const { validatorAt } = documentAjv(bundledSpec, { formats: false });

type SpecNode = { $ref?: string; [key: string]: unknown };
const pointerOf = (node: SpecNode, inline: string) => (typeof node.$ref === 'string' ? node.$ref : inline);
const escape = (token: string) => token.replace(/~/g, '~0').replace(/\//g, '~1');

/** Every schema the client checks, by the rules it uses and where the document holds the schema. */
type Checked = { name: string; rules: Schema | undefined; pointer: string };

function checkedSchemas(): Checked[] {
  const operation = updateCustomerOperation(bundledSpec);
  const pathPointer = `#/paths/${escape(operationPath)}`;
  const bodyMedia = operation.requestBody.content['application/x-www-form-urlencoded'];
  const checked: Checked[] = [
    {
      name: 'the body',
      rules: rules.body,
      pointer: pointerOf(
        bodyMedia.schema,
        `${pathPointer}/post/requestBody/content/application~1x-www-form-urlencoded/schema`,
      ),
    },
  ];
  const parameters: Array<[SpecNode, string]> = [
    ...(bundledSpec.paths[operationPath].parameters ?? []).map((node: SpecNode, i: number) => [
      node,
      `${pathPointer}/parameters/${i}`,
    ]),
    ...(operation.parameters ?? []).map((node: SpecNode, i: number) => [node, `${pathPointer}/post/parameters/${i}`]),
  ];
  for (const [node, inline] of parameters) {
    const { name } = resolveRef(bundledSpec, node);
    checked.push({
      name: `parameter ${name}`,
      rules: rules.parameters[name]?.schema,
      pointer: `${pointerOf(node, inline)}/schema`,
    });
  }
  for (const [status, node] of Object.entries<SpecNode>(operation.responses)) {
    const media = resolveRef(bundledSpec, node).content?.['application/json'];
    if (!media) continue;
    const responsePointer = pointerOf(node, `${pathPointer}/post/responses/${status}`);
    checked.push({
      name: `response ${status}`,
      rules: rules.responses[status],
      pointer: pointerOf(media.schema, `${responsePointer}/content/application~1json/schema`),
    });
  }
  return checked;
}

const checked = checkedSchemas();

type Reported = { path: string; keyword: string; params: unknown };

function ajvReport(pointer: string): (value: unknown) => Reported[] {
  const validate = validatorAt(pointer);
  const dotted = (instancePath: string) =>
    instancePath
      .split('/')
      .slice(1)
      .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'))
      .join('.');
  return (value) =>
    validate(value).errors.map((error) => ({
      path: dotted(error.instancePath),
      keyword: error.keyword,
      params: error.params,
    }));
}

const clientReport =
  (schema: Schema) =>
  (value: unknown): Reported[] =>
    ruleErrors(schema, value).map(({ path, keyword, params }) => ({ path, keyword, params }));

// Lone surrogates and a pair (one code point, two UTF-16 units) test how lengths are counted.
const awkwardCharacters = fc.constantFrom('a', '9', '.', ' ', '+', '@', '\u{1F600}', '\uD800', '\uDC00', 'é', '\u0000');

/** Values near the schema's shape (so that each rule is met and broken), and sometimes anything. */
function nearly(node: SpecNode): fc.Arbitrary<unknown> {
  const schema = resolveRef(bundledSpec, node);
  const anything = fc.anything({ maxDepth: 2 });
  let shaped: fc.Arbitrary<unknown>;
  if (schema.type === 'object') {
    const members = Object.fromEntries(
      Object.entries<SpecNode>(schema.properties ?? {}).map(([name, child]) => [name, nearly(child)]),
    );
    const extra = fc.dictionary(fc.constantFrom('extra', 'constructor', 'a/b~c', '0'), anything, { maxKeys: 2 });
    shaped = fc.tuple(fc.record(members, { requiredKeys: [] }), extra).map(([known, more]) => ({ ...more, ...known }));
  } else if (schema.type === 'array') {
    shaped = fc.array(nearly(schema.items), { maxLength: 3 });
  } else if (schema.type === 'string') {
    const around = (schema.maxLength ?? 8) + 3;
    shaped = fc.oneof(
      schema.pattern ? fc.stringMatching(new RegExp(schema.pattern, 'u')) : fc.string(),
      fc.string({ unit: awkwardCharacters, maxLength: around }),
      fc.string({ unit: 'binary', minLength: around - 6, maxLength: around }),
      ...(schema.const !== undefined ? [fc.constant(schema.const)] : []),
    );
  } else {
    shaped = fc.oneof(fc.constant(null), fc.boolean(), fc.string({ maxLength: 4 }));
  }
  return fc.oneof({ weight: 5, arbitrary: shaped }, { weight: 1, arbitrary: anything });
}

describe('the client checks every schema the document gives the operation', () => {
  it('the body, each parameter and each JSON response, no more', () => {
    expect(checked.every((entry) => entry.rules !== undefined)).toBe(true);
    expect(Object.keys(rules.parameters).map((name) => `parameter ${name}`)).toEqual(
      checked.filter((e) => e.name.startsWith('parameter')).map((e) => e.name),
    );
    expect(Object.keys(rules.responses).map((status) => `response ${status}`)).toEqual(
      checked.filter((e) => e.name.startsWith('response')).map((e) => e.name),
    );
  });
});

describe.each(checked.map((entry) => [entry.name, entry] as const))('%s', (_, { rules: schema, pointer }) => {
  const byAjv = ajvReport(pointer);
  const byClient = clientReport(schema!);

  it('reports the broken rules Ajv reports, in Ajv order', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(nearly({ $ref: pointer }), (value) => {
        const expected = byAjv(value);
        for (const error of expected) seen.add(error.keyword);
        expect(byClient(value)).toEqual(expected);
      }),
      { numRuns: 1_500, seed },
    );
    // Every keyword the schema uses was broken at least once, so the agreement is not idle.
    const used = new Set<string>();
    const collect = (node: SpecNode): void => {
      const schemaNode = resolveRef(bundledSpec, node);
      for (const keyword of [
        'type',
        'const',
        'maxLength',
        'minLength',
        'pattern',
        'minProperties',
        'required',
        'additionalProperties',
      ]) {
        if (schemaNode[keyword] !== undefined) used.add(keyword);
      }
      Object.values<SpecNode>(schemaNode.properties ?? {}).forEach(collect);
      if (schemaNode.items) collect(schemaNode.items);
    };
    collect({ $ref: pointer });
    expect([...seen].sort()).toEqual([...used].sort());
  });
});

describe("Ajv's order where this document's schemas do not reach", () => {
  // Schemas the generator would let through, for the orders no schema above exercises.
  const cases: Array<[string, Schema, unknown[]]> = [
    [
      'const and a type with keywords of its own: type last',
      { type: 'string', const: 'abc', maxLength: 2 },
      [5, 'abcd', 'x', 'abc'],
    ],
    ['const and a type without: type first', { type: 'string', const: 'abc' }, [5, 'x']],
    [
      'an object type with rules, given a string',
      { type: 'object', required: ['a'], properties: { a: { type: 'string' } } },
      ['a', {}],
    ],
    ['a type list', { type: ['string', 'null'] }, [1, null, 'x']],
    [
      'items, each reported where it stands',
      { type: 'array', items: { type: 'string', minLength: 2 } },
      [['ab', 'a', 3], {}],
    ],
  ];
  it.each(cases)('%s', (_, schema, values) => {
    const validate = newAjv({ formats: false }).compile(schema);
    for (const value of values) {
      validate(value);
      const expected = (validate.errors ?? []).map((error) => ({
        path: error.instancePath.split('/').slice(1).join('.'),
        keyword: error.keyword,
        params: error.params,
      }));
      expect(clientReport(schema)(value)).toEqual(expected);
    }
  });
});

describe('the generator refuses a rule the client cannot apply', () => {
  let workDir: string;
  beforeAll(async () => {
    workDir = await mkdtemp(path.join(tmpdir(), 'client-schema-check-'));
  });
  afterAll(async () => {
    await rm(workDir, { recursive: true, force: true });
  });

  async function generateFrom(edit: (spec: typeof bundledSpec) => void) {
    const spec = structuredClone(bundledSpec);
    edit(spec);
    await writeFile(path.join(workDir, 'openapi.json'), JSON.stringify(spec));
    return generateValidator(workDir);
  }

  it('writes the document as it is', async () => {
    await expect(generateFrom(() => {})).resolves.toEqual([validatorFile]);
  });

  it('a keyword the client does not evaluate, named with where it stands', async () => {
    await expect(generateFrom((spec) => (spec.components.schemas.PersonName.enum = ['Jon']))).rejects.toThrow(
      /PersonName: the client's checks do not evaluate the keyword enum/,
    );
  });

  it('a keyword for another type than its schema has', async () => {
    await expect(
      generateFrom((spec) => (spec.components.schemas.Customer.properties.first_name.maxLength = 64)),
    ).rejects.toThrow(
      /Customer\/properties\/first_name\/maxLength: the client's checks take maxLength only in a schema whose type is string/,
    );
  });

  it('a rule beside a $ref', async () => {
    await expect(
      generateFrom((spec) => (spec.components.schemas.UpdateCustomerBody.properties.first_name.maxLength = 8)),
    ).rejects.toThrow(/first_name: the client's checks take a \$ref only with nothing beside it but annotations/);
  });

  it('a schema that contains itself', async () => {
    await expect(
      generateFrom(
        (spec) => (spec.components.schemas.ErrorInfo.properties.inner = { $ref: '#/components/schemas/ErrorInfo' }),
      ),
    ).rejects.toThrow(/ErrorInfo: a schema that contains itself/);
  });
});
