// Every validator of a field gives the same verdict on every string: the client's pre-send
// validator, the independent oracle written from the documentation, Ajv 2020 on the bundled
// document, Python `re` and Java `java.util.regex` running the bundled patterns, and Prism over
// HTTP. A disagreement is shrunk
// by fast-check and printed with each judge's verdict.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { validateUpdateCustomerBody } from '../src/index.js';
import { acceptsField } from './support/bundled-schema.js';
import { cachedJudge, checkAgreement, describeDisagreement, fieldRules, type Judge } from './support/agreement.js';
import { bodyFields, oracle, type BodyField } from './support/oracle.js';
import { form, json, sendRawUpdate } from './support/raw-update.js';
import { startJavaEngine, startPythonEngine, type VerdictEngine } from './support/regex-engines.js';
import { startAll } from './support/start-all.js';
import { stressStrings } from './support/stress-strings.js';

const baseSeed = 20_240_605;
const runsPerField = 3_000;
const prismRunsPerField = 300;

const mockUrl = inject('prismMockUrl');
const ruleIndex = Object.fromEntries(bodyFields.map((field, i) => [field, i])) as Record<BodyField, number>;
const rules = bodyFields.map((field) => fieldRules[field]);

const oracleJudge: Judge = { name: 'oracle', accepts: (field, value) => oracle[field](value) };
const ajvJudge: Judge = { name: 'Ajv 2020', accepts: (field, value) => acceptsField(field, value) };
const clientJudge: Judge = {
  name: 'client',
  accepts: (field, value) => validateUpdateCustomerBody({ [field]: value }).valid,
};

let engines: VerdictEngine[] = [];
const engineJudge = (engine: VerdictEngine) =>
  cachedJudge(engine.name, (field, value) => engine.accepts(ruleIndex[field], value), 4_096);

beforeAll(async () => {
  engines = Object.values(await startAll({ python: startPythonEngine(rules), java: startJavaEngine(rules) }));
}, 60_000);

afterAll(async () => {
  await Promise.all(engines.map((e) => e.stop()));
});

/** Half the strings go as a form, half as JSON, decided by the string itself (so shrinking keeps it stable). */
const sendAsForm = (value: string) => [...value].reduce((sum, c) => sum + c.codePointAt(0)!, 0) % 2 === 0;

/** Prism's verdict: the shared mock answers 200 or the spec's 400 with the field named. */
async function prismAccepts(field: BodyField, value: string): Promise<boolean> {
  const contentType = sendAsForm(value) ? form : json;
  const answer = await sendRawUpdate(mockUrl, { headers: { 'content-type': contentType }, body: { [field]: value } });
  if (answer.status === 200) return true;
  const namesField = answer.violations.some((v) => v.location.at(-1) === field);
  if (answer.status !== 400 || !namesField) {
    throw new Error(`Prism answered ${answer.status} for ${field}=${JSON.stringify(value)}: ${JSON.stringify(answer.violations)}`);
  }
  return false;
}

describe.each(bodyFields)('%s', (field) => {
  const seed = baseSeed + ruleIndex[field];
  it(`client, oracle, Ajv, Python re and Java regex agree on ${runsPerField} stress strings`, async () => {
    const judges = [oracleJudge, clientJudge, ajvJudge, ...engines.map(engineJudge)];
    const report = await checkAgreement(field, stressStrings(field, fieldRules[field].maxLength), judges, {
      numRuns: runsPerField,
      seed,
    });
    expect(report.disagreement, describeDisagreement(field, report)).toBeUndefined();
    // Both verdicts are well represented, so agreement is not just "everything is rejected".
    expect(report.accepted).toBeGreaterThan(runsPerField * 0.1);
    expect(report.accepted).toBeLessThan(runsPerField * 0.9);
  });

  it(`Prism agrees with the oracle on ${prismRunsPerField} of them, sent as form or as JSON`, async () => {
    const prism = cachedJudge('Prism', prismAccepts, 16);
    const report = await checkAgreement(field, stressStrings(field, fieldRules[field].maxLength), [oracleJudge, prism], {
      numRuns: prismRunsPerField,
      seed,
    });
    expect(report.disagreement, describeDisagreement(field, report)).toBeUndefined();
  });
});

it('catches a matcher with the classic mistake (re.match, not re.fullmatch) and shrinks the case', async () => {
  const naive = await startPythonEngine(rules, { naive: true });
  try {
    const field = 'mobile_country_code';
    const report = await checkAgreement(field, stressStrings(field, fieldRules[field].maxLength), [oracleJudge, engineJudge(naive)], {
      numRuns: runsPerField,
      seed: baseSeed,
    });
    expect(report.disagreement?.value).toBe('0\n');
    expect(describeDisagreement(field, report)).toContain('"0\\n" (shrunk in');
    expect(describeDisagreement(field, report)).toContain('oracle rejects, Python re.match accepts');
  } finally {
    await naive.stop();
  }
});

it('fails, never skips, when python3 or javac is missing', async () => {
  const path = process.env.PATH;
  process.env.PATH = '/nonexistent';
  try {
    await expect(startPythonEngine(rules).then((e) => e.accepts(0, 'a@b.co'))).rejects.toThrow(/python3 was not found/);
    await expect(startJavaEngine(rules)).rejects.toThrow(/javac was not found/);
  } finally {
    process.env.PATH = path;
  }
});
