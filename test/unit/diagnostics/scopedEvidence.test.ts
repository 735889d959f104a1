// Issue 15: each handler, each branch, each response judged on its own. Evidence for a rule comes from
// the same response (its statement, writes to the same object on its path), the same branch (for the
// words that make a 500 look temporary), the helpers called on it — never the file or a window.
import * as assert from 'assert';
import { lines, problems, problemsOf } from './helpers';

const codesOf = (rule: string, languageId: string, text: string, uri?: string) =>
  problemsOf(rule, languageId, text, uri).map((f) => `${text.slice(0, f.start).split('\n').length}:${text.slice(f.start, f.end)}`);

describe('diagnostics judged per response (issue 15)', () => {
  describe('the same response: writes to the same object, on the path before the status', () => {
    const twoHandlers = lines(
      "const express = require('express');",
      'const app = express();',
      "app.get('/maintenance', (req, res) => {",
      "  res.set('Retry-After', '3600');",
      "  res.status(503).send('Down for maintenance');",
      '});',
      "app.get('/busy', (req, res) => {",
      "  res.status(503).send('Server overloaded, please retry');",
      '});');

    it('a header written in another handler does not count (the first case of the issue)', () => {
      assert.deepStrictEqual(codesOf('retry-after-missing', 'javascript', twoHandlers), ['8:503']);
    });

    it('after the fix in one handler, the next handler keeps its diagnostic and its fix', () => {
      const text = lines(
        "const express = require('express');",
        "app.get('/a', (req, res) => {",
        "  res.status(503).send('down');",
        '});',
        "app.get('/b', (req, res) => {",
        "  res.status(503).send('busy');",
        '});');
      const first = problemsOf('retry-after-missing', 'javascript', text)[0];
      const fixed = applyFixAt(text, first.start);
      const left = problemsOf('retry-after-missing', 'javascript', fixed);
      assert.deepStrictEqual(left.map((f) => fixed.slice(0, f.start).split('\n').length), [7]);
      assert.strictEqual(left[0].fixes?.()[0]?.title, 'Add Retry-After: 120');
    });

    it('a branch that wrote the header and returned does not cover the status after it', () => {
      assert.deepStrictEqual(codesOf('retry-after-missing', 'javascript', lines(
        "app.get('/x', (req, res) => {",
        '  if (req.query.soon) {',
        "    res.set('Retry-After', '10');",
        '    return res.status(503).end();',
        '  }',
        '  return res.status(503).end();',
        '});')), ['6:503']);
    });

    it('a branch that wrote the header and fell through does cover it (when in doubt, stay silent)', () => {
      assert.deepStrictEqual(codesOf('retry-after-missing', 'javascript', lines(
        "app.get('/x', (req, res) => {",
        '  if (req.query.soon) {',
        "    res.set('Retry-After', '10');",
        '  }',
        '  res.status(503).end();',
        '});')), []);
    });

    it('a header set after the status in the same block still goes out (not in Go)', () => {
      assert.deepStrictEqual(codesOf('retry-after-missing', 'javascript', lines(
        "app.get('/x', (req, res) => {",
        '  res.status(503);',
        "  res.set('Retry-After', '30');",
        "  res.send('busy');",
        '});')), []);
      assert.deepStrictEqual(codesOf('retry-after-missing', 'go', lines(
        'package main',
        'func h(w http.ResponseWriter, r *http.Request) {',
        '\tw.WriteHeader(http.StatusServiceUnavailable)',
        '\tw.Header().Set("Retry-After", "30")',
        '}')), ['3:http.StatusServiceUnavailable']);
    });

    it('a header written on another object does not count', () => {
      assert.deepStrictEqual(codesOf('retry-after-missing', 'javascript', lines(
        "app.get('/x', async (req, res) => {",
        "  upstream.set('Retry-After', '30');",
        '  res.status(503).end();',
        '});')), ['3:503']);
    });

    it('Content-Location is not Location', () => {
      assert.deepStrictEqual(codesOf('location-missing', 'javascript', lines(
        "app.post('/items', (req, res) => {",
        "  res.set('Content-Location', '/items/1');",
        '  res.status(201).json(item);',
        '});',
        "app.get('/old', (req, res) => {",
        "  res.set('Location', '/new');",
        '  res.status(301).end();',
        '});')), ['3:201']);
    });

    it('the status\'s own statement counts: builder chains, options objects, return tuples', () => {
      assert.deepStrictEqual(problems('java', lines(
        '@GetMapping("/x")',
        'ResponseEntity<String> x() {',
        '  return ResponseEntity.status(503).header(HttpHeaders.RETRY_AFTER, "60").body("busy");',
        '}')).filter((f) => f.rule === 'retry-after-missing'), []);
      assert.deepStrictEqual(codesOf('retry-after-missing', 'javascript', lines(
        'export async function GET() {',
        "  return new Response('busy', { status: 503, headers: { 'Retry-After': '60' } });",
        '}')), []);
      assert.deepStrictEqual(codesOf('retry-after-missing', 'python', lines(
        "@app.route('/x')",
        'def x():',
        "    return 'busy', 503, {'Retry-After': '60'}")), []);
    });
  });

  describe('helpers and middleware that write the header', () => {
    it('a helper called on the response counts: by its name, or by what its body writes', () => {
      assert.deepStrictEqual(codesOf('retry-after-missing', 'javascript', lines(
        'function setRetryAfter(res, seconds) {',
        "  res.set('Retry-After', String(seconds));",
        '}',
        'function busy(res) {',
        "  res.set('Retry-After', '30');",
        '}',
        "app.get('/a', (req, res) => {",
        '  setRetryAfter(res, 30);',
        '  res.status(503).end();',
        '});',
        "app.get('/b', (req, res) => {",
        '  busy(res);',
        '  res.status(429).end();',
        '});',
        "app.get('/c', (req, res) => {",
        '  busy(other);',
        '  res.status(429).end();',
        '});')), ['17:429']);
    });

    it('a middleware earlier in the same route chain counts', () => {
      assert.deepStrictEqual(codesOf('retry-after-missing', 'javascript', lines(
        'function retryHeaders(req, res, next) {',
        "  res.set('Retry-After', '60');",
        '  next();',
        '}',
        "app.get('/a', retryHeaders, (req, res) => res.status(429).end());",
        "app.get('/b', (req, res) => res.status(429).end());")), ['6:429']);
    });
  });

  describe('frameworks that add the header themselves', () => {
    it('Flask-HTTPAuth\'s error handler gets WWW-Authenticate from the extension', () => {
      assert.deepStrictEqual(codesOf('required-header-missing', 'python', lines(
        'from flask_httpauth import HTTPTokenAuth',
        "auth = HTTPTokenAuth(scheme='Bearer')",
        '',
        '@auth.error_handler',
        'def auth_error(status):',
        "    return jsonify(error='unauthorized'), 401",
        '',
        "@app.route('/me')",
        'def me():',
        "    return jsonify(error='unauthorized'), 401")), ['10:401']);
    });

    it('Django REST framework\'s APIView adds Allow to every response', () => {
      assert.deepStrictEqual(codesOf('required-header-missing', 'python', lines(
        'from rest_framework.views import APIView',
        '',
        'class Orders(APIView):',
        '    def patch(self, request):',
        '        return Response(status=405)',
        '',
        'def legacy(request):',
        '    return HttpResponse(status=405)')), ['8:405']);
    });
  });

  describe('the same branch: words that make a 500/502 look temporary', () => {
    it('the word in a sibling branch does not count (the second case of the issue)', () => {
      assert.deepStrictEqual(codesOf('prefer-503-for-unavailable', 'javascript', lines(
        "app.get('/orders', async (req, res) => {",
        '  if (maintenanceMode) {',
        "    res.set('Retry-After', '600');",
        "    return res.status(503).json({ error: 'maintenance' });",
        '  }',
        '  try {',
        '    res.json(await upstream.orders());',
        '  } catch (e) {',
        "    res.status(502).json({ error: 'upstream failed' });",
        '  }',
        '});')), []);
    });

    it('the word in the branch\'s condition, its message or its function\'s name counts', () => {
      assert.deepStrictEqual(codesOf('prefer-503-for-unavailable', 'javascript', lines(
        "app.get('/a', (req, res) => {",
        '  if (isOverloaded()) {',
        "    return res.status(500).send('try later');",
        '  }',
        '});',
        "app.get('/b', (req, res) => {",
        "  res.status(500).send('Down for maintenance');",
        '});',
        'function rateLimitedHandler(req, res) {',
        '  res.status(502).end();',
        '}',
        "app.get('/c', (req, res) => {",
        "  res.status(500).send('oops');",
        '});')), ['3:500', '7:500', '10:502']);
    });

    it('another handler\'s comment or another case of a switch does not count', () => {
      assert.deepStrictEqual(codesOf('prefer-503-for-unavailable', 'javascript', lines(
        '// Returns 503 while the database is in maintenance.',
        "app.get('/a', (req, res) => res.status(503).set('Retry-After', '60').end());",
        "app.get('/b', (req, res) => res.status(500).send('bug'));")), []);
      assert.deepStrictEqual(codesOf('prefer-503-for-unavailable', 'go', lines(
        'package main',
        'func h(w http.ResponseWriter, r *http.Request) {',
        '\tswitch {',
        '\tcase overloaded:',
        '\t\tw.Header().Set("Retry-After", "30")',
        '\t\tw.WriteHeader(503)',
        '\tcase failed:',
        '\t\tw.WriteHeader(500)',
        '\t}',
        '}')), []);
    });
  });

  describe('header writes, not header names (the third case of the issue)', () => {
    it('a list of header names is not a Retry-After value', () => {
      assert.deepStrictEqual(codesOf('invalid-retry-after', 'javascript', lines(
        "const hopByHop = ['Retry-After', 'Server', 'Transfer-Encoding'];",
        "const passed = new Set(['retry-after', 'location']);",
        "const delay = headers.get('Retry-After', 'soon');")), []);
    });

    it('values built at run time are not judged; literal bad ones are', () => {
      assert.deepStrictEqual(codesOf('invalid-retry-after', 'javascript', lines(
        'res.set(\'Retry-After\', `${seconds}`);',
        "res.set('Retry-After', '' + seconds);",
        "res.set('Retry-After', new Date(Date.now() + 6e4).toUTCString());",
        "res.set('Retry-After', '30s');")), ['4:30s']);
      assert.deepStrictEqual(codesOf('invalid-retry-after', 'python', lines(
        "response['Retry-After'] = f'{delay}'",
        "response['Retry-After'] = str(int(delay.total_seconds()))",
        "response['Retry-After'] = '2 minutes'")), ['3:2 minutes']);
    });
  });

  describe('nginx', () => {
    const conf = lines(
      'server {',
      '  listen 443 ssl;',
      '  location /maintenance {',
      '    add_header Retry-After 120;',
      '    return 503;',
      '  }',
      '  location /busy {',
      '    add_header Retry-After 60 always;',
      '    return 429;',
      '  }',
      '  location /inherits {',
      '    add_header X-Frame-Options DENY;',
      '    return 503;',
      '  }',
      '  location /old { return 301 https://example.com/new; }',
      '  location /nowhere { return 302; }',
      '}');

    it('add_header without always is not sent with an error status; a block with its own add_header inherits none', () => {
      assert.deepStrictEqual(codesOf('retry-after-missing', 'nginx', conf, 'file:///etc/nginx/sites-available/site.conf'), ['5:503', '13:503']);
      assert.deepStrictEqual(codesOf('location-missing', 'nginx', conf, 'file:///etc/nginx/sites-available/site.conf'), ['16:302']);
    });

    it('the fix adds `always` to the directive that is there, or an add_header … always line', () => {
      const uri = 'file:///etc/nginx/sites-available/site.conf';
      const found = problemsOf('retry-after-missing', 'nginx', conf, uri);
      const [first, second] = found.map((f) => f.fixes!()[0].edits);
      assert.strictEqual(applyEdits(conf, first).split('\n')[3], '    add_header Retry-After 120 always;');
      assert.deepStrictEqual(applyEdits(conf, second).split('\n').slice(11, 14), ['    add_header X-Frame-Options DENY;', '    add_header Retry-After 120 always;', '    return 503;']);
    });
  });

  describe('responses only', () => {
    it('a test asserting a 503 and a client reading one are not response sites', () => {
      assert.deepStrictEqual(problems('javascript', lines(
        "const r = await fetch('/api');",
        'if (r.status === 503) await sleep(1000);',
        'expect(res.status).toBe(503);')).map((f) => f.rule), []);
    });
  });
});

