// Every TypeScript example in README.md and docs/client.md compiles (one TypeScript program for
// all of them, strict, against src/) and runs against the shared Prism mock, with the servers
// the examples name (`environment: 'sandbox'`) sent to the mock by a stand-in global fetch. The
// error-handling example is driven through each of its branches.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { environments } from '../src/index.js';
import {
  extractSnippets,
  installReaderFunctions,
  typeCheckSnippets,
  writeRunnable,
  type ReaderCall,
} from './support/client-docs.js';
import { exampleCustomerId } from './support/client-fakes.js';

const mockUrl = inject('prismMockUrl');
const snippets = extractSnippets();
const calls: ReaderCall[] = [];
/** How the stand-in fetch treats the next requests: Prism's `Prefer`, or a wrong path. */
let steer: { prefer?: string; path?: string } = {};
let folder: string;
let uninstall: () => void;
const realFetch = globalThis.fetch;

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'client-docs-'));
  uninstall = installReaderFunctions(calls);
  vi.stubEnv('JUSPAY_API_KEY', 'test_api_key');
  // The examples name Juspay's servers; their requests go to the mock instead, unchanged otherwise.
  globalThis.fetch = (input, init) => {
    const url = new URL(String(input));
    const server = Object.values(environments).find((base) => url.href.startsWith(base));
    if (!server) return realFetch(input, init);
    const headers = new Headers(init?.headers);
    if (steer.prefer) headers.set('prefer', steer.prefer);
    return realFetch(`${mockUrl}${steer.path ?? ''}${url.href.slice(server.length)}`, { ...init, headers });
  };
});

afterAll(async () => {
  globalThis.fetch = realFetch;
  uninstall();
  vi.unstubAllEnvs();
  await rm(folder, { recursive: true, force: true });
});

describe('the documented TypeScript examples', () => {
  it('are found in both files', () => {
    expect(snippets.map((snippet) => snippet.where.split(':')[0])).toEqual(
      expect.arrayContaining(['README.md', 'docs/client.md']),
    );
  });

  it('compile, all in one strict program', async () => {
    expect(await typeCheckSnippets(folder, snippets)).toEqual([]);
  });

  it.each(snippets.map((snippet) => [snippet.where, snippet] as const))(
    '%s runs against the mock',
    async (_, snippet) => {
      vi.spyOn(console, 'log').mockImplementation(() => {});
      try {
        await import(await writeRunnable(folder, snippet));
      } finally {
        vi.mocked(console.log).mockRestore();
      }
    },
  );
});

describe('the error-handling example, branch by branch', () => {
  const handling = snippets.find((snippet) => snippet.code.includes('export async function updateOrExplain'));
  type UpdateOrExplain = (id: string, body: Record<string, string>) => Promise<unknown>;
  let updateOrExplain: UpdateOrExplain;

  beforeAll(async () => {
    expect(handling, 'docs/client.md has the updateOrExplain example').toBeDefined();
    ({ updateOrExplain } = (await import(await writeRunnable(folder, handling!))) as {
      updateOrExplain: UpdateOrExplain;
    });
  });

  const outcome = async (body: Record<string, string>, how: typeof steer = {}) => {
    calls.length = 0;
    steer = how;
    try {
      const result = await updateOrExplain(exampleCustomerId, body);
      return { result, calls: [...calls] };
    } finally {
      steer = {};
    }
  };

  it('200: the Customer', async () => {
    expect(await outcome({ first_name: 'Juspay' })).toEqual({
      result: expect.objectContaining({ object: 'customer' }),
      calls: [],
    });
  });

  it('an invalid field: the client’s field errors, nothing sent', async () => {
    const { calls: made } = await outcome({ first_name: 'Jon Snow' });
    expect(made).toEqual([
      { name: 'showFieldErrors', args: [[{ field: 'first_name', reason: expect.stringContaining('pattern') }]] },
    ]);
  });

  it.each([
    ['code=400', 'showFieldErrors'],
    ['code=404', 'createTheCustomerFirst'],
    ['code=401', 'alertOps'],
    ['code=403', 'alertOps'],
  ])('Prefer: %s → %s', async (prefer, handler) => {
    const { calls: made } = await outcome({ first_name: 'Juspay' }, { prefer });
    expect(made.map((call) => call.name)).toEqual([handler]);
  });

  it('a wrong path’s 404: reportMisconfiguration, not createTheCustomerFirst', async () => {
    const { calls: made } = await outcome({ first_name: 'Juspay' }, { path: '/v2' });
    expect(made).toEqual([{ name: 'reportMisconfiguration', args: [404, expect.any(Array)] }]);
  });
});
