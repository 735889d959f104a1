// What the log readers share: one record per request, with its status fields and where they are written.

/** The formats we read. */
export type LogFormatId =
  | 'nginx' // NGINX/Apache common and combined (and variants with request time / upstream status appended)
  | 'alb' // AWS Application Load Balancer
  | 'elb' // AWS Classic Load Balancer
  | 'cloudfront' // CloudFront standard logs (W3C, tab-separated)
  | 'cloudflare' // Cloudflare Logpush JSON lines
  | 'jsonLines' // any JSON-lines log with a status/statusCode/status_code field
  | 'har' // HTTP Archive
  | 'httpFile' // .http/.rest files (REST Client, JetBrains HTTP Client)
  | 'curl'; // pasted `curl -v` / `curl -i` transcripts

/** One status field of a record: `status`, `elb_status_code`, `target_status_code`, `EdgeResponseStatus`... */
export interface StatusField {
  /** The field's name as the format's documentation spells it. */
  field: string;
  /** The code, or undefined when the field says `-` (no response, e.g. the target never answered). */
  code: number | undefined;
  /** Offsets of the written code in the line: [start, end). Meaningless when `code` is undefined. */
  start: number;
  end: number;
  /** The detection context, e.g. "log:nginx", "log:alb:target_status_code". */
  context: string;
}

/** One request of a log. */
export interface LogRecord {
  /** The first field is what the client got (NGINX `status`, ALB `elb_status_code`, Cloudflare `EdgeResponseStatus`). */
  fields: StatusField[];
  /** Milliseconds since the epoch, when the line carries a time. */
  time?: number;
  /** The request path without its query string. */
  path?: string;
  method?: string;
  /** The codes are expected ones (an assertion in a .http file), not responses: not counted in summaries. */
  expectation?: boolean;
}

/** Reads one format line by line; an instance may keep state (CloudFront's #Fields header). */
export interface LineReader {
  readonly format: LogFormatId;
  /** The record of a line, or undefined for a line that is not a request of this format. */
  read(line: string): LogRecord | undefined;
  /**
   * Asked of a line `read` found no request in: true when the format has a request on every such line, so
   * this one is broken ("not understood" in a summary); false for lines the format allows (blank lines,
   * comments, headers, bodies, other messages). Absent: no line is malformed (.http files, transcripts).
   */
  isMalformed?(line: string): boolean;
}

/** For formats with one request per line: any line with something on it should have been one. */
export function isNonBlank(line: string): boolean {
  return line.trim().length > 0;
}

/**
 * Reads a line without ever throwing: a reader that fails on a line (a bug the fuzz tests exist to find)
 * makes it a line without a status, as a malformed line is, instead of stopping the log.
 */
export function readLineSafely(reader: LineReader, line: string): LogRecord | 'malformed' | undefined {
  try {
    const record = reader.read(line);
    if (record) return record;
    return reader.isMalformed?.(line) ? 'malformed' : undefined;
  } catch {
    return 'malformed';
  }
}

/** The standard status codes and the vendor ones live in 100–599. */
export function statusCode(text: string): number | undefined {
  if (text.length !== 3) return undefined;
  const code = Number(text);
  return Number.isInteger(code) && code >= 100 && code <= 599 ? code : undefined;
}
