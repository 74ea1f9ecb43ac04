// The client's small helpers at their edges, case by case: masking, timestamps, the call scope,
// form encoding, option refusals and error rendering that the call-level tests do not reach.
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { CallScope } from '../src/call-scope.js';
import { JuspayApiError, JuspayValidationError } from '../src/errors.js';
import { formEncode } from '../src/form.js';
import { createCustomerClient } from '../src/index.js';
import { maskBody, maskCustomerId, maskEmail, maskMobileNumber, maskName } from '../src/redact.js';
import { ruleMessage } from '../src/rule-messages.js';
import { normalizeTimestamp, parseTimestamp } from '../src/timestamps.js';
import { validateParameter } from '../src/validation.js';

describe('masking (src/redact.ts)', () => {
  it.each([
    [maskEmail, 'jane.doe@example.com', 'j***@example.com'],
    [maskEmail, 'no-at-sign', '***'],
    [maskEmail, '@example.com', '***'],
    [maskMobileNumber, '9988776644', '***44'],
    [maskMobileNumber, '1234', '***'],
    [maskName, 'Jane', 'J***'],
    [maskName, '', '***'],
    [maskCustomerId, 'cst_om2l6ctlptxwxuzj', 'cst_om2l6ctlptxwxuzj'],
    [maskCustomerId, 'jane@example.com', 'ja***'],
  ] as const)('%o(%j) is %j', (mask, value, masked) => {
    expect(mask(value)).toBe(masked);
  });

  it('masks every personal field of a body, shows the country code, hides unknown fields and skips non-strings', () => {
    expect(
      maskBody({ email_address: 'a@b.co', mobile_country_code: '91', nickname: 'JJ', first_name: 'Jo', last_name: 5 }),
    ).toEqual({
      email_address: 'a***@b.co',
      mobile_country_code: '91',
      nickname: '***',
      first_name: 'J***',
    });
  });
});

describe('timestamps', () => {
  it.each([
    ['2019-06-18T07:17:22Z', '2019-06-18T07:17:22Z'],
    ['2019-06-18T07:17:22.5Z', '2019-06-18T07:17:22.5Z'],
    ['2019-06-18T07:17:22z', '2019-06-18T07:17:22Z'],
    ['2016-08-02T08:07:52+0000', '2016-08-02T08:07:52Z'],
    ['2016-08-02T13:37:52+05:30', '2016-08-02T13:37:52+05:30'],
    ['2019-13-45T07:17:22Z', undefined],
    ['2019-13-45T07:17:22+0000', undefined],
    ['yesterday', undefined],
  ])('normalizeTimestamp(%j) is %j', (value, normalized) => {
    expect(normalizeTimestamp(value)).toBe(normalized);
  });

  it('parseTimestamp refuses what is not a timestamp, naming the forms', () => {
    expect(() => parseTimestamp('yesterday')).toThrow(/expected 2019-06-18T07:17:22Z or 2019-06-18T07:17:22\+0000/);
  });
});

describe('the call scope', () => {
  it('a timer that fires after the caller aborted is not a timeout', () => {
    const caller = new AbortController();
    const scope = new CallScope(1_000, caller.signal);
    caller.abort(new Error('stop'));
    scope.expire();
    expect(scope.timedOut).toBe(false);
    expect(scope.abortedByCaller).toBe(true);
    scope.dispose();
  });

  it('race rejects at once when the scope has already ended', async () => {
    const scope = new CallScope(1_000, undefined);
    scope.expire();
    expect(scope.timedOut).toBe(true);
    await expect(scope.race(new Promise(() => {}))).rejects.toMatchObject({ name: 'AbortError' });
    scope.dispose();
  });
});

describe('edges of the pieces', () => {
  it('formEncode refuses what is not an object of strings', () => {
    expect(() => formEncode(null)).toThrow('a form body must be an object of fields');
    expect(() => formEncode('first_name=Jon')).toThrow('a form body must be an object of fields');
    expect(() => formEncode({ first_name: 5 })).toThrow('first_name must be a string to be form-encoded');
  });

  it('validateParameter knows only the contract’s parameters', () => {
    expect(() => validateParameter('x-unknown', 'v')).toThrow('the contract has no parameter x-unknown');
  });

  it('a rule without words of its own reads as the contract’s rule', () => {
    expect(ruleMessage('id', { keyword: 'const', params: {} })).toBe("id breaks the contract's const rule");
  });

  it.each([
    ['no options at all', undefined, 'options'],
    ['a userAgent that is not a string', { userAgent: 5 }, 'userAgent'],
    ['a retryDelayMs that is not finite', { retryDelayMs: Infinity }, 'retryDelayMs'],
    ['a fetch that is not a function', { fetch: 'fetch' }, 'fetch'],
    ['a logger that is not a function', { logger: 'console' }, 'logger'],
    ['a baseUrl that is no URL', { baseUrl: 'not a url' }, 'baseUrl'],
    ['a baseUrl with a query', { baseUrl: 'https://example.com/?x=1' }, 'baseUrl'],
  ])('refuses %s, naming it', (_, options, field) => {
    const base = { apiKey: 'k', merchantId: 'm', baseUrl: 'https://example.com' };
    const given = options === undefined ? undefined : { ...base, ...options };
    try {
      createCustomerClient(given as never);
      expect.unreachable('the client was created');
    } catch (error) {
      expect(error).toBeInstanceOf(JuspayValidationError);
      expect((error as JuspayValidationError).fieldErrors.map((problem) => problem.field)).toContain(field);
    }
  });

  it('an error renders without util.inspect’s helper, and a server field entry missing parts reads as empty', () => {
    const error = new JuspayApiError({
      status: 400,
      body: { error_code: 'x', error_info: { fields: [{}] } },
      attempts: 1,
    });
    expect(error.fieldErrors).toEqual([{ field: '', reason: '' }]);
    const rendered = (error as unknown as Record<symbol, (d: number, o: unknown) => string>)[
      Symbol.for('nodejs.util.inspect.custom')
    ]!(2, {});
    expect(rendered).toContain('"status":400');
    expect(inspect(error)).toContain('status: 400');
  });
});
