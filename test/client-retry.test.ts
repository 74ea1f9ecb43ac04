// The retry decision and the wait as pure functions (src/retry.ts): what the call loop asks
// after every attempt.
import { getEventListeners } from 'node:events';
import { describe, expect, it } from 'vitest';
import {
  type AttemptOutcome,
  backoffCapMs,
  backoffMs,
  canWait,
  longestTimerMs,
  retryAfterMs,
  retryDelayMs,
  shouldRetry,
  sleep,
} from '../src/retry.js';

const status = (code: number, retryAfterMs?: number): AttemptOutcome => ({
  kind: 'status',
  status: code,
  retryAfterMs,
});
const connectionFailure: AttemptOutcome = { kind: 'connectionFailure' };

describe('shouldRetry(outcome, attempt, retries)', () => {
  it.each([
    [connectionFailure, true],
    [status(429), true],
    [status(502), true],
    [status(503), true],
    [status(504), true],
    [status(500), false],
    [status(400), false],
    [status(401), false],
    [status(403), false],
    [status(404), false],
    [status(307), false],
  ])('%o on the first of 2 retries: %s', (outcome, expected) => {
    expect(shouldRetry(outcome, 1, 2)).toBe(expected);
  });

  it('stops once the retries are spent, and never retries with retries: 0', () => {
    expect([1, 2, 3].map((attempt) => shouldRetry(status(503), attempt, 2))).toEqual([true, true, false]);
    expect(shouldRetry(connectionFailure, 1, 0)).toBe(false);
  });
});

describe('retryDelayMs(outcome, attempt, baseMs)', () => {
  const low = { random: () => 0 };
  const high = { random: () => 1 };

  it('is the server’s Retry-After when it sent one, uncapped (the deadline decides)', () => {
    expect(retryDelayMs(status(429, 2_000), 1, 500, high)).toBe(2_000);
    expect(retryDelayMs(status(503, 120_000), 1, 500, high)).toBe(120_000);
    expect(retryDelayMs(status(503, 0), 3, 500, high)).toBe(0);
  });

  it('after a connection failure is the backoff, whatever else the outcome holds', () => {
    const failure = { kind: 'connectionFailure', retryAfterMs: 2_000 } as AttemptOutcome;
    expect(retryDelayMs(failure, 1, 100, high)).toBe(100);
  });

  it('else backs off exponentially, with jitter between half and all of base·2ⁿ', () => {
    expect([1, 2, 3].map((attempt) => retryDelayMs(status(503), attempt, 100, low))).toEqual([50, 100, 200]);
    expect([1, 2, 3].map((attempt) => retryDelayMs(connectionFailure, attempt, 100, high))).toEqual([100, 200, 400]);
  });

  it('caps the backoff at backoffCapMs (10 s), or at the base when that is larger', () => {
    expect(backoffCapMs).toBe(10_000);
    expect(retryDelayMs(connectionFailure, 10, 500, high)).toBe(10_000);
    expect(retryDelayMs(connectionFailure, 10, 500, low)).toBe(5_000);
    expect(retryDelayMs(connectionFailure, 6, 1_000, { ...high, capMs: 3_000 })).toBe(3_000);
    expect(backoffMs(4, 20_000, () => 1)).toBe(20_000);
  });
});

describe('canWait(waitMs, remainingMs)', () => {
  it('refuses a wait that ends at the deadline, and one longer than a timer can hold', () => {
    expect(canWait(99, 100)).toBe(true);
    expect(canWait(100, 100)).toBe(false);
    expect(canWait(longestTimerMs, Number.POSITIVE_INFINITY)).toBe(true);
    expect(canWait(longestTimerMs + 1, Number.POSITIVE_INFINITY)).toBe(false);
  });
});

describe('retryAfterMs(header, now)', () => {
  const now = Date.parse('2025-01-01T00:00:00Z');

  it('ignores whitespace around the value', () => {
    expect(retryAfterMs(' 5 ', now)).toBe(5_000);
    expect(retryAfterMs('\tWed, 01 Jan 2025 00:00:07 GMT ', now)).toBe(7_000);
  });

  it('accepts the last day of every month, the last minute and a leap second', () => {
    expect(retryAfterMs('Fri, 31 Jan 2025 00:00:00 GMT', now)).toBe(30 * 86_400_000);
    expect(retryAfterMs('Sat, 01 Feb 2025 00:00:00 GMT', now)).toBe(31 * 86_400_000);
    expect(retryAfterMs('Wed, 01 Jan 2025 00:59:00 GMT', now)).toBe(59 * 60_000);
    expect(retryAfterMs('Wed, 01 Jan 2025 00:00:60 GMT', now)).toBe(60_000);
  });

  it.each([
    ['a month that does not exist', 'Wed, 01 Foo 2025 00:00:05 GMT'],
    ['a day 00', 'Tue, 00 Jan 2025 00:00:05 GMT'],
    ['a minute that does not exist', 'Wed, 01 Jan 2025 00:60:00 GMT'],
    ['a second past a leap second', 'Wed, 01 Jan 2025 00:00:61 GMT'],
  ])('is undefined for %s (%j)', (_, header) => {
    expect(retryAfterMs(header, now)).toBeUndefined();
  });
});

describe('sleep(ms, signal)', () => {
  it('rejects at once with the reason of a signal aborted before it starts', async () => {
    const started = Date.now();
    await expect(sleep(5_000, AbortSignal.abort(new Error('gone')))).rejects.toThrow('gone');
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('leaves no listener on the signal, whether the wait ends or is aborted', async () => {
    const waited = new AbortController();
    await sleep(1, waited.signal);
    expect(getEventListeners(waited.signal, 'abort')).toHaveLength(0);

    const aborted = new AbortController();
    const sleeping = sleep(5_000, aborted.signal);
    aborted.abort(new Error('stop'));
    await expect(sleeping).rejects.toThrow('stop');
    expect(getEventListeners(aborted.signal, 'abort')).toHaveLength(0);
  });
});
