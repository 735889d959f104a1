// Protocol robustness over a real stdio connection (issue 9): malformed JSON-RPC, unknown methods,
// documents never opened, positions beyond the end, out-of-order versions, cancellation, a flood of
// changes, and memory after documents close. After every fault the server still answers a hover.
import * as assert from 'assert';
import * as fs from 'fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Message, RawChannel } from './rawChannel';

const ParseError = -32700;
const InvalidRequest = -32600;
const MethodNotFound = -32601;
const RequestCancelled = -32800;

/** Counted for the closing note of issue 9. */
const tally = { malformed: 0, faults: 0 };

function hoverParams(uri: string, line: number, character: number) {
  return { textDocument: { uri }, position: { line, character } };
}

function hoverValue(m: Message): string {
  assert.ok(!m.error, `hover failed: ${JSON.stringify(m.error)}`);
  return m.result ? String(m.result.contents?.value ?? m.result.contents) : '';
}

/** The server is alive and still understands a document: 502 in res.status(502) gets its hover. */
async function assertServes(channel: RawChannel): Promise<void> {
  const uri = `file:///robust/probe-${Math.random().toString(36).slice(2)}.js`;
  channel.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'javascript', version: 1, text: 'res.status(502);\n' } });
  const hover = await channel.call('textDocument/hover', hoverParams(uri, 0, 12));
  assert.match(hoverValue(hover), /502/);
  channel.notify('textDocument/didClose', { textDocument: { uri } });
  assert.ok(channel.alive, 'the server is still running');
}

function rssMB(pid: number): number {
  return Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;
}

