// The client's environments, sandbox and production, from the bundled document's `servers`, so
// that their URLs are written once, in openapi/openapi.yaml. Each is picked by the first word of
// its description. Servers that no longer read as exactly one sandbox and one production origin
// stop the generate step: a guess here would send live calls to the wrong host.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

export const clientEnvironmentsFile = 'client-environments.ts';

/** Environment name → how its server's description begins. */
const environmentDescriptions = { sandbox: 'Sandbox', production: 'Production' };

/**
 * `{ sandbox, production }` as origins, from the document's `servers`; throws when they do not fit.
 * @param {any} servers the document's `servers`, as read
 * @returns {Record<string, string>}
 */
export function environmentsFrom(servers) {
  const wanted = Object.entries(environmentDescriptions);
  /** @param {string} why @returns {never} */
  const fail = (why) => {
    throw new Error(
      `the document's servers must be exactly ${wanted.length}, one whose description begins with each of ` +
        `${wanted.map(([, word]) => `"${word}"`).join(', ')}, each an https origin; ${why}`,
    );
  };
  if (!Array.isArray(servers)) fail('there is no servers list');
  if (servers.length !== wanted.length) fail(`there are ${servers.length}`);
  /** @type {Record<string, string>} */
  const environments = {};
  for (const [name, word] of wanted) {
    const matching = servers.filter(
      (/** @type {any} */ server) =>
        typeof server?.description === 'string' && new RegExp(`^${word}\\b`).test(server.description),
    );
    if (matching.length !== 1) fail(`${matching.length} begin with "${word}"`);
    const { url, variables } = matching[0];
    if (variables !== undefined || !isHttpsOrigin(url))
      fail(`the ${name} server's url is not an https origin without variables`);
    environments[name] = url;
  }
  return environments;
}

/** @param {unknown} url */
function isHttpsOrigin(url) {
  if (typeof url !== 'string' || url.includes('{')) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && parsed.origin === url;
  } catch {
    return false;
  }
}

/**
 * @param {string} outDir
 * @returns {Promise<string[]>} the files written, relative to outDir
 */
export async function generateClientEnvironments(outDir) {
  const spec = JSON.parse(await readFile(path.join(outDir, 'openapi.json'), 'utf8'));
  const environments = environmentsFrom(spec.servers);
  const entries = Object.entries(environments).map(([name, url]) => `  ${name}: ${JSON.stringify(url)},`);
  const source = `// Generated from the servers in openapi/ by \`npm run generate\` (scripts/generate/client-environments.mjs). Do not edit by hand.

export const environments = {
${entries.join('\n')}
} as const;
`;
  await writeFile(path.join(outDir, clientEnvironmentsFile), source);
  return [clientEnvironmentsFile];
}
