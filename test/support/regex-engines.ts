// Other engines as verdict engines, applied to the bundled patterns as their users apply them:
// Python `re`, Java `java.util.regex`, Go `regexp` (RE2), Rust `regex` and PCRE2. One long-lived
// process each, fed the patterns and length bounds once, then asked about values over stdin (a
// whole batch at a time, or one value while fast-check shrinks a failure). The compiled checkers
// are built once into build/engines/ (test/support/engines/build.ts).
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

export interface VerdictEngine {
  name: string;
  accepts(ruleIndex: number, value: string): Promise<boolean>;
  stop(): Promise<void>;
}

export interface BuildOptions {
  /** Where compiled checkers are kept (build/engines/ unless a test needs a fresh one). */
  buildRoot?: string;
}

const encode = (text: string) => Buffer.from(text, 'utf8').toString('base64');

function startLineEngine(name: string, command: string, args: string[], rules: FieldRule[]): VerdictEngine {
  const child = startWorker(command, args);
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
  const waiting: Array<{ resolve: (ok: boolean) => void; reject: (error: Error) => void }> = [];
  let failure: Error | undefined;
  const fail = (error: Error) => {
    failure ??= error;
    for (const pending of waiting.splice(0)) pending.reject(failure);
  };
  child.once('error', fail);
  child.once('exit', (code, signal) => fail(new Error(`${name} exited (${signal ?? code}):\n${stderr}`)));
  child.stdin.on('error', () => undefined); // reported through 'exit' with the engine's stderr
  createInterface({ input: child.stdout }).on('line', (line) => {
    const next = waiting.shift();
    if (next) next.resolve(line === '1');
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

  return {
    name,
    accepts(ruleIndex, value) {
      if (failure) return Promise.reject(failure);
      return new Promise((resolve, reject) => {
        waiting.push({ resolve, reject });
        send(`${ruleIndex}\t${encode(value)}\n`);
      });
    },
    async stop() {
      const exited = new Promise((done) => child.once('exit', done));
      flush();
      child.stdin.end();
      if (child.exitCode === null && child.signalCode === null) await exited;
    },
  };
}

export type PythonForm = 'fullmatch' | 'match' | 'search';

/** `fullmatch` is the faithful form; `match` and `search` are the lax ways consumers also use. */
export async function startPythonEngine(rules: FieldRule[], form: PythonForm = 'fullmatch'): Promise<VerdictEngine> {
  requireTools(['python3'], 'Python re');
  return startLineEngine(`Python re.${form}`, 'python3', [path.join(enginesDir, 'pattern_matcher.py'), form], rules);
}

export type JavaForm = 'matches' | 'find';

const javaFlags = ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-XX:-UsePerfData'];

export async function startJavaEngine(
  rules: FieldRule[],
  form: JavaForm = 'matches',
  { buildRoot = defaultBuildRoot }: BuildOptions = {},
): Promise<VerdictEngine> {
  const classes = await builtChecker('java', buildRoot);
  return startLineEngine(`Java ${form}()`, 'java', [...javaFlags, '-cp', classes, 'PatternMatcher', form], rules);
}

export async function startGoEngine(rules: FieldRule[], { buildRoot = defaultBuildRoot }: BuildOptions = {}) {
  return startLineEngine('Go MatchString', await builtChecker('go', buildRoot), [], rules);
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
  form: RustForm,
  { buildRoot = defaultBuildRoot }: BuildOptions = {},
): Promise<VerdictEngine> {
  return startLineEngine(rustFormNames[form], await builtChecker('rust', buildRoot), [form], rules);
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
