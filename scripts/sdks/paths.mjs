// Where the SDK tier's inputs and outputs live.
import path from 'node:path';
import { repoRoot } from '../lib/paths.mjs';

export const sdkDocument = path.join(repoRoot, 'generated', 'openapi-sdk.json');
export const wireVectors = path.join(repoRoot, 'generated', 'wire-vectors.json');
export const knownDeviations = path.join(repoRoot, 'test', 'vectors', 'known-deviations.json');
export const sdkConfigRoot = path.join(repoRoot, 'sdks');
export const sdkBuildRoot = path.join(repoRoot, 'build', 'sdks');
export const reportsDir = path.join(sdkBuildRoot, 'reports');
/** @param {string} language */
export const sdkBuildDir = (language) => path.join(sdkBuildRoot, language);
/** @param {string} language */
export const sdkConfigDir = (language) => path.join(sdkConfigRoot, language);
