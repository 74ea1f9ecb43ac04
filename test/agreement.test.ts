// The agreement gate. On the same generated strings, every judge of a field gives the verdict
// ECMAScript `u` gives: the client's pre-send validator, Ajv 2020 on the bundled document, the
// independent oracle written from the documentation, and the bundled patterns applied the way
// their consumers apply them as a full match, in Python `re`, Java, Go `regexp` (RE2), PCRE2 and
// Rust `regex`; Prism over HTTP on a sample. A disagreement is shrunk by fast-check and printed
// with each judge's verdict. Each judge is asked about a field's whole sample at once; each engine
// is one process answering all its forms; Prism gets one value of every field per request.
//
// The lax ways consumers also apply patterns (Python re.match and re.search, Java find(), PCRE2's
// defaults) differ from it on exactly the strings predicted here: an accepted value followed by
// one line terminator. That set is asserted, shown in the output, and documented in
// docs/regex-engines.md.
import fc from 'fast-check';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { repoRoot } from '../scripts/lib/paths.mjs';
import { validateUpdateCustomerBody } from '../src/index.js';
import { acceptsField } from './support/bundled-schema.js';
import {
  atMostAtOnce,
  cachedJudge,
  checkAgreement,
  describeDisagreement,
  fieldRules,
  type AgreementReport,
  type Judge,
} from './support/agreement.js';
import { bodyFields, oracle, type BodyField } from './support/oracle.js';
import { form, json, sendRawUpdate } from './support/raw-update.js';
import {
  startGoEngine,
  startJavaEngine,
  startOrSkip,
  startPythonEngine,
  startRustEngine,
  type VerdictEngine,
} from './support/regex-engines.js';
import { builds } from './support/engines/build.js';
import { lineTerminators, stressStrings } from './support/stress-strings.js';

const baseSeed = 20_240_605;
/** Distinct strings per field; short fields repeat themselves, so more are generated. */
const stringsPerField = 3_000;
const prismRunsPerField = 300;

/**
 * How many runs give `stringsPerField` distinct strings, and their sample. For a seed, a longer
 * sample only adds strings, so a short draw is tried first and a long one only if it falls short.
 */
function runsFor(strings: fc.Arbitrary<string>, seed: number): { numRuns: number; sample: string[] } {
  for (const factor of [1.25, 3]) {
    const seen = new Set<string>();
    const values = fc.sample(strings, { numRuns: Math.ceil(stringsPerField * factor), seed });
    for (const [i, value] of values.entries()) {
      if (seen.add(value).size === stringsPerField) return { numRuns: i + 1, sample: values.slice(0, i + 1) };
    }
  }
  throw new Error(`fewer than ${stringsPerField} distinct strings in ${stringsPerField * 3} runs`);
}

const mockUrl = inject('prismMockUrl');
const ruleIndex = Object.fromEntries(bodyFields.map((field, i) => [field, i])) as Record<BodyField, number>;
const rules = bodyFields.map((field) => fieldRules[field]);

const oracleJudge: Judge = { name: 'prose oracle', accepts: (field, value) => oracle[field](value) };
const ajvJudge: Judge = { name: 'Ajv 2020', accepts: (field, value) => acceptsField(field, value) };
const clientJudge: Judge = {
  name: 'client validator',
  accepts: (field, value) => validateUpdateCustomerBody({ [field]: value }).valid,
};

/**
 * Each checker process, with the judges it gives and the forms it answers. A lax form lists the
 * terminators its `$` also matches before: Python's and PCRE2's (newline LF, PCRE2's default) only
 * "\n"; Java's every line terminator it knows, "\r\n" as one.
 */
