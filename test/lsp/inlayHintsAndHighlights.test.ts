// Inlay hints and document highlights over a real stdio connection (issue 17): names after literals
// only, the setting's three modes and a bad value, vendor names, UTF-16 positions, cancellation.
import * as assert from 'assert';
import {
  DidChangeConfigurationNotification, DocumentHighlight, DocumentHighlightRequest, InlayHint, InlayHintRequest,
} from 'vscode-languageserver-protocol/node';
import { LspTestClient, withCursor } from './lspClient';
import { RawChannel } from './rawChannel';

const RequestCancelled = -32800;
const wholeDocument = { start: { line: 0, character: 0 }, end: { line: 100, character: 0 } };

function hints(client: LspTestClient, uri: string, range = wholeDocument): Promise<InlayHint[] | null> {
  return client.connection.sendRequest(InlayHintRequest.type, { textDocument: { uri }, range });
}

function highlights(client: LspTestClient, uri: string, line: number, character: number): Promise<DocumentHighlight[] | null> {
  return client.connection.sendRequest(DocumentHighlightRequest.type, { textDocument: { uri }, position: { line, character } });
}

/** "line:character label" for each hint, in order. */
function shown(list: InlayHint[] | null): string[] {
  return (list ?? []).map((h) => `${h.position.line}:${h.position.character} ${typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join('')}`);
}

describe('lsp: inlay hints', () => {
  let client: LspTestClient;

  before(async () => {
    client = LspTestClient.start();
    const init = await client.initialize();
    assert.ok(init.capabilities.inlayHintProvider, 'server announces inlay hints');
    assert.ok(init.capabilities.documentHighlightProvider, 'server announces document highlights');
  });

  after(async () => {
    assert.strictEqual(await client.shutdown(), 0);
  });

  it('writes the name after a numeric literal, not after constants or symbols', async () => {
    const uri = 'file:///hints/app.js';
    await client.open(uri, 'javascript', [
      'app.get("/", (req, res) => {',
      '  if (!user) return res.status(404).send("x");',
      '  res.status(StatusCodes.NOT_FOUND).end();',
      '  const codes = { 404: "Not Found" };',
      '});',
    ].join('\n'));
    assert.deepStrictEqual(shown(await hints(client, uri)), ['1:34 Not Found']);
  });

  it('names the vendor of a vendor code', async () => {
    const uri = 'file:///hints/nginx.js';
    await client.open(uri, 'javascript', 'res.sendStatus(499);\n');
    assert.deepStrictEqual(shown(await hints(client, uri)), ['0:18 Client Closed Request (NGINX)']);
  });

  it('places hints in UTF-16 columns after an emoji, and answers only for the range asked', async () => {
    const uri = 'file:///hints/emoji.ts';
    await client.open(uri, 'typescript', 'const why = "🚧 not here"; res.status(503);\nres.status(201);\nres.status(410);\n');
    const all = await hints(client, uri);
    assert.deepStrictEqual(shown(all), ['0:41 Service Unavailable', '1:14 Created', '2:14 Gone']);
    assert.strictEqual(all![0].paddingLeft, true);
    assert.deepStrictEqual(shown(await hints(client, uri, { start: { line: 1, character: 0 }, end: { line: 2, character: 0 } })), ['1:14 Created']);
  });

  it('follows httpStatusLens.inlayHints: all adds log codes, off removes everything, a bad value falls back to literals', async () => {
    const log = 'file:///hints/access.log';
    const code = 'file:///hints/both.js';
    await client.open(log, 'log', '127.0.0.1 - - [10/Oct/2026:13:55:36 +0000] "GET / HTTP/1.1" 503 12 "-" "curl/8"\n');
    await client.open(code, 'javascript', 'res.status(429);\n');
    assert.deepStrictEqual(shown(await hints(client, log)), [], 'literals: no hints in logs');

    const configure = (value: unknown) => client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { httpStatusLens: { inlayHints: value } } });
    await configure('all');
    assert.deepStrictEqual(shown(await hints(client, log)), ['0:63 Service Unavailable']);
    assert.deepStrictEqual(shown(await hints(client, code)), ['0:14 Too Many Requests']);

    await configure('off');
    assert.deepStrictEqual(shown(await hints(client, code)), []);

    await configure(42);
    assert.deepStrictEqual(shown(await hints(client, code)), ['0:14 Too Many Requests']);
    assert.deepStrictEqual(shown(await hints(client, log)), []);
  });

  it('answers an unknown document or a range past the end with no hints', async () => {
    assert.deepStrictEqual(await hints(client, 'file:///hints/never-opened.js'), []);
    const uri = 'file:///hints/short.js';
    await client.open(uri, 'javascript', 'res.status(404);');
    assert.deepStrictEqual(shown(await hints(client, uri, { start: { line: 0, character: 0 }, end: { line: 9999, character: 9999 } })), ['0:14 Not Found']);
    assert.deepStrictEqual(await hints(client, uri, { start: { line: 50, character: 0 }, end: { line: 60, character: 0 } }), []);
  });
});

