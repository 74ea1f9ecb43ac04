// Runs fast-check over one field's strings and asks every judge for a verdict; the property is
// that all verdicts are equal. Judges behind a process or HTTP are warmed with the whole sample
// first (one batch, answered concurrently), then asked one by one only for the new strings
// fast-check makes while shrinking a failure.
import fc from 'fast-check';
import { bodyFieldSchema } from './bundled-schema.js';
import { bodyFields, type BodyField } from './oracle.js';
import type { FieldRule } from './regex-engines.js';

export interface Judge {
  name: string;
  accepts(field: BodyField, value: string): boolean | Promise<boolean>;
}

/** Each field's pattern and length bounds, read from the bundled document. */
export const fieldRules: Record<BodyField, FieldRule> = Object.fromEntries(
  bodyFields.map((field) => {
    const schema = bodyFieldSchema(field);
    return [field, { pattern: schema.pattern, minLength: schema.minLength, maxLength: schema.maxLength }];
  }),
) as Record<BodyField, FieldRule>;

/** A judge whose answers are fetched ahead in bulk and remembered. */
export function cachedJudge(
  name: string,
  ask: (field: BodyField, value: string) => Promise<boolean>,
  concurrency = 64,
): Judge & { warm(field: BodyField, values: string[]): Promise<void> } {
  const cache = new Map<string, Promise<boolean>>();
  const accepts = (field: BodyField, value: string) => {
    const key = `${field}\u0000${value}`;
    let verdict = cache.get(key);
    if (!verdict) cache.set(key, (verdict = ask(field, value)));
    return verdict;
  };
  return {
    name,
    accepts,
    async warm(field, values) {
      const queue = [...new Set(values)];
      const worker = async () => {
        for (let value = queue.pop(); value !== undefined; value = queue.pop()) await accepts(field, value);
      };
      await Promise.all(Array.from({ length: concurrency }, worker));
    },
  };
}

export interface AgreementReport {
  runs: number;
  /** The strings fast-check generated (before any shrinking), in order, duplicates included. */
  sample: string[];
  /** How many strings of the sample the first judge accepts. */
  accepted: number;
  disagreement?: { value: string; verdicts: Record<string, boolean>; shrinks: number; seed: number };
}

export async function checkAgreement(
  field: BodyField,
  strings: fc.Arbitrary<string>,
  judges: Judge[],
  { numRuns, seed }: { numRuns: number; seed: number },
): Promise<AgreementReport> {
  const sample = fc.sample(strings, { numRuns, seed });
  await Promise.all(
    judges.map((j) => ('warm' in j && typeof j.warm === 'function' ? j.warm(field, sample) : undefined)),
  );

  const verdictsOf = async (value: string) =>
    Object.fromEntries(await Promise.all(judges.map(async (j) => [j.name, await j.accepts(field, value)] as const)));
  const details = await fc.check(
    fc.asyncProperty(strings, async (value) => {
      const verdicts = Object.values(await verdictsOf(value));
      return verdicts.every((v) => v === verdicts[0]);
    }),
    { numRuns, seed },
  );
  // How many of the sample the first judge accepts: a sample of only rejects proves little.
  const verdicts = await Promise.all(sample.map((value) => judges[0]!.accepts(field, value)));
  const accepted = verdicts.filter(Boolean).length;
  if (!details.failed || !details.counterexample) return { runs: details.numRuns, sample, accepted };
  const [value] = details.counterexample;
  return {
    runs: details.numRuns,
    sample,
    accepted,
    disagreement: { value, verdicts: await verdictsOf(value), shrinks: details.numShrinks, seed },
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
