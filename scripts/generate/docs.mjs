// The published API reference: one self-contained HTML page (Redoc, via Redocly's build-docs)
// built from the bundled document, with Redoc's script inlined so it needs no network at all.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { redoclyBin } from '../lib/paths.mjs';
import { runNodeCli } from '../lib/run.mjs';

// The default template, plus a Content-Security-Policy that forbids every network load.
const template = fileURLToPath(new URL('docs-page.hbs', import.meta.url));

// Redoc shows an x-codeSamples entry only for a language listed here, in this order.
const redocOptions = {
  codeSamples: { languages: [{ lang: 'curl' }, { lang: 'TypeScript' }, { lang: 'Python' }, { lang: 'Payload' }] },
};

export async function generateDocs(outDir) {
  const file = path.join('docs', 'index.html');
  const output = path.join(outDir, file);
  await runNodeCli(redoclyBin, [
    'build-docs',
    path.join(outDir, 'openapi.json'),
    '--inlineBundle',
    '--template',
    template,
    '--openapi',
    JSON.stringify(redocOptions),
    '-o',
    output,
  ]);
  // build-docs embeds the telemetry setting it finds in the environment (runNodeCli turns it
  // off); a page that would report usage is neither offline nor reproducible.
  if (!(await readFile(output, 'utf8')).includes('"disableTelemetry":true')) {
    throw new Error(`${output} was built with telemetry enabled`);
  }
  return [file];
}
