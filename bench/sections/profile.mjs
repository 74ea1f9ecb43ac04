// Where a contender's time goes: V8's sampling CPU profiler (node:inspector) around a run of
// sequential calls, its self time summed by where the code comes from. Profiling the floor (a)
// the same way shows what the client adds on top of a bare fetch.
import { Session } from 'node:inspector/promises';
import { pathToFileURL } from 'node:url';
import { repoRoot } from '../../scripts/lib/paths.mjs';
import { createContenders } from '../contenders/index.mjs';
import { startedAsCommand } from '../../scripts/lib/entry.mjs';
import { runSectionProcess } from '../lib/child.mjs';
import { runBatch } from '../lib/interleave.mjs';

/** @typedef {import('node:inspector').Profiler.Profile} Profile */
/** @typedef {import('node:inspector').Profiler.ProfileNode} ProfileNode */
/**
 * @typedef {{ perOrigin: Record<string, number>,
 *   perFunction: Record<string, { origin: string, ms: number }> }} SelfTimes
 *   self time in ms by origin, and by function (with its origin)
 */

const repoUrl = `${pathToFileURL(repoRoot).href}/`;

/** @type {Array<[origin: string, matches: (url: string) => boolean]>} */
const origins = [
  ['validator (generated)', (url) => url.includes('update-customer-validators')],
  ['openapi-fetch', (url) => url.includes('/openapi-fetch/')],
  ['client code', (url) => /\/(src|dist)\//.test(url) && !url.includes('node_modules')],
  ['fetch (undici inside Node)', (url) => url.startsWith('node:internal/deps/undici')],
  ['Node core (TLS, streams, timers, ...)', (url) => url.startsWith('node:')],
  ["(a)'s hand-written code and the benchmark loop", (url) => url.includes('/bench/')],
];

/** @type {Record<string, string>} */
const v8Entries = { '(idle)': 'idle', '(program)': '(program)', '(garbage collector)': 'garbage collector' };

/** @param {{ url: string, functionName: string }} callFrame */
function originOf({ url, functionName }) {
  if (!url) return v8Entries[functionName] ?? 'native code (sockets, TLS, buffers)';
  // Node's fetch parses HTTP with llhttp compiled to WebAssembly.
  if (url.startsWith('wasm://')) return 'fetch (undici inside Node)';
  return origins.find(([, matches]) => matches(url))?.[0] ?? 'other';
}

/**
 * Self time in ms per origin and per function, from the profile's samples and time deltas.
 * @param {Profile} profile
 * @returns {SelfTimes}
 */
function selfTimes(profile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  /** @type {SelfTimes['perOrigin']} */
  const perOrigin = {};
  /** @type {SelfTimes['perFunction']} */
  const perFunction = {};
  // A profile from Profiler.stop has both samples and timeDeltas, one per sample.
  const timeDeltas = /** @type {number[]} */ (profile.timeDeltas);
  /** @type {number[]} */ (profile.samples).forEach((id, i) => {
    const { callFrame } = /** @type {ProfileNode} */ (byId.get(id));
    // The inspector's own native `dispatch` (starting and stopping the profiler) is not the contender's.
    if (!callFrame.url && callFrame.functionName === 'dispatch') return;
    const ms = /** @type {number} */ (timeDeltas[i]) / 1000;
    const origin = originOf(callFrame);
    perOrigin[origin] = (perOrigin[origin] ?? 0) + ms;
    const file = callFrame.url.replace(/^.*\/node_modules\//, '').replace(repoUrl, '');
    const where = file ? `${file}:${callFrame.lineNumber + 1}` : '';
    const name = `${callFrame.functionName || '(anonymous)'} ${where}`.trim();
    perFunction[name] = { origin, ms: (perFunction[name]?.ms ?? 0) + ms };
  });
  return { perOrigin, perFunction };
}

/**
 * @param {import('../lib/child.mjs').CustomerServer} server
 * @param {{ contenderKeys: import('../contenders/index.mjs').ContenderKey[], rounds: number, callsPerRound: number,
 *   warmupCalls: number }} settings
 */
export async function measureProfile(server, { contenderKeys, rounds, callsPerRound, warmupCalls }) {
  const contenders = await createContenders(contenderKeys, { port: server.port });
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });

  // Profiled in alternating rounds, like the timings, so that neither contender is always the
  // one that runs first (colder code) or last; self times are summed over the rounds.
  /** @type {Array<{ calls: number } & SelfTimes>} */
  const totals = contenders.map(() => ({ calls: 0, perOrigin: {}, perFunction: {} }));
  for (const { call } of contenders) await runBatch(call, { count: warmupCalls, inFlight: 1 });
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < contenders.length; k++) {
      const index = (round + k) % contenders.length;
      await session.post('Profiler.start');
      const contender = /** @type {(typeof contenders)[number]} */ (contenders[index]);
      const { latencies } = await runBatch(contender.call, { count: callsPerRound, inFlight: 1 });
      const { profile } = await session.post('Profiler.stop');
      const { perOrigin, perFunction } = selfTimes(profile);
      const total = /** @type {(typeof totals)[number]} */ (totals[index]);
      total.calls += latencies.length;
      for (const [origin, ms] of Object.entries(perOrigin))
        total.perOrigin[origin] = (total.perOrigin[origin] ?? 0) + ms;
      for (const [fn, { origin, ms }] of Object.entries(perFunction)) {
        total.perFunction[fn] = { origin, ms: (total.perFunction[fn]?.ms ?? 0) + ms };
      }
    }
  }
  session.disconnect();

  const hidden = new Set(['idle', 'garbage collector', '(program)']);
  return {
    profiles: contenders.map(({ label, name }, index) => {
      const { calls, perOrigin, perFunction } = /** @type {(typeof totals)[number]} */ (totals[index]);
      /** @param {number} ms */
      const perCall = (ms) => ms / calls;
      return {
        label,
        name,
        calls,
        msPerCallByOrigin: Object.fromEntries(Object.entries(perOrigin).map(([origin, ms]) => [origin, perCall(ms)])),
        // Every function worth a look (at least 0.5 µs per call), largest first.
        msPerCallByFunction: Object.entries(perFunction)
          .filter(([, { origin, ms }]) => !hidden.has(origin) && perCall(ms) >= 0.0005)
          .sort(([, x], [, y]) => y.ms - x.ms)
          .map(([fn, { origin, ms }]) => ({ fn, origin, msPerCall: perCall(ms) })),
      };
    }),
  };
}

if (startedAsCommand(import.meta.url)) await runSectionProcess(measureProfile);
