// NGINX and Apache access logs: the common and combined formats, the vhost variants (a host before the
// client), and the common NGINX variants with request time, upstream response time and upstream status
// appended (`... "curl/8.0" 0.512 0.510 502` or `... rt=0.512 us=502`).
//   127.0.0.1 - frank [10/Oct/2000:13:55:36 -0700] "GET /apache_pb.gif HTTP/1.0" 200 2326 "-" "Mozilla/5.0"
// Only `$status` (and `$upstream_status`) count: the byte count after the status is a size, never a code.
import { isNonBlank, LineReader, LogRecord, StatusField, statusCode } from './types';
import { parseClfTime } from './logTime';
import { parseRequestLine } from './requestLine';

const linePattern =
  /\[(\d{2}\/[A-Z][a-z]{2}\/\d{4}:\d{2}:\d{2}:\d{2}(?: [+-]\d{4})?)\] "((?:[^"\\]|\\.)*)" (\d{3}|-) (\d+|-)/;

/** A raw quote inside the request (Apache before 2.0.46 did not escape it): the first `" NNN size` after it ends it. */
const loosePattern =
  /\[(\d{2}\/[A-Z][a-z]{2}\/\d{4}:\d{2}:\d{2}:\d{2}(?: [+-]\d{4})?)\] "(.*?)" (\d{3}|-) (\d+|-)(?= |$)/;

/** Named upstream status fields in key=value variants. */
const namedUpstream = /(?:^|\s)(?:upstream_status|upstream-status|ups|us)[=:]"?((?:\d{3}|-)(?:(?:, | : )(?:\d{3}|-))*)/g;

export function matchesCombinedLog(line: string): boolean {
  return linePattern.test(line);
}

export function readCombinedLine(line: string): LogRecord | undefined {
  const m = linePattern.exec(line) ?? loosePattern.exec(line);
  if (!m) return undefined;
  const statusStart = m.index + m[0].length - m[4].length - 1 - m[3].length;
  const fields: StatusField[] = [];
  const code = statusCode(m[3]);
  if (code === undefined) return undefined;
  fields.push({ field: 'status', code, start: statusStart, end: statusStart + 3, context: 'log:nginx' });
  fields.push(...upstreamStatuses(line, m.index + m[0].length));
  const { method, path } = parseRequestLine(m[2]);
  return { fields, time: parseClfTime(m[1]), method, path };
}

/** `$upstream_status` appended after the combined fields: named (`us=502`) or bare after the timings. */
function upstreamStatuses(line: string, from: number): StatusField[] {
  // Skip the quoted referer, user agent and any other quoted field: what follows the last quote is appended.
  const lastQuote = line.lastIndexOf('"');
  const tailStart = Math.max(from, lastQuote + 1);
  const tail = line.slice(tailStart);
  const found: StatusField[] = [];
  for (const m of line.slice(from).matchAll(namedUpstream)) {
    const valueStart = from + m.index! + m[0].length - m[1].length;
    pushCodes(found, m[1], valueStart);
  }
  if (found.length > 0) return found;
  // Bare: `0.512 0.510 502` — a code counts only after a timing (a decimal or `-`), so ids and sizes do not.
  const tokens = [...tail.matchAll(/\S+/g)];
  let sawTiming = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i][0];
    if (/^\d+\.\d+,?$/.test(token)) {
      sawTiming = true;
    } else if (sawTiming && /^\d{3},?$/.test(token)) {
      const start = tailStart + tokens[i].index!;
      const code = statusCode(token.slice(0, 3));
      if (code !== undefined) {
        found.push({ field: 'upstream_status', code, start, end: start + 3, context: 'log:nginx:upstream_status' });
      }
    } else if (token !== '-' && token !== ':' && token !== '-,') {
      if (found.length > 0) break;
    }
  }
  return found;
}

function pushCodes(found: StatusField[], value: string, valueStart: number): void {
  for (const m of value.matchAll(/\d{3}/g)) {
    const code = statusCode(m[0]);
    if (code === undefined) continue;
    const start = valueStart + m.index!;
    found.push({ field: 'upstream_status', code, start, end: start + 3, context: 'log:nginx:upstream_status' });
  }
}

export function combinedLogReader(): LineReader {
  return { format: 'nginx', read: readCombinedLine, isMalformed: isNonBlank };
}