describe('diagnostics judged per response: the objects, the send and the frameworks (issue 15)', () => {
  it('a response built in its own statement does not carry headers written on another object', () => {
    assert.deepStrictEqual(codesOf('retry-after-missing', 'python', lines(
      'def invoice_csv(request):',
      '    response = HttpResponse(content_type="text/csv")',
      '    response["Retry-After"] = "60"',
      '    if busy():',
      '        return HttpResponse("busy", status=503)',
      '    return response')), ['5:503']);
  });

  it('a header written on the response a statement builds, after it, counts', () => {
    assert.deepStrictEqual(codesOf('retry-after-missing', 'python', lines(
      'def status(job):',
      '    resp = make_response(jsonify(state="pending"), 503)',
      '    resp.retry_after = job.eta',
      '    return resp')), []);
  });

  it('a header written after the response was sent does not count', () => {
    assert.deepStrictEqual(codesOf('retry-after-missing', 'javascript', lines(
      "app.get('/x', (req, res) => {",
      "  res.status(503).send('rebuilding');",
      "  res.set('Retry-After', '300');",
      '});')), ['2:503']);
  });

  it('a list of header names built by a call is not a write', () => {
    assert.deepStrictEqual(problems('java', lines(
      'class Filter {',
      '  static final List<String> NAMES = List.of("Retry-After", "Set-Cookie", "WWW-Authenticate");',
      '}')).map((f) => f.rule), []);
  });

  it('a method check in a branch condition, not a header read there, gives the method', () => {
    assert.deepStrictEqual(codesOf('redirect-changes-method', 'typescript', lines(
      'export async function POST(request: Request) {',
      "  if (request.headers.get('accept')?.includes('text/html')) {",
      "    return Response.redirect(new URL('/orders/1', request.url), 302);",
      '  }',
      '}'), 'file:///app/api/orders/route.ts'), ['3:302']);
  });

  it('nginx: error_page sending the status to a named location answers with its headers', () => {
    const conf = lines(
      'server {',
      '    error_page 503 @maintenance;',
      '    location @maintenance {',
      '        add_header Retry-After 1800 always;',
      '    }',
      '    location / {',
      '        return 503;',
      '    }',
      '    location /api/ {',
      '        add_header X-RateLimit-Limit 10 always;',
      '        return 429;',
      '    }',
      '}');
    assert.deepStrictEqual(codesOf('retry-after-missing', 'nginx', conf, 'file:///etc/nginx/conf.d/app.conf'), ['11:429']);
  });
});

function applyEdits(text: string, edits: { start: number; end: number; newText: string }[]): string {
  return [...edits].sort((a, b) => b.start - a.start).reduce((t, e) => t.slice(0, e.start) + e.newText + t.slice(e.end), text);
}

/** Applies the preferred fix of the retry-after-missing finding at `start`. */
function applyFixAt(text: string, start: number): string {
  const finding = problemsOf('retry-after-missing', 'javascript', text).find((f) => f.start === start)!;
  return applyEdits(text, finding.fixes!()[0].edits);
}


