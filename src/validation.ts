// Turns the checks compiled from the contract (generated/update-customer-validators.ts) into
// issues that name the field and the rule. No rule is written here: patterns, lengths and the
// set of fields all come from the generated module.
import { rules, type Check, type CheckError, type ParameterRules } from '../generated/update-customer-validators.js';
import type { ValidationIssue } from './errors.js';

export type ValidationResult = { valid: true } | { valid: false; issues: ValidationIssue[] };

const valid: ValidationResult = Object.freeze({ valid: true });

/** The body's fields, as the contract lists them. */
export const updateCustomerFields: readonly string[] = rules.body.fields;

/**
 * Checks an Update Customer body against the contract's UpdateCustomerBody schema, as the client
 * does before sending. Fields whose value is `undefined` are not sent, so they are not judged.
 * Each field gets at most one issue, its first failure (lengths come before the pattern); an
 * oversized value is refused from its length alone, without being scanned.
 */
export function validateUpdateCustomerBody(body: unknown): ValidationResult {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    return { valid: false, issues: [{ field: 'body', rule: 'type', message: 'the body must be an object of fields' }] };
  }
  const record = body as Record<string, unknown>;
  const issues = oversized(record, rules.body.maxLength);
  const judged = issues.length || hasUndefined(record) ? standIn(record, issues) : record;
  if (!rules.body.check(judged)) addCheckIssues(issues, rules.body.check, bodyIssue);
  return issues.length ? { valid: false, issues } : valid;
}

/** The body as it will be sent: the same object unless some field is `undefined`. */
export function sendableBody<T extends object>(body: T): T {
  if (!hasUndefined(body as Record<string, unknown>)) return body;
  const sent: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(body)) if (value !== undefined) sent[field] = value;
  return sent as T;
}

/**
 * Checks a value for one of the operation's parameters (`customer_id`, `x-merchantid`,
 * `x-routing-id`); `field` is how the issue names it (the parameter's name by default).
 */
export function validateParameter(name: string, value: unknown, field = name): ValidationIssue | undefined {
  const parameter: ParameterRules | undefined = rules.parameters[name];
  if (!parameter) throw new Error(`the contract has no parameter ${name}`);
  if (parameter.in === 'header' && typeof value === 'string' && controlCharacter.test(value)) {
    return controlCharacterIssue(field);
  }
  if (typeof value === 'string' && parameter.maxLength !== undefined && value.length > 2 * parameter.maxLength) {
    return lengthIssue(field, parameter.maxLength);
  }
  if (parameter.check(value)) return undefined;
  const found: ValidationIssue[] = [];
  addCheckIssues(found, parameter.check, (error) => describe(field, error));
  return found[0];
}

// CR and LF would split a header (request smuggling); the other C0 controls and DEL have no
// place in one either. Checked on every header value, whatever the contract's pattern allows.
const controlCharacter = /[\u0000-\u001f\u007f]/;

export function headerValueIssue(field: string, value: string): ValidationIssue | undefined {
  return controlCharacter.test(value) ? controlCharacterIssue(field) : undefined;
}

function controlCharacterIssue(field: string): ValidationIssue {
  return { field, rule: 'controlCharacter', message: `${field} must not contain control characters (CR, LF, tab, ...)` };
}

function hasUndefined(record: Record<string, unknown>): boolean {
  for (const field in record) if (Object.hasOwn(record, field) && record[field] === undefined) return true;
  return false;
}

/**
 * A value is at least half as many code points as UTF-16 units, so one longer than twice its
 * maxLength breaks it whatever it holds: refused without counting or matching it.
 */
function oversized(record: Record<string, unknown>, maxLength: Readonly<Record<string, number>>): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const field in maxLength) {
    const value = record[field];
    const limit = maxLength[field]!;
    if (typeof value === 'string' && value.length > 2 * limit && Object.hasOwn(record, field)) {
      issues.push(lengthIssue(field, limit));
    }
  }
  return issues;
}

function lengthIssue(field: string, limit: number): ValidationIssue {
  return describe(field, { keyword: 'maxLength', params: { limit } });
}

/**
 * What the schema check sees: undefined fields left out, and values already refused for their
 * length replaced by an empty string, so the check keeps the body's shape without scanning them.
 */
function standIn(record: Record<string, unknown>, decided: ValidationIssue[]): Record<string, unknown> {
  const refused = new Set(decided.map((issue) => issue.field));
  const judged: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(record)) {
    if (value !== undefined) judged[field] = refused.has(field) ? '' : value;
  }
  return judged;
}

/** Adds the first failure of each field not judged yet. */
function addCheckIssues(issues: ValidationIssue[], check: Check, toIssue: (error: CheckError) => ValidationIssue) {
  for (const error of check.errors ?? []) {
    const issue = toIssue(error);
    if (!issues.some((known) => known.field === issue.field)) issues.push(issue);
  }
}

function bodyIssue(error: CheckError): ValidationIssue {
  if (error.instancePath === '') {
    if (error.keyword === 'additionalProperties') {
      const field = String(error.params.additionalProperty);
      return { field, rule: error.keyword, message: `${field} is not a field of this operation (unknown field); the fields are ${fieldList()}` };
    }
    if (error.keyword === 'required') return describe(String(error.params.missingProperty), error);
    if (error.keyword === 'minProperties') {
      return { field: 'body', rule: error.keyword, message: `the body must have at least ${error.params.limit} of the fields ${fieldList()}` };
    }
    return describe('body', error);
  }
  return describe(fieldOf(error.instancePath), error);
}

const fieldList = () => rules.body.fields.join(', ');

/** `/email_address` (a JSON pointer) → `email_address`. */
function fieldOf(instancePath: string): string {
  return instancePath.slice(1).split('/').map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~')).join('.');
}

/** A message from the rule and its limits alone: Ajv's params never carry the value. */
function describe(field: string, error: Pick<CheckError, 'keyword' | 'params'>): ValidationIssue {
  const { keyword: rule, params } = error;
  const characters = (n: unknown) => `${n} character${n === 1 ? '' : 's'}`;
  let message: string;
  switch (rule) {
    case 'type':
      message = `${field} must be ${article(String(params.type))}`;
      break;
    case 'maxLength':
      message = `${field} must be at most ${characters(params.limit)} long`;
      break;
    case 'minLength':
      message = `${field} must be at least ${characters(params.limit)} long`;
      break;
    case 'pattern':
      message = `${field} must match the contract's pattern ${String(params.pattern)}`;
      break;
    case 'required':
      message = `${field} is required`;
      break;
    default:
      message = `${field} breaks the contract's ${rule} rule`;
  }
  return { field, rule, message };
}

const article = (type: string) => (type === 'object' || type === 'array' || type === 'integer' ? `an ${type}` : `a ${type}`);
