// What `scan` prints, written as each file's outcome arrives (memory stays flat on big trees), in three
// formats: text lines, JSON, SARIF. Every format says what failed and what was skipped, and why:
//   text   one line per status code and per problem; failed files and a summary at the end
//   json   {"detections": [...], "diagnostics": [...], "errors": [{file, message}], "skipped": [{file, reason}], "files": N}
//   sarif  SARIF 2.1.0: diagnostics as results, failed and skipped files as tool execution notifications
import { CliDiagnostic, CliSeverity, diagnosticJson, diagnosticLine } from './scanDiagnostics';
import { FileOutcome, ScanDetection } from './scanFiles';
import { SarifNotice, sarifInvocation, sarifResult, sarifSchema, sarifTool } from './sarif';
import { SkipReason } from './walkFiles';

export type ScanFormat = 'text' | 'json' | 'sarif';

/** What the scan did, for the summary line and the exit code. */
export interface ScanTally {
  files: number;
  detections: number;
  diagnostics: number;
  bySeverity: Record<CliSeverity, number>;
  errors: { file: string; message: string }[];
  skipped: { file: string; reason: SkipReason }[];
}

export interface ScanWriter {
  /** One file's outcome, in walk order. */
  add(outcome: FileOutcome): void;
  /** Writes what is left and returns the tally. */
  end(): ScanTally;
}

/** Writes text in chunks of about this size: one write per line would be a system call per line. */
const chunkChars = 64 * 1024;

/** Collects output and hands it on in chunks that end at a line end. */
class ChunkedOutput {
  private pending: string[] = [];
  private size = 0;
  constructor(private readonly write: (chunk: string) => void) {}

  line(text: string): void {
    this.pending.push(text);
    this.size += text.length + 1;
    if (this.size >= chunkChars) this.flush();
  }

  flush(): void {
    if (this.pending.length === 0) return;
    this.write(`${this.pending.join('\n')}\n`);
    this.pending = [];
    this.size = 0;
  }
}

/** How the text output and notifications say each reason (`scan --help` explains them). */
const reasonNames: Record<SkipReason, string> = {
  'too-large': 'too large',
  binary: 'binary',
  ignored: 'ignored',
  'unknown-kind': 'unknown kind',
  'not-a-file': 'not a regular file',
};

/** Skipped files are named one by one up to this many (all with --verbose). */
const namedSkipsLimit = 10;

function newTally(): ScanTally {
  return { files: 0, detections: 0, diagnostics: 0, bySeverity: { error: 0, warning: 0, information: 0, hint: 0 }, errors: [], skipped: [] };
}

/** Counts an outcome; returns its detections and diagnostics when it was read. */
function count(tally: ScanTally, outcome: FileOutcome): { detections: ScanDetection[]; diagnostics: CliDiagnostic[] } | undefined {
  if (outcome.status === 'failed') {
    tally.errors.push({ file: outcome.file, message: outcome.message });
    return undefined;
  }
  if (outcome.status === 'skipped') {
    tally.skipped.push({ file: outcome.file, reason: outcome.reason });
    return undefined;
  }
  tally.files++;
  tally.detections += outcome.result.detections.length;
  tally.diagnostics += outcome.result.diagnostics.length;
  for (const d of outcome.result.diagnostics) tally.bySeverity[d.severity]++;
  return outcome.result;
}

/** The summary that ends text output: what was read, found, failed and skipped. */
export function summaryLines(tally: ScanTally, verbose: boolean): string[] {
  const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
  const lines = [`scanned ${plural(tally.files, 'file')}: ${plural(tally.detections, 'status code')}, ${plural(tally.diagnostics, 'problem')}` +
    (tally.errors.length > 0 ? `; ${plural(tally.errors.length, 'file')} failed` : '')];
  if (tally.skipped.length > 0) {
    const byReason = new Map<SkipReason, string[]>();
    for (const s of tally.skipped) byReason.set(s.reason, [...(byReason.get(s.reason) ?? []), s.file]);
    lines.push(`skipped ${plural(tally.skipped.length, 'file')}: ${[...byReason].map(([reason, files]) => `${files.length} ${reasonNames[reason]}`).join(', ')}`);
    if (verbose || tally.skipped.length <= namedSkipsLimit) {
      for (const s of tally.skipped) lines.push(`  ${s.file}  (${reasonNames[s.reason]})`);
    } else {
      lines.push(`  (--verbose names them)`);
    }
  }
  return lines;
}

function textWriter(write: (chunk: string) => void, options: WriterOptions): ScanWriter {
  const out = new ChunkedOutput(write);
  const tally = newTally();
  return {
    add(outcome) {
      const read = count(tally, outcome);
      warnIfNamedAndSkipped(outcome, options);
      if (!read) return;
      for (const d of read.detections) out.line(`${d.file}:${d.line}:${d.column}  ${d.code}${d.name ? ` ${d.name}` : ''}`);
      for (const d of read.diagnostics) out.line(diagnosticLine(d));
    },
    end() {
      for (const line of summaryLines(tally, options.verbose)) out.line(line);
      for (const e of tally.errors) out.line(`failed: ${e.file}: ${e.message}`);
      out.flush();
      return tally;
    },
  };
}

