// The published API reference: one self-contained HTML page (Redoc, via Redocly's build-docs)
// built from the bundled document, with Redoc's script inlined so it needs no network at all,
// and the documents it offers for download copied beside it.
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { redoclyBin } from '../lib/paths.mjs';
import { runNodeCli } from '../lib/run.mjs';

// The default template, plus a Content-Security-Policy that forbids every network load.
const template = fileURLToPath(new URL('docs-page.hbs', import.meta.url));

const redocOptions = {
  // Redoc shows an x-codeSamples entry only for a language listed here, in this order.
  codeSamples: { languages: [{ lang: 'curl' }, { lang: 'TypeScript' }, { lang: 'Python' }, { lang: 'Payload' }] },
  // Every nested schema open on load (the Customer's `juspay` object would otherwise sit under "+ Show").
  schemasExpansionLevel: 'all',
  // Redoc's own button downloads the embedded definition through a script; the page links the
  // published files instead (below), which work with scripts off too.
  hideDownloadButtons: true,
};

/**
 * The documents offered for download, in the order shown; each is linked only when generated.
 * @type {[file: string, description: string][]}
 */
export const downloads = [
  ['openapi.yaml', 'OpenAPI 3.1, bundled into one file (YAML)'],
  ['openapi.json', 'the same document as JSON'],
  ['openapi-3.0.json', 'a 3.0.3 variant, for tools that do not read 3.1 yet'],
  ['openapi-sdk.json', 'the document SDK generators are given (generated clients are built from it)'],
];

// Redoc's sidebar badge loads Redocly's logo from a CDN, which the page's policy refuses (a
// console error, and a blocked load). Each URL becomes a small inline SVG with the same words.
const logoUrls = ['https://cdn.redoc.ly/redoc/logo-mini-full.svg', 'https://cdn.redoc.ly/redoc/logo-mini.svg'];
const inlineLogo = `data:image/svg+xml,${encodeURIComponent(
  "<svg xmlns='http://www.w3.org/2000/svg' width='56' height='16'><text x='0' y='12' font-family='sans-serif' " +
    "font-size='12' font-weight='600' fill='#0044D4'>Redocly</text></svg>",
)}`;

/**
 * @param {string} outDir the generated folder; the page goes to its docs/ subfolder.
 * @returns {Promise<string[]>} the files written, relative to `outDir`.
 */
export async function generateDocs(outDir) {
  const docsDir = path.join(outDir, 'docs');
  const offered = downloads.filter(([file]) => existsSync(path.join(outDir, file)));
  const scratch = await mkdtemp(path.join(tmpdir(), 'docs-input-'));
  const file = path.join('docs', 'index.html');
  const output = path.join(outDir, file);
  try {
    // The links go into the page's copy of info.description only: relative links mean nothing
    // to the document's other readers (SDK generators, Prism).
    const spec = JSON.parse(await readFile(path.join(outDir, 'openapi.json'), 'utf8'));
    spec.info.description = `${spec.info.description.trimEnd()}\n\n${downloadSection(offered)}`;
    const input = path.join(scratch, 'openapi.json');
    await writeFile(input, JSON.stringify(spec));
    await runNodeCli(redoclyBin, [
      'build-docs',
      input,
      '--inlineBundle',
      '--template',
      template,
      '--openapi',
      JSON.stringify(redocOptions),
      '-o',
      output,
    ]);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
  let html = await readFile(output, 'utf8');
  // build-docs embeds the telemetry setting it finds in the environment (runNodeCli turns it
  // off); a page that would report usage is neither offline nor reproducible.
  if (!html.includes('"disableTelemetry":true')) throw new Error(`${output} was built with telemetry enabled`);
  for (const url of logoUrls) {
    if (!html.includes(url)) throw new Error(`${output}: Redoc no longer names ${url}; see scripts/generate/docs.mjs`);
    html = html.replaceAll(url, inlineLogo);
  }
  await writeFile(output, html);

  for (const [name] of offered) await copyFile(path.join(outDir, name), path.join(docsDir, name));
  return [file, ...offered.map(([name]) => path.join('docs', name))];
}

/**
 * Markdown for the page: plain relative links, so they work on any host and port, and from disk.
 * @param {[file: string, description: string][]} offered
 */
function downloadSection(offered) {
  const items = offered.map(([name, what]) => `- [${name}](${name}): ${what}`);
  return [
    '## Download',
    '',
    'The contract itself, beside this page (the links work wherever the page is served, and offline):',
    '',
    ...items,
  ].join('\n');
}
