// When and how long to wait before trying again, as pure functions the call loop asks (after
// Stripe's `_shouldRetry` and `_getSleepTimeInMS`). Updating a customer twice leaves it in the
// same state, so a call is retried after a connection failure and after the statuses that say
// "try later"; never after another status, which would only fail the same way.

export const retryableStatuses: ReadonlySet<number> = new Set([429, 502, 503, 504]);

/** The longest setTimeout can wait (2³¹ − 1 ms, about 24.8 days); past it, a timer fires at once. */
export const longestTimerMs = 2_147_483_647;

/** The longest the client's own backoff waits between two attempts; a server's Retry-After may ask for more. */
export const backoffCapMs = 10_000;

/** How one attempt ended, as far as retrying cares. */
export type AttemptOutcome =
  | { kind: 'status'; status: number; retryAfterMs?: number | undefined }
  | { kind: 'connectionFailure' };

/** Whether attempt number `attempt` (1-based), which ended in `outcome`, may be followed by another. */
export function shouldRetry(outcome: AttemptOutcome, attempt: number, retries: number): boolean {
  if (attempt > retries) return false;
  return outcome.kind === 'connectionFailure' || retryableStatuses.has(outcome.status);
}

/**
 * How long to wait after attempt number `attempt`: the server's Retry-After when it sent one,
 * else exponential backoff with jitter (between half and all of baseMs·2ⁿ⁻¹), capped at `capMs`.
 */
export function retryDelayMs(
  outcome: AttemptOutcome,
  attempt: number,
  baseMs: number,
  { capMs = backoffCapMs, random = Math.random }: { capMs?: number; random?: () => number } = {},
): number {
  if (outcome.kind === 'status' && outcome.retryAfterMs !== undefined) return outcome.retryAfterMs;
  return backoffMs(attempt - 1, baseMs, random, capMs);
}

/**
 * Exponential backoff with jitter: the n-th retry (0-based) waits between half and all of
 * base·2ⁿ, that ceiling capped at `capMs` (or at the base itself, when the base is larger).
 */
export function backoffMs(
  retry: number,
  baseMs: number,
  random: () => number = Math.random,
  capMs = backoffCapMs,
): number {
  const ceiling = Math.min(baseMs * 2 ** retry, Math.max(capMs, baseMs));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/** Whether a wait can be made: one that ends at or past the deadline, or that no timer holds, cannot. */
export function canWait(waitMs: number, remainingMs: number): boolean {
  return waitMs < remainingMs && waitMs <= longestTimerMs;
}
const deltaSeconds = /^[0-9]+$/;
// RFC 9110's preferred HTTP-date; its two obsolete forms, and anything Date.parse would guess
// at ("1.5" and "-1" read as dates in 2001), are not a server's clear instruction.
const imfFixdate =
  /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), ([0-9]{2}) ([A-Z][a-z]{2}) ([0-9]{4}) ([0-9]{2}):([0-9]{2}):([0-9]{2}) GMT$/;
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Retry-After as delta-seconds or an IMF-fixdate, in milliseconds from now; undefined if absent or anything else. */
export function retryAfterMs(header: string | null, now: number = Date.now()): number | undefined {
  if (header === null) return undefined;
  const value = header.trim();
  if (deltaSeconds.test(value)) return Number(value) * 1000;
  const date = imfFixdate.exec(value);
  if (!date) return undefined;
  const [, day, , year, hours, minutes, seconds] = date.map(Number);
  const month = months.indexOf(date[2]!);
  // Day 0 of the next month is this month's last day (Date.UTC would roll 31 Apr into May).
  const daysInMonth = month < 0 ? 0 : new Date(Date.UTC(year!, month + 1, 0)).getUTCDate();
  if (!(day! >= 1 && day! <= daysInMonth && hours! <= 23 && minutes! <= 59 && seconds! <= 60)) return undefined;
  return Math.max(0, Date.UTC(year!, month, day!, hours!, minutes!, seconds!) - now);
}

/** Resolves after `ms`, or rejects with the signal's reason as soon as it aborts; leaves no timer behind. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
