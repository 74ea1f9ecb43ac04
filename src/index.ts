// The package's public surface.
export { createCustomerClient, clientUserAgent } from './client.js';
export type { CustomerClient, CustomerClientDescription, UpdateCustomerOptions } from './client.js';
export type { CustomerClientOptions, FetchFunction } from './options.js';
export type { CustomerClientEvent } from './events.js';
export { environments, type Environment } from './environments.js';
export type { ErrorDescription } from './error-description.js';
export {
  JuspayError,
  JuspayValidationError,
  JuspayApiError,
  JuspayInvalidRequestError,
  JuspayAuthenticationError,
  JuspayAuthorizationError,
  JuspayTimeoutError,
  JuspayNetworkError,
  JuspayUnexpectedResponseError,
  JuspayAbortError,
} from './errors.js';
export type { FieldProblem, JuspayErrorCode, ValidationIssue } from './errors.js';
export { validateUpdateCustomerBody, updateCustomerFields, type ValidationResult } from './validation.js';
export { parseTimestamp } from './timestamps.js';
export { maskBody, maskCustomerId, maskEmail, maskMobileNumber, maskName } from './redact.js';
export type {
  Customer,
  UpdateCustomerBody,
  ErrorResponse,
  ErrorInfo,
  FieldError,
  ClientAuthToken,
} from '../generated/types.js';
