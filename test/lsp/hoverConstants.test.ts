import * as assert from 'assert';
import { CompletionList, CompletionRequest } from 'vscode-languageserver-protocol/node';
import { LspTestClient, hoverText, withCursor } from './lspClient';

describe('lsp: hover on constants and symbols, UTF-16 positions, completion', () => {
  let client: LspTestClient;

  before(async () => {
    client = LspTestClient.start();
    const init = await client.initialize({ commandLinks: true });
    assert.ok(init.capabilities.completionProvider, 'server announces completion');
  });

  after(async () => {
    assert.strictEqual(await client.shutdown(), 0);
  });

  it('explains HttpStatus.BAD_GATEWAY as 502 and ranges over the whole constant', async () => {
    const { text, line, character } = withCursor('class A {\n  ResponseEntity<?> f() {\n    return ResponseEntity.status(HttpStatus.BAD_G|ATEWAY).build();\n  }\n}\n');
    await client.open('file:///work/A.java', 'java', text);
    const hover = await client.hover('file:///work/A.java', line, character);
    const markdown = hoverText(hover);
    assert.match(markdown, /`HttpStatus\.BAD_GATEWAY` → \*\*502\*\*/);
    assert.match(markdown, /502 Bad Gateway/);
    assert.match(markdown, /command:httpStatusLens\.compare\?/);
    assert.deepStrictEqual(hover!.range, { start: { line: 2, character: 33 }, end: { line: 2, character: 55 } });
  });

  it('explains Go and Python constants and Rails symbols', async () => {
    for (const [uri, languageId, marked, expected] of [
      ['file:///work/h.go', 'go', 'func h(w http.ResponseWriter) {\n\tw.WriteHeader(http.StatusNotF|ound)\n}\n', /404 Not Found/],
      ['file:///work/v.py', 'python', 'return Response(status=status.HTTP_4|29_TOO_MANY_REQUESTS)\n', /429 Too Many Requests/],
      ['file:///work/c.rb', 'ruby', 'render json: x, status: :unprocessable_e|ntity\n', /422 Unprocessable Content/],
    ] as const) {
      const { text, line, character } = withCursor(marked);
      await client.open(uri, languageId, text);
      assert.match(hoverText(await client.hover(uri, line, character)), expected, uri);
    }
  });

  it('counts columns in UTF-16 code units after astral characters', async () => {
    const { text, line, character } = withCursor('const label = "🚀🚀 ok"; res.status(4|29).end();\n');
    await client.open('file:///work/u.ts', 'typescript', text);
    const hover = await client.hover('file:///work/u.ts', line, character);
    assert.match(hoverText(hover), /429 Too Many Requests/);
    assert.deepStrictEqual(hover!.range, { start: { line: 0, character: 36 }, end: { line: 0, character: 39 } });
    // one unit to the left of the literal is outside it
    assert.strictEqual(await client.hover('file:///work/u.ts', line, 35), null);
  });

  it('completes status codes in res.status( and members after HttpStatus.', async () => {
    await client.open('file:///work/c.ts', 'typescript', 'res.status(\nthrow new HttpException("x", HttpStatus.');
    const codes = await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: 'file:///work/c.ts' }, position: { line: 0, character: 11 } }) as CompletionList;
    assert.ok(codes.items.some((i) => i.label === '404' && i.detail === 'Not Found'));
    const members = await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: 'file:///work/c.ts' }, position: { line: 1, character: 40 } }) as CompletionList;
    assert.ok(members.items.some((i) => i.label === 'NOT_FOUND'));
  });
});
