// The summary of a log: counts per status class and code, over time when the lines carry timestamps,
// the top paths per failing code. Streaming and pure: feed it chunks of text (from a file stream, from
// the editor) and it keeps bounded memory whatever the size of the log — no line is kept, paths are
// counted with Space-Saving, time buckets widen instead of multiplying.
import { isNonBlank, LineReader, LogFormatId, LogRecord, readLineSafely } from './types';
import { sniffBytes, sniffLines, sniffLogFormat } from './sniffLogFormat';
import { lineReaderFor, formatNames } from './lineReaders';
import { HarReader } from './harFile';
import { SpaceSaving } from './spaceSaving';
import { Timeline, TimeBuckets } from './timeBuckets';

export interface SummaryOptions {
  /** Skip sniffing. */
  format?: LogFormatId;
  /** Used to sniff by extension (.har, .http, .rest). */
  fileName?: string;
  /** Paths reported per failing code (default 10). */
  topPaths?: number;
  /** Distinct paths tracked per failing code (default 100): the memory bound of the path counts. */
  pathCapacity?: number;
  /** Bars of the timeline (default 120). */
  maxBuckets?: number;
}

export interface PathCount {
  path: string;
  count: number;
  /** The count may be over-estimated by up to this much (Space-Saving); absent when exact. */
  maxOverestimate?: number;
}

export interface CodeCount {
  code: number;
  count: number;
  /** For codes >= 400: the paths that got it most often. */
  topPaths?: PathCount[];
}

/** A secondary status field: ALB `target_status_code`, Cloudflare `OriginResponseStatus`, NGINX `upstream_status`. */
export interface FieldSummary {
  field: string;
  codes: { code: number; count: number }[];
  /** Lines where the field said `-`: no answer (for ALB: the target never answered). */
  missing: number;
}

export type ClassKey = '1xx' | '2xx' | '3xx' | '4xx' | '5xx';

export interface LogSummary {
  format: LogFormatId | null;
  formatName: string;
  /** Lines read (for HAR: entries). */
  lines: number;
  /** Lines that were requests of the format and carried a status. */
  requests: number;
  /** Requests whose main status field said `-` or `000` (no response was sent). */
  withoutStatus: number;
  /** Lines that were not requests (headers, comments, other formats, garbage). */
  otherLines: number;
  /** Of the other lines, those where the format has a request and this one could not be read (broken lines). */
  notUnderstood: number;
  classes: Record<ClassKey, number>;
  codes: CodeCount[];
  secondary: FieldSummary[];
  timeline: Timeline | null;
}

const classKeys: ClassKey[] = ['1xx', '2xx', '3xx', '4xx', '5xx'];
const maxLineLength = 64 * 1024;

export class LogSummarizer {
  private format: LogFormatId | undefined;
  private decided = false;
  private head = '';
  private carry = '';
  private skippingLongLine = false;
  private reader: LineReader | undefined;
  private har: HarReader | undefined;
  private lines = 0;
  private requests = 0;
  private withoutStatus = 0;
  private otherLines = 0;
  private notUnderstood = 0;
  private readonly codeCounts = new Map<number, number>();
  private readonly paths = new Map<number, SpaceSaving>();
  private readonly secondary = new Map<string, { codes: Map<number, number>; missing: number }>();
  private readonly time: TimeBuckets;
  private readonly topPaths: number;
  private readonly pathCapacity: number;

  constructor(private readonly options: SummaryOptions = {}) {
    this.time = new TimeBuckets(options.maxBuckets ?? 120);
    this.topPaths = options.topPaths ?? 10;
    this.pathCapacity = Math.max(options.pathCapacity ?? 100, this.topPaths);
  }

  /** Feeds the next chunk of the log. */
  write(chunk: string): void {
    if (!this.decided) {
      this.head += chunk;
      if (this.head.length < sniffBytes && countNewlines(this.head) < sniffLines) return;
      this.decide();
      const head = this.head;
      this.head = '';
      this.consume(head);
      return;
    }
    this.consume(chunk);
  }

  /** Ends the input and returns the summary. */
  end(): LogSummary {
    if (!this.decided) {
      this.decide();
      const head = this.head;
      this.head = '';
      this.consume(head);
    }
    if (this.har) {
      this.har.end();
    } else if (this.carry.length > 0 && !this.skippingLongLine) {
      this.line(this.carry);
    }
    this.carry = '';
    return this.summary();
  }

