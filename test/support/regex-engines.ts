// Python `re` and Java `java.util.regex` as verdict engines: one long-lived process each,
// fed the bundled patterns and length bounds once, then asked about values over stdin (a whole
// batch at a time, or one value while fast-check shrinks a failure). A missing python3, java or
// javac is an error, never a skip: the agreement it proves would silently vanish otherwise.
import { spawn, execFile, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const enginesDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'engines');
const execFileAsync = promisify(execFile);

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

const encode = (text: string) => Buffer.from(text, 'utf8').toString('base64');

function missingTool(tool: string, purpose: string) {
  return new Error(`${tool} was not found on PATH; it is required to ${purpose}. Install it (the agreement gate never skips).`);
}

async function startLineEngine(name: string, command: string, args: string[], rules: FieldRule[]): Promise<VerdictEngine> {
  const child: ChildProcessWithoutNullStreams = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
  const waiting: Array<{ resolve: (ok: boolean) => void; reject: (error: Error) => void }> = [];
  let failure: Error | undefined;
  const fail = (error: Error) => {
    failure ??= error;
    for (const pending of waiting.splice(0)) pending.reject(failure);
  };
  child.once('error', (error: NodeJS.ErrnoException) =>
    fail(error.code === 'ENOENT' ? missingTool(command, `check patterns with ${name}`) : error),
  );
  child.once('exit', (code, signal) => fail(new Error(`${name} exited (${signal ?? code}):\n${stderr}`)));
  child.stdin.on('error', () => undefined); // reported through 'exit' with the engine's stderr
  createInterface({ input: child.stdout }).on('line', (line) => {
    const next = waiting.shift();
    if (next) next.resolve(line === '1');
  });
  const header = rules.map((r) => `${encode(r.pattern)}\t${r.minLength}\t${r.maxLength}\n`).join('');
  child.stdin.write(`${header}\n`);

  return {
    name,
    accepts(ruleIndex, value) {
      if (failure) return Promise.reject(failure);
      return new Promise((resolve, reject) => {
        waiting.push({ resolve, reject });
        child.stdin.write(`${ruleIndex}\t${encode(value)}\n`);
      });
    },
    async stop() {
      const exited = new Promise((done) => child.once('exit', done));
      child.stdin.end();
      if (child.exitCode === null && child.signalCode === null) await exited;
    },
  };
}

/** `naive` uses re.match instead of re.fullmatch, to prove that mistake would be caught. */
export function startPythonEngine(rules: FieldRule[], { naive = false } = {}) {
  const script = path.join(enginesDir, 'pattern_matcher.py');
  const name = naive ? 'Python re.match' : 'Python re';
  return startLineEngine(name, 'python3', [script, ...(naive ? ['match'] : [])], rules);
}

/** Compiles the Java checker with javac into a temporary folder, then runs it. */
export async function startJavaEngine(rules: FieldRule[]): Promise<VerdictEngine> {
  const classDir = await mkdtemp(path.join(tmpdir(), 'pattern-matcher-'));
  try {
    await execFileAsync('javac', ['-d', classDir, path.join(enginesDir, 'PatternMatcher.java')]);
  } catch (error) {
    await rm(classDir, { recursive: true, force: true });
    const e = error as NodeJS.ErrnoException & { stderr?: string };
    throw e.code === 'ENOENT' ? missingTool('javac', 'compile the Java pattern checker') : new Error(`javac failed:\n${e.stderr}`);
  }
  const engine = await startLineEngine('Java java.util.regex', 'java', ['-cp', classDir, 'PatternMatcher'], rules);
  return {
    ...engine,
    async stop() {
      await engine.stop();
      await rm(classDir, { recursive: true, force: true });
    },
  };
}
