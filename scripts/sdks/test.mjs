#!/usr/bin/env node
// `npm run test:sdks`: the SDK tier. Prepares what it needs on first use (build/venv/sdks from pinned
// requirements, Go modules, Maven artifacts), regenerates only SDKs whose inputs changed, starts one
// recording server and one Prism mock (--errors), runs the three harnesses at once, prints how many checks
// each passed, and exits non-zero on any failure. A missing toolchain is one line (an error with CI=true).
import { mkdir, rm } from 'node:fs/promises';
import { startPrism } from '../lib/prism.mjs';
import { bundledSpecJson } from '../lib/paths.mjs';
import { checkDeviationsDoc } from './deviations-doc.mjs';
import { availableLanguages, generateStale, prepare } from './languages.mjs';
import { knownDeviations, reportsDir, wireVectors } from './paths.mjs';
import { startRecordingServer } from './recording-server.mjs';
import { deviationCounts, vectorCount } from './summary.mjs';

const say = (/** @type {string} */ line) => console.log(line);
const started = Date.now();
const seconds = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;

async function main() {
  let failed = false;
  const docProblem = await checkDeviationsDoc();
  if (docProblem) {
    console.error(docProblem);
    failed = true;
  }
  const chosen = await availableLanguages(say);
  if (chosen.length === 0) return failed;
  const context = await prepare(chosen);
  const regenerated = await generateStale(chosen, context);
  if (regenerated.length) say(`SDK tier: generated ${regenerated.join(', ')} (${seconds()})`);

  await rm(reportsDir, { recursive: true, force: true });
  await mkdir(reportsDir, { recursive: true });
  const [recorder, prism] = await Promise.all([
    startRecordingServer({ vectorsFile: wireVectors }),
    startPrism({ errors: true, spec: bundledSpecJson }),
  ]);
  try {
    const env = {
      WIRE_VECTORS: wireVectors,
      KNOWN_DEVIATIONS: knownDeviations,
      RECORDER_URL: recorder.url,
      PRISM_URL: prism.url,
    };
    const vectors = await vectorCount();
    const deviations = await deviationCounts();
    const results = await Promise.all(
      chosen.map(async (language) => {
        const begun = Date.now();
        const result = await language.test(env, context);
        const { tests, failed: failures } = result.counts;
        const ok = result.code === 0 && failures === 0 && tests > 0;
        say(
          `${ok ? 'ok  ' : 'FAIL'} ${language.label}: ${tests - failures}/${tests} checks passed ` +
            `(${vectors} vectors × recording + prism, ${deviations[language.name] ?? 0} as known deviations) ` +
            `in ${((Date.now() - begun) / 1000).toFixed(1)} s`,
        );
        if (!ok) console.error(result.output.slice(-12000));
        return ok;
      }),
    );
    failed ||= results.includes(false);
  } finally {
    await Promise.all([recorder.close(), prism.stop()]);
  }
  say(`SDK tier: ${failed ? 'FAILED' : 'passed'} in ${seconds()}`);
  return failed;
}

main().then(
  (failed) => {
    process.exitCode = failed ? 1 : 0;
  },
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
