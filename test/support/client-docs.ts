// The TypeScript examples of README.md and docs/client.md as code: each fenced `ts` block taken
// out as a module of its own, type-checked together in one TypeScript program against src/, and
// run against the shared Prism mock. The examples call a few functions the reader is meant to
// write (showFieldErrors, alertOps, ...); they are declared here, typed strictly, and record
// what they were given.
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { repoRoot } from '../../scripts/lib/paths.mjs';

export interface Snippet {
  /** `docs/client.md:84`: the file and the line of the opening fence. */
  where: string;
  /** The module's file name in the snippets folder. */
  file: string;
  code: string;
}

export const documentedFiles = ['README.md', 'docs/client.md'];

/** Every ```ts block of the documented files, in order. */
export function extractSnippets(files: readonly string[] = documentedFiles): Snippet[] {
  const snippets: Snippet[] = [];
  for (const file of files) {
    const lines = readFileSync(path.join(repoRoot, file), 'utf8').split('\n');
    for (let i = 0; i < lines.length; i++) {
      if (!/^```(ts|typescript)\s*$/.test(lines[i]!)) continue;
      const start = i;
      const body: string[] = [];
      for (i++; i < lines.length && !lines[i]!.startsWith('```'); i++) body.push(lines[i]!);
      const where = `${file}:${start + 1}`;
      snippets.push({ where, file: `${file.replace(/[^A-Za-z0-9]+/g, '-')}-${start + 1}.ts`, code: body.join('\n') });
    }
  }
  return snippets;
}

/** The functions the examples leave to the reader, as a declaration the type check sees. */
const readerFunctions = `import type { FieldProblem } from 'juspay-update-customer';
declare global {
  function showFieldErrors(problems: readonly FieldProblem[]): string;
  function createTheCustomerFirst(customerId: string): string;
  function alertOps(message: string): string;
  function retryLater(afterMs?: number): string;
  function reportMisconfiguration(status: number, problems: readonly string[]): string;
}
export {};
`;

export interface ReaderCall {
  name: string;
  args: unknown[];
}

/** Puts the reader's functions on globalThis, each recording its call and returning its name. */
export function installReaderFunctions(calls: ReaderCall[]): () => void {
  const names = ['showFieldErrors', 'createTheCustomerFirst', 'alertOps', 'retryLater', 'reportMisconfiguration'];
  const global = globalThis as Record<string, unknown>;
  for (const name of names) {
    global[name] = (...args: unknown[]) => {
      calls.push({ name, args });
      return name;
    };
  }
  return () => {
    for (const name of names) delete global[name];
  };
}

/**
 * Writes the snippets as modules (each made a module, so their names do not meet) and
 * type-checks them in one program, with the package name mapped to src/. Returns the
 * diagnostics as `where:line TScode message`.
 */
export async function typeCheckSnippets(folder: string, snippets: readonly Snippet[]): Promise<string[]> {
  // Loaded with require: an ESM import of TypeScript's 9 MB CommonJS file first scans it for its exports.
  const ts: typeof import('typescript') = createRequire(import.meta.url)('typescript');
  await mkdir(folder, { recursive: true });
  await writeFile(path.join(folder, 'package.json'), JSON.stringify({ type: 'module' }));
  await writeFile(path.join(folder, 'reader-functions.d.ts'), readerFunctions);
  for (const snippet of snippets) await writeFile(path.join(folder, snippet.file), `${snippet.code}\nexport {};\n`);
  const program = ts.createProgram(
    [path.join(folder, 'reader-functions.d.ts'), ...snippets.map((snippet) => path.join(folder, snippet.file))],
    {
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ES2022,
      lib: ['lib.es2023.d.ts'],
      strict: true,
      noUncheckedIndexedAccess: true,
      skipLibCheck: true,
      noEmit: true,
      types: ['node'],
      typeRoots: [path.join(repoRoot, 'node_modules', '@types')],
      paths: { 'juspay-update-customer': [path.join(repoRoot, 'src', 'index.ts')] },
    },
  );
  const byFile = new Map(snippets.map((snippet) => [path.join(folder, snippet.file), snippet.where]));
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const file = diagnostic.file;
    const where = file ? (byFile.get(path.resolve(file.fileName)) ?? file.fileName) : '';
    const line =
      file && diagnostic.start !== undefined ? file.getLineAndCharacterOfPosition(diagnostic.start).line + 1 : 0;
    return `${where}+${line} TS${diagnostic.code} ${ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')}`;
  });
}

/** The snippet as a module that runs under vitest: the package name pointed at src/. */
export async function writeRunnable(folder: string, snippet: Snippet): Promise<string> {
  const file = path.join(folder, `run-${snippet.file}`);
  const source = snippet.code.replaceAll(
    `from 'juspay-update-customer'`,
    `from ${JSON.stringify(path.join(repoRoot, 'src', 'index.ts'))}`,
  );
  await writeFile(file, `${source}\nexport {};\n`);
  return file;
}
