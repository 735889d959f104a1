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

export interface JsonLineValues {
  /** Scalars by key (the first of each key wins), with their depth. */
  scalars: Map<string, JsonScalar & { depth: number }>;
}

/** The scalar values of one JSON line by key; undefined when the line is not a JSON object. */
export function jsonLineValues(line: string): JsonLineValues | undefined {
  const first = line.search(/\S/);
  if (first < 0 || line.charCodeAt(first) !== 123 /* { */) return undefined;
  const scalars = new Map<string, JsonScalar & { depth: number }>();
  scanJson(line, {
    value(scalar) {
      if (scalar.key === undefined || scalars.has(scalar.key)) return;
      scalars.set(scalar.key, { ...scalar, stack: [], depth: scalar.stack.length });
    },
  });
  return { scalars };
}

/** A status field from a JSON scalar: a number 100–599, or a string of three digits. */
export function jsonStatusField(scalar: JsonScalar, context: string): StatusField | undefined {
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
  return { format: 'jsonLines', read: readJsonLine };
}
