// The lint gate: zero problems on openapi/, and each house rule in redocly.yaml really fires
// when the document breaks it (a rule that never fires protects nothing).
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../scripts/lib/paths.mjs';
import { redocly } from './support/run-cli.js';

interface LintReport {
  totals: { errors: number; warnings: number };
  problems: Array<{ ruleId: string; message: string }>;
}

async function lint(cwd: string): Promise<LintReport> {
  const { stdout } = await redocly(['lint', '--format=json'], cwd);
  return JSON.parse(stdout.slice(stdout.indexOf('{')));
}

it('openapi/ lints with zero errors and zero warnings', async () => {
  const report = await lint(repoRoot);
  expect(report.problems.map((p) => `${p.ruleId}: ${p.message}`)).toEqual([]);
  expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
});

type Mutation = [file: string, from: string | RegExp, to: string];
const schemas = 'openapi/components/schemas';
const operation = 'openapi/paths/customers_{customer_id}.yaml';

// Each case breaks one house rule in a copy of the project and names the rule that must fire.
const cases: Array<{ rule: string; mutations: Mutation[] }> = [
  { rule: 'rule/request-string-has-pattern', mutations: [[`${schemas}/PersonName.yaml`, /^pattern:.*$/m, '']] },
  { rule: 'rule/request-string-has-max-length', mutations: [[`${schemas}/MobileNumber.yaml`, /^maxLength:.*$/m, '']] },
  { rule: 'rule/request-property-is-string', mutations: [[`${schemas}/MobileCountryCode.yaml`, /^type: string$/m, 'type: [string, integer]']] },
  { rule: 'rule/request-body-closed', mutations: [[`${schemas}/UpdateCustomerBody.yaml`, /^additionalProperties: false$/m, '']] },
  { rule: 'rule/parameter-string-bounded', mutations: [['openapi/components/parameters/x-merchantid.yaml', /^  pattern:.*$/m, '']] },
  { rule: 'rule/pattern-anchored', mutations: [[`${schemas}/MobileCountryCode.yaml`, /^pattern:.*$/m, "pattern: '[0-9]+'"]] },
  { rule: 'rule/pattern-portable', mutations: [[`${schemas}/MobileCountryCode.yaml`, /^pattern:.*$/m, "pattern: '^\\d+$'"]] },
  { rule: 'rule/pattern-no-bounded-repeat', mutations: [[`${schemas}/MobileCountryCode.yaml`, /^pattern:.*$/m, "pattern: '^[0-9]{1,4}$'"]] },
  { rule: 'rule/schema-property-description', mutations: [[`${schemas}/FieldError.yaml`, /^    description: Why the value was refused.\n/m, '']] },
  { rule: 'rule/operation-complete', mutations: [[operation, /^  description: \|[\s\S]*?(?=^  security:)/m, '']] },
  { rule: 'rule/operation-id-camel-case', mutations: [[operation, 'operationId: updateCustomer', 'operationId: update_customer']] },
  { rule: 'rule/response-has-examples', mutations: [['openapi/components/responses/NotFound.yaml', /^    examples:[\s\S]*$/m, '']] },
  { rule: 'rule/info-version-semver', mutations: [['openapi/openapi.yaml', 'version: 1.0.0', 'version: v1']] },
  { rule: 'no-invalid-media-type-examples', mutations: [['openapi/components/examples/request_all_fields.yaml', "mobile_number: '9988776644'", "mobile_number: '99-88'"]] },
  { rule: 'no-invalid-media-type-examples', mutations: [['openapi/components/examples/customer_updated.yaml', /^  id: .*$/m, '']] },
];

describe('each house rule fires when broken', () => {
  let workDir: string;
  beforeAll(async () => {
    workDir = await mkdtemp(path.join(tmpdir(), 'lint-rules-'));
  });
  afterAll(async () => {
    await rm(workDir, { recursive: true, force: true });
  });

  it.concurrent.each(cases.map((c, i) => ({ ...c, i })))('$rule', async ({ rule, mutations, i }) => {
    const copy = path.join(workDir, String(i));
    await cp(path.join(repoRoot, 'openapi'), path.join(copy, 'openapi'), { recursive: true });
    await cp(path.join(repoRoot, 'redocly.yaml'), path.join(copy, 'redocly.yaml'));
    for (const [file, from, to] of mutations) {
      const target = path.join(copy, file);
      const text = await readFile(target, 'utf8');
      const changed = text.replace(from, () => to); // a function: `$'` in `to` is literal
      expect(changed, `mutation of ${file} must change it`).not.toBe(text);
      await writeFile(target, changed);
    }
    const report = await lint(copy);
    expect(report.problems.map((p) => p.ruleId)).toContain(rule);
  });
});
