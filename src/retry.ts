// When and how long to wait before trying again. Updating a customer twice leaves it in the
// same state, so a call is retried after a connection failure and after the statuses that say
// "try later"; never after another 4xx, which would only fail the same way.

export const retryableStatuses: ReadonlySet<number> = new Set([429, 502, 503, 504]);

/** Exponential backoff with jitter: the n-th retry (0-based) waits between half and all of base·2ⁿ. */
export function backoffMs(retry: number, baseMs: number, random: () => number = Math.random): number {
  const ceiling = baseMs * 2 ** retry;
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/** Retry-After as delay-seconds or an HTTP-date, in milliseconds from now; undefined if absent or unreadable. */
export function retryAfterMs(header: string | null, now: number = Date.now()): number | undefined {
  if (header === null) return undefined;
  const value = header.trim();
  if (/^[0-9]+$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
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
