// Where the project's inputs and outputs live, resolved from the repository root so scripts
// and tests work from any working directory.
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const specRoot = path.join(repoRoot, 'openapi', 'openapi.yaml');
export const generatedDir = path.join(repoRoot, 'generated');
export const bundledSpecJson = path.join(generatedDir, 'openapi.json');
export const redoclyBin = path.join(repoRoot, 'node_modules', '@redocly', 'cli', 'bin', 'cli.js');
