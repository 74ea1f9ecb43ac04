// The client's pre-send and response checks, compiled from the bundled document by Ajv's
// standalone code generation (JSON Schema 2020-12, the dialect the document declares). Ajv's
// few runtime helpers are bundled in by esbuild, so the module needs no package at run time.
// The client maps the checks' errors to messages; it never restates a rule itself.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { build } from 'esbuild';
import { repoRoot } from '../lib/paths.mjs';
import { operationPath, resolveRef, updateCustomerOperation } from '../lib/spec.mjs';

export const validatorFile = 'update-customer-validators.ts';

const documentId = 'urn:juspay-update-customer:openapi.json';

export async function generateValidator(outDir) {
  const spec = JSON.parse(await readFile(path.join(outDir, 'openapi.json'), 'utf8'));
  const plan = checkPlan(spec);
  const ajvCode = standaloneCode(createAjv(spec), plan.exports);
  const bundled = await bundleRules(ajvCode, plan.rules);
  await writeFile(path.join(outDir, validatorFile), typedModule(bundled));
  return [validatorFile];
}

function createAjv(spec) {
  // allErrors: every field gets its verdict in one pass; the client keeps the first failure of
  // each field (Ajv checks lengths before patterns). Formats stay out: date-time is checked by
  // the client, which also accepts the `+0000` form the documentation shows.
  const ajv = new Ajv2020({
    strict: true,
    allErrors: true,
    messages: false,
    validateFormats: false,
    code: { source: true, esm: true, lines: true },
  });
  // The OpenAPI document is not itself a schema: its top-level keys become annotations so that
  // Ajv can hold it whole and resolve `#/components/...` refs inside it.
  for (const keyword of Object.keys(spec)) ajv.addKeyword({ keyword });
  ajv.addSchema({ ...spec, $id: documentId });
  return ajv;
}

/** Which schemas to compile (export name → ref into the document) and the data beside them. */
function checkPlan(spec) {
  const operation = updateCustomerOperation(spec);
  const exports = {};
  // One compiled function per distinct schema (the four error responses share one).
  const checkFor = (pointer, wanted) => {
    const ref = `${documentId}${pointer}`;
    const existing = Object.keys(exports).find((name) => exports[name] === ref);
    if (existing) return existing;
    exports[wanted] = ref;
    return wanted;
  };
  const pointerOf = (node, fallback) => (typeof node.$ref === 'string' ? node.$ref : fallback);

  const bodyMedia = operation.requestBody.content['application/x-www-form-urlencoded'];
  const bodyPointer = pointerOf(bodyMedia.schema, `${operationPointer()}/requestBody/content/application~1x-www-form-urlencoded/schema`);
  const bodySchema = resolveRef(spec, bodyMedia.schema);
  const bodyCheck = checkFor(bodyPointer, 'checkBody');
  const fields = Object.keys(bodySchema.properties ?? {});
  const maxLength = Object.fromEntries(
    fields
      .map((field) => [field, maxLengthOf(spec, bodySchema.properties[field])])
      .filter(([, limit]) => limit !== undefined),
  );

  const parameters = {};
  const declared = [
    ...(spec.paths[operationPath].parameters ?? []).map((p, i) => [p, `${pathPointer()}/parameters/${i}`]),
    ...(operation.parameters ?? []).map((p, i) => [p, `${operationPointer()}/parameters/${i}`]),
  ];
  declared.forEach(([node, inlinePointer], index) => {
    const parameter = resolveRef(spec, node);
    parameters[parameter.name] = {
      in: parameter.in,
      required: parameter.required === true,
      maxLength: maxLengthOf(spec, parameter.schema),
      check: checkFor(`${pointerOf(node, inlinePointer)}/schema`, `checkParameter${index}`),
    };
  });

  const responses = {};
  for (const [status, node] of Object.entries(operation.responses)) {
    const media = resolveRef(spec, node).content?.['application/json'];
    if (!media) continue;
    const responsePointer = pointerOf(node, `${operationPointer()}/responses/${status}`);
    const schemaPointer = pointerOf(media.schema, `${responsePointer}/content/application~1json/schema`);
    responses[status] = checkFor(schemaPointer, `checkResponse${status}`);
  }

  return { exports, rules: { body: { check: bodyCheck, fields, maxLength }, parameters, responses } };
}

const pathPointer = () => `#/paths/${encodeURIComponent(operationPath.replace(/~/g, '~0').replace(/\//g, '~1'))}`;
const operationPointer = () => `${pathPointer()}/post`;

function maxLengthOf(spec, schema) {
  const resolved = resolveRef(spec, schema);
  return typeof resolved?.maxLength === 'number' ? resolved.maxLength : undefined;
}

/**
 * One self-contained script: Ajv's standalone functions (with the runtime helpers they require)
 * and a `rules` object that names each check and carries the data the client needs beside it.
 */
async function bundleRules(ajvCode, rules) {
  // Check names become references to the compiled functions.
  const rulesCode = JSON.stringify(rules, null, 2).replace(/"(check|\d{3})": "(check\w+)"/g, '"$1": ajv.$2');
  const entry = `import * as ajv from 'ajv-standalone';\nexport const rules = ${rulesCode};\n`;
  const result = await build({
    stdin: { contents: entry, resolveDir: repoRoot, sourcefile: 'rules.js', loader: 'js' },
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'compiled',
    platform: 'neutral',
    target: 'es2022',
    legalComments: 'none',
    absWorkingDir: repoRoot,
    logLevel: 'silent',
    plugins: [
      {
        name: 'ajv-standalone',
        setup(on) {
          on.onResolve({ filter: /^ajv-standalone$/ }, () => ({ path: 'ajv-standalone', namespace: 'ajv' }));
          on.onLoad({ filter: /.*/, namespace: 'ajv' }, () => ({ contents: ajvCode, loader: 'js', resolveDir: repoRoot }));
        },
      },
    ],
  });
  return result.outputFiles[0].text;
}

function typedModule(script) {
  return `// Generated from openapi/ by \`npm run generate\` (scripts/generate/validator.mjs). Do not edit by hand.
// @ts-nocheck -- Ajv's standalone output is plain JavaScript; the exports at the end carry the types.

/** An Ajv check compiled from the document: true when valid, else \`errors\` says why. */
export interface Check {
  (data: unknown): boolean;
  errors?: CheckError[] | null;
}

export interface CheckError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
}

export interface BodyRules {
  check: Check;
  /** The body's fields, in the document's order. */
  fields: readonly string[];
  /** Each field's maxLength, so that an oversized value is refused without scanning it. */
  maxLength: Readonly<Record<string, number>>;
}

export interface ParameterRules {
  in: 'path' | 'header' | 'query' | 'cookie';
  required: boolean;
  maxLength?: number;
  check: Check;
}

export interface Rules {
  body: BodyRules;
  /** By parameter name, as the document spells it (\`customer_id\`, \`x-merchantid\`, ...). */
  parameters: Readonly<Record<string, ParameterRules>>;
  /** By HTTP status, for every response with a JSON body. */
  responses: Readonly<Record<string, Check>>;
}

${script.trim()}

export const rules: Rules = compiled.rules;
`;
}