interface Form {
  judge: string;
  engine: VerdictEngine;
  terminators?: string[];
}
interface Checker {
  judges: string[];
  start(): Promise<Form[]>;
}
const [python, java, go, pcre2, rust] = [
  'Python re',
  'Java java.util.regex',
  'Go regexp (RE2)',
  'PCRE2 10.46',
  'Rust regex 1.13',
];
const checkers: Checker[] = [
  {
    judges: [python],
    start: async () => {
      const [fullmatch, match, search] = await startPythonEngine(rules, ['fullmatch', 'match', 'search']);
      return [
        { judge: python, engine: fullmatch! },
        { judge: python, engine: match!, terminators: ['\n'] },
        { judge: python, engine: search!, terminators: ['\n'] },
      ];
    },
  },
  {
    judges: [java],
    start: async () => {
      const [matches, find] = await startJavaEngine(rules, ['matches', 'find']);
      return [
        { judge: java, engine: matches! },
        { judge: java, engine: find!, terminators: lineTerminators },
      ];
    },
  },
  { judges: [go], start: async () => (await startGoEngine(rules)).map((engine) => ({ judge: go, engine })) },
  {
    judges: [pcre2, rust],
    start: async () => {
      const [endonly, z, defaults, regex] = await startRustEngine(rules, [
        'pcre2-endonly',
        'pcre2-z',
        'pcre2',
        'regex',
      ]);
      return [
        { judge: pcre2, engine: endonly! },
        { judge: pcre2, engine: z! },
        { judge: pcre2, engine: defaults!, terminators: ['\n'] },
        { judge: rust, engine: regex! },
      ];
    },
  },
];

const fullForms: Form[] = [];
const laxForms: Form[] = [];
const skipped: string[] = [];

const judgesOf = new Map<VerdictEngine, Judge>();
const judgeOf = (engine: VerdictEngine) => {
  let judge = judgesOf.get(engine);
  if (!judge) {
    judge = {
      name: engine.name,
      accepts: (field, value) => engine.accepts(ruleIndex[field], value),
      acceptsAll: (field, values) => engine.acceptsAll(ruleIndex[field], values),
    };
    judgesOf.set(engine, judge);
  }
  return judge;
};

// The first run ever builds the checkers (the Rust one fetches crates and compiles PCRE2): a
// long timeout. When one checker fails to start, the others that did are stopped first.
beforeAll(async () => {
  const settled = await Promise.allSettled(
    checkers.map((checker) => startOrSkip(checker.judges.join(' and '), checker.start)),
  );
  const started = settled.map((s) => (s.status === 'fulfilled' ? s.value : undefined));
  const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failed) {
    await Promise.all(started.flatMap((forms) => forms ?? []).map((form) => form.engine.stop()));
    throw failed.reason;
  }
  checkers.forEach((checker, i) => {
    const forms = started[i];
    if (!forms) return void skipped.push(...checker.judges);
    for (const form of forms) (form.terminators ? laxForms : fullForms).push(form);
  });
}, 600_000);

const startedAt = Date.now();
const runs: Partial<Record<BodyField, number>> = {};
afterAll(async () => {
  await Promise.all([...fullForms, ...laxForms].map((f) => f.engine.stop()));
  printReport();
  await writeReport();
});

/** Per judge and form: strings checked and disagreements with ECMAScript `u`, over all fields. */
interface Row {
  judge: string;
  form: string;
  lax: boolean;
  checked: number;
  /** The strings on which it differs, by the line terminator that ends them (lax forms). */
  differ: Map<string, Shown[]>;
}
const tally = new Map<string, Row>();
/** A field's value, shown with its field. */
interface Shown {
  field: BodyField;
  value: string;
}
type Differ = Array<[terminator: string, shown: Shown]>;
function count(row: Omit<Row, 'checked' | 'differ'>, checked: number, differ: Differ) {
  const key = `${row.judge}\u0000${row.form}`;
  const total = tally.get(key) ?? { ...row, checked: 0, differ: new Map() };
  total.checked += checked;
  for (const [terminator, value] of differ) {
    total.differ.set(terminator, [...(total.differ.get(terminator) ?? []), value]);
  }
  tally.set(key, total);
}

/** A string as a person can read it in a log: JSON, with C1 controls and U+2028/9 escaped too. */
const escapeUnit = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
const show = (value: string) => JSON.stringify(value).replace(/[\u007f-\u009f\u2028\u2029]/g, escapeUnit);

