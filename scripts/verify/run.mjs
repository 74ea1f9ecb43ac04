// @ts-nocheck: not type-checked yet (tsconfig.json has checkJs on); delete this line and fix what tsc reports.
// Sends each case of the suite through Prism's validation proxy and judges what came back:
// the status must be one the spec expects for the case, the answer must draw no response
// violation from Prism, a 200 must echo the fields sent, and no value from an invalid case may
// turn up later in the customer (that would mean a refused request changed it anyway).
import { randomUUID } from 'node:crypto';

const form = 'application/x-www-form-urlencoded';
const json = 'application/json';

export class UnreachableServerError extends Error {}

function encodeBody(body, mediaType) {
  if (typeof body === 'string') return body;
  return mediaType === json ? JSON.stringify(body) : new URLSearchParams(body).toString();
}

function authorization(testCase, apiKey) {
  const basic = (key) => `Basic ${Buffer.from(`${key}:`).toString('base64')}`;
  if (testCase.auth === 'none') return undefined;
  if (testCase.auth === 'bearer') return `Bearer ${apiKey}`;
  if (testCase.auth === 'unknown-key') return basic(`unknown_${randomUUID().replaceAll('-', '')}`);
  return basic(apiKey);
}

async function send(proxyUrl, testCase, { apiKey, merchantId, customerId, timeoutMs }) {
  const target = testCase.customerId ?? customerId;
  const headers = {
    authorization: authorization(testCase, apiKey),
    'x-merchantid': merchantId,
    'x-routing-id': customerId,
    'content-type': testCase.mediaType,
    ...testCase.headers,
  };
  const response = await fetch(`${proxyUrl}/customers/${encodeURIComponent(target)}`, {
    method: 'POST',
    headers: Object.fromEntries(Object.entries(headers).filter(([, value]) => value !== undefined)),
    body: Buffer.from(encodeBody(testCase.body, testCase.mediaType)),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await response.text();
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  const header = response.headers.get('sl-violations');
  return {
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    body,
    violations: header ? JSON.parse(header) : [],
  };
}

/** Prism answers for itself (a problem document) when it cannot get a usable answer upstream. */
function prismProblem(answer) {
  if (!answer.contentType.startsWith('application/problem+json') || !answer.body) return undefined;
  const { type = '', title = '' } = answer.body;
  if (type === 'FetchError' || type.startsWith('https://stoplight.io/prism/errors')) return title;
  return undefined;
}

const show = (value) => JSON.stringify(value);

function judge(testCase, answer, invalidValues) {
  const problems = [];
  const problem = prismProblem(answer);
  if (problem !== undefined) {
    if (/ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ECONNRESET|ETIMEDOUT|failed, reason:/.test(problem) && !/invalid json/.test(problem)) {
      throw new UnreachableServerError(problem);
    }
    return { server: 'no usable answer', problems: [`the answer could not be read: ${problem}`] };
  }
  if (!testCase.expected.includes(answer.status)) {
    problems.push(
      answer.status === 200
        ? 'accepted a request the spec says must be refused'
        : `answered ${answer.status}; the spec expects ${testCase.expected.join(' or ')}`,
    );
  }
  for (const v of answer.violations.filter((v) => v.location[0] === 'response')) {
    problems.push(`answer breaks the spec at ${v.location.join('.')}: ${v.message}`);
  }
  if (testCase.expected.includes(200)) {
    for (const v of answer.violations.filter((v) => v.location[0] === 'request')) {
      problems.push(`the spec itself refuses this request (${v.message}): the suite or the document is wrong`);
    }
  }
  if (answer.status === 200 && answer.body && typeof answer.body === 'object') {
    const sent = typeof testCase.body === 'object' ? testCase.body : {};
    if (testCase.echoes) {
      for (const [field, value] of Object.entries(sent)) {
        // What the server holds may be a real person's data: it is described, never printed.
        const answered = answer.body[field];
        const what = answered === undefined || answered === null ? String(answered) : `a different ${typeof answered}`;
        if (answered !== value) problems.push(`answered ${field} = ${what}, not the ${show(value)} sent`);
      }
    }
    for (const [field, values] of invalidValues) {
      if (field in sent || !values.has(answer.body[field])) continue;
      const source = values.get(answer.body[field]);
      problems.push(`${field} is ${show(answer.body[field])}, sent in invalid case #${source}: a request the spec refuses changed the customer`);
    }
  }
  return { server: String(answer.status), problems };
}

/**
 * @returns {Promise<Array<{ number, testCase, server, problems }>>} in the order of the suite:
 * the invalid cases first (they must change nothing; `concurrency` of them at a time), then the
 * valid ones one by one, since each answer is checked against what came before.
 */
export async function runSuite(proxyUrl, suite, { concurrency = 1, ...options }, onResult = () => {}) {
  const invalidValues = new Map(); // field → Map(value → case number)
  suite.invalid.forEach((testCase, index) => {
    if (!testCase.rejects) return;
    const values = invalidValues.get(testCase.rejects) ?? new Map();
    values.set(testCase.body[testCase.rejects], index + 1);
    invalidValues.set(testCase.rejects, values);
  });
  const results = [];
  let reported = 0;
  const settle = (index, result) => {
    results[index] = result;
    // Rows are reported in the suite's order, whatever order the answers came in.
    while (results[reported]) onResult(results[reported++]);
  };
  const runCase = async (index, testCase) => {
    const answer = await send(proxyUrl, testCase, options);
    settle(index, { number: index + 1, testCase, ...judge(testCase, answer, invalidValues) });
  };

  let next = 0;
  const worker = async () => {
    while (next < suite.invalid.length) {
      const index = next++;
      await runCase(index, suite.invalid[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
  for (const [offset, testCase] of suite.valid.entries()) await runCase(suite.invalid.length + offset, testCase);
  return results;
}

export { form, json };
