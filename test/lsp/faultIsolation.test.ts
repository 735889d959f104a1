// A request that fails on one document answers with an empty result, the error is logged once per
// document version, and nothing else on that or any other document is affected (issue 16).
// The server runs in this process over a real JSON-RPC connection (two cross-wired streams, as
// vscode-languageserver-node tests its protocol), with a language service that has a bug on documents
// holding "💥" — a fault no real document can be made to trigger once the bugs it stands for are fixed.
import * as assert from 'assert';
import * as path from 'path';
import { PassThrough } from 'stream';

import {
  CodeActionRequest, CompletionRequest, createConnection, createProtocolConnection, ProposedFeatures, DidChangeTextDocumentNotification, DidOpenTextDocumentNotification,
  HoverRequest, InitializedNotification, InitializeRequest, LogMessageNotification, ProtocolConnection,
  PublishDiagnosticsNotification, PublishDiagnosticsParams, StreamMessageReader, StreamMessageWriter,
} from 'vscode-languageserver/node';
import { loadDataset } from '../../server/src/loadDataset';
import { startServer } from '../../server/src/server';
import { getLanguageService, LanguageService } from '../../server/src/service/languageService';

const dataset = loadDataset(path.join(__dirname, '..', '..', 'data', 'status-codes.json'));

/** The real service, except that analysing a document that holds 💥 throws, as a reader bug once did. */
function serviceWithABug(): LanguageService {
  const real = getLanguageService({ dataset });
  const check = (text: string) => {
    if (text.includes('💥')) throw new TypeError("Cannot read properties of undefined (reading 'text')");
  };
  return {
    ...real,
    analyze: (d) => { check(d.getText()); return real.analyze(d); },
    doHover: (d, p, o) => { check(d.getText()); return real.doHover(d, p, o); },
    doComplete: (d, p) => { check(d.getText()); return real.doComplete(d, p); },
    doValidation: (d, s) => { check(d.getText()); return real.doValidation(d, s); },
    doCodeActions: (d, r, c, s, o) => { check(d.getText()); return real.doCodeActions(d, r, c, s, o); },
  };
}

describe('lsp: a request that fails on one document (issue 16)', () => {
  let client: ProtocolConnection;
  const logs: string[] = [];
  const published = new Map<string, PublishDiagnosticsParams>();
  const bad = 'file:///w/bad.js';
  const good = 'file:///w/good.js';
  const badText = "// 💥\napp.get('/', (req, res) => res.status(503).send('busy'));\n";
  const goodText = "app.get('/', (req, res) => res.status(503).send('Server overloaded, please retry'));\n";

  before(async () => {
    const toServer = new PassThrough();
    const toClient = new PassThrough();
    const serverConnection = createConnection(ProposedFeatures.all, new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
    startServer(serverConnection, dataset, { service: serviceWithABug() });
    client = createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
    client.onNotification(LogMessageNotification.type, (params) => { logs.push(params.message); });
    client.onNotification(PublishDiagnosticsNotification.type, (params) => { published.set(params.uri, params); });
    client.listen();
    await client.sendRequest(InitializeRequest.type, { processId: null, rootUri: null, capabilities: {} });
    await client.sendNotification(InitializedNotification.type, {});
    await client.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: bad, languageId: 'javascript', version: 1, text: badText } });
    await client.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: good, languageId: 'javascript', version: 1, text: goodText } });
  });
  after(() => client.dispose());

  const failuresOn = (uri: string, what: string) => logs.filter((m) => m.startsWith(`${what} failed on ${uri}`));
  async function until<T>(what: string, get: () => T | undefined): Promise<T> {
    for (let i = 0; i < 200; i++) {
      const value = get();
      if (value !== undefined) return value;
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error(`timed out waiting for ${what}`);
  }

  it('answers hover, completion and code actions on the failing document with empty results', async () => {
    const position = { line: 1, character: 38 };
    assert.strictEqual(await client.sendRequest(HoverRequest.type, { textDocument: { uri: bad }, position }), null);
    assert.strictEqual(await client.sendRequest(CompletionRequest.type, { textDocument: { uri: bad }, position }), null);
    const actions = await client.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: bad }, range: { start: position, end: position }, context: { diagnostics: [] },
    });
    assert.deepStrictEqual(actions, []);
  });

  it('publishes no diagnostics for the failing document, and all of them for the other one', async () => {
    const badDiagnostics = await until('bad.js diagnostics', () => published.get(bad));
    assert.deepStrictEqual(badDiagnostics.diagnostics, []);
    const goodDiagnostics = await until('good.js diagnostics', () => published.get(good));
    assert.deepStrictEqual(goodDiagnostics.diagnostics.map((d) => d.code), ['retry-after-missing']);
  });

  it('the other document answers as usual', async () => {
    const hover = await client.sendRequest(HoverRequest.type, { textDocument: { uri: good }, position: { line: 0, character: 39 } });
    assert.match(JSON.stringify(hover?.contents), /503 Service Unavailable/);
    const actions = await client.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: good }, range: { start: { line: 0, character: 38 }, end: { line: 0, character: 41 } },
      context: { diagnostics: published.get(good)!.diagnostics },
    });
    assert.ok(actions!.some((a) => /Retry-After/.test(a.title)), JSON.stringify(actions));
  });

  it('logs the error once per document version and request kind, however often it is asked', async () => {
    for (let i = 0; i < 5; i++) {
      await client.sendRequest(HoverRequest.type, { textDocument: { uri: bad }, position: { line: 1, character: i } });
    }
    assert.strictEqual(failuresOn(bad, 'hover').length, 1, logs.join('\n'));
    assert.match(failuresOn(bad, 'hover')[0], /version 1\): TypeError: Cannot read properties of undefined/);

    // A new version that still fails: logged once more, still answered empty.
    await client.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: bad, version: 2 }, contentChanges: [{ text: `${badText}// edited\n` }],
    });
    for (let i = 0; i < 3; i++) {
      assert.strictEqual(await client.sendRequest(HoverRequest.type, { textDocument: { uri: bad }, position: { line: 1, character: 38 } }), null);
    }
    assert.strictEqual(failuresOn(bad, 'hover').length, 2);
    assert.ok(!logs.some((m) => m.includes(good)), 'nothing is logged about the other document');
  });

  it('the failing document works again once the text that broke it is gone', async () => {
    await client.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: bad, version: 3 }, contentChanges: [{ text: badText.replace('💥', 'fine') }],
    });
    const hover = await client.sendRequest(HoverRequest.type, { textDocument: { uri: bad }, position: { line: 1, character: 38 } });
    assert.match(JSON.stringify(hover?.contents), /503 Service Unavailable/);
    const diagnostics = await until('bad.js version 3 diagnostics', () => (published.get(bad)?.version === 3 ? published.get(bad) : undefined));
    assert.deepStrictEqual(diagnostics.diagnostics.map((d) => d.code), ['retry-after-missing']);
  });
});
