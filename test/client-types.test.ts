// Type-level tests: checked by `tsc` (npm run typecheck), which reads every file in test/; at run
// time they only confirm that the narrowing they describe agrees with the classes. After
// `instanceof JuspayError`, `error.code` narrows the error to its class (a discriminated union).
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  JuspayAbortError,
  type JuspayApiError,
  type JuspayAuthenticationError,
  type JuspayAuthorizationError,
  JuspayError,
  type JuspayInvalidRequestError,
  type JuspayNetworkError,
  JuspayTimeoutError,
  JuspayUnexpectedResponseError,
  JuspayValidationError,
  type FieldProblem,
  type JuspayErrorCode,
} from '../src/index.js';

/** What a caller writes: narrow by code, reach the class's own fields without a cast. */
function describeFailure(error: unknown): string {
  if (!(error instanceof JuspayError)) return 'not ours';
  switch (error.code) {
    case 'validation':
      expectTypeOf(error).toEqualTypeOf<JuspayValidationError>();
      return error.issues.map((issue) => issue.rule).join();
    case 'invalid_request':
      expectTypeOf(error).toEqualTypeOf<JuspayInvalidRequestError>();
      return String(error.status);
    case 'authentication':
      expectTypeOf(error).toEqualTypeOf<JuspayAuthenticationError>();
      return error.errorCode ?? '';
    case 'authorization':
      expectTypeOf(error).toEqualTypeOf<JuspayAuthorizationError>();
      return error.errorCode ?? '';
    case 'api_error':
      expectTypeOf(error).toMatchTypeOf<JuspayApiError>();
      expectTypeOf(error.code).toEqualTypeOf<'api_error'>();
      return String(error.retryAfterMs);
    case 'timeout':
      expectTypeOf(error).toEqualTypeOf<JuspayTimeoutError>();
      return `${error.source} ${error.timeoutMs}`;
    case 'network':
      expectTypeOf(error).toEqualTypeOf<JuspayNetworkError>();
      return String(error.attempts);
    case 'unexpected_response':
      expectTypeOf(error).toEqualTypeOf<JuspayUnexpectedResponseError>();
      return `${error.status} ${error.problems.join()}`;
    case 'aborted':
      expectTypeOf(error).toEqualTypeOf<JuspayAbortError>();
      return 'aborted';
    default:
      // Every code is handled: a new one would make this line a type error.
      expectTypeOf(error).toBeNever();
      return error;
  }
}

describe('types', () => {
  it('the union covers every code, and narrowing by code agrees with the classes', () => {
    expectTypeOf<JuspayError['code']>().toEqualTypeOf<JuspayErrorCode>();
    const samples: JuspayError[] = [
      new JuspayValidationError([{ field: 'first_name', rule: 'pattern', message: 'first_name must match' }]),
      new JuspayTimeoutError(10, 1),
      new JuspayAbortError('stop'),
      new JuspayUnexpectedResponseError({
        status: 404,
        contentType: null,
        problems: ['the body is empty'],
        attempts: 1,
      }),
    ];
    expect(samples.map(describeFailure)).toEqual(['pattern', 'timeoutMs 10', 'aborted', '404 the body is empty']);
    expect(describeFailure(new Error('x'))).toBe('not ours');
  });

  it('fieldErrors has one shape on validation and API errors', () => {
    expectTypeOf<JuspayValidationError['fieldErrors']>().toEqualTypeOf<readonly FieldProblem[]>();
    expectTypeOf<JuspayApiError['fieldErrors']>().toEqualTypeOf<readonly FieldProblem[]>();
    expectTypeOf<FieldProblem>().toEqualTypeOf<{ field: string; reason: string }>();
  });

  it('without narrowing, class-specific fields are out of reach', () => {
    const error = new JuspayTimeoutError(10, 1) as JuspayError;
    // @ts-expect-error timeoutMs belongs to JuspayTimeoutError only
    expect(error.timeoutMs).toBe(10);
    if (error.code === 'timeout') expect(error.timeoutMs).toBe(10);
  });
});
