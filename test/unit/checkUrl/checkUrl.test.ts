// The URL checker against real local servers: redirect chains, failures, TLS, bounded reads.
import * as assert from 'assert';
import { checkUrl } from '../../../server/src/node/checkUrl/checkUrl';
import { notesFor } from '../../../server/src/node/checkUrl/notes';
import { httpServer, httpsServer, rawServer, refusedPort, Running, until } from './servers';

const fast = { timeoutMs: 2000 };

describe('checkUrl: redirect chains', () => {
  let server: Running;
  const seen: { method: string; url: string; body: string; auth?: string }[] = [];
  before(async () => {
    server = await httpServer((req, res) => {
      let body = '';
      req.on('data', (c) => { body += c; });
      req.on('end', () => {
        seen.push({ method: req.method!, url: req.url!, body, auth: req.headers.authorization });
        const url = new URL(req.url!, 'http://x');
        const path = url.pathname;
        const step = /^\/chain\/(\d)$/.exec(path);
        if (step) {
          // 301 → 302 → 303 → 307 → 308 → 200, each with a relative Location.
          const codes = [301, 302, 303, 307, 308];
          const i = Number(step[1]);
          if (i < codes.length) {
            res.writeHead(codes[i], { Location: i % 2 ? `/chain/${i + 1}` : `${i + 1}` });
            return res.end();
          }
          return res.writeHead(200, { 'Content-Type': 'text/plain' }).end('done');
        }
        if (path === '/loop/a') return res.writeHead(302, { Location: '/loop/b' }).end();
        if (path === '/loop/b') return res.writeHead(302, { Location: '/loop/a' }).end();
        const endless = /^\/endless\/(\d+)$/.exec(path);
        if (endless) return res.writeHead(302, { Location: `/endless/${Number(endless[1]) + 1}` }).end();
        if (path === '/post-303') return res.writeHead(303, { Location: '/echo' }).end();
        if (path === '/post-301') return res.writeHead(301, { Location: '/echo' }).end();
        if (path === '/post-307') return res.writeHead(307, { Location: '/echo' }).end();
        if (path === '/echo') return res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ method: req.method, body }));
        if (path === '/no-head') {
          if (req.method === 'HEAD') return res.writeHead(405, { Allow: 'GET' }).end();
          return res.writeHead(200).end('ok');
        }
        if (path === '/busy') {
          return res.writeHead(503, { 'Retry-After': '120', 'RateLimit-Limit': '60', 'RateLimit-Remaining': '0', 'RateLimit-Reset': '30' }).end();
        }
        if (path === '/hostile') {
          res.setHeader('X-Evil', '<script>alert(1)</script><img src=x onerror=alert(2)>');
          res.setHeader('Set-Cookie', ['session=s3cr3tvalue; Path=/; HttpOnly']);
          res.statusMessage = '<b>Bold</b> <script>alert(3)</script>';
          return res.writeHead(200).end();
        }
        if (path === '/to-other-origin') {
          return res.writeHead(302, { Location: `http://localhost:${server.port}/landing` }).end();
        }
        if (path === '/to-scheme') return res.writeHead(302, { Location: url.searchParams.get('to')! }).end();
        if (path === '/permanent') return res.writeHead(301, { Location: '/echo' }).end();
        return res.writeHead(404).end('not found');
      });
    });
  });
  after(() => server.close());
  beforeEach(() => { seen.length = 0; });

  it('follows 301, 302, 303, 307, 308 with relative Locations to the final 200, with HEAD by default', async () => {
    const result = await checkUrl(`${server.origin}/chain/0`, fast);
    assert.strictEqual(result.error, null);
    assert.deepStrictEqual(result.hops.map((h) => h.status), [301, 302, 303, 307, 308, 200]);
    assert.deepStrictEqual(result.hops.map((h) => new URL(h.url).pathname), ['/chain/0', '/chain/1', '/chain/2', '/chain/3', '/chain/4', '/chain/5']);
    assert.ok(result.hops.every((h) => h.method === 'HEAD'));
    assert.strictEqual(result.hops[0].location, '1');
    assert.strictEqual(result.hops[0].nextUrl, `${server.origin}/chain/1`);
    assert.ok(seen.every((s) => s.method === 'HEAD'));
    for (const hop of result.hops) {
      assert.ok(hop.timings.totalMs >= 0 && hop.timings.ttfbMs !== undefined, JSON.stringify(hop.timings));
    }
    assert.ok(result.hops[0].timings.connectMs !== undefined, 'the first hop opens a connection');
  });

  it('with method GET reads a snippet of the final body only', async () => {
    const result = await checkUrl(`${server.origin}/chain/0`, { ...fast, method: 'GET' });
    assert.ok(result.hops.every((h) => h.method === 'GET'));
    assert.deepStrictEqual(result.hops.map((h) => h.body?.text), [undefined, undefined, undefined, undefined, undefined, 'done']);
  });

  it('stops after the first hop when following is off', async () => {
    const result = await checkUrl(`${server.origin}/chain/0`, { ...fast, followRedirects: false });
    assert.strictEqual(result.error, null);
    assert.deepStrictEqual(result.hops.map((h) => h.status), [301]);
    assert.strictEqual(seen.length, 1);
  });

  it('turns POST into GET on 301 and 303 (with a note), keeps POST and body on 307', async () => {
    for (const [path, expected] of [['/post-303', 'GET'], ['/post-301', 'GET'], ['/post-307', 'POST']] as const) {
      seen.length = 0;
      const result = await checkUrl(`${server.origin}${path}`, { ...fast, method: 'POST', body: 'a=1' });
      assert.strictEqual(result.error, null);
      assert.deepStrictEqual(result.hops.map((h) => h.method), ['POST', expected]);
      assert.deepStrictEqual(JSON.parse(result.hops[1].body!.text), { method: expected, body: expected === 'POST' ? 'a=1' : '' });
      const kinds = notesFor(result).map((n) => n.kind);
      assert.strictEqual(kinds.includes('post-to-get'), expected === 'GET', kinds.join());
    }
  });

  it('reports a redirect loop without following it forever', async () => {
    const result = await checkUrl(`${server.origin}/loop/a`, fast);
    assert.strictEqual(result.error?.kind, 'loop');
    assert.deepStrictEqual(result.hops.map((h) => new URL(h.url).pathname), ['/loop/a', '/loop/b']);
    assert.ok(notesFor(result).some((n) => n.kind === 'loop'));
  });

  it('stops at maxHops redirects and says so', async () => {
    const result = await checkUrl(`${server.origin}/endless/0`, { ...fast, maxHops: 3 });
    assert.strictEqual(result.error?.kind, 'too-many-redirects');
    assert.strictEqual(result.hops.length, 4);
    assert.strictEqual(seen.length, 4);
    assert.match(result.error!.message, /after 3 redirects/);
  });

  it('defaults to at most 10 redirects', async () => {
    const result = await checkUrl(`${server.origin}/endless/0`, fast);
    assert.strictEqual(result.error?.kind, 'too-many-redirects');
    assert.strictEqual(result.hops.length, 11);
  });

  it('retries with GET when HEAD is answered with 405', async () => {
    const result = await checkUrl(`${server.origin}/no-head`, fast);
    assert.strictEqual(result.error, null);
    assert.strictEqual(result.hops.length, 1);
    assert.strictEqual(result.hops[0].method, 'GET');
    assert.strictEqual(result.hops[0].status, 200);
    assert.strictEqual(result.hops[0].headFallback?.status, 405);
    assert.deepStrictEqual(seen.map((s) => s.method), ['HEAD', 'GET']);
    assert.ok(notesFor(result).some((n) => n.kind === 'head-fallback'));
  });

  it('explains 503 with Retry-After and rate-limit headers', async () => {
    const result = await checkUrl(`${server.origin}/busy`, fast);
    assert.strictEqual(result.hops[0].status, 503);
    const notes = notesFor(result);
    assert.match(notes.find((n) => n.kind === 'retry-after')!.message, /wait 2 min before retrying/);
    assert.match(notes.find((n) => n.kind === 'rate-limit')!.message, /0 of 60 requests left, resets in 30 s/);
  });

  it('keeps hostile header values as plain data and hides cookie values', async () => {
    const result = await checkUrl(`${server.origin}/hostile`, fast);
    const hop = result.hops[0];
    assert.strictEqual(hop.headers['x-evil'], '<script>alert(1)</script><img src=x onerror=alert(2)>');
    assert.strictEqual(hop.statusText, '<b>Bold</b> <script>alert(3)</script>');
    assert.strictEqual(hop.headers['set-cookie'], 'session=***; Path=/; HttpOnly');
    assert.ok(!JSON.stringify(result).includes('s3cr3tvalue'));
  });

  it('sends URL credentials to their origin only, and redacts them everywhere', async () => {
    const input = `http://alice:hunter2@127.0.0.1:${server.port}/to-other-origin?token=tok123&page=2`;
    const result = await checkUrl(input, { ...fast, headers: { Authorization: 'Bearer abc' } });
    assert.strictEqual(result.error, null);
    assert.deepStrictEqual(seen.map((s) => s.auth), ['Bearer abc', undefined]);
    const text = JSON.stringify(result);
    for (const secret of ['hunter2', 'alice', 'tok123']) assert.ok(!text.includes(secret), `${secret} leaked: ${text}`);
    assert.strictEqual(result.url, `http://***:***@127.0.0.1:${server.port}/to-other-origin?token=***&page=2`);
    assert.deepStrictEqual(result.hops[1].withheldHeaders, ['authorization']);
  });

  for (const target of ['file:///etc/passwd', 'javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'ftp://127.0.0.1/x']) {
    it(`refuses a redirect to ${target.split(':')[0]}: and never follows it`, async () => {
      const result = await checkUrl(`${server.origin}/to-scheme?to=${encodeURIComponent(target)}`, fast);
      assert.strictEqual(result.error?.kind, 'unsupported-scheme');
      assert.match(result.error!.message, new RegExp(`${target.split(':')[0]}: scheme; only http: and https:`));
      assert.strictEqual(result.hops.length, 1);
      assert.strictEqual(seen.length, 1);
    });
    it(`refuses ${target.split(':')[0]}: as input`, async () => {
      const result = await checkUrl(target, fast);
      assert.strictEqual(result.error?.kind, 'unsupported-scheme');
      assert.strictEqual(result.hops.length, 0);
    });
  }

  it('rejects input that is not a URL', async () => {
    for (const input of ['', '   ', 'http://', 'http://exa mple.com/']) {
      const result = await checkUrl(input, fast);
      assert.strictEqual(result.error?.kind, 'invalid-url', input);
    }
  });

  it('can be cancelled', async () => {
    const controller = new AbortController();
    const pending = checkUrl(`${server.origin}/chain/0`, { ...fast, signal: controller.signal });
    controller.abort();
    const result = await pending;
    assert.strictEqual(result.error?.kind, 'cancelled');
  });

  it('notes that browsers cache a 301 without Cache-Control', async () => {
    const result = await checkUrl(`${server.origin}/permanent`, fast);
    assert.ok(notesFor(result).some((n) => n.kind === 'redirect-cache' && /indefinitely/.test(n.message)));
  });
});

