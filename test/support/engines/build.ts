// Builds the compiled pattern checkers (Java, Go, Rust) into build/engines/, at most once per
// test run and only when needed: a stamp beside each build holds a hash of its sources and of
// its toolchain's version, and a checker whose stamp still matches is used as it is. A missing
// tool is a MissingToolError, which the gate turns into a one-line skip (a failure under CI).
import { accessSync, constants, realpathSync } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { repoRoot } from '../../../scripts/lib/paths.mjs';
import { runOrThrow } from '../../../scripts/lib/run.mjs';

export const enginesDir = path.dirname(fileURLToPath(import.meta.url));
export const defaultBuildRoot = path.join(repoRoot, 'build', 'engines');

export class MissingToolError extends Error {
  constructor(
    readonly tool: string,
    readonly what: string,
  ) {
    super(`${tool} was not found on PATH; it is required for ${what}`);
  }
}

/** The tool's path as a shell would find it, or undefined: checked before anything is spawned. */
export function findOnPath(tool: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, tool);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this directory
    }
  }
  return undefined;
}

export function requireTools(tools: string[], what: string): void {
  for (const tool of tools) if (!findOnPath(tool)) throw new MissingToolError(tool, what);
}

interface Checker {
  what: string;
  tools: string[];
  /** Files whose content decides the build, relative to test/support/engines/. */
  sources: string[];
  /** A string that changes when the toolchain does. */
  toolchain(): Promise<string>;
  /** What the build produces, under the build root. */
  artifact: string;
  build(buildRoot: string): Promise<void>;
}

const run = async (command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) =>
  (await runOrThrow(command, args, options)).stdout;

const checkers = {
  java: {
    what: 'the Java java.util.regex checker',
    tools: ['javac', 'java'],
    sources: ['PatternMatcher.java'],
    // The real javac behind the PATH entry: no JVM start just to ask its version.
    toolchain: async () => realpathSync(findOnPath('javac')!),
    artifact: 'java',
    async build(buildRoot) {
      const classes = path.join(buildRoot, `java.${process.pid}`);
      await run('javac', ['-d', classes, path.join(enginesDir, 'PatternMatcher.java')]);
      await rm(path.join(buildRoot, 'java'), { recursive: true, force: true });
      await rename(classes, path.join(buildRoot, 'java'));
    },
  },
  go: {
    what: 'the Go regexp (RE2) checker',
    tools: ['go'],
    sources: ['go/go.mod', 'go/main.go'],
    toolchain: () => run('go', ['env', 'GOVERSION']),
    artifact: 'go/pattern-matcher',
    async build(buildRoot) {
      const env = { ...process.env, GOTOOLCHAIN: 'local', GOWORK: 'off', GOFLAGS: '-buildvcs=false' };
      await run('go', ['build', '-o', path.join(buildRoot, 'go', 'pattern-matcher'), '.'], {
        cwd: path.join(enginesDir, 'go'),
        env,
      });
    },
  },
  rust: {
    what: 'the Rust checker (Rust regex and PCRE2)',
    // cc compiles the PCRE2 source that pcre2-sys bundles.
    tools: ['cargo', 'rustc', 'cc'],
    sources: ['rust/Cargo.toml', 'rust/Cargo.lock', 'rust/.cargo/config.toml', 'rust/src/main.rs'],
    toolchain: () => run('rustc', ['--version']),
    artifact: 'cargo/debug/pattern-matcher',
    async build(buildRoot) {
      const env = { ...process.env, CARGO_TARGET_DIR: path.join(buildRoot, 'cargo'), PCRE2_SYS_STATIC: '1' };
      await run('cargo', ['build', '--locked', '--quiet'], { cwd: path.join(enginesDir, 'rust'), env });
    },
  },
} satisfies Record<string, Checker>;

export type CheckerKind = keyof typeof checkers;

async function stampOf(checker: Checker): Promise<string> {
  const hash = createHash('sha256').update(await checker.toolchain());
  // This file too: it holds the build commands.
  for (const source of ['build.ts', ...checker.sources]) {
    hash.update(`\u0000${source}\u0000`).update(await readFile(path.join(enginesDir, source)));
  }
  return hash.digest('hex');
}

async function exists(file: string) {
  return stat(file).then(
    () => true,
    () => false,
  );
}

const building = new Map<string, Promise<string>>();
/** The builds this process made, for the gate's report (none on a warm run). */
export const builds: Array<{ what: string; seconds: number }> = [];

/**
 * The path of a checker's build (a binary, or the Java class folder), building it first when
 * its sources or toolchain changed. Concurrent callers in one process share one build.
 */
export function builtChecker(kind: CheckerKind, buildRoot = defaultBuildRoot): Promise<string> {
  const checker: Checker = checkers[kind];
  try {
    requireTools(checker.tools, checker.what);
  } catch (error) {
    return Promise.reject(error);
  }
  const key = `${kind}\u0000${buildRoot}`;
  let built = building.get(key);
  if (!built) {
    built = (async () => {
      const artifact = path.join(buildRoot, checker.artifact);
      const stampFile = path.join(buildRoot, `${kind}.stamp`);
      const stamp = await stampOf(checker);
      const previous = await readFile(stampFile, 'utf8').catch(() => '');
      if (previous === stamp && (await exists(artifact))) return artifact;
      await mkdir(buildRoot, { recursive: true });
      const started = Date.now();
      console.log(`agreement gate: building ${checker.what} into ${path.relative(repoRoot, buildRoot)}/`);
      await checker.build(buildRoot);
      await writeFile(stampFile, stamp);
      builds.push({ what: checker.what, seconds: (Date.now() - started) / 1000 });
      console.log(`agreement gate: built ${checker.what} in ${builds.at(-1)!.seconds.toFixed(1)} s`);
      return artifact;
    })();
    building.set(key, built);
    built.catch(() => building.delete(key));
  }
  return built;
}