/** A row's differing strings by terminator, in the order of `lineTerminators`. */
const byTerminator = (row: Row) =>
  [...row.differ].sort(([a], [b]) => lineTerminators.indexOf(a) - lineTerminators.indexOf(b));

function printReport() {
  if (tally.size === 0) return;
  const lines = [...tally.values()].map((row) => {
    const differ = [...row.differ.values()].flat().length;
    const label = `${row.judge.padEnd(22)} ${(row.form + (row.lax ? ' [lax]' : '')).padEnd(32)}`;
    const groups = byTerminator(row).map(([t, values]) => {
      const shortest = values.reduce((a, b) => (b.value.length < a.value.length ? b : a));
      const what = row.lax ? `accepted value + ${show(t)}, e.g.` : 'e.g.';
      return `\n      ${String(values.length).padStart(4)} = ${what} ${shortest.field} ${show(shortest.value)}`;
    });
    return `  ${label} ${String(row.checked).padStart(6)} strings, ${differ} differ${groups.join('')}`;
  });
  const skippedLine = skipped.length ? `\n  skipped: ${skipped.join(', ')}` : '';
  const title = `Agreement gate: verdicts that differ from ECMAScript u, over ${bodyFields.length} fields`;
  console.log(`${title}\n${lines.join('\n')}${skippedLine}`);
}

/** The same, as JSON for bench/RESULTS.md (bench/sections/gate.mjs reads it). */
const agreementReportFile = path.join(repoRoot, 'build', 'agreement-report.json');
async function writeReport() {
  if (tally.size === 0) return;
  const rows = [...tally.values()].map((row) => ({
    judge: row.judge,
    form: row.form,
    lax: row.lax,
    checked: row.checked,
    differ: [...row.differ.values()].flat().length,
    byTerminator: Object.fromEntries(byTerminator(row).map(([t, values]) => [t, values.length])),
  }));
  const seconds = (Date.now() - startedAt) / 1000;
  const report = { fields: bodyFields.length, stringsPerField, runs, prismRunsPerField, seconds };
  await mkdir(path.dirname(agreementReportFile), { recursive: true });
  await writeFile(agreementReportFile, `${JSON.stringify({ ...report, builds, skipped, rows }, null, 2)}\n`);
}

const patternOf = Object.fromEntries(bodyFields.map((f) => [f, new RegExp(fieldRules[f].pattern, 'u')])) as Record<
  BodyField,
  RegExp
>;
const lengthOk = (field: BodyField, value: string) => {
  const length = [...value].length;
  return length >= fieldRules[field].minLength && length <= fieldRules[field].maxLength;
};
/**
 * Where a lax form must differ from ECMAScript: the value is refused, but it is an accepted
 * pattern match followed by one of the form's terminators, and its length (the terminator
 * counted) is within bounds. Returns that terminator.
 */
const laxOnly = (field: BodyField, value: string, terminators: string[]) =>
  patternOf[field].test(value) || !lengthOk(field, value)
    ? undefined
    : terminators.find((t) => value.endsWith(t) && patternOf[field].test(value.slice(0, -t.length)));

/** Half the requests go as a form, half as JSON, decided by the values sent (so shrinking keeps it stable). */
const sendAsForm = (values: string[]) =>
  values.reduce((sum, value) => [...value].reduce((s, c) => s + c.codePointAt(0)!, sum), 0) % 2 === 0;

/**
 * Prism's verdicts on the fields of one request: the shared mock answers 200, or the spec's 400
 * with a violation naming each refused field and nothing else.
 */
async function prismVerdicts(body: Partial<Record<BodyField, string>>): Promise<Partial<Record<BodyField, boolean>>> {
  const contentType = sendAsForm(Object.values(body)) ? form : json;
  const answer = await sendRawUpdate(mockUrl, { headers: { 'content-type': contentType }, body });
  const sent = Object.keys(body) as BodyField[];
  const named = new Set(answer.violations.map((v) => v.location.at(-1)));
  const expected =
    answer.status === 200 ||
    (answer.status === 400 && named.size > 0 && [...named].every((n) => sent.includes(n as BodyField)));
  if (!expected) {
    throw new Error(
      `Prism answered ${answer.status} for ${JSON.stringify(body)}: ${JSON.stringify(answer.violations)}`,
    );
  }
  return Object.fromEntries(sent.map((field) => [field, answer.status === 200 || !named.has(field)]));
}

