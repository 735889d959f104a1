// A typed JSON-RPC client for the built server: forks `dist/server.js --stdio` and speaks LSP to it.
import { ChildProcess, spawn } from 'child_process';
import * as path from 'path';
import {
  createProtocolConnection, DidChangeTextDocumentNotification, DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification, ExitNotification, Hover, HoverRequest, InitializedNotification,
  InitializeRequest, InitializeResult, ProtocolConnection, PublishDiagnosticsNotification,
  PublishDiagnosticsParams, ShutdownRequest, StreamMessageReader, StreamMessageWriter,
  TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';

export const serverPath = path.resolve(__dirname, '..', '..', 'dist', 'server.js');

export class LspTestClient {
  readonly connection: ProtocolConnection;
  readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  readonly stderr: string[] = [];
  private exited: Promise<number | null>;

  private constructor(readonly process: ChildProcess) {
    this.connection = createProtocolConnection(
      new StreamMessageReader(process.stdout!), new StreamMessageWriter(process.stdin!));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.diagnostics.set(params.uri, params);
    });
    process.stderr!.on('data', (chunk) => this.stderr.push(String(chunk)));
    this.exited = new Promise((resolve) => process.on('exit', (code) => resolve(code)));
    this.connection.listen();
  }

  static start(args: string[] = ['--stdio'], server = serverPath): LspTestClient {
    return new LspTestClient(spawn(process.execPath, [server, ...args], { stdio: ['pipe', 'pipe', 'pipe'] }));
  }

  async initialize(initializationOptions: unknown = {}, capabilities: object = {}): Promise<InitializeResult> {
    const result = await this.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid, rootUri: null, capabilities, initializationOptions,
    });
    await this.connection.sendNotification(InitializedNotification.type, {});
    return result;
  }

  async open(uri: string, languageId: string, text: string, version = 1): Promise<void> {
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId, version, text },
    });
  }

  async change(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): Promise<void> {
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version }, contentChanges: changes,
    });
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  hover(uri: string, line: number, character: number): Promise<Hover | null> {
    return this.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line, character } });
  }

  /** Waits for diagnostics of `uri` that satisfy `until` (pushed by the server). */
  async waitForDiagnostics(uri: string, until: (p: PublishDiagnosticsParams) => boolean = () => true, timeoutMs = 10000): Promise<PublishDiagnosticsParams> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const current = this.diagnostics.get(uri);
      if (current && until(current)) return current;
      if (Date.now() > deadline) throw new Error(`no diagnostics for ${uri} within ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  async shutdown(): Promise<number | null> {
    await this.connection.sendRequest(ShutdownRequest.type);
    await this.connection.sendNotification(ExitNotification.type);
    const code = await this.exited;
    this.connection.dispose();
    return code;
  }

  kill(): void {
    this.process.kill('SIGKILL');
    this.connection.dispose();
  }
}

/** Text with a `|` marker → the text without it and the marker's LSP position (UTF-16 columns). */
export function withCursor(marked: string): { text: string; line: number; character: number } {
  const offset = marked.indexOf('|');
  if (offset < 0) throw new Error('no | marker');
  const text = marked.slice(0, offset) + marked.slice(offset + 1);
  const before = text.slice(0, offset).split('\n');
  return { text, line: before.length - 1, character: before[before.length - 1].length };
}

export function hoverText(hover: Hover | null): string {
  if (!hover) return '';
  const c = hover.contents as any;
  if (typeof c === 'string') return c;
  if (Array.isArray(c)) return c.map((x) => (typeof x === 'string' ? x : x.value)).join('\n');
  return c.value;
}