function jsonWriter(write: (chunk: string) => void, options: WriterOptions): ScanWriter {
  const out = new ChunkedOutput(write);
  const tally = newTally();
  // Detections stream; diagnostics (a few per file at most) wait for the detections array to close.
  const diagnostics: string[] = [];
  const rows = new ArrayLines(out, '    ');
  out.line('{');
  out.line('  "detections": [');
  return {
    add(outcome) {
      const read = countForData(tally, outcome, options);
      if (!read) return;
      for (const d of read.detections) rows.add(JSON.stringify({ file: d.file, line: d.line, column: d.column, code: d.code, form: d.form, name: d.name }));
      for (const d of read.diagnostics) diagnostics.push(JSON.stringify(diagnosticJson(d)));
    },
    end() {
      rows.close();
      out.line('  ],');
      out.line(`  "diagnostics": [${diagnostics.length ? `\n    ${diagnostics.join(',\n    ')}\n  ` : ''}],`);
      out.line(`  "errors": ${JSON.stringify(tally.errors)},`);
      out.line(`  "skipped": ${JSON.stringify(tally.skipped)},`);
      out.line(`  "files": ${tally.files}`);
      out.line('}');
      out.flush();
      return tally;
    },
  };
}

function sarifWriter(write: (chunk: string) => void, options: WriterOptions): ScanWriter {
  const out = new ChunkedOutput(write);
  const tally = newTally();
  const results = new ArrayLines(out, '        ');
  out.line(`{\n  "$schema": ${JSON.stringify(sarifSchema)},\n  "version": "2.1.0",\n  "runs": [\n    {`);
  out.line(`      "tool": ${JSON.stringify(sarifTool({ toolVersion: options.toolVersion }))},`);
  out.line('      "columnKind": "utf16CodeUnits",');
  out.line('      "results": [');
  return {
    add(outcome) {
      const read = countForData(tally, outcome, options);
      if (!read) return;
      for (const d of read.diagnostics) results.add(JSON.stringify(sarifResult(d)));
    },
    end() {
      results.close();
      const notices: SarifNotice[] = [
        ...tally.errors.map((e) => ({ file: e.file, level: 'error' as const, text: `${e.file}: ${e.message}` })),
        ...tally.skipped.map((s) => ({ file: s.file, level: 'note' as const, text: `${s.file}: skipped, ${reasonNames[s.reason]}`, id: `skipped-${s.reason}` })),
      ];
      out.line('      ],');
      out.line(`      "invocations": [${JSON.stringify(sarifInvocation(notices))}]`);
      out.line('    }\n  ]\n}');
      out.flush();
      return tally;
    },
  };
}

/** The rows of a streamed JSON array, one per line, each but the last followed by a comma. */
class ArrayLines {
  private last: string | undefined;
  constructor(private readonly out: ChunkedOutput, private readonly indent: string) {}

  add(row: string): void {
    if (this.last !== undefined) this.out.line(`${this.indent}${this.last},`);
    this.last = row;
  }

  close(): void {
    if (this.last !== undefined) this.out.line(`${this.indent}${this.last}`);
    this.last = undefined;
  }
}

/** stderr: a file named on the command line and skipped (always); a failed file (JSON and SARIF, whose stdout is data). */
function warnIfNamedAndSkipped(outcome: FileOutcome, options: WriterOptions): void {
  if (outcome.status === 'skipped' && outcome.explicit) options.warn(`${outcome.file}: skipped, ${reasonNames[outcome.reason]}`);
}

function warnIfFailed(outcome: FileOutcome, options: WriterOptions): void {
  if (outcome.status === 'failed') options.warn(`${outcome.file}: ${outcome.message}`);
}

/** JSON and SARIF: counts the outcome and warns on stderr of a named skip or a failure (stdout is data). */
function countForData(tally: ScanTally, outcome: FileOutcome, options: WriterOptions): ReturnType<typeof count> {
  warnIfNamedAndSkipped(outcome, options);
  warnIfFailed(outcome, options);
  return count(tally, outcome);
}

export interface WriterOptions {
  /** Name every skipped file in the text summary, however many. */
  verbose: boolean;
  /** stderr: files named on the command line and skipped (every format), failed files (JSON and SARIF). */
  warn: (message: string) => void;
  toolVersion?: string;
}

export function scanWriter(format: ScanFormat, write: (chunk: string) => void, options: WriterOptions): ScanWriter {
  return format === 'json' ? jsonWriter(write, options) : format === 'sarif' ? sarifWriter(write, options) : textWriter(write, options);
}
