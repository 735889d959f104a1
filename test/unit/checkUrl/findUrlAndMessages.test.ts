// Where "Check URL" finds its URL in code, and what the view may send to the host.
import * as assert from 'assert';
import { isCheckUrlToHost, parseHeaderLines } from '../../../client/src/checkUrl/checkUrlMessages';
import { urlAt, urlFromSelection } from '../../../server/src/node/checkUrl/findUrl';

function at(marked: string) {
  const character = marked.indexOf('|');
  return urlAt(marked.replace('|', ''), character);
}

describe('Check URL: finding the URL under the cursor', () => {
  it('finds a URL in a string literal, in any quote style', () => {
    assert.deepStrictEqual(at(`fetch("https://api.exa|mple.com/v1/items?id=2");`), { url: 'https://api.example.com/v1/items?id=2', start: 7, end: 44, inString: true });
    assert.strictEqual(at("get('http://localhost:8080/|health')")?.url, 'http://localhost:8080/health');
    assert.strictEqual(at('const u = `https://x.dev/a|`;')?.inString, true);
  });

  it('knows a URL in a comment is not a string literal, and trims trailing punctuation', () => {
    const found = at('// see https://example.com/docs|.');
    assert.strictEqual(found?.url, 'https://example.com/docs');
    assert.strictEqual(found?.inString, false);
  });

  it('finds nothing away from a URL or for other schemes', () => {
    assert.strictEqual(at('fe|tch("https://example.com")'), undefined);
    assert.strictEqual(at('open("ftp://example.com/|x")'), undefined);
    assert.strictEqual(at('"javascript:alert(1)|"'), undefined);
  });

  it('takes a selected URL or host name, nothing else', () => {
    assert.strictEqual(urlFromSelection(' "https://example.com/a" '), 'https://example.com/a');
    assert.strictEqual(urlFromSelection('example.com/path'), 'example.com/path');
    assert.strictEqual(urlFromSelection('const x = 1'), undefined);
    assert.strictEqual(urlFromSelection('status'), undefined);
  });
});

describe('Check URL: messages from the view', () => {
  const options = { method: 'AUTO', followRedirects: true, maxHops: 10, timeoutMs: 10000, headers: '', userAgent: '', insecure: false };
  it('accepts well-formed messages only', () => {
    assert.ok(isCheckUrlToHost({ type: 'check', url: 'https://x', options }));
    assert.ok(isCheckUrlToHost({ type: 'send', request: { url: 'https://x', method: 'DELETE', headers: '', body: '' } }));
    assert.ok(isCheckUrlToHost({ type: 'lookup', code: 404 }));
    assert.ok(!isCheckUrlToHost({ type: 'send', request: { url: 'https://x', method: 'TRACE', headers: '', body: '' } }));
    assert.ok(!isCheckUrlToHost({ type: 'check', url: 'https://x', options: { ...options, method: 'POST' } }));
    assert.ok(!isCheckUrlToHost({ type: 'lookup', code: '404' }));
    assert.ok(!isCheckUrlToHost({ type: 'lookup', code: 1e9 }));
    assert.ok(!isCheckUrlToHost({ type: 'eval', code: 'alert(1)' }));
    assert.ok(!isCheckUrlToHost(null));
  });

  it('parses header lines, skipping malformed ones', () => {
    assert.deepStrictEqual(parseHeaderLines('Accept: application/json\r\nbad line\nX-A:  b : c \n: empty\nBad Name: x'), { Accept: 'application/json', 'X-A': 'b : c' });
  });
});
