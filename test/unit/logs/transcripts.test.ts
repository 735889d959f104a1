import * as assert from 'assert';
import { findLogStatusCodes } from '../../../server/src/service/logs/findLogStatusCodes';
import { readHar, HarReader } from '../../../server/src/service/logs/harFile';
import { LogRecord } from '../../../server/src/service/logs/types';
import { assertDetects, fixture, marked } from './marks';

describe('logs: HAR files', () => {
  it('finds `status` in response objects only — not in headers, bodies, timings or sizes', () => {
    const text = fixture('sample.har');
    const found = findLogStatusCodes(text, undefined, 'sample.har');
    assert.deepStrictEqual(found.map((d) => d.code), [200, 503]);
    assert.ok(found.every((d) => d.context === 'har:response' && text.slice(d.start, d.end) === String(d.code)));
  });

  it('ignores `status` outside a response and status 0 (blocked requests)', () => {
    const m = marked('{"log":{"entries":[{"request":{"status":500},"response":{"status":0}},{"status":502,"response":{"status":⟦404⟧,"_status":503}}]}}');
    assertDetects(findLogStatusCodes(m.text, 'har'), m);
  });

  it('reads one record per entry with time, method and path, whatever the chunk size', () => {
    const text = fixture('sample.har');
    const whole = readHar(text);
    assert.deepStrictEqual(whole.map((r) => [r.fields[0].code, r.method, r.path, r.time]), [
      [200, 'GET', '/api/items', Date.UTC(2026, 10, 24, 10, 0, 0)],
      [503, 'POST', '/api/orders', Date.UTC(2026, 10, 24, 10, 0, 1)],
    ]);
    for (const size of [1, 2, 7, 64]) {
      const records: LogRecord[] = [];
      const reader = new HarReader((r) => records.push(r));
      for (let i = 0; i < text.length; i += size) reader.write(text.slice(i, i + size));
      reader.end();
      assert.deepStrictEqual(records, whole, `chunks of ${size}`);
    }
  });

  it('survives a truncated or broken HAR', () => {
    const text = fixture('sample.har');
    for (const cut of [10, 200, 700, text.length - 3]) assert.doesNotThrow(() => findLogStatusCodes(text.slice(0, cut), 'har'));
    assert.doesNotThrow(() => findLogStatusCodes('}}]]{"response":{"status":"5', 'har'));
  });
});

describe('logs: .http and .rest files', () => {
  it('finds response lines and response-status assertions, not request lines, headers or bodies', () => {
    const found = findLogStatusCodes(fixture('api.http'), undefined, 'api.http');
    assert.deepStrictEqual(found.map((d) => `${d.code} ${d.context}`), ['200 http:assert', '404 http:response']);
  });

  it('marks the exact code of a response line', () => {
    const m = marked('GET https://example.com/500 HTTP/1.1\n\nHTTP/1.1 ⟦503⟧ Service Unavailable\nRetry-After: 120\n\nHTTP/2 ⟦200⟧\n');
    assertDetects(findLogStatusCodes(m.text, 'httpFile'), m);
  });
});

describe('logs: curl transcripts', () => {
  it('finds `< HTTP/2 503` and `curl -i` status lines, not request lines, headers or info lines', () => {
    const found = findLogStatusCodes(fixture('curl-verbose.txt'));
    assert.deepStrictEqual(found.map((d) => `${d.code} ${d.context}`), ['503 transcript:curl', '301 transcript:curl']);
  });

  it('marks the code in `< HTTP/1.1 404 Not Found`', () => {
    const m = marked('* Connected to h (1.2.3.4) port 500\n> GET /502 HTTP/1.1\n< HTTP/1.1 ⟦404⟧ Not Found\n< content-length: 503\n');
    assertDetects(findLogStatusCodes(m.text), m);
  });
});
