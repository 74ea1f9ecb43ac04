// What the client does per call to stay close to a bare fetch, held to the behaviour it replaces:
// deadline groups that share one signal and one timer (src/call-scope.ts), the timestamp check
// that skips Date.parse when it surely passes, and the path filled without openapi-fetch's scan.
import fc from 'fast-check';
import { defaultPathSerializer } from 'openapi-fetch';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CallScope, CallScopes, DeadlineGroup, groupSize } from '../src/call-scope.js';
import { fillCustomerId } from '../src/client.js';
import { normalizeTimestamp, surelyValid } from '../src/timestamps.js';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('deadline groups (calls without a signal of their own)', () => {
  it('calls started together share one signal, at most groupSize of them', () => {
    const scopes = new CallScopes(30_000, true);
    const calls = Array.from({ length: groupSize + 1 }, () => scopes.open(undefined));
    const signals = new Set(calls.map((call) => call.signal));
    expect(signals.size).toBe(2);
    expect(calls[groupSize - 1]!.signal).toBe(calls[0]!.signal);
    expect(calls[groupSize]!.signal).not.toBe(calls[0]!.signal);
    for (const call of calls) call.dispose();
  });

  it('a call that starts after the window (a thousandth of the timeout) opens a new group', () => {
    const now = vi.spyOn(performance, 'now').mockReturnValue(1_000);
    const scopes = new CallScopes(30_000, true);
    const first = scopes.open(undefined);
    now.mockReturnValue(1_030);
    const inWindow = scopes.open(undefined);
    now.mockReturnValue(1_031);
    const after = scopes.open(undefined);
    expect(inWindow.signal).toBe(first.signal);
    expect(after.signal).not.toBe(first.signal);
    expect(after.remainingMs()).toBe(30_000);
    for (const call of [first, inWindow, after]) call.dispose();
  });

  it('the group times out at its first call’s deadline: every pending call of it, never later', async () => {
    vi.useFakeTimers();
    const scopes = new CallScopes(1_000, true);
    const [a, b] = [scopes.open(undefined), scopes.open(undefined)];
    const raced = expect(a.race(new Promise(() => {}))).rejects.toMatchObject({ name: 'AbortError' });
    await vi.advanceTimersByTimeAsync(999);
    expect(a.signal.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect([a.timedOut, b.timedOut, a.signal.aborted, a.abortedByCaller]).toEqual([true, true, true, false]);
    await raced;
    // A fired group takes no more calls.
    const c = scopes.open(undefined);
    expect(c.signal.aborted).toBe(false);
    for (const call of [a, b, c]) call.dispose();
  });

  it('its timer holds the process only while a call is pending, and goes once the group is closed and done', () => {
    const timer = { ref: vi.fn(), unref: vi.fn() };
    vi.spyOn(globalThis, 'setTimeout').mockReturnValue(timer as unknown as ReturnType<typeof setTimeout>);
    const cleared = vi.spyOn(globalThis, 'clearTimeout').mockImplementation(() => {});
    const group = new DeadlineGroup(1_000, 0);
    group.join();
    group.join();
    group.leave();
    expect(timer.unref).not.toHaveBeenCalled();
    group.leave();
    expect(timer.unref).toHaveBeenCalledTimes(1);
    group.join();
    expect(timer.ref).toHaveBeenCalledTimes(2);
    group.close();
    expect(cleared).not.toHaveBeenCalled();
    group.leave();
    expect(cleared).toHaveBeenCalledWith(timer);
    expect(timer.unref).toHaveBeenCalledTimes(1);
  });

  it('a call that ended leaves its group: the group, once closed, never fires', async () => {
    vi.useFakeTimers();
    const now = vi.spyOn(performance, 'now').mockReturnValue(0);
    const scopes = new CallScopes(1_000, true);
    const first = scopes.open(undefined);
    first.dispose();
    now.mockReturnValue(5);
    const second = scopes.open(undefined);
    expect(second.signal).not.toBe(first.signal);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(first.signal.aborted).toBe(false);
    expect(second.timedOut).toBe(true);
    second.dispose();
  });

  it('a group closed with no call pending clears its timer at once; a closed group admits no call', () => {
    vi.useFakeTimers();
    const group = new DeadlineGroup(1_000, 0);
    group.join();
    group.leave();
    expect(group.admits(0, 1)).toBe(true);
    group.close();
    expect(group.admits(0, 1)).toBe(false);
    vi.advanceTimersByTime(2_000);
    expect(group.signal.aborted).toBe(false);
  });

  it('with no timeout (Infinity), groups have no timer and still hold at most groupSize calls', () => {
    const setTimer = vi.spyOn(globalThis, 'setTimeout');
    const scopes = new CallScopes(Infinity, true);
    const calls = Array.from({ length: groupSize + 1 }, () => scopes.open(undefined));
    expect(setTimer).not.toHaveBeenCalled();
    expect(new Set(calls.map((call) => call.signal)).size).toBe(2);
    for (const call of calls) call.dispose();
  });

  it('a call with the caller’s signal, or with a fetch that may not heed signals, gets a scope of its own', () => {
    const shared = new CallScopes(30_000, true);
    const caller = new AbortController();
    const own = shared.open(caller.signal);
    expect(own).toBeInstanceOf(CallScope);
    caller.abort();
    expect(own.abortedByCaller).toBe(true);
    const unshared = new CallScopes(30_000, false);
    const [x, y] = [unshared.open(undefined), unshared.open(undefined)];
    expect(x).toBeInstanceOf(CallScope);
    expect(x.signal).not.toBe(y.signal);
    for (const call of [own, x, y]) call.dispose();
  });

  it('race settles with the work and leaves no listener on the signal', async () => {
    const scope = new CallScope(30_000, undefined);
    const added = vi.spyOn(scope.signal, 'addEventListener');
    const removed = vi.spyOn(scope.signal, 'removeEventListener');
    await expect(scope.race(Promise.resolve('done'))).resolves.toBe('done');
    await expect(scope.race(Promise.reject(new Error('failed')))).rejects.toThrow('failed');
    const pairs = (calls: unknown[][]) => calls.map(([type, listener]) => [type, listener]);
    expect(added.mock.calls.length).toBe(2);
    expect(pairs(removed.mock.calls)).toEqual(pairs(added.mock.calls));
    scope.dispose();
  });
});

describe('timestamps: Date.parse skipped only where it surely passes', () => {
  const two = (max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, '0'));
  const utc = fc
    .tuple(fc.integer({ min: 0, max: 9999 }), two(19), two(39), two(29), two(69), two(69), fc.boolean())
    .map(
      ([year, month, day, hour, minute, second, fraction]) =>
        `${String(year).padStart(4, '0')}-${month}-${day}T${hour}:${minute}:${second}${fraction ? '.000' : ''}Z`,
    );

  it('surelyValid implies that Date.parse accepts; normalizeTimestamp agrees with Date.parse', () => {
    fc.assert(
      fc.property(utc, (value) => {
        const parses = !Number.isNaN(Date.parse(value));
        if (surelyValid(value)) expect(parses).toBe(true);
        expect(normalizeTimestamp(value)).toBe(parses ? value : undefined);
      }),
      { numRuns: 3_000 },
    );
  });

  it.each([
    ['2019-01-01T00:00:00Z', true],
    ['2019-02-31T00:00:00Z', true],
    ['2019-01-01T24:00:00Z', false],
    ['2019-00-01T00:00:00Z', false],
    ['2019-13-01T00:00:00Z', false],
    ['2019-01-00T00:00:00Z', false],
    ['2019-01-32T00:00:00Z', false],
    ['2019-01-01T23:60:00Z', false],
    ['2019-01-01T23:59:60Z', false],
    ['2019-12-31T23:59:59Z', true],
  ])('surelyValid(%s) is %s', (value, sure) => {
    expect(surelyValid(value)).toBe(sure);
  });

  it('what is not surely valid is still judged by Date.parse (hour 24 at midnight passes)', () => {
    expect(normalizeTimestamp('2019-01-01T24:00:00Z')).toBe('2019-01-01T24:00:00Z');
    expect(normalizeTimestamp('2019-01-01T24:00:01Z')).toBeUndefined();
  });
});

describe('the path, filled without openapi-fetch’s scan', () => {
  it('is what openapi-fetch’s default path serializer makes, for any visible-ASCII id', () => {
    const path = 'https://api.example.test/customers/{customer_id}';
    fc.assert(
      fc.property(fc.stringMatching(/^[!-~]{1,40}$/), (id) => {
        expect(fillCustomerId(path, { customer_id: id })).toBe(defaultPathSerializer(path, { customer_id: id }));
      }),
      { numRuns: 2_000 },
    );
    expect(fillCustomerId(path, { customer_id: 'a$&b/c' })).toBe('https://api.example.test/customers/a%24%26b%2Fc');
  });
});
