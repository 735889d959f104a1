// The web bundle of the server (dist/web/server.js, what VS Code for the Web starts in a web worker),
// run with a web worker's globals only — no require, process, Buffer or file system — and spoken to
// over a MessagePort exactly as vscode-languageclient/browser does: postMessage of JSON-RPC objects.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';
import { MessageChannel, MessagePort } from 'worker_threads';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  AbstractMessageReader, AbstractMessageWriter, CodeAction, CodeActionRequest, createProtocolConnection, DataCallback,
  CompletionItem, CompletionList, CompletionRequest, Disposable, DidOpenTextDocumentNotification, HoverRequest, InitializedNotification, InitializeRequest, Message,
  MarkupContent, ProtocolConnection, PublishDiagnosticsNotification, PublishDiagnosticsParams, TextEdit,
} from 'vscode-languageserver-protocol/node';

const bundle = path.resolve(__dirname, '..', '..', 'dist', 'web', 'server.js');

class PortReader extends AbstractMessageReader {
  constructor(private readonly port: MessagePort) { super(); }
  listen(callback: DataCallback): Disposable {
    this.port.on('message', (data: Message) => callback(data));
    return { dispose: () => this.port.removeAllListeners('message') };
  }
}

class PortWriter extends AbstractMessageWriter {
  constructor(private readonly port: MessagePort) { super(); }
  async write(message: Message): Promise<void> { this.port.postMessage(message); }
  end(): void { /* the port closes with the test */ }
}

/** The globals a dedicated web worker has that the server may use; nothing of Node's. */
function workerGlobals(self: MessagePort): vm.Context {
  const scope: Record<string, unknown> = {
    console, setTimeout, clearTimeout, setInterval, clearInterval, queueMicrotask, TextEncoder, TextDecoder, URL,
    crypto: globalThis.crypto, performance: globalThis.performance,
  };
  // The worker's `self` receives with onmessage and sends with postMessage, as a MessagePort does.
  scope.self = self;
  return vm.createContext(scope);
}

describe('lsp: the web worker server bundle over postMessage, without Node', function () {
  this.timeout(30_000);
  let connection: ProtocolConnection;
  let channel: MessageChannel;
  const diagnostics = new Map<string, PublishDiagnosticsParams>();

  before(async () => {
    assert.ok(fs.existsSync(bundle), 'build first: node esbuild.mjs');
    channel = new MessageChannel();
    const context = workerGlobals(channel.port2);
    for (const name of ['require', 'process', 'Buffer', 'module', '__dirname']) assert.strictEqual(vm.runInContext(`typeof ${name}`, context), 'undefined');
    vm.runInContext(fs.readFileSync(bundle, 'utf8'), context, { filename: bundle });
    connection = createProtocolConnection(new PortReader(channel.port1), new PortWriter(channel.port1));
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => { diagnostics.set(params.uri, params); });
    connection.listen();
  });

  after(() => {
    connection?.dispose();
    channel?.port1.close();
  });

  it('initializes with the bundled dataset, hovers res.status(502), and fixes a 500 sent during maintenance', async () => {
    const init = await connection.sendRequest(InitializeRequest.type, { processId: null, rootUri: null, capabilities: {}, initializationOptions: {} });
    assert.strictEqual(init.serverInfo?.name, 'http-status-lens');
    await connection.sendNotification(InitializedNotification.type, {});

    // A file as code-server's browser extension host names it.
    const app = 'vscode-remote://127.0.0.1:8080/work/src/app.js';
    const appText = "app.get('/up', async (req, res) => {\n  res.status(502).send('upstream unavailable');\n});\n";
    await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: app, languageId: 'javascript', version: 1, text: appText } });
    const hover = await connection.sendRequest(HoverRequest.type, { textDocument: { uri: app }, position: { line: 1, character: 14 } });
    assert.match((hover?.contents as MarkupContent).value, /502 Bad Gateway/);

    const maintenance = 'vscode-vfs://github/acme/shop/src/maintenance.js';
    const text = "app.get('/orders', (req, res) => {\n  if (maintenanceMode) {\n    return res.status(500).send('Down for maintenance');\n  }\n});\n";
    await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: maintenance, languageId: 'javascript', version: 1, text } });
    const deadline = Date.now() + 10_000;
    while (!diagnostics.has(maintenance) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    const found = diagnostics.get(maintenance)?.diagnostics ?? [];
    assert.deepStrictEqual(found.map((d) => d.code), ['prefer-503-for-unavailable']);

    const actions = await connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: maintenance }, range: found[0].range, context: { diagnostics: found },
    }) as CodeAction[];
    const fix = actions.find((a) => a.title === 'Use 503 Service Unavailable with Retry-After: 120');
    assert.ok(fix?.edit, actions.map((a) => a.title).join(', '));
    const edits = (fix.edit.changes?.[maintenance] ?? []) as TextEdit[];
    assert.strictEqual(TextDocument.applyEdits(TextDocument.create(maintenance, 'javascript', 1, text), edits),
      "app.get('/orders', (req, res) => {\n  if (maintenanceMode) {\n    res.set('Retry-After', '120');\n    return res.status(503).send('Down for maintenance');\n  }\n});\n");
  });

  it('completes status codes and offers the number → constant refactoring', async () => {
    const uri = 'vscode-remote://127.0.0.1:8080/work/src/complete.js';
    await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'javascript', version: 1, text: 'res.status(' } });
    const completion = await connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 0, character: 11 } });
    const items = (Array.isArray(completion) ? completion : (completion as CompletionList).items) as CompletionItem[];
    assert.deepStrictEqual(items.slice(0, 3).map((i) => i.label), ['200', '201', '204']);
    assert.strictEqual(items.find((i) => i.label === '404')?.detail, 'Not Found');

    const go = 'vscode-vfs://github/acme/shop/main.go';
    const text = 'package main\nimport "net/http"\nfunc h(w http.ResponseWriter, r *http.Request) {\n\tw.WriteHeader(404)\n}\n';
    await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: go, languageId: 'go', version: 1, text } });
    const at = { line: 3, character: 16 };
    const actions = await connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: go }, range: { start: at, end: at }, context: { diagnostics: [], only: ['refactor.rewrite'] },
    }) as CodeAction[];
    assert.deepStrictEqual(actions.map((a) => a.title), ['Replace 404 with http.StatusNotFound']);
    const edits = (actions[0].edit?.changes?.[go] ?? []) as TextEdit[];
    assert.strictEqual(TextDocument.applyEdits(TextDocument.create(go, 'go', 1, text), edits), text.replace('404', 'http.StatusNotFound'));
  });
});
