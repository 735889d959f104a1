// JSON-lines logs: one object per line with a `status`, `statusCode` or `status_code` field, at the top
// or nested (pino's `res.statusCode`, ECS's `http.response.status_code`). Cloudflare Logpush lines are read
// by cloudflareLog.ts with the same scanner.
import { LineReader, LogRecord, StatusField, statusCode } from './types';
import { scanJson, JsonScalar } from './jsonScanner';
import { parseAnyTime } from './logTime';
import { parseRequestLine, pathOf } from './requestLine';

const statusKeys = new Set(['status', 'statusCode', 'status_code', 'http_status', 'httpStatus', 'response_status']);
const timeKeys = new Set(['time', 'timestamp', '@timestamp', 'ts', 'date', 'datetime', 'time_local', 'time_iso8601']);
const pathKeys = new Set(['path', 'url', 'uri', 'request_uri', 'requestUri', 'requestUrl', 'originalUrl']);
const methodKeys = new Set(['method', 'request_method', 'requestMethod', 'httpMethod', 'http_method']);

/** Deeper status keys belong to payloads, not to the logged request. */
const maxDepth = 3;

/** A scalar of a JSON line, kept without the scanner's (reused) stack. */
export type LineScalar = Pick<JsonScalar, 'kind' | 'key' | 'text' | 'start' | 'end'> & { depth: number };

export interface JsonLineValues {
  /** Scalars by key (the first of each key wins), with their depth. */
  scalars: Map<string, LineScalar>;
}

/** The scalar values of one JSON line by key; undefined when the line is not a JSON object. */
export function jsonLineValues(line: string): JsonLineValues | undefined {
  let first = 0;
  while (first < line.length && (line.charCodeAt(first) === 32 || line.charCodeAt(first) === 9)) first++;
  if (line.charCodeAt(first) !== 123 /* { */) return undefined;
  const scalars = new Map<string, LineScalar>();
  scanJson(line, {
    value(scalar) {
      const key = scalar.key;
      if (key === undefined || scalars.has(key)) return;
      scalars.set(key, { kind: scalar.kind, key, text: scalar.text, start: scalar.start, end: scalar.end, depth: scalar.stack.length });
    },
  });
  return { scalars };
}

/** A status field from a JSON scalar: a number 100–599, or a string of three digits. */
export function jsonStatusField(scalar: LineScalar, context: string): StatusField | undefined {
  const isString = scalar.kind === 'string';
  if (!isString && scalar.kind !== 'number') return undefined;
  const code = statusCode(scalar.text);
  if (code === undefined) return undefined;
  const start = isString ? scalar.start + 1 : scalar.start;
  if (isString && scalar.end - scalar.start !== 5) return undefined; // "404" exactly, no escapes or spaces
  return { field: scalar.key ?? 'status', code, start, end: start + 3, context };
}

export function readJsonLine(line: string): LogRecord | undefined {
  const values = jsonLineValues(line);
  if (!values) return undefined;
  const fields: StatusField[] = [];
  let time: number | undefined;
  let path: string | undefined;
  let method: string | undefined;
  for (const [key, scalar] of values.scalars) {
    if (statusKeys.has(key) && scalar.depth <= maxDepth) {
      const field = jsonStatusField(scalar, `log:json:${key}`);
      if (field) fields.push(field);
    } else if (time === undefined && timeKeys.has(key)) {
      time = parseAnyTime(scalar.text);
    } else if (path === undefined && pathKeys.has(key) && scalar.kind === 'string') {
      path = pathOf(scalar.text);
    } else if (method === undefined && methodKeys.has(key) && scalar.kind === 'string') {
      method = scalar.text;
    } else if (key === 'request' && scalar.kind === 'string' && path === undefined) {
      ({ method, path } = parseRequestLine(scalar.text));
    }
  }
  if (fields.length === 0) return undefined;
  return { fields, time, path, method };
}

export function matchesJsonLinesLog(line: string): boolean {
  return readJsonLine(line) !== undefined;
}

export function jsonLinesLogReader(): LineReader {
  return {
    format: 'jsonLines',
    read: readJsonLine,
    // A JSON object without a status is another message of the application; a line that is not one is broken.
    isMalformed: (line) => {
      const trimmed = line.trim();
      return trimmed.length > 0 && !(trimmed.startsWith('{') && trimmed.endsWith('}'));
    },
  };
}
