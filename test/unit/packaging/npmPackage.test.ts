// `npx http-status-lens` from the packed npm tarball, installed with production dependencies only and
// no network: what a CI job or a user runs (scan, explain, check-url --json against a local server),
// and the stdio server other editors start.
import * as assert from 'assert';
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { installedPackage, InstalledPackage } from '../../support/installedPackage';
import { httpServer, Running } from '../checkUrl/servers';

/** `npx http-status-lens …` in the project folder (asynchronous: the local server must keep answering). */
function npx(pkg: InstalledPackage, ...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['--no', 'http-status-lens', ...args], { cwd: pkg.project, env: pkg.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('npm package: npx http-status-lens from the packed tarball', function () {
  this.timeout(180_000);
  let pkg: InstalledPackage;

  before(async () => {
    pkg = await installedPackage();
    fs.mkdirSync(path.join(pkg.project, 'src'), { recursive: true });
    fs.writeFileSync(path.join(pkg.project, 'src', 'maintenance.js'), [
      "app.get('/orders', (req, res) => {",
      '  if (maintenanceMode) {',
      "    return res.status(500).send('Down for maintenance');",
      '  }',
      '});',
      '',
    ].join('\n'));
  });

  it('packs the CLI, the stdio server, the dataset and the README pictures only, and installs without any dependency', () => {
    // The pictures: the extension's details page loads them from this package's https copy (scripts/packageVsix.mjs).
    const pictures = [...fs.readFileSync(path.join(__dirname, '..', '..', '..', 'README.md'), 'utf8').matchAll(/!\[[^\]]*\]\((docs\/images\/[^)]+)\)/g)].map((m) => m[1]);
    assert.ok(pictures.length >= 4);
    assert.deepStrictEqual(pkg.packedFiles, ['LICENSE', 'README.md', 'data/status-codes.json', 'dist/cli.js', 'dist/server.js', ...pictures, 'package.json'].sort());
    const installed = fs.readdirSync(path.join(pkg.project, 'node_modules')).filter((n) => !n.startsWith('.'));
    assert.deepStrictEqual(installed, ['http-status-lens']);
    const manifest = JSON.parse(fs.readFileSync(path.join(pkg.project, 'node_modules', 'http-status-lens', 'package.json'), 'utf8'));
    assert.deepStrictEqual(manifest.dependencies ?? {}, {}, 'the bundles need no runtime dependency');
    // prepack made the production build: minified (no indented lines), no source map.
    const cli = fs.readFileSync(path.join(pkg.project, 'node_modules', 'http-status-lens', 'dist', 'cli.js'), 'utf8');
    assert.ok(!cli.includes('sourceMappingURL'), 'no source map reference');
    assert.ok(!/^ {2}(const|let|return|if) /m.test(cli), 'minified');
  });

  it('scan: finds the status code and the problem; --fail-on decides the exit code', async () => {
    const text = await npx(pkg, 'scan', 'src');
    assert.strictEqual(text.code, 0, text.stderr);
    assert.match(text.stdout, /^src\/maintenance\.js:3:23 {2}500 Internal Server Error$/m);
    assert.match(text.stdout, /^src\/maintenance\.js:3:23 hint prefer-503-for-unavailable Use 503 Service Unavailable with Retry-After/m);
    const strict = await npx(pkg, 'scan', 'src', '--fail-on', 'hint', '--format', 'sarif');
    assert.strictEqual(strict.code, 1, strict.stderr);
    const sarif = JSON.parse(strict.stdout);
    assert.strictEqual(sarif.version, '2.1.0');
    assert.deepStrictEqual(sarif.runs[0].results.map((r: any) => [r.ruleId, r.locations[0].physicalLocation.artifactLocation.uri]),
      [['prefer-503-for-unavailable', 'src/maintenance.js']]);
  });

  it('explain: every meaning of 499 from the bundled dataset', async () => {
    const r = await npx(pkg, 'explain', '499');
    assert.strictEqual(r.code, 0, r.stderr);
    assert.match(r.stdout, /499 Client Closed Request {2}\[NGINX\]/);
  });

  describe('check-url --json against a local server', () => {
    let server: Running;
    before(async () => {
      server = await httpServer((req, res) => {
        if (req.url === '/old') res.writeHead(301, { Location: '/new' }).end();
        else res.writeHead(503, { 'Retry-After': '120' }).end('maintenance');
      });
    });
    after(() => server?.close());

    it('follows the redirect and reports every hop', async () => {
      const r = await npx(pkg, 'check-url', `${server.origin}/old`, '--json');
      assert.strictEqual(r.code, 0, r.stderr);
      const json = JSON.parse(r.stdout);
      assert.strictEqual(json.error, null);
      assert.deepStrictEqual(json.hops.map((h: any) => [h.status, new URL(h.url).pathname]), [[301, '/old'], [503, '/new']]);
      assert.strictEqual(json.hops[1].headers['retry-after'], '120');
    });
  });

  it('http-status-lens-server --stdio answers initialize', async () => {
    const bin = path.join(pkg.project, 'node_modules', '.bin', 'http-status-lens-server');
    const server = spawn(bin, ['--stdio'], { env: pkg.env, stdio: ['pipe', 'pipe', 'ignore'] });
    try {
      const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
      server.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
      // The first whole frame: Content-Length header, then that many bytes of JSON.
      const reply = await new Promise<string>((resolve, reject) => {
        let out = Buffer.alloc(0);
        server.stdout.on('data', (d: Buffer) => {
          out = Buffer.concat([out, d]);
          const end = out.indexOf('\r\n\r\n');
          const length = Number(/Content-Length: (\d+)/.exec(out.subarray(0, Math.max(end, 0)).toString())?.[1]);
          if (end >= 0 && out.length >= end + 4 + length) resolve(out.subarray(end + 4, end + 4 + length).toString());
        });
        server.on('error', reject);
        server.on('close', () => reject(new Error(`the server exited before answering: ${out}`)));
      });
      const { id, result } = JSON.parse(reply);
      assert.strictEqual(id, 1);
      assert.strictEqual(result.serverInfo.name, 'http-status-lens');
      assert.strictEqual(result.capabilities.hoverProvider, true);
    } finally {
      server.kill();
    }
  });
});
