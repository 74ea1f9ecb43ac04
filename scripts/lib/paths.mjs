// Where the project's inputs and outputs live, resolved from the repository root so scripts
// and tests work from any working directory.
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const specRoot = path.join(repoRoot, 'openapi', 'openapi.yaml');
export const generatedDir = path.join(repoRoot, 'generated');
export const bundledSpecJson = path.join(generatedDir, 'openapi.json');
/** A development tool's script under node_modules, run with this Node. @param {string} relative */
export const toolBin = (relative) => path.join(repoRoot, 'node_modules', relative);
export const redoclyBin = toolBin('@redocly/cli/bin/cli.js');
export const tscBin = toolBin('typescript/bin/tsc');
export const vitestBin = toolBin('vitest/vitest.mjs');
