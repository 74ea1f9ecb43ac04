// Other engines as verdict engines, applied to the bundled patterns as their users apply them:
// Python `re`, Java `java.util.regex`, Go `regexp` (RE2), Rust `regex` and PCRE2. One long-lived
// process per checker, fed the patterns and length bounds once, then asked about values over
// stdin (a whole batch in one write, or one value while fast-check shrinks a failure); it answers
// every form it was started with (Python's fullmatch, match and search, say) for each value, so
// asking about a value once gives every form's verdict. The compiled checkers are built once into
// build/engines/ (test/support/engines/build.ts).
//
// A missing toolchain throws MissingToolError; `startOrSkip` turns that into one line naming what
// was skipped, or a failure when CI=true, so that CI can never lose an engine silently.
import path from 'node:path';
import { createInterface } from 'node:readline';
import { startWorker } from '../../scripts/lib/run.mjs';
import { builtChecker, defaultBuildRoot, enginesDir, MissingToolError, requireTools } from './engines/build.js';

export { MissingToolError };

export interface FieldRule {
  pattern: string;
  minLength: number;
  maxLength: number;
}

/** One form of one engine (Python re.match, say). Forms started together share their process. */
export interface VerdictEngine {
  name: string;
  accepts(ruleIndex: number, value: string): Promise<boolean>;
  /** The verdicts on many values, asked in one write (values asked before are not asked again). */
  acceptsAll(ruleIndex: number, values: string[]): Promise<boolean[]>;
  stop(): Promise<void>;
}

export interface BuildOptions {
  /** Where compiled checkers are kept (build/engines/ unless a test needs a fresh one). */
  buildRoot?: string;
}

const encode = (text: string) => Buffer.from(text, 'utf8').toString('base64');

/**
 * Starts one checker process that answers, per value, one "1" or "0" for each of `names` (its
 * forms, in the order its arguments name them), and returns one VerdictEngine per form.
 */
function startLineEngine(names: string[], command: string, args: string[], rules: FieldRule[]): VerdictEngine[] {
  const what = names.join(', ');
  const child = startWorker(command, args);
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
  /** Batches in the order they were sent, each waiting for its number of answer lines. */
  const waiting: Array<{ lines: string[]; size: number; resolve(lines: string[]): void; reject(e: Error): void }> = [];
  let failure: Error | undefined;
  const fail = (error: Error) => {
    failure ??= error;
    for (const pending of waiting.splice(0)) pending.reject(failure);
  };
  child.once('error', fail);
  child.once('exit', (code, signal) => fail(new Error(`${what} exited (${signal ?? code}):\n${stderr}`)));
  child.stdin.on('error', () => undefined); // reported through 'exit' with the engine's stderr
  const answerLine = new RegExp(`^[01]{${names.length}}$`);
  createInterface({ input: child.stdout }).on('line', (line) => {
    const batch = waiting[0];
    if (!batch || !answerLine.test(line)) {
      fail(new Error(`${what} answered ${JSON.stringify(line)}${batch ? '' : ' to no question'}:\n${stderr}`));
      child.kill();
      return;
    }
    batch.lines.push(line);
    if (batch.lines.length === batch.size) {
      waiting.shift();
      batch.resolve(batch.lines);
    }
  });
  // What is asked in one tick goes out in one write: a batch of thousands of questions is one write.
  let unsent = '';
  const flush = () => {
    const text = unsent;
    unsent = '';
    if (text) child.stdin.write(text);
  };
  const send = (text: string) => {
    if (unsent === '') process.nextTick(flush);
    unsent += text;
  };
  const header = rules.map((r) => `${encode(r.pattern)}\t${r.minLength}\t${r.maxLength}\n`).join('');
  send(`${header}\n`);

  // Every answer line, kept: the forms of one process, and a later test, never ask twice.
  const answered = new Map<string, string>();
  const keyOf = (ruleIndex: number, value: string) => `${ruleIndex}\u0000${value}`;
  const ask = (ruleIndex: number, values: string[]) =>
    new Promise<string[]>((resolve, reject) => {
      if (failure) return reject(failure);
      waiting.push({ lines: [], size: values.length, resolve, reject });
      send(values.map((value) => `${ruleIndex}\t${encode(value)}\n`).join(''));
    });
  async function answers(ruleIndex: number, values: string[]): Promise<string[]> {
    const missing = [...new Set(values.filter((value) => !answered.has(keyOf(ruleIndex, value))))];
    if (missing.length > 0) {
      const lines = await ask(ruleIndex, missing);
      missing.forEach((value, i) => answered.set(keyOf(ruleIndex, value), lines[i]!));
    }
    return values.map((value) => answered.get(keyOf(ruleIndex, value))!);
  }

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      const exited = new Promise((done) => child.once('exit', done));
      flush();
      child.stdin.end();
      if (child.exitCode === null && child.signalCode === null) await exited;
    })());

  return names.map((name, form) => {
    const acceptsAll = async (ruleIndex: number, values: string[]) =>
      (await answers(ruleIndex, values)).map((line) => line[form] === '1');
    return { name, acceptsAll, accepts: async (ruleIndex, value) => (await acceptsAll(ruleIndex, [value]))[0]!, stop };
  });
}

