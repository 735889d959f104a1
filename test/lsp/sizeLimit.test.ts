// The size guard over a real connection: a document above httpStatusLens.maxFileSizeKB is skipped
// with a visible notice and no work; the limit is a setting; a 50 MB document does not block the server.
import * as assert from 'assert';
import { RawChannel } from './rawChannel';

const MB = 1024 * 1024;

function start(settings?: Record<string, unknown>): Promise<RawChannel> {
  const channel = RawChannel.start();
  return channel.call('initialize', {
    processId: process.pid, rootUri: null, capabilities: {},
    initializationOptions: settings ? { settings: { httpStatusLens: settings } } : {},
  }).then(() => {
    channel.notify('initialized', {});
    return channel;
  });
}

/** A `res.status(502);` line every 1,000 lines, comments between, about `bytes` in all (cheap to analyse). */
function bigDocument(bytes: number): string {
  const block = 'res.status(502);\n' + '// a line of filler text, nothing to see\n'.repeat(999);
  return block.repeat(Math.ceil(bytes / block.length));
}

function hover(channel: RawChannel, uri: string, line: number) {
  return channel.call('textDocument/hover', { textDocument: { uri }, position: { line, character: 12 } });
}

describe('lsp: documents above httpStatusLens.maxFileSizeKB', function () {
  this.timeout(60_000);
  let channel: RawChannel;
  afterEach(() => channel.kill());

  it('skips a document over the default 20 MB (VS Code large-file threshold) with one visible notice, and still serves small ones', async () => {
    channel = await start();
    const uri = 'file:///work/bundle.min.js';
    channel.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'javascript', version: 1, text: bigDocument(21 * MB) } });
    const notice = await channel.waitFor((m) => m.method === 'window/showMessage' && /skipped/.test(m.params.message), 'the size notice');
    assert.match(notice.params.message, /skipped bundle\.min\.js \(21\.0 MB\).*maxFileSizeKB \(20480 KB\)/);
    assert.strictEqual((await hover(channel, uri, 2000)).result, null, 'no hover in a skipped document');
    assert.ok(!channel.received.some((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri && m.params.diagnostics.length),
      'no diagnostics for a skipped document');

    const small = 'file:///work/small.js';
    channel.notify('textDocument/didOpen', { textDocument: { uri: small, languageId: 'javascript', version: 1, text: 'res.status(502);\n' } });
    assert.match(String((await hover(channel, small, 0)).result?.contents.value), /502/);
    assert.strictEqual(channel.received.filter((m) => m.method === 'window/showMessage').length, 1, 'one notice, not one per request');
  });

  it('follows the setting: a 600 KB document is skipped under 512 KB and analysed under 1024 KB', async () => {
    const uri = 'file:///work/bundle.min.js';
    const text = bigDocument(600 * 1024);
    channel = await start({ maxFileSizeKB: 512 });
    channel.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'javascript', version: 1, text } });
    const notice = await channel.waitFor((m) => m.method === 'window/showMessage' && /skipped/.test(m.params.message), 'the size notice');
    assert.match(notice.params.message, /\(512 KB\)/);
    assert.strictEqual((await hover(channel, uri, 2000)).result, null);
    channel.kill();

    channel = await start({ maxFileSizeKB: 1024 });
    channel.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'javascript', version: 1, text } });
    assert.match(String((await hover(channel, uri, 2000)).result?.contents.value), /502/);
    assert.ok(!channel.received.some((m) => m.method === 'window/showMessage' && /skipped/.test(m.params.message)), 'no notice under the limit');
  });

  it('follows a limit a client pushes in didChangeConfiguration (clients that cannot be asked for settings)', async () => {
    const uri = 'file:///work/bundle.min.js';
    channel = await start({ maxFileSizeKB: 1024 });
    channel.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'javascript', version: 1, text: bigDocument(600 * 1024) } });
    assert.match(String((await hover(channel, uri, 2000)).result?.contents.value), /502/);

    const published = channel.received.length;
    channel.notify('workspace/didChangeConfiguration', { settings: { httpStatusLens: { maxFileSizeKB: 512 } } });
    // Its diagnostics are cleared and it is no longer analysed.
    await channel.waitFor((m) => channel.received.indexOf(m) >= published && m.method === 'textDocument/publishDiagnostics'
      && m.params.uri === uri && m.params.diagnostics.length === 0, 'cleared diagnostics');
    assert.strictEqual((await hover(channel, uri, 2000)).result, null);

    channel.notify('workspace/didChangeConfiguration', { settings: { httpStatusLens: { maxFileSizeKB: 1024 } } });
    assert.match(String((await hover(channel, uri, 2000)).result?.contents.value), /502/);
  });

  it('falls back to the default limit when the setting is not a number', async () => {
    channel = await start({ maxFileSizeKB: 'huge' });
    const uri = 'file:///work/bundle.min.js';
    channel.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'javascript', version: 1, text: bigDocument(21 * MB) } });
    const warning = await channel.waitFor((m) => m.method === 'window/showMessage' && /invalid settings/.test(m.params.message), 'the settings warning');
    assert.match(warning.params.message, /maxFileSizeKB.*"huge"; using 20480/);
    const notice = await channel.waitFor((m) => m.method === 'window/showMessage' && /skipped/.test(m.params.message), 'the size notice');
    assert.match(notice.params.message, /20480 KB/);
  });

  it('opens a 50 MB document without blocking: the next request is answered', async () => {
    channel = await start();
    channel.notify('textDocument/didOpen', { textDocument: { uri: 'file:///work/huge.log', languageId: 'log', version: 1, text: 'x'.repeat(50 * MB) } });
    const small = 'file:///work/after.js';
    channel.notify('textDocument/didOpen', { textDocument: { uri: small, languageId: 'javascript', version: 1, text: 'res.status(502);\n' } });
    assert.match(String((await hover(channel, small, 0)).result?.contents.value), /502/);
    assert.ok(channel.alive);
  });
});
