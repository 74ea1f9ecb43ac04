// Juspay's timestamps are UTC. Real responses use RFC 3339 (`2019-06-18T07:17:22Z`); one
// documented example uses `2016-08-02T08:07:52+0000`, which is not RFC 3339. The client accepts
// both and hands the caller RFC 3339 only, so `new Date(value)` and date-time validators agree.

const timestamp =
  /^([0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]+)?)(?:([Zz])|([+-])([0-9]{2}):?([0-9]{2}))$/;

// What real responses send, already in the form handed back: only its date needs checking.
const utcTimestamp = /^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]+)?Z$/;

/** The RFC 3339 form of a Juspay timestamp (UTC as `Z`), or undefined when it is not one. */
export function normalizeTimestamp(value: string): string | undefined {
  if (utcTimestamp.test(value)) return surelyValid(value) || !Number.isNaN(Date.parse(value)) ? value : undefined;
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

/** The two digits at `index`, as a number. */
const twoDigits = (text: string, index: number) => (text.charCodeAt(index) - 48) * 10 + text.charCodeAt(index + 1) - 48;

/**
 * Whether a timestamp in the `…Z` form holds a date and time that Date.parse surely accepts
 * (month 1–12, day 1–31, hour 0–23, minute and second 0–59), so that the common case needs no
 * parse; anything else (hour 24, a day past 31) is left to Date.parse.
 */
export function surelyValid(utc: string): boolean {
  const month = twoDigits(utc, 5);
  const day = twoDigits(utc, 8);
  return (
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= 31 &&
    twoDigits(utc, 11) <= 23 &&
    twoDigits(utc, 14) <= 59 &&
    twoDigits(utc, 17) <= 59
  );
}
