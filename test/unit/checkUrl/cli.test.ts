// `http-status-lens check-url` as a user runs it: the bundled CLI (`node dist/cli.js`) against local
// servers, checking the --json shape, the text chain and the exit codes.
import * as assert from 'assert';
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { httpServer, httpsServer, rawServer, refusedPort, Running } from './servers';
import { privateCli } from '../../support/privateCli';


interface Run { code: number; stdout: string; stderr: string }

describe('CLI: http-status-lens check-url', function () {
  this.timeout(30_000);
  let cli: string;
  let tmp: string;
  let server: Running;
  let tlsServer: Running & { cert: string };

  before(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'hsl-cli-'));
    cli = await privateCli();
    server = await httpServer((req, res) => {
      if (req.url === '/start') return void res.writeHead(301, { Location: '/middle?token=abc' }).end();
      if (req.url?.startsWith('/middle')) return void res.writeHead(302, { Location: '/final' }).end();
      if (req.url === '/final') return void res.writeHead(200, { 'X-Evil': '<script>alert(1)</script>' }).end();
      if (req.url === '/echo') {
        let body = '';
        req.on('data', (c) => { body += c; });
        return void req.on('end', () => res.writeHead(200, { 'X-Method': req.method!, 'X-Body': body, 'X-Hdr': String(req.headers['x-test']) }).end());
      }
      if (req.url === '/loop') return void res.writeHead(302, { Location: '/loop' }).end();
      res.writeHead(502).end();
    });
    tlsServer = await httpsServer((_req, res) => void res.writeHead(204).end());
  });
  after(async () => {
    await server?.close();
    await tlsServer?.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  const run = (...args: string[]) => new Promise<Run>((resolve) => {
    execFile(process.execPath, [cli, 'check-url', ...args], { timeout: 20_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
    });
  });

  it('prints the chain as JSON with exactly the documented keys, and exits 0', async () => {
    const r = await run(`http://u:pw@127.0.0.1:${server.port}/start`, '--json');
    assert.strictEqual(r.code, 0, r.stderr);
    const json = JSON.parse(r.stdout);
    assert.deepStrictEqual(Object.keys(json), ['url', 'hops', 'error', 'warnings']);
    assert.strictEqual(json.url, `http://***:***@127.0.0.1:${server.port}/start`);
    assert.strictEqual(json.error, null);
    assert.deepStrictEqual(json.hops.map((h: { status: number }) => h.status), [301, 302, 200]);
    for (const hop of json.hops) {
      assert.deepStrictEqual(Object.keys(hop), ['url', 'method', 'status', 'statusText', 'location', 'timeMs', 'headers']);
      assert.strictEqual(hop.method, 'HEAD');
      assert.strictEqual(typeof hop.timeMs, 'number');
    }
    assert.strictEqual(json.hops[0].location, '/middle?token=***');
    assert.strictEqual(json.hops[2].location, null);
    assert.strictEqual(json.hops[2].headers['x-evil'], '<script>alert(1)</script>');
    assert.ok(!r.stdout.includes('pw@') && !r.stdout.includes('abc'), r.stdout);
    assert.ok(json.warnings.some((w: string) => /browsers cache a 301/.test(w)), json.warnings.join('\n'));
  });

  it('prints a readable chain as text', async () => {
    const r = await run(`http://127.0.0.1:${server.port}/start`);
    assert.strictEqual(r.code, 0, r.stderr);
    assert.match(r.stdout, /1\. HEAD http:\/\/127\.0\.0\.1:\d+\/start\n {3}→ 301 Moved Permanently/);
    assert.match(r.stdout, /3\. HEAD http:\/\/127\.0\.0\.1:\d+\/final\n {3}→ 200 OK/);
    assert.match(r.stdout, /Location: \/middle\?token=\*\*\*/);
    assert.match(r.stdout, /3 hops in \d+ ms\./);
  });

  it('sends --method, --data and --header', async () => {
    const r = await run(`http://127.0.0.1:${server.port}/echo`, '--method', 'put', '--data', 'x=1', '--header', 'X-Test: yes', '--json');
    const hop = JSON.parse(r.stdout).hops[0];
    assert.deepStrictEqual([hop.method, hop.headers['x-method'], hop.headers['x-body'], hop.headers['x-hdr']], ['PUT', 'PUT', 'x=1', 'yes']);
    const post = JSON.parse((await run(`http://127.0.0.1:${server.port}/echo`, '--data', 'y', '--json')).stdout);
    assert.strictEqual(post.hops[0].headers['x-method'], 'POST');
  });

  it('stops at the first hop with --no-follow, and at --max-redirects', async () => {
    const noFollow = JSON.parse((await run(`http://127.0.0.1:${server.port}/start`, '--no-follow', '--json')).stdout);
    assert.strictEqual(noFollow.hops.length, 1);
    const limited = await run(`http://127.0.0.1:${server.port}/start`, '--max-redirects', '1', '--json');
    assert.strictEqual(limited.code, 1);
    assert.strictEqual(JSON.parse(limited.stdout).error.kind, 'too-many-redirects');
  });

  it('exits 1 with the error kind when the check fails', async () => {
    const port = await refusedPort();
    for (const [args, kind] of [
      [[`http://127.0.0.1:${port}/`], 'refused'],
      [[`http://127.0.0.1:${server.port}/loop`], 'loop'],
      [['javascript:alert(1)'], 'unsupported-scheme'],
      [[`${tlsServer.origin}/`], 'tls'],
    ] as const) {
      const r = await run(...args, '--json');
      assert.strictEqual(r.code, 1, `${args.join(' ')}: ${r.stdout}${r.stderr}`);
      const json = JSON.parse(r.stdout);
      assert.deepStrictEqual(Object.keys(json.error), ['kind', 'message']);
      assert.strictEqual(json.error.kind, kind);
    }
  });

  it('checks an untrusted certificate anyway with --insecure, or trusts it with --cacert', async () => {
    const insecure = await run(`${tlsServer.origin}/`, '--insecure', '--json');
    assert.strictEqual(insecure.code, 0);
    assert.ok(JSON.parse(insecure.stdout).warnings.some((w: string) => /NOT trusted/.test(w)));
    const caFile = path.join(tmp, 'ca.pem');
    fs.writeFileSync(caFile, tlsServer.cert);
    const trusted = await run(`${tlsServer.origin}/`, '--cacert', caFile);
    assert.strictEqual(trusted.code, 0, trusted.stdout);
    assert.match(trusted.stdout, /TLS: TLSv1\.[23], subject localhost/);
  });

  it('exits 1 for a final status ≥ 400 only with --fail', async () => {
    assert.strictEqual((await run(`http://127.0.0.1:${server.port}/other`)).code, 0);
    assert.strictEqual((await run(`http://127.0.0.1:${server.port}/other`, '--fail')).code, 1);
    assert.strictEqual((await run(`http://127.0.0.1:${server.port}/final`, '--fail')).code, 0);
  });

  it('never prints terminal control characters a server sent', async () => {
    // Node's own server refuses to send them, so a raw socket does.
    const ansi = await rawServer((socket) => socket.once('data', () => socket.end('HTTP/1.1 404 Not \u001b[31mFound\r\nContent-Length: 0\r\n\r\n')));
    const r = await run(`${ansi.origin}/`).finally(() => ansi.close());
    assert.ok(!r.stdout.includes('\u001b'), JSON.stringify(r.stdout));
    assert.match(r.stdout, /404 Not \\u001b\[31mFound/);
  });

  it('exits 2 for usage errors', async () => {
    for (const args of [[], ['--timeout', 'soon', 'http://x'], ['--bogus', 'http://x'], ['a', 'b'], ['--header', 'nocolon', 'http://x'], ['http://x', '--method']]) {
      const r = await run(...args);
      assert.strictEqual(r.code, 2, `${args.join(' ')} → ${r.code}`);
      assert.match(r.stderr, /Usage: http-status-lens check-url/);
    }
  });
});
