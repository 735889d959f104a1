// The work of `scan` on one file, apart from walking and printing: read it, decide whether it is a kind
// we read, analyse it. Whatever happens to one file is that file's outcome — read, skipped with a reason,
// or failed with a message — and never stops the scan (issue 16). Pure apart from reading the file, so
// the worker pool and the main thread share it.
import * as fs from 'fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LanguageService } from '../service/languageService';
import { DetectionForm } from '../service/detection/types';
import { documentFamily, languageFamily } from '../service/detection/languages';
import { sniffBytes, sniffLogFormat } from '../service/logs/sniffLogFormat';
import { defaultSettings, Settings } from '../service/settings';
import { CliDiagnostic, diagnosticsOfDocument } from './scanDiagnostics';
import { isBinary, MAX_FILE_BYTES, SkipReason, WalkedFile } from './walkFiles';

export interface ScanDetection {
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units (as LSP and SARIF count). */
  column: number;
  code: number;
  form: DetectionForm;
  name: string | null;
  /** As written ("http.StatusNotFound"): only when `ScanOptions.siteText` asks (the `map` command). */
  text?: string;
}

export interface FileResult {
  detections: ScanDetection[];
  diagnostics: CliDiagnostic[];
}

/** What became of one walked file. */
export type FileOutcome =
  | { file: string; status: 'read'; result: FileResult }
  | { file: string; status: 'skipped'; reason: SkipReason; explicit?: boolean }
  | { file: string; status: 'failed'; message: string };

export interface ScanOptions {
  service: LanguageService;
  settings?: Settings;
  /** Also run the diagnostics rules (default true). */
  diagnostics?: boolean;
  /** Files larger than this are skipped as too large (default MAX_FILE_BYTES). */
  maxFileBytes?: number;
  /** Keep each detection's text as written (`map`); `scan` output has no such field. */
  siteText?: boolean;
}

/** Detections (and diagnostics) of one file's text; `file` is printed as given; language from its extension. */
export function analyzeFile(file: string, text: string, options: ScanOptions): FileResult {
  const { service } = options;
  const uri = `file://${encodeURI(file.startsWith('/') ? file : `/${file}`)}`;
  const document = TextDocument.create(uri, '', 1, text);
  // One analysis serves both: the diagnostics read it from the service's cache before it is dropped.
  const analysis = service.analyze(document);
  const positions = positionsOf(text, analysis.detections.map((d) => d.start));
  const detections = analysis.detections.map((d, k) => {
    const position = positions[k];
    const meaning = (d.vendorSource ? service.index.get(d.code)?.meanings.find((m) => m.source === d.vendorSource) : undefined)
      ?? service.index.primary(d.code);
    return {
      file, line: position.line + 1, column: position.character + 1, code: d.code, form: d.form, name: meaning?.name ?? null,
      ...(options.siteText ? { text: d.text } : {}),
    };
  });
  const diagnostics = options.diagnostics === false ? [] : diagnosticsOfDocument(service, file, document, options.settings ?? defaultSettings);
  service.forget(uri);
  return { detections, diagnostics };
}

/**
 * `document.positionAt` of each offset, in one forward pass that stops at the last one: line breaks are
 * found by a native search, where TextDocument reads every character of the file to index its lines.
 * Offsets in ascending order (detections are sorted); none inside a \r\n (none starts there).
 */
export function positionsOf(text: string, offsets: readonly number[]): { line: number; character: number }[] {
  const out: { line: number; character: number }[] = [];
  const lineBreak = /\r\n?|\n/g;
  let line = 0;
  let lineStart = 0;
  let next = lineBreak.exec(text);
  for (const offset of offsets) {
    while (next && next.index < offset) {
      line++;
      lineStart = next.index + next[0].length;
      next = lineBreak.exec(text);
    }
    out.push({ line, character: offset - lineStart });
  }
  return out;
}

/**
 * A file none of our readers knows: no language by its name, and its first bytes are no log format.
 * (Plain `.txt` files are read only when they hold a transcript or a log.)
 */
