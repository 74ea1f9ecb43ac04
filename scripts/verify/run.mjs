// Sends each case of the suite to the server and judges what came back, by the runner's own
// reading of the document only: the status must be one the document expects for the case, the
// answer must match its declared response (status, Content-Type, body schema, declared headers),
// a 200 must carry back the fields sent, keep the fields not sent, and be the customer of the
// path, and no value from a refused request may turn up later in the customer. A reset, a
// closed connection or no answer in time is a verdict on that case; the run goes on.
import http from 'node:http';
import https from 'node:https';
import { isFault, sendRaw } from '../lib/raw-request.mjs';
import { authorization, encodeBody, seededRandom } from './cases.mjs';
import { documentRules } from './document.mjs';

/** @typedef {import('./cases.mjs').SuiteCase} SuiteCase */
/**
 * @typedef {object} CaseResult
 * @property {number} number 1-based, in the suite's order
 * @property {SuiteCase} testCase
 * @property {string} server what the server did: a status, or `no answer`
 * @property {number | undefined} status
 * @property {string[]} problems empty when the server agrees
 * @property {number} ms
 */
/**
 * @typedef {object} RunOptions
 * @property {string} apiKey
 * @property {string} merchantId
 * @property {string} customerId
 * @property {string} [routingId] sent as x-routing-id unless a case leaves it out
 * @property {number} [timeoutMs]
 * @property {number} [concurrency] invalid cases in flight at once
 * @property {number} [seed]
 * @property {number} [retryWaitCapMs] the longest wait honoured for a 429's Retry-After
 * @property {(result: CaseResult) => void} [onResult]
 * @property {AbortSignal} [signal] once aborted, no further case is sent; the cases already sent
 *   are judged, and the results hold those only
 */