describe('checkUrl: failures', () => {
  it('times out on a server that never answers', async () => {
    const silent = await rawServer(() => undefined);
    try {
      // Without the deadline this would wait for ever (mocha's limit would fail it): the kind says it fired.
      const result = await checkUrl(`${silent.origin}/`, { timeoutMs: 300 });
      assert.strictEqual(result.error?.kind, 'timeout');
      assert.match(result.error!.message, /300 ms|0\.3 s|timed out/i);
    } finally { await silent.close(); }
  });

  it('reports a connection reset', async () => {
    const resetting = await rawServer((socket) => socket.once('data', () => socket.resetAndDestroy()));
    try {
      const result = await checkUrl(`${resetting.origin}/`, { ...fast, method: 'GET' });
      assert.strictEqual(result.error?.kind, 'reset', JSON.stringify(result.error));
    } finally { await resetting.close(); }
  });

  it('reports a refused port', async () => {
    const port = await refusedPort();
    const result = await checkUrl(`http://127.0.0.1:${port}/`, fast);
    assert.strictEqual(result.error?.kind, 'refused');
    assert.match(result.error!.message, /refused the connection/);
  });

  it('never reads more than maxBodyBytes of an endless body', async () => {
    let written = 0;
    let closed = false;
    const endless = await httpServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/octet-stream' });
      const chunk = Buffer.alloc(16 * 1024, 0x61);
      const pump = () => {
        while (!res.destroyed) {
          written += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
      };
      res.on('close', () => { closed = true; });
      pump();
    });
    try {
      const result = await checkUrl(`${endless.origin}/`, { ...fast, method: 'GET', maxBodyBytes: 4096 });
      assert.strictEqual(result.error, null);
      assert.strictEqual(result.hops[0].body!.bytes, 4096);
      assert.strictEqual(result.hops[0].body!.truncated, true);
      await until(() => closed);
      // Only socket buffers' worth was ever sent: the client closed the connection.
      assert.ok(written < 16 * 1024 * 1024, `server wrote ${written} bytes`);
      console.log(`      (endless body: client kept 4096 bytes; server managed to write ${written} bytes before the close)`);
    } finally { await endless.close(); }
  });
});

