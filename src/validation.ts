// Turns the contract's rules (generated/update-customer-validators.ts, applied by
// schema-check.ts) into issues that name the field and the rule. No rule is written here:
// patterns, lengths and the set of fields all come from the generated module.
import { rules, type ParameterRules } from '../generated/update-customer-validators.js';
import type { ValidationIssue } from './errors.js';
import { ruleMessage, subjectOf } from './rule-messages.js';
import { ruleErrors, type RuleError } from './schema-check.js';

export type ValidationResult = { valid: true } | { valid: false; issues: ValidationIssue[] };

const valid: ValidationResult = Object.freeze({ valid: true });

const fieldSchemas = rules.body.properties ?? {};

/** The body's fields, as the contract lists them. */
export const updateCustomerFields: readonly string[] = Object.keys(fieldSchemas);

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
  const issues = oversized(record);
  const judged = issues.length || hasUndefined(record) ? standIn(record, issues) : record;
  for (const error of ruleErrors(rules.body, judged)) {
    const issue = bodyIssue(error);
    // Each field keeps its first failure (or its length issue above).
    if (!issues.some((known) => known.field === issue.field)) issues.push(issue);
  }
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
  if (parameter.in === 'header' && typeof value === 'string' && notHeaderText.test(value)) {
    return headerTextIssue(field, value);
  }
  const limit = parameter.schema.maxLength;
  if (typeof value === 'string' && limit !== undefined && value.length > 2 * limit) return lengthIssue(field, limit);
  const [error] = ruleErrors(parameter.schema, value);
  return error && describe(field, error);
}

// Every header value the client sends is visible ASCII or spaces, whatever the contract's
// pattern allows: CR and LF would split a header (request smuggling), other controls (C1's NEL
// too) have no place in one, and fetch throws on characters past U+00FF.
const notHeaderText = /[^\u0020-\u007e]/;
const controlCharacter = /[\u0000-\u001f\u007f-\u009f]/;

/** A header value's issue: a control character, or another character outside visible ASCII and space. */
export function headerValueIssue(field: string, value: string): ValidationIssue | undefined {
  return notHeaderText.test(value) ? headerTextIssue(field, value) : undefined;
}

/** For a value that is not itself a header value (the API key is sent base64-encoded): control characters only. */
export function controlCharacterIssue(field: string, value: string): ValidationIssue | undefined {
  return controlCharacter.test(value) ? controlIssue(field) : undefined;
}

function headerTextIssue(field: string, value: string): ValidationIssue {
  if (controlCharacter.test(value)) return controlIssue(field);
  return {
    field,
    rule: 'nonAscii',
    message: `${field} must be visible ASCII characters or spaces (no accents, symbols such as €, or emoji)`,
  };
}

function controlIssue(field: string): ValidationIssue {
  return {
    field,
    rule: 'controlCharacter',
    message: `${field} must not contain control characters (CR, LF, tab, ...)`,
  };
}

function hasUndefined(record: Record<string, unknown>): boolean {
  for (const field in record) if (Object.hasOwn(record, field) && record[field] === undefined) return true;
  return false;
}

/**
 * A value is at least half as many code points as UTF-16 units, so one longer than twice its
 * maxLength breaks it whatever it holds: refused without counting or matching it.
 */
function oversized(record: Record<string, unknown>): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const field in fieldSchemas) {
    const value = record[field];
    const limit = fieldSchemas[field]!.maxLength;
    if (typeof value === 'string' && limit !== undefined && value.length > 2 * limit && Object.hasOwn(record, field)) {
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

function bodyIssue(error: RuleError): ValidationIssue {
  if (error.path === '') {
    if (error.keyword === 'additionalProperties') {
      const field = String(error.params.additionalProperty);
      return {
        field,
        rule: error.keyword,
        message: `${field} is not a field of this operation (unknown field); the fields are ${fieldList()}`,
      };
    }
    if (error.keyword === 'minProperties') {
      return {
        field: 'body',
        rule: error.keyword,
        message: `the body must have at least ${error.params.limit} of the fields ${fieldList()}`,
      };
    }
  }
  return describe(subjectOf(error, 'body'), error);
}

const fieldList = () => updateCustomerFields.join(', ');

function describe(field: string, error: Pick<RuleError, 'keyword' | 'params'>): ValidationIssue {
  return { field, rule: error.keyword, message: ruleMessage(field, error) };
}