describe('lsp: document highlights', () => {
  let client: LspTestClient;

  before(async () => {
    client = LspTestClient.start();
    await client.initialize();
  });

  after(async () => {
    assert.strictEqual(await client.shutdown(), 0);
  });

  it('highlights every form of the code under the cursor (Go: literal and constant), not other codes', async () => {
    const uri = 'file:///highlights/handler.go';
    const { text, line, character } = withCursor([
      'package api',
      'func h(w http.ResponseWriter, r *http.Request) {',
      '\tif r.Method != "GET" { w.WriteHeader(http.StatusMethodNotAllowed); return }',
      '\tw.WriteHeader(http.StatusNot|Found)',
      '\tif resp.StatusCode == 404 { log.Print("🚀 gone") }',
      '\tw.WriteHeader(404)',
      '}',
    ].join('\n'));
    await client.open(uri, 'go', text);
    const found = await highlights(client, uri, line, character);
    assert.deepStrictEqual(found!.map((h) => h.range), [
      { start: { line: 3, character: 15 }, end: { line: 3, character: 34 } },
      { start: { line: 4, character: 23 }, end: { line: 4, character: 26 } },
      { start: { line: 5, character: 15 }, end: { line: 5, character: 18 } },
    ]);
    // From the literal, the same set.
    assert.strictEqual((await highlights(client, uri, 5, 16))!.length, 3);
  });

  it('counts UTF-16 columns: a Ruby symbol and a literal after emoji', async () => {
    const uri = 'file:///highlights/app.rb';
    const { text, line, character } = withCursor('msg = "🙈🙉"; render json: {}, status: :not_fou|nd\nhead 404\n');
    await client.open(uri, 'ruby', text);
    const found = await highlights(client, uri, line, character);
    assert.deepStrictEqual(found!.map((h) => h.range), [
      { start: { line: 0, character: 39 }, end: { line: 0, character: 49 } },
      { start: { line: 1, character: 5 }, end: { line: 1, character: 8 } },
    ]);
  });

  it('answers nothing away from a status code', async () => {
    const uri = 'file:///highlights/plain.js';
    await client.open(uri, 'javascript', 'setTimeout(done, 404);\nres.status(404);\n');
    assert.deepStrictEqual(await highlights(client, uri, 0, 18), []);
  });
});

describe('lsp: cancelling inlay hint and highlight requests', () => {
  it('answers each cancelled request with its result or RequestCancelled, and goes on', async () => {
    const channel = RawChannel.start();
    try {
      await channel.initialize();
      const uri = 'file:///cancel/big.js';
      channel.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'javascript', version: 1, text: 'res.status(502);\n'.repeat(5_000) } });
      const pending = Array.from({ length: 10 }, (_, i) => [
        channel.request('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: i * 400, character: 0 }, end: { line: i * 400 + 300, character: 0 } } }),
        channel.request('textDocument/documentHighlight', { textDocument: { uri }, position: { line: i * 400, character: 12 } }),
      ]).flat();
      for (const { id } of pending) channel.notify('$/cancelRequest', { id });
      let cancelled = 0;
      for (const { response } of pending) {
        const r = await response;
        if (r.error) {
          assert.strictEqual(r.error.code, RequestCancelled, JSON.stringify(r.error));
          cancelled++;
        } else {
          assert.ok(Array.isArray(r.result), JSON.stringify(r).slice(0, 200));
        }
      }
      const after = await channel.call('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } } });
      assert.strictEqual(after.result[0].label, 'Bad Gateway', `after ${cancelled} cancelled requests the server still answers`);
    } finally {
      channel.kill();
    }
  });
});
