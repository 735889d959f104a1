// Hovers in logs, HAR files and curl transcripts over a real stdio connection to the built server.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { LspTestClient, hoverText, withCursor } from './lspClient';

const fixture = (name: string) => fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'logs', name), 'utf8');

/** Puts the cursor mark `|` inside the `nth` occurrence of `needle` (after its first character). */
function cursorIn(text: string, needle: string, nth = 1): string {
  let at = -1;
  for (let i = 0; i < nth; i++) at = text.indexOf(needle, at + 1);
  assert.ok(at >= 0, `${needle} in the fixture`);
  return text.slice(0, at + 1) + '|' + text.slice(at + 1);
}

describe('lsp: hovers in logs, HAR files and transcripts', () => {
  let client: LspTestClient;

  before(async () => {
    client = LspTestClient.start();
    await client.initialize();
  });

  after(async () => {
    await client.shutdown();
  });

  it('an ALB 502 with target `-`: the load balancer meaning and "the target never answered"', async () => {
    const { text, line, character } = withCursor(cursorIn(fixture('alb.log'), '502 - '));
    await client.open('file:///var/log/alb/alb.log', 'log', text);
    const markdown = hoverText(await client.hover('file:///var/log/alb/alb.log', line, character));
    assert.match(markdown, /502 Bad Gateway/);
    assert.match(markdown, /target never answered/);
  });

  it('499 in an NGINX access log: client closed request, only logged', async () => {
    const { text, line, character } = withCursor(cursorIn(fixture('nginx-access.log'), '499 '));
    await client.open('file:///var/log/nginx/access.log', 'log', text);
    const markdown = hoverText(await client.hover('file:///var/log/nginx/access.log', line, character));
    assert.match(markdown, /499 Client Closed Request/);
    assert.match(markdown, /nothing was sent/);
  });

  it('no hover on the byte count beside the status', async () => {
    const { text, line, character } = withCursor(cursorIn(fixture('nginx-access.log'), '404 "-"'));
    await client.open('file:///var/log/nginx/bytes.log', 'log', text);
    assert.strictEqual(await client.hover('file:///var/log/nginx/bytes.log', line, character), null);
  });

  it('a HAR file the editor calls json: the response status, not the status inside a body', async () => {
    const withStatus = withCursor(cursorIn(fixture('sample.har'), '503, "statusText"'));
    await client.open('file:///tmp/session.har', 'json', withStatus.text);
    assert.match(hoverText(await client.hover('file:///tmp/session.har', withStatus.line, withStatus.character)), /503 Service Unavailable/);
    const inBody = withCursor(cursorIn(fixture('sample.har'), '500, \\"items'));
    await client.open('file:///tmp/body.har', 'json', inBody.text);
    assert.strictEqual(await client.hover('file:///tmp/body.har', inBody.line, inBody.character), null);
  });

  it('a curl transcript pasted into a plain-text file', async () => {
    const { text, line, character } = withCursor(cursorIn(fixture('curl-verbose.txt'), '503'));
    await client.open('untitled:Untitled-1', 'plaintext', text);
    assert.match(hoverText(await client.hover('untitled:Untitled-1', line, character)), /503 Service Unavailable/);
  });
});
