// A JSON-RPC channel to the built server that writes raw bytes: for the robustness tests, which must
// send what a well-behaved client library never would (bad framing, bad JSON, unknown methods).
import { ChildProcess, spawn } from 'child_process';
import { serverPath } from './lspClient';

export interface Message {
  jsonrpc?: string;
  id?: number | string | null;
  method?: string;
  params?: any;
  result?: any;
  error?: { code: number; message: string };
}

export class RawChannel {
  readonly received: Message[] = [];
  readonly stderr: string[] = [];
  readonly exit: Promise<number | null>;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private listeners: (() => void)[] = [];
  private exited = false;

  private constructor(readonly process: ChildProcess) {
    process.stdout!.on('data', (chunk: Buffer) => this.read(chunk));
    process.stderr!.on('data', (chunk) => this.stderr.push(String(chunk)));
    this.exit = new Promise((resolve) => process.on('exit', (code) => {
      this.exited = true;
      this.wake();
      resolve(code);
    }));
  }

  static start(): RawChannel {
    // HTTP_STATUS_LENS_SERVER runs the same tests against another build (e.g. a production one).
    const server = process.env.HTTP_STATUS_LENS_SERVER ?? serverPath;
    return new RawChannel(spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] }));
  }

  get alive(): boolean {
    return !this.exited;
  }

  /** Writes bytes exactly as given. */
  writeRaw(bytes: string | Buffer): void {
    this.process.stdin!.write(bytes);
  }

  /** Writes one well-framed message (the body may be any text, valid JSON-RPC or not). */
  writeBody(body: string | Buffer): void {
    const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
    this.writeRaw(Buffer.concat([Buffer.from(`Content-Length: ${bytes.length}\r\n\r\n`, 'ascii'), bytes]));
  }

  send(message: Message): void {
    this.writeBody(JSON.stringify({ jsonrpc: '2.0', ...message }));
  }

  notify(method: string, params?: unknown): void {
    this.send({ method, params });
  }

  /** Sends a request; returns its id and the response (result or error). */
  request(method: string, params?: unknown): { id: number; response: Promise<Message> } {
    const id = this.nextId++;
    this.send({ id, method, params });
    return { id, response: this.waitFor((m) => m.id === id && !m.method, `the response to ${method} #${id}`) };
  }

  async call(method: string, params?: unknown): Promise<Message> {
    return this.request(method, params).response;
  }

  /** Resolves with the first message (already received or to come) that matches. */
  waitFor(match: (m: Message) => boolean, what: string, timeoutMs = 10_000): Promise<Message> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => { cleanup(); reject(new Error(`timed out waiting for ${what}; stderr: ${this.stderr.join('').slice(-2000)}`)); }, timeoutMs);
      const check = () => {
        const found = this.received.find(match);
        if (found) { cleanup(); resolve(found); return; }
        if (this.exited) { cleanup(); reject(new Error(`the server exited while waiting for ${what}; stderr: ${this.stderr.join('').slice(-2000)}`)); return; }
        this.listeners.push(check);
      };
      const cleanup = () => clearTimeout(timer);
      check();
    });
  }

  async initialize(): Promise<Message> {
    const response = await this.call('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
    this.notify('initialized', {});
    return response;
  }

  kill(): void {
    if (!this.exited) this.process.kill('SIGKILL');
  }

  private read(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) break;
      const header = this.buffer.subarray(0, headerEnd).toString('ascii');
      const length = Number(/Content-Length: (\d+)/i.exec(header)?.[1]);
      if (this.buffer.length < headerEnd + 4 + length) break;
      const body = this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8');
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.received.push(JSON.parse(body));
    }
    this.wake();
  }

  private wake(): void {
    for (const listener of this.listeners.splice(0)) listener();
  }
}
