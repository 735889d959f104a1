// Timestamps as logs write them, to milliseconds since the epoch (undefined when unreadable).

const months: Record<string, number> = {
  Jan: 0, Feb: 1, Mar: 2, Apr: 3, May: 4, Jun: 5, Jul: 6, Aug: 7, Sep: 8, Oct: 9, Nov: 10, Dec: 11,
};

/** NGINX/Apache `10/Oct/2000:13:55:36 -0700`. */
export function parseClfTime(text: string): number | undefined {
  const m = /^(\d{2})\/([A-Z][a-z]{2})\/(\d{4}):(\d{2}):(\d{2}):(\d{2})(?: ([+-])(\d{2})(\d{2}))?$/.exec(text);
  if (!m) return undefined;
  const month = months[m[2]];
  if (month === undefined) return undefined;
  const utc = Date.UTC(Number(m[3]), month, Number(m[1]), Number(m[4]), Number(m[5]), Number(m[6]));
  const offset = m[7] ? (m[7] === '-' ? -1 : 1) * (Number(m[8]) * 60 + Number(m[9])) * 60000 : 0;
  return utc - offset;
}

/** ISO 8601 / RFC 3339 (`2018-07-02T22:23:00.186641Z`); a date-time without a zone is read as UTC. */
export function parseIsoTime(text: string): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(text)) return undefined;
  const hasZone = /(?:Z|[+-]\d{2}:?\d{2})$/i.test(text);
  const t = Date.parse(hasZone ? text : text.replace(' ', 'T') + 'Z');
  return Number.isNaN(t) ? undefined : t;
}

/** A number that is a Unix time in seconds, milliseconds, microseconds or nanoseconds (by magnitude). */
function parseEpochTime(value: number): number | undefined {
  if (!Number.isFinite(value) || value <= 0) return undefined;
  if (value < 1e11) return value * 1000; // seconds (until the year 5138)
  if (value < 1e14) return value; // milliseconds
  if (value < 1e17) return value / 1000; // microseconds
  return value / 1e6; // nanoseconds (Cloudflare's EdgeStartTimestamp)
}

/** Any of the above from a JSON value's text. */
export function parseAnyTime(text: string): number | undefined {
  if (/^\d+(?:\.\d+)?$/.test(text)) return parseEpochTime(Number(text));
  return parseIsoTime(text) ?? parseClfTime(text);
}
