// The client's environments are the document's servers, generated (generated/client-environments.ts),
// not copied: sandbox and production are picked by their descriptions, and a document whose
// servers change shape stops the generate step instead of being guessed at.
import { describe, expect, it } from 'vitest';
import { environmentsFrom } from '../scripts/generate/client-environments.mjs';
import { environments } from '../src/index.js';
import { bundledSpec } from './support/bundled-schema.js';

type Server = { url: string; description?: string };
const servers: Server[] = bundledSpec.servers;
const withServers = (change: (copy: Server[]) => Server[]) => () => environmentsFrom(change(structuredClone(servers)));

describe('environments', () => {
  it('are the document’s servers, by description', () => {
    const byDescription = (word: string) => servers.find((server) => server.description?.startsWith(word))!.url;
    expect(environments).toEqual({ sandbox: byDescription('Sandbox'), production: byDescription('Production') });
    expect(environmentsFrom(servers)).toEqual(environments);
  });

  it('do not depend on the order the document lists them in', () => {
    expect(environmentsFrom([...servers].reverse())).toEqual(environments);
  });

  it.each([
    [
      'a third server',
      (copy: Server[]) => [...copy, { url: 'https://api.juspay.io', description: 'Production (EU).' }],
    ],
    ['a single server', (copy: Server[]) => copy.slice(0, 1)],
    ['no description', (copy: Server[]) => copy.map(({ url }) => ({ url }))],
    ['two sandboxes', (copy: Server[]) => copy.map((server) => ({ ...server, description: 'Sandbox.' }))],
    ['a path in a URL', (copy: Server[]) => copy.map((server) => ({ ...server, url: `${server.url}/v2` }))],
    [
      'a variable in a URL',
      (copy: Server[]) => copy.map((server) => ({ ...server, url: 'https://{region}.juspay.in' })),
    ],
    [
      'a plain-HTTP URL',
      (copy: Server[]) => copy.map((server) => ({ ...server, url: server.url.replace('https:', 'http:') })),
    ],
  ])('refuse to be generated from servers with %s', (_, change) => {
    expect(withServers(change)).toThrow(/servers/);
  });

  it('refuse to be generated from a document without servers', () => {
    expect(() => environmentsFrom(undefined)).toThrow(/servers/);
  });
});