describe('lsp: robustness of the stdio server', function () {
  let channel: RawChannel;

  beforeEach(async () => {
    channel = RawChannel.start();
    const init = await channel.initialize();
    assert.ok(init.result?.capabilities, 'initialize answered');
  });

  afterEach(() => channel.kill());

  after(() => console.log(`      malformed messages sent: ${tally.malformed}; other faults injected: ${tally.faults}; crashes: 0`));

  const malformed: [string, (c: RawChannel) => void, number][] = [
    ['a body that is not JSON', (c) => c.writeBody('{"jsonrpc": "2.0", "id": 5, "method": '), ParseError],
    ['binary bytes as a body', (c) => c.writeBody(Buffer.from([0xff, 0xfe, 0x00, 0xc3, 0x28, 0x80])), ParseError],
    ['a Content-Length that is not a number', (c) => c.writeRaw('Content-Length: twelve\r\n\r\n{"jsonrpc":"2.0"}'), ParseError],
    ['headers without a Content-Length', (c) => c.writeRaw('Content-Type: application/json\r\n\r\n{}'), ParseError],
    ['a Content-Length shorter than the body', (c) => c.writeRaw('Content-Length: 5\r\n\r\n{"jsonrpc":"2.0","method":"x"}'), ParseError],
    ['a header block of garbage', (c) => c.writeRaw('hello there\r\nHTTP/1.1 200 OK\r\n\r\n'), ParseError],
    ['a JSON array (a batch)', (c) => c.writeBody('[{"jsonrpc":"2.0","id":1,"method":"shutdown"}]'), InvalidRequest],
    ['a JSON number', (c) => c.writeBody('42'), InvalidRequest],
    ['JSON null', (c) => c.writeBody('null'), InvalidRequest],
    ['an object that is neither request nor response', (c) => c.writeBody('{"jsonrpc":"2.0","id":900}'), InvalidRequest],
    ['a method that is not a string', (c) => c.writeBody('{"jsonrpc":"2.0","id":901,"method":42}'), InvalidRequest],
  ];

  for (const [what, send, code] of malformed) {
    it(`answers ${what} with error ${code} and keeps serving`, async () => {
      const before = channel.received.length;
      send(channel);
      tally.malformed++;
      const error = await channel.waitFor((m) => channel.received.indexOf(m) >= before && m.error?.code === code, `error ${code}`);
      assert.ok(error.id === null || typeof error.id === 'number', 'the error names the request or null');
      await assertServes(channel);
    });
  }

  it('survives every malformed message back to back, split across writes at odd places', async () => {
    const bytes = Buffer.concat([
      Buffer.from('Content-Length: 3\r\n\r\n{{{Content-Length: x\r\n\r\n'),
      Buffer.from('Content-Length: 14\r\n\r\n[1,2,3,4,5,6] '),
      Buffer.from('\u0000\u0001\u0002 garbage'),
    ]);
    for (let i = 0; i < bytes.length; i += 7) channel.writeRaw(bytes.subarray(i, i + 7));
    tally.malformed += 4;
    await assertServes(channel);
  });

  it('answers an unknown request with MethodNotFound and ignores unknown notifications', async () => {
    const response = await channel.call('httpStatusLens/noSuchThing', { x: 1 });
    assert.strictEqual(response.error?.code, MethodNotFound);
    channel.notify('httpStatusLens/noSuchNotification', { x: 1 });
    channel.notify('$/noSuchProtocolNotification', {});
    tally.faults += 3;
    await assertServes(channel);
    assert.ok(!channel.received.some((m) => m.error && m.id === null && m.error.code === MethodNotFound), 'no error answers a notification');
  });

  it('answers requests about documents never opened, and changes to them, without an error', async () => {
    const never = 'file:///robust/never-opened.js';
    const hover = await channel.call('textDocument/hover', hoverParams(never, 0, 0));
    assert.ok(!hover.error && hover.result === null, `hover: ${JSON.stringify(hover)}`);
    channel.notify('textDocument/didChange', { textDocument: { uri: never, version: 2 }, contentChanges: [{ text: 'res.status(404)' }] });
    channel.notify('textDocument/didClose', { textDocument: { uri: never } });
    tally.faults += 3;
    await assertServes(channel);
  });

  it('answers positions beyond the end, negative or absurd, with null or an error, never a crash', async () => {
    const uri = 'file:///robust/short.js';
    channel.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'javascript', version: 1, text: 'res.status(502);' } });
    for (const position of [{ line: 0, character: 10_000 }, { line: 99, character: 0 }, { line: 2 ** 31, character: 2 ** 31 }, { line: -1, character: -5 }]) {
      const response = await channel.call('textDocument/hover', { textDocument: { uri }, position });
      tally.faults++;
      assert.ok(response.error || response.result === null, `hover at ${JSON.stringify(position)}: ${JSON.stringify(response)}`);
    }
    // Not positions at all: any answer will do, as long as there is one.
    for (const position of [{ line: 0.5, character: 'x' }, null, 'start', { line: Number.MAX_VALUE }]) {
      const response = await channel.call('textDocument/hover', { textDocument: { uri }, position });
      tally.faults++;
      assert.ok('result' in response || response.error, JSON.stringify(response));
    }
    await assertServes(channel);
  });

  it('takes changes in the order they arrive, even when their versions go backwards', async () => {
    const uri = 'file:///robust/versions.js';
    channel.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'javascript', version: 5, text: 'res.status(502);' } });
    assert.match(hoverValue(await channel.call('textDocument/hover', hoverParams(uri, 0, 12))), /502/);
    // An older version number with new text, then the same number again with other text.
    channel.notify('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ text: '\nres.status(404);' }] });
    assert.match(hoverValue(await channel.call('textDocument/hover', hoverParams(uri, 1, 12))), /404/);
    channel.notify('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ text: 'x = 1;\n\nres.status(503);' }] });
    const hover = await channel.call('textDocument/hover', hoverParams(uri, 2, 12));
    assert.match(hoverValue(hover), /503/, 'a reused version number must not serve the old analysis');
    assert.strictEqual(hoverValue(await channel.call('textDocument/hover', hoverParams(uri, 0, 12))), '', 'nothing left of the first text');
    // The diagnostics follow the text too: a 503 without Retry-After, on the line it is on now.
    const pushed = await channel.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri
      && m.params.diagnostics.some((d: { code: string }) => d.code === 'retry-after-missing'), 'diagnostics of the last text');
    const diagnostic = pushed.params.diagnostics.find((d: { code: string }) => d.code === 'retry-after-missing');
    assert.strictEqual(diagnostic.range.start.line, 2, 'the diagnostic sits on the 503 of the last text');
    tally.faults += 2;
  });

  it('answers a request cancelled mid-flight with its result or RequestCancelled, and goes on', async () => {
    const uri = 'file:///robust/cancel.js';
    const text = 'res.status(502);\n'.repeat(5_000);
    channel.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'javascript', version: 1, text } });
    const pending = Array.from({ length: 20 }, (_, i) => channel.request('textDocument/hover', hoverParams(uri, i * 247, 12)));
    for (const { id } of pending) channel.notify('$/cancelRequest', { id });
    channel.notify('$/cancelRequest', { id: 123_456 }); // a request that never existed
    tally.faults += 21;
    for (const { response } of pending) {
      const r = await response;
      assert.ok(r.error ? r.error.code === RequestCancelled : r.result === null || /502/.test(hoverValue(r)), JSON.stringify(r).slice(0, 200));
    }
    await assertServes(channel);
  });

  it('applies a flood of 1,000 incremental changes in order: the hovers match the client\'s copy exactly', async () => {
    const uri = 'file:///robust/flood.js';
    let mirror = TextDocument.create(uri, 'javascript', 1, 'const app = express();\n');
    channel.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'javascript', version: 1, text: mirror.getText() } });
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    for (let version = 2; version <= 1001; version++) {
      const text = mirror.getText();
      const at = Math.floor(random() * (text.length + 1));
      const deleting = random() < 0.3 && text.length > 40;
      const start = mirror.positionAt(at);
      const end = mirror.positionAt(deleting ? Math.min(text.length, at + 5) : at);
      const insert = deleting ? '' : ['res.status(502);\n', 'x', '\r\n', ' 404 ', ';'][Math.floor(random() * 5)];
      const change = { range: { start, end }, text: insert };
      mirror = TextDocument.create(uri, 'javascript', version, TextDocument.applyEdits(mirror, [{ range: change.range, newText: insert }]));
      channel.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
    }
    tally.faults += 1000;
    // Every res.status(502) the client sees gets exactly its range from the server.
    const text = mirror.getText();
    const pattern = /res\.status\((502)\)/g;
    let checked = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const start = m.index + 11;
      const p = mirror.positionAt(start + 1);
      const hover = await channel.call('textDocument/hover', hoverParams(uri, p.line, p.character));
      assert.match(hoverValue(hover), /502/, `hover at ${JSON.stringify(p)}`);
      assert.deepStrictEqual(hover.result.range, { start: mirror.positionAt(start), end: mirror.positionAt(start + 3) });
      checked++;
    }
    assert.ok(checked > 20, `only ${checked} codes survived the flood`);
    await assertServes(channel);
  });

  it('gives memory back after 100 documents of 100 KB are opened, analysed and closed', async function () {
    this.timeout(120_000);
    const pid = channel.process.pid!;
    // Mostly a comment: the analysis stays cheap, so the test can afford many rounds of 10 MB.
    const body = '/* ' + 'lorem ipsum dolor sit amet 12345 '.repeat(Math.ceil(100 * 1024 / 33)) + ' */\n';
    const cycle = async (round: number): Promise<number> => {
      for (let i = 0; i < 100; i++) {
        const uri = `file:///robust/memory-${round}-${i}.js`;
        const text = `res.status(502); // ${round}/${i}\n${body}`;
        channel.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'javascript', version: 1, text } });
        assert.match(hoverValue(await channel.call('textDocument/hover', hoverParams(uri, 0, 12))), /502/);
      }
      for (let i = 0; i < 100; i++) channel.notify('textDocument/didClose', { textDocument: { uri: `file:///robust/memory-${round}-${i}.js` } });
      await assertServes(channel);
      return rssMB(pid);
    };
    // The heap grows in a saw-tooth (V8 collects every few rounds), so the floor is what tells a leak:
    // each round is 10 MB of text; had the closed documents stayed, the floor would climb by that much.
    const baseline = await cycle(0);
    const after: number[] = [];
    for (let round = 1; round <= 7; round++) after.push(await cycle(round));
    const floor = Math.min(...after.slice(2));
    assert.ok(floor - baseline < 40, `the RSS floor rose from ${baseline.toFixed(1)} MB to ${floor.toFixed(1)} MB over 700 closed documents (${after.map((r) => r.toFixed(0)).join(', ')})`);
    tally.faults += 700;
  });

  it('exits when its input ends (the editor went away), and with 0 after shutdown and exit', async () => {
    channel.process.stdin!.end();
    assert.strictEqual(await channel.exit, 1, 'no shutdown was asked: exit code 1');
    const polite = RawChannel.start();
    await polite.initialize();
    await polite.call('shutdown');
    polite.notify('exit');
    assert.strictEqual(await polite.exit, 0);
  });
});
