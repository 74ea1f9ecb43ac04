// Spectral in process: the ruleset in .spectral.yaml (spectral:oas and the OWASP ruleset, with the
// project's exceptions) loaded once, then run on the bundled document or on a changed copy of it.
// A copy is linted under the bundle's own path, so the ruleset's path-scoped exceptions apply to
// it exactly as to the real file.
import * as fs from 'node:fs';
import path from 'node:path';
import { Document, Spectral, type ISpectralDiagnostic } from '@stoplight/spectral-core';
import { Json } from '@stoplight/spectral-parsers';
import { commonjs } from '@stoplight/spectral-ruleset-bundler/plugins/commonjs';
import { bundleAndLoadRuleset } from '@stoplight/spectral-ruleset-bundler/with-loader';
import { bundledSpecJson, repoRoot } from '../../scripts/lib/paths.mjs';

export const spectralRuleset = path.join(repoRoot, '.spectral.yaml');
const severities = ['error', 'warning', 'info', 'hint'] as const;

let loaded: Promise<Spectral> | undefined;
function spectral(): Promise<Spectral> {
  loaded ??= (async () => {
    const linter = new Spectral();
    // Every rule comes from node_modules; a fetch would mean a ruleset reached for the network.
    const fetch = () => Promise.reject(new Error('the Spectral ruleset may not load anything over the network'));
    // The OWASP ruleset ships as CommonJS, which the loader reads only with this plugin (as the CLI does).
    linter.setRuleset(await bundleAndLoadRuleset(spectralRuleset, { fs, fetch } as never, [commonjs()]));
    return linter;
  })();
  return loaded;
}

export interface Finding {
  rule: string;
  severity: (typeof severities)[number];
  /** JSON pointer-like path into the document, joined with `/`. */
  at: string;
  message: string;
}

/** Every finding on `document` (the bundled document by default), warnings and hints included. */
export async function spectralFindings(
  document: unknown = JSON.parse(fs.readFileSync(bundledSpecJson, 'utf8')),
): Promise<Finding[]> {
  const text = JSON.stringify(document, null, 2);
  const results: ISpectralDiagnostic[] = await (await spectral()).run(new Document(text, Json, bundledSpecJson));
  return results.map((result) => ({
    rule: String(result.code),
    severity: severities[result.severity] ?? 'error',
    at: result.path.join('/'),
    message: result.message,
  }));
}
