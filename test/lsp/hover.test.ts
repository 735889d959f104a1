import * as assert from 'assert';
import { LspTestClient, hoverText, withCursor } from './lspClient';

describe('lsp: hover over a real stdio connection', () => {
  let client: LspTestClient;

  before(async () => {
    client = LspTestClient.start();
    const init = await client.initialize();
    assert.ok(init.capabilities.hoverProvider, 'server announces hover');
  });

  after(async () => {
    const code = await client.shutdown();
    assert.strictEqual(code, 0, 'server exits cleanly after shutdown/exit');
  });

  it('explains 502 in res.status(502) with its name, a one-line meaning and its request flow', async () => {
    const { text, line, character } = withCursor('app.get("/", (req, res) => {\n  res.status(5|02).send("x");\n});\n');
    await client.open('file:///work/app.js', 'javascript', text);
    const hover = await client.hover('file:///work/app.js', line, character);
    const markdown = hoverText(hover);
    assert.match(markdown, /502 Bad Gateway/);
    assert.match(markdown, /gateway or proxy/i);
    assert.ok(markdown.includes('*Flow:* `Client → Proxy → ✕ Upstream ⇒ 502 from the proxy`'), 'where the 502 comes from, on one line');
    assert.deepStrictEqual(hover!.range, { start: { line: 1, character: 13 }, end: { line: 1, character: 16 } });
  });

  it('stays silent on setTimeout(500)', async () => {
    const { text, line, character } = withCursor('setTimeout(() => {}, 5|00);\n');
    await client.open('file:///work/timer.ts', 'typescript', text);
    assert.strictEqual(await client.hover('file:///work/timer.ts', line, character), null);
  });
});