/** Retry-After as milliseconds: delay-seconds or an HTTP-date. */
function retryAfterMs(/** @type {string | string[] | undefined} */ value) {
  const text = Array.isArray(value) ? value[0] : value;
  if (text === undefined) return undefined;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

const show = (/** @type {unknown} */ value) => JSON.stringify(value);

/** The body as a JSON object, or undefined. */
function parseObject(/** @type {string} */ text) {
  try {
    const value = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * @param {Record<string, any>} spec
 * @param {string} baseUrl
 * @param {{ invalid: SuiteCase[], valid: SuiteCase[] }} suite
 * @param {RunOptions} options
 * @returns {Promise<CaseResult[]>}
 */
export async function runSuite(spec, baseUrl, suite, options) {
  const {
    timeoutMs = 10_000,
    concurrency = 4,
    seed = 0,
    retryWaitCapMs = 10_000,
    onResult = () => {},
    signal,
  } = options;
  const rules = documentRules(spec);
  const random = seededRandom(seed ^ 0x5eed);
  const base = baseUrl.replace(/\/+$/, '');
  const agent = base.startsWith('https:') ? new https.Agent({ keepAlive: true }) : new http.Agent({ keepAlive: true });
  const fieldNames = new Set(Object.keys(spec.components.schemas.UpdateCustomerBody.properties));

  /** field → (value → case number) for the values of refused requests */
  const refusedValues = new Map();
  suite.invalid.forEach((testCase, index) => {
    const body = testCase.body;
    if (!testCase.rejects || typeof body !== 'object') return;
    const values = refusedValues.get(testCase.rejects) ?? new Map();
    values.set(body[testCase.rejects], index + 1);
    refusedValues.set(testCase.rejects, values);
  });
  /** @type {Record<string, unknown> | undefined} the customer as the last 200 showed it */
  let known;

  /** @param {SuiteCase} testCase */
  const send = async (testCase) => {
    const headers = {
      authorization: authorization(testCase.auth, options.apiKey, random),
      'x-merchantid': options.merchantId,
      'x-routing-id': options.routingId ?? options.customerId,
      'content-type': testCase.mediaType,
      ...testCase.headers,
    };
    const target = testCase.customerId ?? options.customerId;
    const request = {
      url: `${base}/customers/${encodeURIComponent(target)}`,
      headers,
      body: encodeBody(testCase.body, testCase.mediaType),
      timeoutMs,
      agent,
    };
    let outcome = await sendRaw(request);
    // A 429 says "not now", not "no": wait as told (within limits) and ask again, twice at most.
    for (let attempt = 0; attempt < 2 && !isFault(outcome) && outcome.status === 429; attempt += 1) {
      const wait = Math.min(retryAfterMs(outcome.headers['retry-after']) ?? 1000, retryWaitCapMs);
      await new Promise((resolve) => setTimeout(resolve, wait));
      outcome = await sendRaw(request);
    }
    return outcome;
  };

  /** @param {SuiteCase} testCase @param {Awaited<ReturnType<typeof send>>} outcome */
  const judge = (testCase, outcome) => {
    if (isFault(outcome)) return { server: 'no answer', status: undefined, problems: [`no answer: ${outcome.detail}`] };
    const { status, headers, text } = outcome;
    const problems = [];
    if (!testCase.expected.includes(status)) {
      if (status === 200) problems.push('accepted a request the document refuses');
      else if (testCase.expected.includes(200)) problems.push(`refused (${status}) a request the document allows`);
      else problems.push(`answered ${status}; the document expects ${testCase.expected.join(' or ')}`);
    }
    for (const problem of rules.answerProblems(status, headers, text))
      problems.push(`answer breaks the document: ${problem}`);
    if (status === 200) {
      const customer = parseObject(text);
      if (customer) problems.push(...judgeCustomer(testCase, customer, problems.length === 0));
    }
    return { server: String(status), status, problems };
  };

  /** What a 200 says about the customer, held to what was sent and what was known. */
  const judgeCustomer = (
    /** @type {SuiteCase} */ testCase,
    /** @type {Record<string, unknown>} */ customer,
    /** @type {boolean} */ wellFormed,
  ) => {
    const problems = [];
    const sent = typeof testCase.body === 'object' ? testCase.body : {};
    const path = testCase.customerId ?? options.customerId;
    if (customer.id !== path && customer.object_reference_id !== path) {
      problems.push(
        'answered a customer whose id and object_reference_id are both other than the customer_id of the path',
      );
    }
    for (const [field, value] of Object.entries(sent)) {
      // What the server holds may be a real person's data: it is described, never printed.
      const answered = customer[field];
      const what = answered === undefined || answered === null ? String(answered) : `a different ${typeof answered}`;
      if (answered !== value) problems.push(`answered ${field} = ${what}, not the value sent`);
    }
    if (known) {
      for (const field of fieldNames) {
        if (field in sent || !(field in known)) continue;
        if (customer[field] !== known[field]) problems.push(`${field} changed although the request did not send it`);
      }
    }
    for (const [field, values] of refusedValues) {
      if (field in sent || customer[field] === null || !values.has(customer[field])) continue;
      problems.push(
        `${field} holds the value of refused case #${values.get(customer[field])}: a refused request changed the customer`,
      );
    }
    if (problems.length === 0 && wellFormed) known = customer;
    return problems;
  };

  /** @type {CaseResult[]} */
  const results = [];
  let reported = 0;
  const all = [...suite.invalid, ...suite.valid];
  const runCase = async (/** @type {number} */ index) => {
    const testCase = /** @type {SuiteCase} */ (all[index]);
    const started = performance.now();
    const outcome = await send(testCase);
    results[index] = { number: index + 1, testCase, ...judge(testCase, outcome), ms: performance.now() - started };
    // Rows are reported in the suite's order, whatever order the answers came in.
    while (results[reported]) onResult(/** @type {CaseResult} */ (results[reported++]));
  };
  try {
    let next = 0;
    const worker = async () => {
      while (next < suite.invalid.length && !signal?.aborted) await runCase(next++);
    };
    await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
    // Valid cases one by one: each answer is held to what the one before showed.
    for (let index = suite.invalid.length; index < all.length && !signal?.aborted; index += 1) await runCase(index);
  } finally {
    agent.destroy();
  }
  return results;
}

/**
 * Whether the server refused the credentials themselves: every case sent with the real key
 * was answered 401 or 403.
 * @param {CaseResult[]} results
 */
export function credentialsRefused(results) {
  const authenticated = results.filter((r) => r.testCase.auth === 'key');
  return authenticated.length > 0 && authenticated.every((r) => r.status === 401 || r.status === 403);
}

export { show };
