// The --stdio transport, hardened: vscode-jsonrpc's stream reader goes deaf for good after one bad
// header (it re-reads the same bytes forever) and drops unparsable bodies without an answer. Here
// every frame is checked before the library sees it: a broken frame is answered with a JSON-RPC
// Parse error and skipped up to the next `Content-Length:` header; a body that is JSON but not a
// message is answered with Invalid Request. Valid frames pass through unchanged.
import { Transform, TransformCallback } from 'stream';
import { format } from 'util';
import { Connection, createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { ErrorCodes, Message, StreamMessageWriter } from 'vscode-languageserver/node';

const headerEnd = Buffer.from('\r\n\r\n', 'ascii');
const contentLength = 'content-length:';
/** Longer than any header block we accept; past this without "\r\n\r\n", the bytes are garbage. */
const maxHeaderBytes = 8 * 1024;

type ErrorReply = (id: number | string | null, code: number, message: string) => void;

class FrameGuard extends Transform {
  private chunks: Buffer[] = [];
  private buffered = 0;
  /** Body length of the frame being read, or -1 while reading headers. */
  private bodyLength = -1;

  constructor(private readonly reply: ErrorReply) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    this.drain();
    done();
  }

  private takeBytes(n: number): Buffer {
    const all = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks, this.buffered);
    const head = all.subarray(0, n);
    const rest = all.subarray(n);
    this.chunks = rest.length ? [rest] : [];
    this.buffered = rest.length;
    return head;
  }

  private peek(): Buffer {
    if (this.chunks.length > 1) this.chunks = [Buffer.concat(this.chunks, this.buffered)];
    return this.chunks[0] ?? Buffer.alloc(0);
  }

  private drain(): void {
    for (;;) {
      if (this.bodyLength < 0) {
        const bytes = this.peek();
        const end = bytes.indexOf(headerEnd);
        if (end < 0) {
          if (bytes.length > maxHeaderBytes) this.resync('a header block without its end');
          return;
        }
        const length = parseHeaders(bytes.subarray(0, end).toString('ascii'));
        if (length === undefined) {
          this.resync(`a malformed header block ${JSON.stringify(bytes.subarray(0, Math.min(end, 120)).toString('latin1'))}`);
          continue;
        }
        this.takeBytes(end + headerEnd.length);
        this.bodyLength = length;
      }
      if (this.buffered < this.bodyLength) return;
      const body = this.takeBytes(this.bodyLength);
      this.bodyLength = -1;
      if (this.accept(body)) this.push(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
    }
  }

  /**
   * Skips to the next `Content-Length:` after the current position. Without one, drops everything
   * but a short tail that could be the start of the next header (always less than before: progress).
   */
  private resync(what: string): void {
    const bytes = this.peek();
    const next = bytes.toString('latin1').toLowerCase().indexOf('content-length:', 1);
    this.takeBytes(next > 0 ? next : bytes.length - Math.min(contentLength.length - 1, bytes.length - 1));
    this.reply(null, ErrorCodes.ParseError, `Parse error: ${what}; skipped to the next message.`);
  }

  /** Whether a body is a message for the library; answers the ones that are not. */
  private accept(body: Buffer): boolean {
    let message: unknown;
    try {
      message = JSON.parse(body.toString('utf8'));
    } catch (error) {
      this.reply(null, ErrorCodes.ParseError, `Parse error: ${(error as Error).message}`);
      return false;
    }
    if (!isObject(message)) {
      this.reply(null, ErrorCodes.InvalidRequest, 'Invalid Request: a message must be a JSON object (batches are not part of LSP).');
      return false;
    }
    const id = typeof message.id === 'number' || typeof message.id === 'string' ? message.id : null;
    if (message.method !== undefined) {
      if (typeof message.method === 'string') return true;
      this.reply(id, ErrorCodes.InvalidRequest, 'Invalid Request: "method" must be a string.');
      return false;
    }
    if (id !== null && ('result' in message || 'error' in message)) return true; // a response to one of our requests
    if (message.id === null && 'error' in message) return false; // a client's own error report: nothing to answer
    this.reply(id, ErrorCodes.InvalidRequest, 'Invalid Request: neither a request, a notification nor a response.');
    return false;
  }
}

/** The Content-Length of a header block, or undefined when the block is not `Name: value` lines with one. */
function parseHeaders(block: string): number | undefined {
  let length: number | undefined;
  for (const line of block.split('\r\n')) {
    const match = /^([A-Za-z0-9-]+):[ \t]*(.*?)[ \t]*$/.exec(line);
    if (!match) return undefined;
    if (match[1].toLowerCase() === 'content-length') {
      if (!/^\d{1,10}$/.test(match[2])) return undefined;
      length = Number(match[2]);
    }
  }
  return length;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The connection for `--stdio`: guarded input, and console output kept off stdout (it is the protocol). */
export function createStdioConnection(): Connection {
  const writer = new StreamMessageWriter(process.stdout);
  const reply: ErrorReply = (id, code, message) => {
    void writer.write({ jsonrpc: '2.0', id, error: { code, message } } as Message);
  };
  const input = process.stdin.pipe(new FrameGuard(reply));
  const connection = createConnection(ProposedFeatures.all, input as NodeJS.ReadableStream, writer as unknown as NodeJS.WritableStream);
  const toLog = (log: (m: string) => void) => (...args: unknown[]) => log(format(...args));
  console.log = toLog((m) => connection.console.log(m));
  console.info = toLog((m) => connection.console.info(m));
  console.warn = toLog((m) => connection.console.warn(m));
  console.error = toLog((m) => connection.console.error(m));
  return connection;
}
