// Schemathesis, pinned, as a peer of the conformance runner: against the reference server it
// reports no failure (with the exclusions in scripts/verify/schemathesis.toml, each explained
// there); against a faulty server it fails. Without Python it says so in one line, and fails
// when CI=true.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSchemathesis, schemathesisCommand } from '../scripts/verify/schemathesis.mjs';
import { startReferenceServer } from './fixtures/reference-server.mjs';

const options = { apiKey: 'sk_schemathesis_0123456789', merchantId: 'merchant-st', customerId: 'cst_schemathesis' };
type Server = Awaited<ReturnType<typeof startReferenceServer>>;
let st: string | undefined;
const servers: Server[] = [];
let reference: Awaited<ReturnType<typeof runSchemathesis>>;
let faulty: Awaited<ReturnType<typeof runSchemathesis>>;

beforeAll(async () => {
  st = await schemathesisCommand();
  if (!st) {
    console.log('Schemathesis skipped: no python3 with the venv module on the PATH');
    return;
  }
  const [a, b] = await Promise.all([
    startReferenceServer(options),
    startReferenceServer({ ...options, faults: { successWithoutId: true } }),
  ]);
  servers.push(a, b);
  [reference, faulty] = await Promise.all([
    runSchemathesis({ st, baseUrl: a.url, ...options }),
    runSchemathesis({ st, baseUrl: b.url, ...options }),
  ]);
}, 300_000);

afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
});

describe('Schemathesis', () => {
  it('is available (required when CI=true)', () => {
    if (process.env.CI === 'true') expect(st, 'python3 with venv is required in CI').toBeDefined();
  });

  it('reports no failure against the reference server', () => {
    if (!st) return;
    expect(reference.code, reference.output).toBe(0);
  });

  it('fails against a faulty server (a 200 without id)', () => {
    if (!st) return;
    expect(faulty.code, faulty.output).not.toBe(0);
    expect(faulty.output).toMatch(/Response violates schema/);
  });
});