/** Prism as a judge: a value fast-check makes while shrinking is sent alone. */
const prism = cachedJudge('Prism', async (field, value) => (await prismVerdicts({ [field]: value }))[field]!, 16);
/** Each field's sample, drawn once (the Prism check takes the first `prismRunsPerField` of it). */
const samples = {} as Record<BodyField, string[]>;
let prismSampled: Promise<void> | undefined;
/**
 * Prism's verdicts on the first `prismRunsPerField` strings of every field's sample, one string
 * of every field per request (Prism reports every field it refuses), 16 requests at a time.
 */
function samplePrism() {
  prismSampled ??= atMostAtOnce(16, [...Array(prismRunsPerField).keys()], async (i) => {
    const body = Object.fromEntries(bodyFields.map((field) => [field, samples[field][i]!]));
    const verdicts = await prismVerdicts(body);
    for (const field of bodyFields) prism.remember(field, body[field]!, verdicts[field]!);
  });
  return prismSampled;
}

describe.each(bodyFields)('%s', (field) => {
  const seed = baseSeed + ruleIndex[field];
  const strings = stressStrings(field, fieldRules[field].maxLength);
  const { numRuns, sample } = runsFor(strings, seed);
  samples[field] = sample;
  let distinct: string[] = [];
  let oracleVerdicts: boolean[] = [];

  it(`the full-match forms agree with ECMAScript u on ${stringsPerField} distinct stress strings`, async () => {
    const judges = [oracleJudge, clientJudge, ajvJudge, ...fullForms.map((f) => judgeOf(f.engine))];
    const report: AgreementReport = await checkAgreement(field, strings, judges, { numRuns, seed, sample });
    runs[field] = numRuns;
    distinct = report.distinct;
    oracleVerdicts = report.verdicts[oracleJudge.name]!;
    for (const judge of judges.slice(1)) {
      const verdicts = report.verdicts[judge.name]!;
      const differ: Differ = distinct
        .filter((_value, i) => verdicts[i] !== oracleVerdicts[i])
        .map((value) => ['', { field, value }]);
      const family = fullForms.find((f) => f.engine.name === judge.name)?.judge;
      const row = { judge: family ?? judge.name, form: family ? judge.name : 'u-mode RegExp', lax: false };
      count(row, distinct.length, differ);
    }
    count({ judge: oracleJudge.name, form: 'code written from the docs', lax: false }, distinct.length, []);
    expect(report.disagreement, describeDisagreement(field, report)).toBeUndefined();
    expect(distinct).toHaveLength(stringsPerField);
    // Both verdicts are well represented, so agreement is not just "everything is rejected".
    expect(report.accepted).toBeGreaterThan(numRuns * 0.1);
    expect(report.accepted).toBeLessThan(numRuns * 0.9);
  });

  it('the strings include trailing and embedded newlines, CR, NUL, characters outside the BMP', () => {
    expect(distinct).toHaveLength(stringsPerField);
    const has = (test: (value: string) => boolean) => distinct.filter(test).length;
    expect(
      has((v) => laxOnly(field, v, ['\n']) !== undefined),
      'an accepted value + "\\n"',
    ).toBeGreaterThan(0);
    expect(
      has((v) => /\n./su.test(v)),
      'an embedded "\\n"',
    ).toBeGreaterThan(0);
    expect(
      has((v) => v.includes('\r')),
      'a CR',
    ).toBeGreaterThan(0);
    expect(
      has((v) => v.includes('\u0000')),
      'a NUL',
    ).toBeGreaterThan(0);
    expect(
      has((v) => /[\u{10000}-\u{10ffff}]/u.test(v)),
      'a character outside the BMP',
    ).toBeGreaterThan(0);
  });

  it('the lax forms differ from ECMAScript u exactly on an accepted value + a line terminator', async () => {
    expect(distinct).toHaveLength(stringsPerField);
    for (const { judge, engine, terminators } of laxForms) {
      // Answered with the full-match forms of the same process: no question goes out again.
      const verdicts = await engine.acceptsAll(ruleIndex[field], distinct);
      const differ = distinct.filter((_value, i) => verdicts[i] !== oracleVerdicts[i]).sort();
      const predicted = distinct.filter((value) => laxOnly(field, value, terminators!) !== undefined).sort();
      const byTerminator: Differ = differ.map((value) => [
        laxOnly(field, value, terminators!) ?? '(none)',
        { field, value },
      ]);
      count({ judge, form: engine.name, lax: true }, distinct.length, byTerminator);
      const what = `${engine.name}: the strings on which it differs from ECMAScript u`;
      expect(differ.map(show), what).toEqual(predicted.map(show));
    }
  });

  it(`Prism agrees with the oracle on ${prismRunsPerField} of them, sent as form or as JSON`, async () => {
    await samplePrism();
    const report = await checkAgreement(field, strings, [oracleJudge, prism], {
      numRuns: prismRunsPerField,
      seed,
      sample: sample.slice(0, prismRunsPerField),
    });
    count({ judge: 'Prism (sampled)', form: 'mock, form or JSON body', lax: false }, report.distinct.length, []);
    expect(report.disagreement, describeDisagreement(field, report)).toBeUndefined();
  });
});

