// A small, tolerant, incremental JSON scanner: feeds on chunks, reports scalar values with the key path
// that leads to them and their offsets. It never builds the document (a 100 MB HAR file is scanned in
// constant memory) and never throws: stray characters are skipped, unbalanced brackets are forgiven.

export type JsonContainer = 'object' | 'array';

export interface JsonFrame {
  kind: JsonContainer;
  /** The key under which this container sits in its parent object (undefined in arrays and at the root). */
  key: string | undefined;
  /** Objects: the key whose value comes next (set after the key string is read). */
  pendingKey: string | undefined;
  /** Objects: the next string is a key. */
  expectKey: boolean;
}

export interface JsonScalar {
  kind: 'string' | 'number' | 'literal';
  /** The key of the value in its object, undefined for array items and the root. */
  key: string | undefined;
  /** Numbers and literals: the raw text. Strings: the decoded text, cut at `maxStringLength`. */
  text: string;
  /** Absolute offsets of the raw token (strings include their quotes). */
  start: number;
  end: number;
  /** The containers around the value, outermost first (do not keep: it is reused). */
  stack: readonly JsonFrame[];
}

export interface JsonScanHandler {
  value?(scalar: JsonScalar): void;
  open?(frame: JsonFrame, stack: readonly JsonFrame[]): void;
  /** Called after the frame was popped: `stack` no longer holds it. */
  close?(frame: JsonFrame, stack: readonly JsonFrame[]): void;
}

const QUOTE = 34; // "
const BACKSLASH = 92;

/** Strings longer than this are cut (HAR bodies can be megabytes; keys and URLs are short). */
const maxStringLength = 4096;

export class JsonScanner {
  private readonly stack: JsonFrame[] = [];
  private offset = 0;
  // Token in progress across chunk boundaries.
  private token: 'none' | 'string' | 'bare' = 'none';
  private tokenStart = 0;
  private buffer = '';
  private escaped = false;
  private truncated = false;

  constructor(private readonly handler: JsonScanHandler) {}

  /** Feeds the next chunk of text. */
  write(chunk: string): void {
    const base = this.offset;
    let i = 0;
    const n = chunk.length;
    while (i < n) {
      if (this.token === 'string') {
        i = this.continueString(chunk, i, base);
        continue;
      }
      if (this.token === 'bare') {
        const startRun = i;
        while (i < n && isBareChar(chunk.charCodeAt(i))) i++;
        this.appendBuffer(chunk.slice(startRun, i));
        if (i < n) this.finishBare(base + i);
        continue;
      }
      const c = chunk.charCodeAt(i);
      if (c === QUOTE) {
        this.token = 'string';
        this.tokenStart = base + i;
        this.buffer = '';
        this.escaped = false;
        this.truncated = false;
        i++;
      } else if (c === 123 /* { */ || c === 91 /* [ */) {
        const frame: JsonFrame = {
          kind: c === 123 ? 'object' : 'array', key: this.takeKey(), pendingKey: undefined, expectKey: c === 123,
        };
        this.stack.push(frame);
        this.handler.open?.(frame, this.stack);
        i++;
      } else if (c === 125 /* } */ || c === 93 /* ] */) {
        const frame = this.stack.pop();
        if (frame) this.handler.close?.(frame, this.stack);
        i++;
      } else if (c === 58 /* : */) {
        const top = this.top();
        if (top?.kind === 'object') top.expectKey = false;
        i++;
      } else if (c === 44 /* , */) {
        const top = this.top();
        if (top?.kind === 'object') {
          top.expectKey = true;
          top.pendingKey = undefined;
        }
        i++;
      } else if (isBareChar(c)) {
        this.token = 'bare';
        this.tokenStart = base + i;
        this.buffer = '';
        this.truncated = false;
      } else {
        i++; // whitespace or a stray character
      }
    }
    this.offset = base + n;
  }

  /** Ends the input: a number at the very end is reported. */
  end(): void {
    if (this.token === 'bare') this.finishBare(this.offset);
    this.token = 'none';
  }

  private top(): JsonFrame | undefined {
    return this.stack[this.stack.length - 1];
  }

  /** The key for the value starting now (consumed). */
  private takeKey(): string | undefined {
    const top = this.top();
    if (top?.kind !== 'object') return undefined;
    const key = top.pendingKey;
    top.pendingKey = undefined;
    return key;
  }

  private appendBuffer(text: string): void {
    if (this.truncated || text.length === 0) return;
    if (this.buffer.length + text.length > maxStringLength) {
      this.buffer += text.slice(0, maxStringLength - this.buffer.length);
      this.truncated = true;
    } else {
      this.buffer += text;
    }
  }

  private continueString(chunk: string, from: number, base: number): number {
    let i = from;
    const runStart = i;
    const n = chunk.length;
    while (i < n) {
      const c = chunk.charCodeAt(i);
      if (this.escaped) {
        this.escaped = false;
        i++;
        continue;
      }
      if (c === BACKSLASH) {
        this.escaped = true;
        i++;
        continue;
      }
      if (c === QUOTE) {
        this.appendBuffer(chunk.slice(runStart, i));
        this.finishString(base + i + 1);
        return i + 1;
      }
      if (c === 10 /* newline: JSON strings never hold one; recover from a broken line */) {
        this.appendBuffer(chunk.slice(runStart, i));
        this.token = 'none';
        return i;
      }
      i++;
    }
    this.appendBuffer(chunk.slice(runStart, i));
    return i;
  }

  private finishString(end: number): void {
    this.token = 'none';
    const text = this.buffer.includes('\\') ? unescapeJson(this.buffer) : this.buffer;
    this.buffer = '';
    const top = this.top();
    if (top?.kind === 'object' && top.expectKey) {
      top.pendingKey = text;
      top.expectKey = false;
      return;
    }
    this.handler.value?.({ kind: 'string', key: this.takeKey(), text, start: this.tokenStart, end, stack: this.stack });
  }

  private finishBare(end: number): void {
    this.token = 'none';
    const text = this.buffer;
    this.buffer = '';
    const first = text.charCodeAt(0);
    const kind = first === 45 || (first >= 48 && first <= 57) ? 'number' : 'literal';
    this.handler.value?.({ kind, key: this.takeKey(), text, start: this.tokenStart, end, stack: this.stack });
  }
}

/** Letters, digits, `-`, `+`, `.`: numbers and true/false/null. */
function isBareChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 45 || c === 43 || c === 46;
}

function unescapeJson(raw: string): string {
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    return raw.replace(/\\(.)/g, '$1');
  }
}

/** Scans a whole text at once. */
export function scanJson(text: string, handler: JsonScanHandler): void {
  const scanner = new JsonScanner(handler);
  scanner.write(text);
  scanner.end();
}
