// The smoke run (`--smoke`) of sections 1 to 3 in one process against one loopback server: the
// same measuring code as the full run, which gives each section (and each contender's memory) a
// fresh process and server of its own. The smoke's numbers are not for reading, only proof that
// every section still produces them, so sharing a process and a server costs it nothing.
import { runSectionProcess } from '../lib/child.mjs';
import { measureCallPath } from './call-path.mjs';
import { measureMemory } from './memory.mjs';
import { measurePerCall } from './per-call.mjs';
import { measureProfile } from './profile.mjs';
import { measureValidation } from './validation.mjs';

/** @param {string} message */
const progress = (message) => console.error(`bench: ${message}`);

await runSectionProcess(async (server, /** @type {any} */ { perCall, callPath, profile, validation, memory }) => {
  progress('1/5 per-call cost, sequential and 32 in flight (smoke: sections 1 to 3 in one process)');
  /** @type {Record<string, unknown>} */
  const results = {};
  results.perCall = await measurePerCall(server, perCall);
  progress('1/5 the steps from (a) to (b)');
  results.callPath = await measureCallPath(server, callPath);
  progress('1/5 CPU profile of (a) and (b)');
  results.profile = await measureProfile(server, profile);
  progress('2/5 validation');
  results.validation = await measureValidation(validation);
  progress('3/5 memory');
  const memoryResults = [];
  for (const settings of memory) memoryResults.push(await measureMemory(server, settings));
  results.memory = memoryResults;
  return results;
});
