// The client's rules are the contract's, not a copy: editing a pattern in a copy of openapi/,
// bundling it and regenerating the validator changes what the client itself agrees to send.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { writeBundle } from '../scripts/lib/bundle.mjs';
import { repoRoot } from '../scripts/lib/paths.mjs';
import { generateValidator, validatorFile } from '../scripts/generate/validator.mjs';
import type * as ClientModule from '../src/index.js';
import { bundledSpec } from './support/bundled-schema.js';
import { customerResponse, scriptedFetch } from './support/client-fakes.js';

const validatorModule = '../generated/update-customer-validators.js';
const nameWithSpace = { first_name: 'Jon Snow' };

let workDir: string;
let regenerated: string;

beforeAll(async () => {
  workDir = await mkdtemp(path.join(tmpdir(), 'client-rules-'));
  await cp(path.join(repoRoot, 'openapi'), path.join(workDir, 'openapi'), { recursive: true });
  // Let names contain a space: one character more in PersonName's pattern.
  const schemaFile = path.join(workDir, 'openapi', 'components', 'schemas', 'PersonName.yaml');
  const pattern: string = bundledSpec.components.schemas.PersonName.pattern;
  const source = await readFile(schemaFile, 'utf8');
  expect(source).toContain(pattern);
  await writeFile(schemaFile, source.replace(pattern, pattern.replace('[', '[ ')));

  const outDir = path.join(workDir, 'generated');
  await writeBundle(path.join(workDir, 'openapi', 'openapi.yaml'), path.join(outDir, 'openapi.json'));
  await generateValidator(outDir);
  regenerated = path.join(outDir, validatorFile);
}, 120_000);

afterAll(async () => {
  vi.doUnmock(validatorModule);
  vi.resetModules();
  await rm(workDir, { recursive: true, force: true });
});

async function clientModule(): Promise<typeof ClientModule> {
  vi.resetModules();
  return import('../src/index.js');
}

async function verdict({ createCustomerClient }: typeof ClientModule) {
  const { fetch, sent } = scriptedFetch(customerResponse());
  const client = createCustomerClient({ apiKey: 'k', merchantId: 'm', baseUrl: 'http://127.0.0.1:9', fetch });
  const outcome = await client.updateCustomer('cst_1', nameWithSpace).then(
    () => 'sent',
    (error: { code: string }) => error.code,
  );
  return { outcome, requests: sent.length };
}

describe('a pattern edited in a copy of the spec', () => {
  it('the committed contract: the client refuses a name with a space and sends nothing', async () => {
    const module = await clientModule();
    expect(await verdict(module)).toEqual({ outcome: 'validation', requests: 0 });
  });

  it('the regenerated contract: the same client sends it', async () => {
    expect(await readFile(regenerated, 'utf8')).not.toEqual(
      await readFile(path.join(repoRoot, 'generated', validatorFile), 'utf8'),
    );
    vi.doMock(validatorModule, () => import(pathToFileURL(regenerated).href));
    const module = await clientModule();
    expect(await verdict(module)).toEqual({ outcome: 'sent', requests: 1 });
    expect(module.validateUpdateCustomerBody(nameWithSpace)).toEqual({ valid: true });
    // Only the edited rule moved.
    expect(module.validateUpdateCustomerBody({ first_name: 'Jon+Snow' }).valid).toBe(false);
  });
});
