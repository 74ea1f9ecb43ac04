// The benchmark (`npm run bench`) run with tiny counts and without its `npm test` step, so that
// it cannot rot: every section must still produce numbers, and nothing secret or personal may
// reach its output. Sections 1 to 3 run in one process there (bench/sections/smoke.mjs), with the
// same measuring code the full run gives a process each. It asserts nothing about speed; the numbers are for bench/RESULTS.md.
import { existsSync, statSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../scripts/lib/paths.mjs';
import { runNode } from '../scripts/lib/run.mjs';
import { apiKey, requestBody } from '../bench/lib/fixtures.mjs';

interface Summary {
  label: string;
  median: number;
  p99: number;
  count: number;
  callsPerSecond: number;
}

const sdkLogFile = path.join(repoRoot, 'logs', 'juspay-sdk.log');
const logState = () => (existsSync(sdkLogFile) ? statSync(sdkLogFile).size : 'absent');

let workDir: string;
let output = '';
let exitCode: number | string = 'not run';
let markdown = '';
let results: any;
let sdkLogBefore: number | string;

beforeAll(async () => {
  workDir = await mkdtemp(path.join(tmpdir(), 'bench-smoke-'));
  const out = path.join(workDir, 'RESULTS.md');
  const json = path.join(workDir, 'results.json');
  sdkLogBefore = logState();
  // NODE_ENV unset, as in a user's shell: the official SDK logs to the console only then.
  const result = await runNode('bench/run.mjs', ['--smoke', '--out', out, '--json', json], {
    env: { NODE_ENV: undefined },
    timeout: 90_000,
  });
  output = `${result.stdout}\n${result.stderr}`;
  exitCode = result.code;
  if (exitCode === 0) {
    markdown = await readFile(out, 'utf8');
    results = JSON.parse(await readFile(json, 'utf8'));
  }
}, 100_000);

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

const positive = (value: unknown) => typeof value === 'number' && Number.isFinite(value) && value > 0;
const expectContest = (run: { contenders: Summary[] }) => {
  expect(run.contenders.map((c) => c.label)).toEqual(['(a)', '(b)', '(c)']);
  for (const c of run.contenders) {
    expect([c.median, c.p99, c.count, c.callsPerSecond].every(positive), JSON.stringify(c)).toBe(true);
  }
};

it('runs to the end', () => {
  expect(exitCode, output).toBe(0);
});

describe('every section has numbers', () => {
  it('1. per-call cost: (a), (b) and (c), sequential and 32 in flight, with the ratios, the steps from (a) to (b) and a profile', () => {
    expectContest(results.perCall.sequential);
    expectContest(results.perCall.concurrent);
    expect(Object.keys(results.perCall.connectionsPerCall)).toEqual(['(a)', '(b)', '(c)']);
    for (const run of [results.callPath.sequential, results.callPath.concurrent]) {
      expect(run.contenders).toHaveLength(6);
      expect(run.contenders.every((step: Summary) => positive(step.median) && positive(step.p99))).toBe(true);
    }
    expect(results.profile.profiles.map((p: any) => p.label)).toEqual(['(a)', '(b)']);
    expect(markdown).toMatch(/\| \(b\) ÷ \(a\) \| \d+\.\d{3} \| \d+\.\d\d \|/);
    expect(markdown).toMatch(/\| \(b\) ÷ \(c\) \| \d+\.\d{3} \| \d+\.\d\d \|/);
  });

  it('2. validation: bodies per second, and every field at 1 KB, 10 KB, 100 KB and 1 MB', () => {
    expect(positive(results.validation.bodiesPerSecond)).toBe(true);
    expect(results.validation.fields.map((f: any) => f.field).sort()).toEqual(Object.keys(requestBody).sort());
    for (const { rows } of results.validation.fields) {
      expect(rows.map((r: any) => r.size)).toEqual([1024, 10240, 102400, 1048576]);
      expect(rows.every((r: any) => positive(r.validatorMs) && positive(r.patternMs))).toBe(true);
    }
  });

  it('3. memory: heap after forced GC at each checkpoint, for (a) and (b)', () => {
    expect(results.memory.map((m: any) => m.label)).toEqual(['(a)', '(b)']);
    for (const { samples } of results.memory) {
      expect(samples.map((s: any) => s.calls)).toEqual([0, ...results.plan.memory.checkpoints]);
      expect(samples.every((s: any) => positive(s.heapUsed))).toBe(true);
    }
  });

  it('4. footprint: size, packages and import time of the client and the official SDK', () => {
    expect(results.footprint).toHaveLength(2);
    for (const p of results.footprint) {
      expect(
        [p.minifiedBytes, p.gzippedBytes, p.installedPackages, p.importMedianMs].every(positive),
        JSON.stringify(p),
      ).toBe(true);
    }
  });

  it("5. the gate: Prism's start, with `npm test` skipped", () => {
    expect(positive(results.gate.prism.medianMs)).toBe(true);
    expect(results.gate.npmTest).toBeUndefined();
  });

  it('RESULTS.md has all five sections', () => {
    for (const heading of [
      '## 1. Per-call cost',
      '## 2. Validation',
      '## 3. Memory',
      '## 4. Footprint',
      '## 5. The gate',
    ]) {
      expect(markdown).toContain(heading);
    }
  });
});

it('never prints the API key, the email address or the phone number, and the SDK writes no log', () => {
  const secrets = [
    apiKey,
    Buffer.from(apiKey).toString('base64'),
    Buffer.from(`${apiKey}:`).toString('base64'),
    requestBody.email_address,
    requestBody.mobile_number,
  ];
  expect(output.length).toBeGreaterThan(0);
  for (const secret of secrets) {
    expect(output).not.toContain(secret);
    expect(markdown).not.toContain(secret);
  }
  expect(logState()).toBe(sdkLogBefore);
});