export function isUnknownKind(file: string, text: string): boolean {
  const family = documentFamily('', file, text);
  if (family !== 'unknown' && family !== 'transcript') return false;
  return sniffLogFormat(text, file) === undefined;
}

/**
 * Text formats whose name says what they are, and none is a log, a transcript or nginx configuration:
 * skipped as unknown-kind unread. A scan of installed packages meets thousands (source maps alone were
 * 104 MB of a 280 MB tree, each sniffed from its head before).
 */
const notLogsByName = /\.(?:map|css|scss|sass|less|styl|svg|html?|xhtml|xml|xsl|xsd)$/i;

/**
 * Bytes enough to decide `isUnknownKind` without the rest of the file: the sniffers read the first
 * `sniffBytes` UTF-16 units of the text, and a unit takes at most 3 bytes of UTF-8.
 */
const kindHeadBytes = 3 * sniffBytes + 4;

/** Reads and analyses one walked file; every failure is the file's outcome, never an exception. */
export function scanFile(walked: WalkedFile, options: ScanOptions): FileOutcome {
  const file = walked.display;
  const skipped = (reason: SkipReason): FileOutcome => ({ file, status: 'skipped', reason, ...(walked.explicit ? { explicit: true } : {}) });
  // A name that tells no language (source maps, stylesheets, Markdown): its head says whether it is a log
  // or nginx configuration, and most such files are skipped unread past it.
  const named = languageFamily('', file);
  const byContent = named === 'unknown' || named === 'transcript';
  if (named === 'unknown' && notLogsByName.test(file)) return skipped('unknown-kind');
  const head = readFor(walked, options, byContent ? kindHeadBytes : Infinity, skipped);
  if ('status' in head) return head;
  if (isBinary(head.buffer)) return skipped('binary');
  try {
    let text = head.buffer.toString('utf8');
    if (byContent && isUnknownKind(file, text)) return skipped('unknown-kind');
    if (!head.whole) {
      // A log whose name does not say so, known from its head: read whole, with the same checks (it may
      // have grown past the size limit, or been replaced, since).
      const all = readFor(walked, options, Infinity, skipped);
      if ('status' in all) return all;
      text = all.buffer.toString('utf8');
    }
    return { file, status: 'read', result: analyzeFile(file, text, options) };
  } catch (error) {
    return { file, status: 'failed', message: `analysis failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** readAtMost for a walked file; a file not read is its outcome (skipped with a reason, or failed). */
function readFor(
  walked: WalkedFile, options: ScanOptions, head: number, skipped: (reason: SkipReason) => FileOutcome,
): { buffer: Buffer; whole: boolean } | FileOutcome {
  try {
    const read = readAtMost(walked.absolute, options.maxFileBytes ?? MAX_FILE_BYTES, head);
    return typeof read === 'string' ? skipped(read) : read;
  } catch (error) {
    return { file: walked.display, status: 'failed', message: `cannot read: ${readError(error)}` };
  }
}

/** The file's first `head` bytes (all of it when shorter, or when `head` is Infinity), or why it is not read. */
function readAtMost(absolute: string, maxBytes: number, head: number): { buffer: Buffer; whole: boolean } | 'not-a-file' | 'too-large' {
  // Opened non-blocking and checked with fstat: a FIFO or a device put in place since the walk is
  // skipped, not read (reading could block for ever).
  const fd = fs.openSync(absolute, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) return 'not-a-file';
    if (stat.size > maxBytes) return 'too-large';
    const buffer = Buffer.allocUnsafe(Math.min(stat.size, head));
    let length = 0;
    while (length < buffer.length) {
      const n = fs.readSync(fd, buffer, length, buffer.length - length, length);
      if (n === 0) break;
      length += n;
    }
    return { buffer: buffer.subarray(0, length), whole: stat.size <= head };
  } finally {
    fs.closeSync(fd);
  }
}

function readError(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  switch (e.code) {
    case 'ENOENT': return 'the file disappeared while the scan ran';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a folder';
    default: return e.message ?? String(error);
  }
}