describe('checkUrl: hostile servers', () => {
  const raw = async (onSocket: Parameters<typeof rawServer>[0], options = {}) => {
    const s = await rawServer(onSocket);
    try { return await checkUrl(`${s.origin}/`, { timeoutMs: 800, ...options }); } finally { await s.close(); }
  };
  const reply = (text: string) => (socket: import('net').Socket) => socket.once('data', () => socket.end(text));

  it('rejects endless headers once they pass maxHeaderSize', async () => {
    let sent = 0;
    const result = await raw((socket) => socket.once('data', () => {
      socket.write('HTTP/1.1 200 OK\r\n');
      const line = `X-Filler: ${'a'.repeat(1000)}\r\n`;
      const pump = () => {
        while (!socket.destroyed) {
          sent += line.length;
          if (!socket.write(line)) return void socket.once('drain', pump);
        }
      };
      pump();
    }));
    assert.strictEqual(result.error?.kind, 'protocol');
    assert.strictEqual(result.error?.code, 'HPE_HEADER_OVERFLOW');
    assert.ok(sent < 16 * 1024 * 1024, `sent ${sent}`);
  });

  it('gives up on a slow-drip (slowloris) response at the hard deadline', async () => {
    // Every byte resets an idle timer, so only a hard deadline ends this. Counted in bytes, not ms: at one
    // byte per 20 ms a 500 ms deadline lets ~25 through (fewer on a loaded machine, never more).
    let dripped = 0;
    const result = await raw((socket) => socket.once('data', () => {
      socket.write('HTTP/1.1 200 OK\r\nX-Slow: ');
      const drip = setInterval(() => (socket.destroyed ? clearInterval(drip) : (dripped++, socket.write('a'))), 20);
      socket.on('close', () => clearInterval(drip));
    }), { timeoutMs: 500 });
    assert.strictEqual(result.error?.kind, 'timeout');
    assert.ok(dripped < 100, `${dripped} bytes dripped before the deadline`);
  });

  it('gives up on a slow-drip body at the hard deadline, keeping what arrived', async () => {
    const result = await raw((socket) => socket.once('data', () => {
      socket.write('HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n');
      const drip = setInterval(() => (socket.destroyed ? clearInterval(drip) : socket.write('b')), 20);
      socket.on('close', () => clearInterval(drip));
    }), { timeoutMs: 400, method: 'GET' });
    assert.strictEqual(result.error, null);
    assert.strictEqual(result.hops[0].status, 200);
    assert.ok(result.hops[0].body!.truncated);
    assert.ok(result.hops[0].body!.bytes > 0 && result.hops[0].body!.bytes < 100);
  });

  it('reports an invalid status line as a protocol error', async () => {
    for (const line of ['HTTP/1.1 abc Nope\r\n\r\n', 'garbage\r\n\r\n', 'HTTP/9.9.9 200 OK\r\n\r\n']) {
      const result = await raw(reply(line));
      assert.strictEqual(result.error?.kind, 'protocol', `${JSON.stringify(line)} → ${JSON.stringify(result.error)}`);
    }
  });

  it('reports status codes outside 100-599 as protocol errors', async () => {
    for (const status of ['999', '600', '000', '099']) {
      const result = await raw(reply(`HTTP/1.1 ${status} Odd\r\nContent-Length: 0\r\n\r\n`));
      assert.strictEqual(result.error?.kind, 'protocol', `${status} → ${JSON.stringify(result)}`);
      assert.strictEqual(result.hops.length, 0);
    }
  });

  it('treats a redirect with HTML in Location as data, not markup', async () => {
    const result = await raw(reply('HTTP/1.1 302 Found\r\nLocation: javascript:alert(document.cookie)\r\nContent-Length: 0\r\n\r\n'));
    assert.strictEqual(result.error?.kind, 'unsupported-scheme');
    assert.strictEqual(result.hops[0].location, 'javascript:alert(document.cookie)');
  });
});