  private decide(): void {
    this.decided = true;
    this.format = this.options.format ?? sniffLogFormat(this.head, this.options.fileName);
    if (this.format === 'har') this.har = new HarReader((record) => { this.lines++; this.record(record); });
    else if (this.format) this.reader = lineReaderFor(this.format);
  }

  private consume(chunk: string): void {
    if (this.har) {
      this.har.write(chunk);
      return;
    }
    let from = 0;
    for (;;) {
      const newline = chunk.indexOf('\n', from);
      if (newline < 0) break;
      if (this.skippingLongLine) {
        this.skippingLongLine = false;
        this.lines++;
        this.otherLines++;
        if (!this.reader || this.reader.isMalformed) this.notUnderstood++;
      } else {
        const piece = chunk.slice(from, newline);
        const line = this.carry.length > 0 ? this.carry + piece : piece;
        this.line(line.endsWith('\r') ? line.slice(0, -1) : line);
      }
      this.carry = '';
      from = newline + 1;
    }
    if (!this.skippingLongLine && from < chunk.length) {
      this.carry += chunk.slice(from);
      if (this.carry.length > maxLineLength) {
        this.carry = '';
        this.skippingLongLine = true;
      }
    }
  }

  private line(line: string): void {
    this.lines++;
    // No format recognised: every line with something on it is a line not understood.
    const record = !this.reader ? (isNonBlank(line) ? 'malformed' : undefined)
      : line.length <= maxLineLength ? readLineSafely(this.reader, line)
        : this.reader.isMalformed ? 'malformed' : undefined;
    if (!record || record === 'malformed' || record.expectation) {
      this.otherLines++;
      if (record === 'malformed') this.notUnderstood++;
      return;
    }
    this.record(record);
  }

  private record(record: LogRecord): void {
    if (record.expectation) return;
    const [main, ...others] = record.fields;
    if (!main) return;
    this.requests++;
    const code = main.code;
    if (code === undefined) {
      this.withoutStatus++;
    } else {
      this.codeCounts.set(code, (this.codeCounts.get(code) ?? 0) + 1);
      if (record.time !== undefined) this.time.add(record.time, Math.floor(code / 100));
      if (code >= 400 && record.path !== undefined) {
        let counter = this.paths.get(code);
        if (!counter) {
          counter = new SpaceSaving(this.pathCapacity);
          this.paths.set(code, counter);
        }
        counter.add(record.path);
      }
    }
    for (const field of others) {
      if (field.field.endsWith('_list')) continue; // repeats target_status_code
      let summary = this.secondary.get(field.field);
      if (!summary) {
        summary = { codes: new Map(), missing: 0 };
        this.secondary.set(field.field, summary);
      }
      if (field.code === undefined) summary.missing++;
      else summary.codes.set(field.code, (summary.codes.get(field.code) ?? 0) + 1);
    }
  }

  private summary(): LogSummary {
    const classes = Object.fromEntries(classKeys.map((k) => [k, 0])) as Record<ClassKey, number>;
    const codes: CodeCount[] = [...this.codeCounts].sort((a, b) => a[0] - b[0]).map(([code, count]) => {
      classes[`${Math.floor(code / 100)}xx` as ClassKey] += count;
      const entry: CodeCount = { code, count };
      const paths = this.paths.get(code);
      if (paths) {
        entry.topPaths = paths.top(this.topPaths).map((h) => (h.error > 0
          ? { path: h.key, count: h.count, maxOverestimate: h.error }
          : { path: h.key, count: h.count }));
      }
      return entry;
    });
    const secondary: FieldSummary[] = [...this.secondary].map(([field, s]) => ({
      field, missing: s.missing,
      codes: [...s.codes].sort((a, b) => a[0] - b[0]).map(([code, count]) => ({ code, count })),
    }));
    return {
      format: this.format ?? null,
      formatName: this.format ? formatNames[this.format] : 'unrecognised',
      lines: this.lines,
      requests: this.requests,
      withoutStatus: this.withoutStatus,
      otherLines: this.otherLines,
      notUnderstood: this.notUnderstood,
      classes,
      codes,
      secondary,
      timeline: this.time.timeline() ?? null,
    };
  }
}

function countNewlines(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

/** Summarises a whole text at once (tests, small documents). */
export function summarizeLog(text: string, options?: SummaryOptions): LogSummary {
  const summarizer = new LogSummarizer(options);
  summarizer.write(text);
  return summarizer.end();
}
