// Juspay's timestamps are UTC. Real responses use RFC 3339 (`2019-06-18T07:17:22Z`); one
// documented example uses `2016-08-02T08:07:52+0000`, which is not RFC 3339. The client accepts
// both and hands the caller RFC 3339 only, so `new Date(value)` and date-time validators agree.

const timestamp =
  /^([0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]+)?)(?:([Zz])|([+-])([0-9]{2}):?([0-9]{2}))$/;

// What real responses send, already in the form handed back: only its date needs checking.
const utcTimestamp = /^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]+)?Z$/;

/** The RFC 3339 form of a Juspay timestamp (UTC as `Z`), or undefined when it is not one. */
export function normalizeTimestamp(value: string): string | undefined {
  if (utcTimestamp.test(value)) return Number.isNaN(Date.parse(value)) ? undefined : value;
  const match = timestamp.exec(value);
  if (!match) return undefined;
  const [, local, zulu, sign, hours, minutes] = match;
  const utc = zulu !== undefined || (hours === '00' && minutes === '00');
  const normalized = utc ? `${local}Z` : `${local}${sign}${hours}:${minutes}`;
  return Number.isNaN(Date.parse(normalized)) ? undefined : normalized;
}

/** A Juspay timestamp as a Date; throws a RangeError naming the value's shape when it is not one. */
export function parseTimestamp(value: string): Date {
  const normalized = normalizeTimestamp(value);
  if (normalized === undefined)
    throw new RangeError('not a Juspay timestamp (expected 2019-06-18T07:17:22Z or 2019-06-18T07:17:22+0000)');
  return new Date(normalized);
}