describe('checkUrl: TLS', () => {
  let server: Running & { cert: string };
  before(async () => {
    server = await httpsServer((req, res) => {
      if (req.url === '/down') res.writeHead(301, { Location: `http://127.0.0.1:1/` }).end();
      else res.writeHead(200, { 'Strict-Transport-Security': 'max-age=31536000; includeSubDomains' }).end();
    });
  });
  after(() => server.close());

  it('reports an untrusted certificate with its reason instead of bypassing it', async () => {
    const result = await checkUrl(`${server.origin}/`, fast);
    assert.strictEqual(result.error?.kind, 'tls');
    assert.match(result.error!.message, /self-signed/);
    assert.strictEqual(result.hops.length, 0);
  });

  it('checks anyway with the insecure option, still reporting the certificate error', async () => {
    const result = await checkUrl(`${server.origin}/`, { ...fast, insecure: true });
    assert.strictEqual(result.error, null);
    const tls = result.hops[0].tls!;
    assert.strictEqual(tls.authorized, false);
    assert.ok(tls.authorizationError);
    assert.ok(notesFor(result).some((n) => n.kind === 'tls-insecure'));
  });

  it('trusts a given CA and summarises the session', async () => {
    const result = await checkUrl(`${server.origin}/`, { ...fast, ca: server.cert });
    assert.strictEqual(result.error, null);
    const hop = result.hops[0];
    assert.strictEqual(hop.tls?.authorized, true);
    assert.match(hop.tls!.protocol!, /^TLSv1\.[23]$/);
    assert.strictEqual(hop.tls!.subject, 'localhost');
    assert.ok(hop.tls!.daysLeft! >= 28 && hop.tls!.daysLeft! <= 30, String(hop.tls!.daysLeft));
    assert.ok(hop.timings.tlsMs !== undefined);
    const notes = notesFor(result);
    assert.match(notes.find((n) => n.kind === 'hsts')!.message, /365 days \(includeSubDomains\)/);
  });

  it('warns about an https → http downgrade', async () => {
    const result = await checkUrl(`${server.origin}/down`, { ...fast, ca: server.cert, timeoutMs: 500 });
    assert.ok(notesFor(result).some((n) => n.kind === 'downgrade'));
  });
});
