// `http-status-lens explain` and `compare` as a user runs them: the bundled CLI (`node dist/cli.js`)
// reading the real data/status-codes.json, checked on its output and exit codes.
import * as assert from 'assert';
import { execFile } from 'child_process';
import { privateCli } from '../../support/privateCli';


interface Run { code: number; stdout: string; stderr: string }

describe('CLI: http-status-lens explain / compare', function () {
  this.timeout(30_000);
  let cli: string;

  before(async () => {
    cli = await privateCli();
  });

  const run = (...args: string[]) => new Promise<Run>((resolve) => {
    execFile(process.execPath, [cli, ...args], { timeout: 20_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
    });
  });

  describe('explain', () => {
    it('104: the temporary registration and its draft', async () => {
      const r = await run('explain', '104');
      assert.strictEqual(r.code, 0, r.stderr);
      assert.match(r.stdout, /^104 · 1xx Informational · registered with IANA/);
      assert.match(r.stdout, /104 Upload Resumption Supported {2}\[IANA HTTP Status Code Registry\]/);
      assert.match(r.stdout, /IANA registry: temporary · draft-ietf-httpbis-resumable-upload-05/);
      assert.match(r.stdout, /Body allowed: no/);
    });

    it('499: the NGINX meaning and the Esri meaning, each with its source', async () => {
      const r = await run('explain', '499');
      assert.strictEqual(r.code, 0, r.stderr);
      assert.match(r.stdout, /not registered with IANA · 2 meanings/);
      const nginx = r.stdout.indexOf('499 Client Closed Request  [NGINX]');
      const esri = r.stdout.indexOf('499 Token Required  [Esri ArcGIS]');
      assert.ok(nginx > 0 && esri > nginx, r.stdout);
      assert.match(r.stdout.slice(nginx, esri), /On the wire: Logged only, never sent to the client\./);
      assert.match(r.stdout, /Source: NGINX <https:\/\/nginx\.org\/en\/docs\/>/);
      assert.match(r.stdout, /http-status-lens compare 408 499/);
    });

    it('502: the request flow on one line, then step by step, each meaning its own', async () => {
      const r = await run('explain', '502');
      assert.strictEqual(r.code, 0, r.stderr);
      const iana = r.stdout.slice(0, r.stdout.indexOf('502 Bad Gateway  [AWS Elastic Load Balancing]'));
      assert.ok(iana.includes([
        '  Request flow: Client → Proxy → ✕ Upstream ⇒ 502 from the proxy',
        '     1. Client             sends the request',
        '     2. Gateway / proxy    forwards it to the upstream',
        '  ✕  3. Upstream / origin  crashes, resets or sends invalid HTTP',
        '   ⇒ 4. Gateway / proxy    sends 502 Bad Gateway to the client',
      ].join('\n')), iana);
      assert.match(r.stdout, /Request flow: Client → Load balancer → ✕ Upstream ⇒ 502 from the load balancer\n/);
      assert.match(r.stdout, /Request flow: Client → CDN → ✕ Upstream ⇒ 502 from the CDN\n/);
      const flowLines = r.stdout.split('\n\n').filter((block) => block.startsWith('  Request flow:')).flatMap((block) => block.split('\n'));
      assert.strictEqual(flowLines.length, 4 * 5, 'four meanings, a line and four steps each');
      for (const line of flowLines) assert.ok(line.length <= 88, `fits 88 columns: ${line}`);
    });

    it('413: the RFC 9110 name, the old names, the spec and MDN links', async () => {
      const r = await run('explain', '413');
      assert.strictEqual(r.code, 0, r.stderr);
      assert.match(r.stdout, /413 Content Too Large/);
      assert.match(r.stdout, /Also known as: Payload Too Large, Request Entity Too Large/);
      assert.match(r.stdout, /Spec: RFC 9110, Section 15\.5\.14 <https:\/\/www\.rfc-editor\.org\/rfc\/rfc9110#status\.413>/);
      assert.match(r.stdout, /MDN: <https:\/\/developer\.mozilla\.org\/en-US\/docs\/Web\/HTTP\/Reference\/Status\/413>/);
    });

    it('finds a code by an old name, in constant style too', async () => {
      const r = await run('explain', 'UNPROCESSABLE_ENTITY');
      assert.strictEqual(r.code, 0, r.stderr);
      assert.match(r.stdout, /^422 · /);
      assert.match(r.stdout, /422 Unprocessable Content/);
    });

    it('404.13: points at the IIS sub-status and says it is log-only', async () => {
      const r = await run('explain', '404.13');
      assert.strictEqual(r.code, 0, r.stderr);
      assert.match(r.stdout, /404\.13: Content length too large \(an IIS sub-status, written to the log only; the client receives 404\)/);
      assert.match(r.stdout, /> 404\.13 +Content length too large/);
    });

    it('abc: a usage error, exit 2, with the help', async () => {
      const r = await run('explain', 'abc');
      assert.strictEqual(r.code, 2);
      assert.match(r.stderr, /'abc' is not a status code/);
      assert.match(r.stderr, /Usage: http-status-lens explain/);
      assert.strictEqual(r.stdout, '');
    });

    it('out-of-range numbers and missing arguments are usage errors too', async () => {
      for (const args of [['explain', '700'], ['explain', '42'], ['explain'], ['explain', '404', '--bogus']]) {
        const r = await run(...args);
        assert.strictEqual(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
      }
    });

    it('299: unknown, exit 1, and says how clients must treat it', async () => {
      const r = await run('explain', '299');
      assert.strictEqual(r.code, 1);
      assert.match(r.stderr, /299 is not a known HTTP status code/);
      assert.match(r.stderr, /like the x00 code of its class, here 200 OK/);
      assert.strictEqual(r.stdout, '');
    });

    it('--json: every meaning with its source name', async () => {
      const r = await run('explain', '530', '--json');
      assert.strictEqual(r.code, 0, r.stderr);
      const json = JSON.parse(r.stdout);
      assert.strictEqual(json.code, 530);
      assert.strictEqual(json.known, true);
      assert.strictEqual(json.registered, false);
      assert.deepStrictEqual(json.class, { digit: 5, title: 'Server Error' });
      assert.deepStrictEqual(json.meanings.map((m: { source: string; sourceName: string }) => [m.source, m.sourceName]),
        [['cloudflare', 'Cloudflare'], ['pantheon', 'Pantheon']]);
      const unknown = await run('explain', '299', '--json');
      assert.strictEqual(unknown.code, 1);
      assert.strictEqual(JSON.parse(unknown.stdout).known, false);
    });
  });

  describe('compare', () => {
    it('500 502 503: the key insight and the decision guide of the covering comparison', async () => {
      const r = await run('compare', '500', '502', '503');
      assert.strictEqual(r.code, 0, r.stderr);
      assert.match(r.stdout, /^Server errors: 500 vs 502 vs 503 vs 504/);
      assert.match(r.stdout, /\nKey insight\n {2}Ask who failed and how\./);
      const guide = r.stdout.slice(r.stdout.indexOf('Decision guide'));
      for (const code of [500, 502, 503, 504]) assert.match(guide, new RegExp(`\\n {2}Use ${code} when `));
      assert.match(r.stdout, /also covers 504/);
    });

    it('500 502 503 504: the flows on one line each, then lined up by actor with ≠ where they differ', async () => {
      const r = await run('compare', '500', '502', '503', '504');
      assert.strictEqual(r.code, 0, r.stderr);
      const flows = r.stdout.slice(r.stdout.indexOf('Request flows'), r.stdout.indexOf('Key insight'));
      assert.ok(flows.includes('  502  Client → Proxy → ✕ Upstream ⇒ 502 from the proxy\n'), flows);
      assert.ok(flows.includes('  500  Client → ✕ Server ⇒ 500 from the server\n'), flows);
      const grid = flows.slice(flows.indexOf('Lined up by actor')).split('\n');
      assert.match(grid[1], /^ {23}500 {13}502 {13}503 {13}504$/);
      const labels = grid.filter((l) => /^ {2}[ ≠] \S/.test(l)).map((l) => l.slice(0, 23).trimEnd());
      assert.deepStrictEqual(labels, ['    Client', '  ≠ Gateway / proxy', '  ≠ Server / Upstream', '  ≠ Gateway / proxy', '  ≠ Client']);
      const upstream = grid.find((l) => l.startsWith('  ≠ Server / Upstream'))!;
      assert.match(upstream, /^ {2}≠ Server \/ Upstream {2}✕⇒ hits an {6}✕ crashes, {6}✕⇒ is {11}✕ does not/);
      for (const line of r.stdout.split('\n')) assert.ok(line.length <= 88, `fits 88 columns: ${line}`);
    });

    it('accepts codes in any order and comma-separated', async () => {
      const r = await run('compare', '308,301', '307', '302');
      assert.strictEqual(r.code, 0, r.stderr);
      assert.match(r.stdout, /^Redirects: 301 vs 302 vs 307 vs 308/);
      assert.doesNotMatch(r.stdout, /also covers/);
    });

    it('without a curated comparison: the codes side by side and the related comparisons', async () => {
      const r = await run('compare', '418', '200');
      assert.strictEqual(r.code, 0, r.stderr);
      assert.match(r.stdout, /No curated comparison covers all of these codes\./);
      assert.match(r.stdout, /418 \(Unused\) +Reserved/);
    });

    it('unknown codes exit 1; fewer than two codes or non-codes exit 2', async () => {
      const unknown = await run('compare', '500', '299');
      assert.strictEqual(unknown.code, 1);
      assert.match(unknown.stderr, /unknown status code 299/);
      assert.strictEqual((await run('compare', '500')).code, 2);
      assert.strictEqual((await run('compare', '500', '500')).code, 2);
      assert.strictEqual((await run('compare', '500', 'x')).code, 2);
    });

    it('--json: the comparison and each status', async () => {
      const r = await run('compare', '401', '403', '--json');
      assert.strictEqual(r.code, 0, r.stderr);
      const json = JSON.parse(r.stdout);
      assert.strictEqual(json.comparison.id, '401-403');
      assert.deepStrictEqual(json.comparison.decisionGuide.map((g: { code: number }) => g.code), [401, 403]);
      assert.deepStrictEqual(json.statuses.map((s: { name: string }) => s.name), ['Unauthorized', 'Forbidden']);
      assert.strictEqual(json.statuses[1].flowLine, 'Client → ✕ Server ⇒ 403 from the server');
      assert.deepStrictEqual(json.statuses[0].flow.map((s: { actor: string }) => s.actor), ['client', 'server', 'client', 'server']);
    });
  });
});
