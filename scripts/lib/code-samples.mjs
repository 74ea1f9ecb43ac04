// The operation's code samples (`x-codeSamples` in the document), written once there and used
// as they are: the docs page shows them, `npm start` prints the curl one, the tests run them.
import { updateCustomerOperation } from './spec.mjs';

/**
 * The source of the operation's code sample in `lang` (curl, TypeScript, Python).
 * @param {import('./spec.mjs').OpenApiDocument} spec
 * @param {string} lang
 * @returns {string}
 */
export function codeSample(spec, lang) {
  const sample = updateCustomerOperation(spec)['x-codeSamples']?.find(
    (/** @type {{ lang: string }} */ s) => s.lang === lang,
  );
  if (!sample) throw new Error(`the document has no ${lang} code sample for the operation`);
  return sample.source;
}

/**
 * The sample with the document's first server (sandbox) replaced by `baseUrl`, e.g. a mock.
 * @param {import('./spec.mjs').OpenApiDocument} spec
 * @param {string} lang
 * @param {string} baseUrl
 */
export function codeSampleFor(spec, lang, baseUrl) {
  const source = codeSample(spec, lang);
  const server = spec.servers[0].url;
  if (!source.includes(server)) throw new Error(`the ${lang} code sample does not call ${server}`);
  return source.replaceAll(server, baseUrl);
}
