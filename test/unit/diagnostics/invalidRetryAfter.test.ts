import * as assert from 'assert';
import { applyFix, lines, problemsOf } from './helpers';
import { isValidRetryAfter } from '../../../server/src/service/diagnostics/rules/invalidRetryAfter';

const rule = 'invalid-retry-after';

describe('diagnostics: invalid-retry-after', () => {
  it('accepts delta-seconds and the three HTTP-date forms', () => {
    for (const ok of ['0', '120', 'Fri, 31 Dec 1999 23:59:59 GMT', 'Friday, 31-Dec-99 23:59:59 GMT', 'Fri Dec 31 23:59:59 1999', 'Sun Nov  6 08:49:37 1994']) {
      assert.ok(isValidRetryAfter(ok), ok);
    }
    for (const bad of ['', '-1', '1.5', '30s', 'soon', '2024-01-01T00:00:00Z', 'Fri, 31 Dec 1999 23:59:59 UTC']) {
      assert.ok(!isValidRetryAfter(bad), bad);
    }
  });

  it('Express: "30s" → 30, citing RFC 9110 §10.2.3', () => {
    const text = "res.set('Retry-After', '30s');\n";
    const found = problemsOf(rule, 'javascript', text);
    assert.strictEqual(found.length, 1);
    assert.match(found[0].message, /"30s" is neither a number of seconds nor an HTTP-date.*RFC 9110 §10\.2\.3/);
    assert.strictEqual(applyFix(rule, 'javascript', text), "res.set('Retry-After', '30');\n");
  });

  it('Go: "2 minutes" → 120; Python dict "1h" → 3600', () => {
    assert.strictEqual(applyFix(rule, 'go', 'w.Header().Set("Retry-After", "2 minutes")\n'), 'w.Header().Set("Retry-After", "120")\n');
    assert.strictEqual(applyFix(rule, 'python', "headers = {'Retry-After': '1h'}\n"), "headers = {'Retry-After': '3600'}\n");
  });

  it('Spring constant and Laravel numbers: -1 is flagged without a fix', () => {
    const found = problemsOf(rule, 'php', "return response('', 503)->header('Retry-After', -1);\n");
    assert.strictEqual(found.length, 1);
    assert.deepStrictEqual(found[0].fixes!(), []);
    assert.strictEqual(problemsOf(rule, 'java', 'x.header(HttpHeaders.RETRY_AFTER, "later");\n').length, 1);
  });

  it('NGINX add_header', () => {
    assert.strictEqual(applyFix(rule, 'nginx', 'location / {\n  add_header Retry-After 10m always;\n}\n'), 'location / {\n  add_header Retry-After 600 always;\n}\n');
  });

  it('stays silent on valid and computed values', () => {
    assert.deepStrictEqual(problemsOf(rule, 'javascript', lines(
      "res.set('Retry-After', '120');",
      "res.set('Retry-After', String(seconds));",
      'res.set("Retry-After", `${seconds}`);',
      "res.set('Retry-After', new Date(Date.now() + 6e4).toUTCString());",
      "headers: { 'Retry-After': 'Wed, 21 Oct 2015 07:28:00 GMT' }")), []);
    assert.deepStrictEqual(problemsOf(rule, 'python', "response.headers['Retry-After'] = f'{delay}'\n"), []);
  });
});
