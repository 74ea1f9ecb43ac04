// The client's options, checked once when the client is made: a bad one is reported by name
// with its rule (never its value) before any request can be sent.
import { environments, type Environment } from './environments.js';
import { JuspayValidationError, type ValidationIssue } from './errors.js';
import type { CustomerClientEvent } from './events.js';
import { longestTimerMs } from './retry.js';
import { controlCharacterIssue, headerValueIssue, validateParameter } from './validation.js';

export type FetchFunction = (request: Request) => Promise<Response>;

export interface CustomerClientOptions {
  /** The API key from the Juspay dashboard; sent as the Basic username with an empty password. */
  apiKey: string;
  /** Your merchant id, sent as `x-merchantid` on every call. */
  merchantId: string;
  /** Which Juspay server to call. Give this or `baseUrl`, not both. */
  environment?: Environment;
  /** Another server, such as a mock (`http://127.0.0.1:4010`) or a regional host. */
  baseUrl?: string;
  /** Upper bound for a whole call, retries and their waits included. Default 30 000. */
  timeoutMs?: number;
  /** How many times a call is retried after a connection failure or a 429/502/503/504. Default 2; 0 disables. */
  retries?: number;
  /** The first retry waits about this long (with jitter), each next one twice as long, unless Retry-After says otherwise. Default 500. */
  retryDelayMs?: number;
  /** The fetch to send with (default: the global fetch). */
  fetch?: FetchFunction;
  /** Your application's own product token, sent before the client's in User-Agent: visible ASCII and spaces. */
  userAgent?: string;
  /** Receives what the client does, with personal data masked. Nothing is logged without it. */
  logger?: (event: CustomerClientEvent) => void;
}

export interface ResolvedOptions {
  apiKey: string;
  merchantId: string;
  baseUrl: string;
  timeoutMs: number;
  retries: number;
  retryDelayMs: number;
  fetch: FetchFunction | undefined;
  userAgent: string | undefined;
  logger: ((event: CustomerClientEvent) => void) | undefined;
}

const defaults = { timeoutMs: 30_000, retries: 2, retryDelayMs: 500 };
const mostRetries = 10;

export function resolveOptions(options: CustomerClientOptions): ResolvedOptions {
  if (options === null || typeof options !== 'object') {
    throw new JuspayValidationError(
      [{ field: 'options', rule: 'type', message: 'options must be an object' }],
      'Customer client options are invalid',
    );
  }
  const issues: ValidationIssue[] = [];
  const add = (issue: ValidationIssue | undefined) => issue && issues.push(issue);
  const { apiKey, merchantId, environment, baseUrl, userAgent, fetch, logger } = options;
  const { timeoutMs = defaults.timeoutMs, retries = defaults.retries, retryDelayMs = defaults.retryDelayMs } = options;

  if (typeof apiKey !== 'string' || apiKey.length === 0) {
    add({ field: 'apiKey', rule: 'required', message: 'apiKey must be a non-empty string' });
  } else {
    // The key is sent base64-encoded, so any character survives; a control character is a paste slip.
    add(controlCharacterIssue('apiKey', apiKey));
    // RFC 7617: the user-id (here the key) cannot contain a colon.
    if (apiKey.includes(':')) add({ field: 'apiKey', rule: 'noColon', message: 'apiKey must not contain ":"' });
  }
  add(validateParameter('x-merchantid', merchantId, 'merchantId'));

  const resolvedBaseUrl = resolveBaseUrl(environment, baseUrl, add);
  // A longer timer would fire at once.
  if (!(typeof timeoutMs === 'number' && timeoutMs > 0 && (timeoutMs <= longestTimerMs || timeoutMs === Infinity))) {
    add({
      field: 'timeoutMs',
      rule: 'range',
      message: `timeoutMs must be a number of milliseconds from 1 to ${longestTimerMs}, or Infinity`,
    });
  }
  if (!(Number.isInteger(retries) && retries >= 0 && retries <= mostRetries)) {
    add({ field: 'retries', rule: 'range', message: `retries must be a whole number from 0 to ${mostRetries}` });
  }
  if (!(typeof retryDelayMs === 'number' && retryDelayMs >= 0 && Number.isFinite(retryDelayMs))) {
    add({
      field: 'retryDelayMs',
      rule: 'range',
      message: 'retryDelayMs must be a finite number of milliseconds, 0 or more',
    });
  }
  if (userAgent !== undefined) {
    if (typeof userAgent !== 'string' || userAgent.length === 0) {
      add({ field: 'userAgent', rule: 'type', message: 'userAgent must be a non-empty string' });
    } else {
      add(headerValueIssue('userAgent', userAgent));
    }
  }
  if (fetch !== undefined && typeof fetch !== 'function')
    add({ field: 'fetch', rule: 'type', message: 'fetch must be a function' });
  if (logger !== undefined && typeof logger !== 'function')
    add({ field: 'logger', rule: 'type', message: 'logger must be a function' });

  if (issues.length) throw new JuspayValidationError(issues, 'Customer client options are invalid');
  return {
    apiKey,
    merchantId,
    baseUrl: resolvedBaseUrl!,
    timeoutMs,
    retries,
    retryDelayMs,
    fetch,
    userAgent,
    logger,
  };
}

function resolveBaseUrl(
  environment: unknown,
  baseUrl: unknown,
  add: (issue: ValidationIssue | undefined) => void,
): string | undefined {
  if (environment !== undefined && baseUrl !== undefined) {
    add({ field: 'environment', rule: 'oneOf', message: 'give environment or baseUrl, not both' });
    return undefined;
  }
  if (baseUrl === undefined) {
    if (typeof environment === 'string' && Object.hasOwn(environments, environment))
      return environments[environment as Environment];
    add({
      field: 'environment',
      rule: 'enum',
      message: `environment must be one of ${Object.keys(environments).join(', ')} (or give baseUrl)`,
    });
    return undefined;
  }
  let url: URL | undefined;
  try {
    url = typeof baseUrl === 'string' ? new URL(baseUrl) : undefined;
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    add({ field: 'baseUrl', rule: 'format', message: 'baseUrl must be an absolute http: or https: URL' });
    return undefined;
  }
  if (url.username || url.password || url.search || url.hash) {
    add({ field: 'baseUrl', rule: 'format', message: 'baseUrl must not carry credentials, a query or a fragment' });
    return undefined;
  }
  return url.href.replace(/\/+$/, '');
}
