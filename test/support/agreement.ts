// Asks every judge of a field for its verdict on the same strings (fast-check's sample for a
// seed) and checks that all verdicts are equal. Each judge is asked about the whole sample at once
// (one write to an engine process, one batch of requests to a server); only when two judges
// disagree does fast-check run the property over the same sample again, to find that string and
// shrink it, asking the judges one by one about the new strings it makes.
import fc from 'fast-check';
import { bodyFieldSchema } from './bundled-schema.js';
import { bodyFields, type BodyField } from './oracle.js';
import type { FieldRule } from './regex-engines.js';

export interface Judge {
  name: string;
  accepts(field: BodyField, value: string): boolean | Promise<boolean>;
  /** The verdicts on many values at once, where one batch is cheaper than one question each. */
  acceptsAll?(field: BodyField, values: string[]): Promise<boolean[]>;
}

/** A judge's verdicts on `values`, in order. */
export async function verdictsOn(judge: Judge, field: BodyField, values: string[]): Promise<boolean[]> {
  if (judge.acceptsAll) return judge.acceptsAll(field, values);
  return Promise.all(values.map((value) => judge.accepts(field, value)));
}

/** Each field's pattern and length bounds, read from the bundled document. */
export const fieldRules: Record<BodyField, FieldRule> = Object.fromEntries(
  bodyFields.map((field) => {
    const schema = bodyFieldSchema(field);
    return [field, { pattern: schema.pattern, minLength: schema.minLength, maxLength: schema.maxLength }];
  }),
) as Record<BodyField, FieldRule>;

/** `work` on every item, at most `limit` of them pending at a time. */
export async function atMostAtOnce<T>(limit: number, items: T[], work: (item: T) => Promise<unknown>): Promise<void> {
  const queue = items.slice().reverse();
  const worker = async () => {
    for (let item = queue.pop(); item !== undefined; item = queue.pop()) await work(item);
  };
  await Promise.all(Array.from({ length: limit }, worker));
}

/** A judge whose answers are fetched in bulk (at most `concurrency` at a time) and remembered. */
export function cachedJudge(
  name: string,
  ask: (field: BodyField, value: string) => Promise<boolean>,
  concurrency = 64,
): Judge & {
  remember(field: BodyField, value: string, verdict: boolean): void;
} {
  const cache = new Map<string, Promise<boolean>>();
  const keyOf = (field: BodyField, value: string) => `${field}\u0000${value}`;
  const accepts = (field: BodyField, value: string) => {
    const key = keyOf(field, value);
    let verdict = cache.get(key);
    if (!verdict) cache.set(key, (verdict = ask(field, value)));
    return verdict;
  };
  return {
    name,
    accepts,
    async acceptsAll(field, values) {
      await atMostAtOnce(concurrency, [...new Set(values)], (value) => accepts(field, value));
      return Promise.all(values.map((value) => accepts(field, value)));
    },
    /** A verdict learnt another way (several fields in one request), kept as if asked. */
    remember(field, value, verdict) {
      cache.set(keyOf(field, value), Promise.resolve(verdict));
    },
  };
}

export interface AgreementReport {
  runs: number;
  /** The strings fast-check generated (before any shrinking), in order, duplicates included. */
  sample: string[];
  /** The sample's distinct strings, in order of first appearance. */
  distinct: string[];
  /** Each judge's verdicts on `distinct`, by judge name. */
  verdicts: Record<string, boolean[]>;
  /** How many strings of the sample the first judge accepts. */
  accepted: number;
  disagreement?: { value: string; verdicts: Record<string, boolean>; shrinks: number; seed: number };
}

/**
 * `sample`, when given, must be what `fc.sample(strings, { numRuns, seed })` returns (a caller
 * that already drew it passes it on rather than drawing it again).
 */
export async function checkAgreement(
  field: BodyField,
  strings: fc.Arbitrary<string>,
  judges: Judge[],
  {
    numRuns,
    seed,
    sample = fc.sample(strings, { numRuns, seed }),
  }: { numRuns: number; seed: number; sample?: string[] },
): Promise<AgreementReport> {
  const distinct = [...new Set(sample)];
  const table = await Promise.all(judges.map((judge) => verdictsOn(judge, field, distinct)));
  const verdicts = Object.fromEntries(judges.map((judge, k) => [judge.name, table[k]!]));
  const first = table[0]!;
  // How many of the sample the first judge accepts: a sample of only rejects proves little.
  const position = new Map(distinct.map((value, i) => [value, i]));
  const accepted = sample.filter((value) => first[position.get(value)!]).length;
  const differs = distinct.findIndex((_, i) => table.some((column) => column[i] !== first[i]));
  const report = { runs: numRuns, sample, distinct, verdicts, accepted };
  if (differs === -1) return report;

  // A disagreement: the same seed makes fast-check meet the same strings, and it shrinks the first
  // one on which the judges differ.
  const verdictsOf = async (value: string) =>
    Object.fromEntries(await Promise.all(judges.map(async (j) => [j.name, await j.accepts(field, value)] as const)));
  const details = await fc.check(
    fc.asyncProperty(strings, async (value) => {
      const answers = Object.values(await verdictsOf(value));
      return answers.every((v) => v === answers[0]);
    }),
    { numRuns, seed },
  );
  const value = details.failed && details.counterexample ? details.counterexample[0] : distinct[differs]!;
  const shrinks = details.failed ? details.numShrinks : 0;
  return {
    ...report,
    runs: details.numRuns,
    disagreement: { value, verdicts: await verdictsOf(value), shrinks, seed },
  };
}

/** One line a person can act on: the shrunk string, escaped, and each judge's verdict. */
export function describeDisagreement(field: BodyField, report: AgreementReport): string {
  const d = report.disagreement;
  if (!d) return `${field}: all judges agree on ${report.runs} strings`;
  const verdicts = Object.entries(d.verdicts)
    .map(([name, ok]) => `${name} ${ok ? 'accepts' : 'rejects'}`)
    .join(', ');
  return `${field} = ${JSON.stringify(d.value)} (shrunk in ${d.shrinks} steps, seed ${d.seed}): ${verdicts}`;
}
