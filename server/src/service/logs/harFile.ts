// HAR (HTTP Archive) files: `log.entries[].response.status` is the status; `status` anywhere else (a
// JSON body inside `content.text` is a string, so it never counts) is not. Scanned with the streaming
// JSON scanner: a 100 MB HAR is never parsed into memory.
import { JsonFrame, JsonScanner } from './jsonScanner';
import { LogRecord, statusCode } from './types';
import { parseIsoTime } from './logTime';
import { pathOf } from './requestLine';

/** Reads a HAR text chunk by chunk and reports one record per entry (offsets are absolute). */
export class HarReader {
  private readonly scanner: JsonScanner;
  private entry: LogRecord | undefined;
  private entryDepth = -1;

  constructor(onRecord: (record: LogRecord) => void) {
    this.scanner = new JsonScanner({
      open: (frame, stack) => {
        if (this.entry === undefined && isEntry(frame, stack)) {
          this.entry = { fields: [] };
          this.entryDepth = stack.length;
        }
      },
      close: (_frame, stack) => {
        if (this.entry && stack.length === this.entryDepth - 1) {
          onRecord(this.entry);
          this.entry = undefined;
        }
      },
      value: (scalar) => {
        const stack = scalar.stack;
        const parent = stack[stack.length - 1];
        if (scalar.key === 'status' && scalar.kind === 'number' && parent?.kind === 'object' && parent.key === 'response') {
          const code = statusCode(scalar.text);
          if (code === undefined) return;
          const record = this.entry ?? { fields: [] };
          record.fields.push({ field: 'response.status', code, start: scalar.start, end: scalar.end, context: 'har:response' });
          if (!this.entry) onRecord(record); // a response object outside log.entries: still a response
          return;
        }
        if (!this.entry) return;
        const depth = stack.length;
        if (depth === this.entryDepth && scalar.key === 'startedDateTime' && scalar.kind === 'string') {
          this.entry.time = parseIsoTime(scalar.text);
        } else if (depth === this.entryDepth + 1 && parent.key === 'request' && scalar.kind === 'string') {
          if (scalar.key === 'url') this.entry.path = pathOf(scalar.text);
          else if (scalar.key === 'method') this.entry.method = scalar.text;
        }
      },
    });
  }

  write(chunk: string): void {
    this.scanner.write(chunk);
  }

  end(): void {
    this.scanner.end();
  }
}

/** An object directly inside the `entries` array. */
function isEntry(frame: JsonFrame, stack: readonly JsonFrame[]): boolean {
  const parent = stack[stack.length - 2];
  return frame.kind === 'object' && parent?.kind === 'array' && parent.key === 'entries';
}

export function readHar(text: string): LogRecord[] {
  const records: LogRecord[] = [];
  const reader = new HarReader((record) => records.push(record));
  reader.write(text);
  reader.end();
  return records;
}

export function looksLikeHar(head: string): boolean {
  return /^\s*\{\s*"log"\s*:\s*\{/.test(head) || (/"entries"\s*:/.test(head) && /"creator"\s*:/.test(head));
}
