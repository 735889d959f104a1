import * as assert from 'assert';
import { findLogStatusCodes } from '../../../server/src/service/logs/findLogStatusCodes';
import { readCombinedLine } from '../../../server/src/service/logs/combinedLog';
import { assertDetects, fixture, marked } from './marks';

describe('logs: NGINX/Apache common and combined formats', () => {
  it('finds the status of the combined format, never the byte count after it', () => {
    const m = marked('127.0.0.1 - frank [10/Oct/2000:13:55:36 -0700] "GET /x HTTP/1.1" ⟦200⟧ 404 "-" "curl/8.5.0"\n');
    const found = findLogStatusCodes(m.text);
    assertDetects(found, m);
    assert.strictEqual(found[0].context, 'log:nginx');
    assert.strictEqual(found[0].form, 'literal');
  });

  it('reads the common format, the vhost variant and a `-` byte count', () => {
    const m = marked([
      '127.0.0.1 - - [10/Oct/2000:13:55:36 -0700] "GET /apache_pb.gif HTTP/1.0" ⟦200⟧ 2326',
      'www.example.com:443 127.0.0.1 - - [10/Oct/2000:13:55:37 -0700] "HEAD / HTTP/1.1" ⟦304⟧ -',
    ].join('\n'));
    assertDetects(findLogStatusCodes(m.text), m);
  });

  it('ignores codes in paths, query strings, user agents, sizes, request times and ports', () => {
    const m = marked([
      '10.0.0.1 - - [10/Oct/2000:13:55:36 +0000] "GET /status/500?code=503 HTTP/1.1" ⟦200⟧ 502 "http://h:404/r" "Agent/500 (504)" 0.404',
      '10.0.0.1 - - [10/Oct/2000:13:55:36 +0000] "GET /x HTTP/1.1" ⟦404⟧ 153 "-" "curl/8" 503',
    ].join('\n'));
    assertDetects(findLogStatusCodes(m.text), m);
  });

  it('finds $upstream_status appended after the timings, bare or named, one or several', () => {
    const m = marked([
      '10.0.0.1 - - [10/Oct/2000:13:55:36 +0000] "GET /a HTTP/1.1" ⟦499⟧ 0 "-" "curl/8" 0.512 0.510 ⟦502⟧',
      '10.0.0.1 - - [10/Oct/2000:13:55:36 +0000] "GET /b HTTP/1.1" ⟦504⟧ 0 "-" "curl/8" 1.000 0.500, 0.500 ⟦502⟧, ⟦504⟧',
      '10.0.0.1 - - [10/Oct/2000:13:55:36 +0000] "GET /c HTTP/1.1" ⟦502⟧ 0 "-" "curl/8" rt=0.512 uct=0.001 urt=0.510 us=⟦502⟧',
      '10.0.0.1 - - [10/Oct/2000:13:55:36 +0000] "GET /d HTTP/1.1" ⟦200⟧ 0 "-" "curl/8" 0.002 - -',
    ].join('\n'));
    const found = findLogStatusCodes(m.text);
    assertDetects(found, m);
    assert.deepStrictEqual(found.map((d) => d.context), [
      'log:nginx', 'log:nginx:upstream_status', 'log:nginx', 'log:nginx:upstream_status', 'log:nginx:upstream_status',
      'log:nginx', 'log:nginx:upstream_status', 'log:nginx',
    ]);
  });

  it('says what NGINX 499 is, and whose answer an upstream status is', () => {
    const text = '10.0.0.1 - - [10/Oct/2000:13:55:36 +0000] "GET /a HTTP/1.1" 499 0 "-" "curl/8" 0.512 0.510 502';
    const [sent, upstream] = findLogStatusCodes(text);
    assert.match(sent.note ?? '', /client closed the connection.*only logged/s);
    assert.strictEqual(sent.vendorSource, 'nginx');
    assert.match(upstream.note ?? '', /upstream's answer.*NGINX sent 499/);
  });

  it('reads time, method and path (without the query) for the summary', () => {
    const record = readCombinedLine('1.2.3.4 - - [10/Oct/2000:13:55:36 -0700] "POST /api/x?y=1 HTTP/1.1" 201 5 "-" "-"');
    assert.deepStrictEqual({ time: record?.time, method: record?.method, path: record?.path },
      { time: Date.UTC(2000, 9, 10, 20, 55, 36), method: 'POST', path: '/api/x' });
  });

  it('reads a request with a raw quote in it (old Apache) up to the status', () => {
    const m = marked('10.0.0.1 - - [10/Oct/2000:13:55:36 +0000] "GET /a"b" 404 HTTP/1.1" ⟦400⟧ 226 "-" "-"');
    assertDetects(findLogStatusCodes(m.text, 'nginx'), m);
  });

  it('stays silent on error logs and on lines that only look alike', () => {
    const text = [
      '2026/11/24 10:00:00 [error] 1234#0: *5 upstream timed out (110: Connection timed out) while reading response header, client: 10.0.0.1, server: x, request: "GET /a HTTP/1.1", upstream: "http://127.0.0.1:500/a"',
      '[Tue Nov 24 10:00:00.123456 2026] [core:error] [pid 404] [client 10.0.0.1:502] AH00037: Symbolic link not allowed',
      '10.0.0.1 - - [10/Oct/2000:13:55:36 +0000] "GET /x HTTP/1.1" 000 0 "-" "-"',
      '10.0.0.1 - - [10/Oct/2000:13:55:36 +0000] "GET /x HTTP/1.1" 999 0 "-" "-"',
    ].join('\n');
    assert.deepStrictEqual(findLogStatusCodes(text, 'nginx'), []);
  });

  it('finds every status of the fixture and nothing else', () => {
    const found = findLogStatusCodes(fixture('nginx-access.log'));
    assert.deepStrictEqual(found.map((d) => d.code), [200, 404, 201, 499, 504, 301, 502]);
  });
});
