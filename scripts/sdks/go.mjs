// The Go SDK: ogen (pinned in sdks/go/go.mod as a tool) into build/sdks/go, a module of its own that the
// harness module (sdks/go) replaces in; held to the vectors by `go test` (sdks/go/vectors_test.go).
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { sdkBuildDir, sdkConfigDir, sdkDocument } from './paths.mjs';
import { run, runOrThrow } from '../lib/run.mjs';

const config = sdkConfigDir('go');
const out = sdkBuildDir('go');
// Never change go.mod/go.sum behind the committed pins.
const env = { GOFLAGS: '-mod=readonly' };

/** @type {import('./languages.mjs').Language} */
export const go = {
  name: 'go',
  label: 'Go (ogen v1.24.0)',
  tools: [['go', 'version']],
  needsVenv: false,
  inputs: () => [sdkDocument, path.join(config, 'ogen.yml'), path.join(config, 'go.mod'), path.join(config, 'go.sum')],
  async generate() {
    await runOrThrow(
      'go',
      [
        'tool',
        'ogen',
        '-config',
        path.join(config, 'ogen.yml'),
        '-package',
        'customer',
        '-target',
        out,
        '-clean',
        sdkDocument,
      ],
      { cwd: config, env },
    );
    await writeFile(path.join(out, 'go.mod'), 'module juspay.local/customer\n\ngo 1.25\n');
  },
  async build() {
    await runOrThrow('go', ['build', 'juspay.local/customer'], { cwd: config, env });
  },
  async test(vectorsEnv) {
    const { code, output } = await run('go', ['test', '-count=1', '-json', './...'], {
      cwd: config,
      env: { ...env, ...vectorsEnv },
    });
    return { code, output: goText(output), counts: goCounts(output) };
  },
};

/** @param {string} output go test -json events */
function events(output) {
  return output
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line));
}

/** The leaf tests' verdicts (subtests of TestVectors). @param {string} output */
function goCounts(output) {
  const leaves = events(output).filter(
    (e) => e.Test?.split('/').length === 3 && (e.Action === 'pass' || e.Action === 'fail'),
  );
  return { tests: leaves.length, failed: leaves.filter((e) => e.Action === 'fail').length };
}

/** The human-readable lines of the run, failures included. @param {string} output */
function goText(output) {
  return events(output)
    .filter((e) => e.Action === 'output' && !/^(=== RUN|=== PAUSE|=== CONT|\s*--- PASS)/.test(e.Output))
    .map((e) => e.Output)
    .join('');
}
