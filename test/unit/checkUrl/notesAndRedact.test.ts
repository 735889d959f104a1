// Notes computed from a chain, and redaction of what is shown.
import * as assert from 'assert';
import { CheckResult, Hop } from '../../../server/src/node/checkUrl/checkUrl';
import { explainStatus, notesFor } from '../../../server/src/node/checkUrl/notes';
import { redactHeader, redactText, redactUrl } from '../../../server/src/node/checkUrl/redact';
import { classifyNodeError } from '../../../server/src/node/checkUrl/errors';
import { Dataset, StatusCodeIndex, StatusMeaning } from '../../../server/src/service/dataset';
import { realDataset } from '../../support/realDataset';

function meaning(source: string, name: string, summary: string, extra: Partial<StatusMeaning> = {}): StatusMeaning {
  return {
    source, name, summary, description: summary, whenToUse: [], commonCauses: [], headers: [], cacheable: false,
    bodyAllowed: true, confusedWith: [], flow: [], ...extra,
  };
}

const dataset: Dataset = {
  updated: '2026-11-24',
  classes: {
    1: { title: 'Informational', summary: '' }, 2: { title: 'Success', summary: '' }, 3: { title: 'Redirection', summary: '' },
    4: { title: 'Client Error', summary: '' }, 5: { title: 'Server Error', summary: '' },
  },
  sources: {},
  actors: realDataset().actors,
  codes: [
    { code: 404, meanings: [meaning('iana', 'Not Found', 'Nothing at this URL.')] },
    { code: 522, meanings: [meaning('cloudflare', 'Connection Timed Out', 'Cloudflare could not reach the origin in time.', { onTheWire: 'Your origin did not accept the TCP connection.' })] },
    { code: 460, meanings: [meaning('aws-elb', 'Client Closed Connection', 'The client closed the connection before the idle timeout.')] },
  ],
  comparisons: [],
};
const index = new StatusCodeIndex(dataset);

function hop(partial: Partial<Hop>): Hop {
  return {
    url: 'https://example.com/', method: 'GET', status: 200, statusText: 'OK', httpVersion: '1.1', location: null,
    timeMs: 1, timings: { totalMs: 1 }, headers: {}, ...partial,
  };
}
function result(hops: Hop[]): CheckResult {
  return { url: hops[0].url, hops, error: null, totalMs: 1, options: { method: 'AUTO', followRedirects: true, maxHops: 10, timeoutMs: 10000, insecure: false } };
}

describe('checkUrl notes', () => {
  it('explains vendor codes from the dataset, choosing the vendor from the headers', () => {
    const notes = notesFor(result([hop({ status: 522, headers: { server: 'cloudflare', 'cf-ray': '8a-AMS' } })]), index);
    assert.deepStrictEqual(notes.map((n) => n.message), [
      'Hop 1: 522 is cloudflare\'s "Connection Timed Out": Cloudflare could not reach the origin in time. Your origin did not accept the TCP connection.',
    ]);
    assert.match(notesFor(result([hop({ status: 460, headers: { server: 'awselb/2.0' } })]), index)[0].message, /aws-elb's "Client Closed Connection"/);
  });

  it('says when a code is not in the dataset, and explains known ones in one line', () => {
    assert.strictEqual(notesFor(result([hop({ status: 299 })]), index)[0].kind, 'unknown-code');
    assert.strictEqual(explainStatus(404, 'Not Found', {}, index), '404 Not Found — Nothing at this URL.');
    assert.match(explainStatus(299, 'Weird', {}, index), /^299 Weird — not in the dataset/);
  });

  it('flags HSTS sent over http, a Retry-After date, an X-RateLimit reset time and an expiring certificate', () => {
    const now = Date.parse('2026-11-24T12:00:00Z');
    const notes = notesFor(result([
      hop({ url: 'http://example.com/', status: 301, location: 'https://example.com/', nextUrl: 'https://example.com/', headers: { 'strict-transport-security': 'max-age=60', 'cache-control': 'max-age=3600' } }),
      hop({ status: 429, headers: { 'retry-after': 'Tue, 24 Nov 2026 12:05:00 GMT', 'x-ratelimit-limit': '100', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1795000000' }, tls: { authorized: true, daysLeft: 5 } }),
    ]), index, now);
    const byKind = Object.fromEntries(notes.map((n) => [n.kind, n]));
    assert.match(byKind['hsts'].message, /over plain http is ignored/);
    assert.match(byKind['redirect-cache'].message, /caches? this 301 for 60 min/);
    assert.match(byKind['retry-after'].message, /in 5 min/);
    assert.match(byKind['rate-limit'].message, /0 of 100 requests left, resets at 2026-/);
    assert.strictEqual(byKind['rate-limit'].level, 'warning');
    assert.match(byKind['tls-expiry'].message, /expires in 5 days/);
  });
});

describe('checkUrl redaction', () => {
  it('hides user:password@ and token-like query values', () => {
    assert.strictEqual(redactUrl('https://bob:pw@example.com/a?api_key=K&x=1&access_token=T#f'), 'https://***:***@example.com/a?api_key=***&x=1&access_token=***#f');
    assert.strictEqual(redactUrl('https://ghp_abc@github.com/'), 'https://***@github.com/');
    assert.strictEqual(redactUrl('https://example.com/?q=token'), 'https://example.com/?q=token');
    assert.strictEqual(redactText('failed: see https://u:p@h.example/?sig=zz now'), 'failed: see https://***:***@h.example/?sig=*** now');
    assert.strictEqual(redactHeader('Set-Cookie', 'id=abc; Secure'), 'id=***; Secure');
    assert.strictEqual(redactHeader('Location', '/next?token=abc&page=2'), '/next?token=***&page=2');
  });

  it('classifies DNS failures', () => {
    const error = Object.assign(new Error('getaddrinfo ENOTFOUND nowhere.invalid'), { code: 'ENOTFOUND' });
    assert.deepStrictEqual(classifyNodeError(error, 'nowhere.invalid').kind, 'dns');
  });
});
