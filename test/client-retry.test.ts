// The retry decision and the wait as pure functions (src/retry.ts): what the call loop asks
// after every attempt.
import { describe, expect, it } from 'vitest';
import { backoffCapMs, backoffMs, retryDelayMs, shouldRetry, type AttemptOutcome } from '../src/retry.js';

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
