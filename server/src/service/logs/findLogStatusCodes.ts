// The detector for logs, HAR files, .http/.rest files and curl transcripts: only status fields count.
// Each detection carries the vendor whose meaning fits the log and, where the line says more (an ALB
// target that never answered), a note for the hover.
import { Detection } from '../detection/types';
import { LogFormatId, LogRecord, readLineSafely } from './types';
import { sniffLogFormat } from './sniffLogFormat';
import { lineReaderFor } from './lineReaders';
import { readHar } from './harFile';
import { logHoverNote, vendorFor, vendorSourceFor } from './logContext';

/** Lines longer than this are skipped (minified blobs, binary junk): no format writes them. */
const maxLineLength = 64 * 1024;

/** Detections in a log-like text; `format` skips sniffing (known from the extension or language). */
export function findLogStatusCodes(text: string, format?: LogFormatId, fileName?: string): Detection[] {
  const chosen = format ?? sniffLogFormat(text, fileName);
  if (!chosen) return [];
  const found: Detection[] = [];
  if (chosen === 'har') {
    for (const record of readHar(text)) pushRecord(found, record, 0, text, undefined);
    return found;
  }
  const reader = lineReaderFor(chosen);
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const contentEnd = lineEnd > lineStart && text.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd;
    if (contentEnd - lineStart <= maxLineLength) {
      const line = text.slice(lineStart, contentEnd);
      const record = readLineSafely(reader, line);
      if (record && record !== 'malformed') pushRecord(found, record, lineStart, text, line);
    }
    lineStart = lineEnd + 1;
  }
  return found;
}

function pushRecord(found: Detection[], record: LogRecord, base: number, text: string, line: string | undefined): void {
  for (const field of record.fields) {
    if (field.code === undefined) continue;
    const start = base + field.start;
    const detection: Detection = {
      code: field.code, start, end: base + field.end, form: 'literal', text: text.slice(start, base + field.end),
      context: field.context,
    };
    const vendor = vendorFor(field.context);
    if (vendor) detection.framework = vendor;
    const vendorSource = vendorSourceFor(field.context);
    if (vendorSource) detection.vendorSource = vendorSource;
    const note = line === undefined ? undefined : logHoverNote(detection, line, record);
    if (note) detection.note = note;
    found.push(detection);
  }
}
