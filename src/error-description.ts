// What of a thrown value an error may keep: its name and its code, and only when each is an
// identifier (TypeError, ECONNREFUSED, UND_ERR_SOCKET). Messages are free text and stay out:
// node-fetch's reads `request to <url> failed`, with the customer id (often an email) in the
// URL. The thrown value itself stays out too: a fetch may hang its Request, Authorization header
// included, on it, and error serializers walk `cause`.

export interface ErrorDescription {
  name?: string;
  code?: string;
  cause?: ErrorDescription;
}

const identifier = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
// Causes nest; a few levels reach the code of any real fetch failure.
const deepest = 4;

/** The value's name and code, and its cause's, as far as they are identifiers; undefined if none is. */
export function describeThrown(value: unknown, depth = 0): ErrorDescription | undefined {
  if (value === null || typeof value !== 'object' || depth >= deepest) return undefined;
  let name: unknown, code: unknown, cause: unknown;
  try {
    ({ name, code, cause } = value as ErrorDescription);
  } catch {
    // A getter that throws leaves nothing to describe.
    return undefined;
  }
  const inner = describeThrown(cause, depth + 1);
  const description: ErrorDescription = {
    ...(typeof name === 'string' && identifier.test(name) && { name }),
    ...(typeof code === 'string' && identifier.test(code) && { code }),
    ...(inner && { cause: inner }),
  };
  return Object.keys(description).length ? description : undefined;
}

/** The first code along a description's causes (ECONNREFUSED for undici's `fetch failed`). */
export function firstCode(description: ErrorDescription | undefined): string | undefined {
  for (let level = description; level; level = level.cause) if (level.code) return level.code;
  return undefined;
}