it('runs eight judges: client, Ajv, oracle, Python re, Java, Go RE2, PCRE2, Rust regex (and Prism)', () => {
  const judges = new Set(['client validator', 'Ajv 2020', 'prose oracle', ...fullForms.map((f) => f.judge)]);
  expect(judges.size + skipped.length).toBe(8);
  // Every lax form's terminators all showed up among the strings, so none is asserted vacuously.
  for (const { judge, engine, terminators } of laxForms) {
    const row = tally.get(`${judge}\u0000${engine.name}`);
    expect([...(row?.differ.keys() ?? [])].sort(), engine.name).toEqual([...terminators!].sort());
  }
});

it('catches a matcher with the classic mistake (re.match, not re.fullmatch) and shrinks the case', async (context) => {
  const naive = laxForms.find((f) => f.engine.name === 'Python re.match')?.engine;
  if (!naive) return context.skip();
  const field = 'mobile_country_code';
  const strings = stressStrings(field, fieldRules[field].maxLength);
  const judges = [oracleJudge, judgeOf(naive)];
  const report = await checkAgreement(field, strings, judges, { numRuns: stringsPerField, seed: baseSeed });
  expect(report.disagreement?.value).toBe('0\n');
  expect(describeDisagreement(field, report)).toContain('"0\\n" (shrunk in');
  expect(describeDisagreement(field, report)).toContain('prose oracle rejects, Python re.match accepts');
});

it('a missing toolchain skips its engine with one line, and fails when CI=true', async () => {
  const saved = { PATH: process.env.PATH, CI: process.env.CI };
  const starts: Record<string, () => Promise<VerdictEngine[]>> = {
    'Python re': () => startPythonEngine(rules),
    'Java java.util.regex': () => startJavaEngine(rules),
    'Go regexp (RE2)': () => startGoEngine(rules),
    'PCRE2 and Rust regex': () => startRustEngine(rules, ['regex']),
  };
  process.env.PATH = '/nonexistent';
  try {
    for (const [what, start] of Object.entries(starts)) {
      const lines: string[] = [];
      process.env.CI = 'false';
      await expect(startOrSkip(what, start, (line) => lines.push(line))).resolves.toBeUndefined();
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(new RegExp(`^agreement gate: skipped ${escape(what)}: [a-z0-9]+ was not found on PATH`));
      process.env.CI = 'true';
      await expect(startOrSkip(what, start, (line) => lines.push(line))).rejects.toThrow(/was not found on PATH/);
      expect(lines).toHaveLength(1);
    }
  } finally {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
});

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
