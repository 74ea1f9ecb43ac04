#!/usr/bin/env node
// `npm run sdks`: generates the Python, Go and Java SDKs from generated/openapi-sdk.json into build/sdks/
// (only those whose inputs changed) and builds them.
import { availableLanguages, generateStale, prepare } from './languages.mjs';

const say = (/** @type {string} */ line) => console.log(line);
try {
  const chosen = await availableLanguages(say);
  const context = await prepare(chosen);
  const regenerated = await generateStale(chosen, context);
  say(`SDKs generated: ${regenerated.join(', ') || 'none (all current)'}`);
  await Promise.all(chosen.map((language) => language.build(context)));
  say(`SDKs built: ${chosen.map((language) => language.name).join(', ')} (in build/sdks/)`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
