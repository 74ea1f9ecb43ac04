// How a broken contract rule reads, for the pre-send check and the response check alike. A rule
// error's params name limits, types and patterns, never the value, so no message quotes one.
import type { RuleError } from './schema-check.js';

/** What broke the rule, as a dotted path (`juspay.client_auth_token`); `root` when it is the whole value. */
export function subjectOf(error: RuleError, root: string): string {
  if (error.keyword !== 'required') return error.path || root;
  const missing = String(error.params.missingProperty);
  return error.path ? `${error.path}.${missing}` : missing;
}

export function ruleMessage(subject: string, { keyword, params }: Pick<RuleError, 'keyword' | 'params'>): string {
  const characters = (n: unknown) => `${n} character${n === 1 ? '' : 's'}`;
  switch (keyword) {
    case 'type':
      return `${subject} must be ${String(params.type).split(',').map(article).join(' or ')}`;
    case 'maxLength':
      return `${subject} must be at most ${characters(params.limit)} long`;
    case 'minLength':
      return `${subject} must be at least ${characters(params.limit)} long`;
    case 'pattern':
      return `${subject} must match the contract's pattern ${String(params.pattern)}`;
    case 'required':
      return `${subject} is required`;
    default:
      return `${subject} breaks the contract's ${keyword} rule`;
  }
}

function article(type: string): string {
  if (type === 'null') return type;
  return type === 'object' || type === 'array' || type === 'integer' ? `an ${type}` : `a ${type}`;
}