export type PythonForm = 'fullmatch' | 'match' | 'search';

/** `fullmatch` is the faithful form; `match` and `search` are the lax ways consumers also use. */
export async function startPythonEngine(
  rules: FieldRule[],
  forms: PythonForm[] = ['fullmatch'],
): Promise<VerdictEngine[]> {
  requireTools(['python3'], 'Python re');
  const script = path.join(enginesDir, 'pattern_matcher.py');
  return startLineEngine(
    forms.map((form) => `Python re.${form}`),
    'python3',
    [script, ...forms],
    rules,
  );
}

export type JavaForm = 'matches' | 'find';

const javaFlags = ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-XX:-UsePerfData'];

export async function startJavaEngine(
  rules: FieldRule[],
  forms: JavaForm[] = ['matches'],
  { buildRoot = defaultBuildRoot }: BuildOptions = {},
): Promise<VerdictEngine[]> {
  const classes = await builtChecker('java', buildRoot);
  return startLineEngine(
    forms.map((form) => `Java ${form}()`),
    'java',
    [...javaFlags, '-cp', classes, 'PatternMatcher', ...forms],
    rules,
  );
}

export async function startGoEngine(
  rules: FieldRule[],
  { buildRoot = defaultBuildRoot }: BuildOptions = {},
): Promise<VerdictEngine[]> {
  return startLineEngine(['Go MatchString'], await builtChecker('go', buildRoot), [], rules);
}

/** The Rust checker's forms: see test/support/engines/rust/src/main.rs. */
export type RustForm = 'regex' | 'pcre2-endonly' | 'pcre2-z' | 'pcre2';
const rustFormNames: Record<RustForm, string> = {
  regex: 'Rust Regex::is_match',
  'pcre2-endonly': 'PCRE2 DOLLAR_ENDONLY+ANCHORED',
  'pcre2-z': 'PCRE2 (?:…)\\z',
  pcre2: 'PCRE2 defaults',
};

export async function startRustEngine(
  rules: FieldRule[],
  forms: RustForm[],
  { buildRoot = defaultBuildRoot }: BuildOptions = {},
): Promise<VerdictEngine[]> {
  const names = forms.map((form) => rustFormNames[form]);
  return startLineEngine(names, await builtChecker('rust', buildRoot), forms, rules);
}

const inCI = () => !['', '0', 'false', undefined].includes(process.env.CI);

/**
 * Starts engines, or skips them with one line when a tool is missing, except under CI, where a
 * missing tool fails the run.
 */
export async function startOrSkip<T>(what: string, start: () => Promise<T>, log = console.log): Promise<T | undefined> {
  try {
    return await start();
  } catch (error) {
    if (!(error instanceof MissingToolError) || inCI()) throw error;
    log(`agreement gate: skipped ${what}: ${error.tool} was not found on PATH (with CI=true this fails)`);
    return undefined;
  }
}
