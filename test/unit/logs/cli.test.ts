// `http-status-lens summarize` and `scan` on logs as a user runs them: the bundled CLI on the fixtures.
import * as assert from 'assert';
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { privateCli } from '../../support/privateCli';

const root = path.resolve(__dirname, '../../..');

interface Run { code: number; stdout: string; stderr: string }

describe('CLI: summarize and scan on logs, HAR, .http and transcripts', function () {
  this.timeout(60_000);
  let tmp: string;
  let cli: string;
  let logs: string;

  before(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'hsl-logs-cli-'));
    cli = await privateCli();
    logs = path.join(tmp, 'logs');
    fs.cpSync(path.join(root, 'test', 'fixtures', 'logs'), logs, { recursive: true });
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  const run = (...args: string[]) => new Promise<Run>((resolve) => {
    execFile(process.execPath, [cli, ...args], { cwd: tmp, timeout: 30_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
    });
  });

  it('summarize prints classes, codes, paths, the never-answering targets and the vendor meanings', async () => {
    const r = await run('summarize', 'logs/alb.log');
    assert.strictEqual(r.code, 0, r.stderr);
    assert.match(r.stdout, /^alb\.log — AWS Application Load Balancer log\n4 lines · 4 requests/);
    assert.match(r.stdout, /460 {2}Client Closed Connection/);
    assert.match(r.stdout, /Top paths per failing code\n {2}460 .*\n +1 +\/slow/);
    assert.match(r.stdout, /target_status_code: 200 ×1, 503 ×1, 2 where the target never answered/);
    assert.match(r.stdout, /460 Client Closed Connection \[AWS Elastic Load Balancing\] — /);
  });

  it('summarize --json has the summary with explanations; - reads standard input', async () => {
    const r = await run('summarize', 'logs/cloudflare.log', '--json');
    assert.strictEqual(r.code, 0, r.stderr);
    const summary = JSON.parse(r.stdout);
    assert.strictEqual(summary.format, 'cloudflare');
    assert.strictEqual(summary.bytes, fs.statSync(path.join(logs, 'cloudflare.log')).size);
    assert.deepStrictEqual(summary.codes.map((c: { code: number }) => c.code), [200, 502, 520, 524]);
    assert.deepStrictEqual(summary.secondary[0], { field: 'OriginResponseStatus', missing: 0, codes: [{ code: 200, count: 1 }, { code: 502, count: 1 }] });
    const e524 = summary.explanations.find((e: { code: number }) => e.code === 524);
    assert.strictEqual(e524.source, 'cloudflare');
    assert.match(e524.note, /origin sent no HTTP response/);

    const piped = await new Promise<Run>((resolve) => {
      const child = execFile(process.execPath, [cli, 'summarize', '-', '--json'], { cwd: tmp }, (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code) : 0, stdout, stderr }));
      child.stdin!.end(fs.readFileSync(path.join(logs, 'nginx-access.log')));
    });
    assert.strictEqual(piped.code, 0, piped.stderr);
    assert.strictEqual(JSON.parse(piped.stdout).requests, 7);
  });

  it('summarize exits 1 on a file that is no log, or is missing; 2 on misuse', async () => {
    fs.writeFileSync(path.join(tmp, 'notes.md'), '# Notes\nWe saw 502s.\n');
    const notLog = await run('summarize', 'notes.md');
    assert.strictEqual(notLog.code, 1);
    assert.match(notLog.stderr, /notes\.md is not in a format summarize reads/);
    const missing = await run('summarize', 'nope.log');
    assert.strictEqual(missing.code, 1);
    assert.match(missing.stderr, /cannot read nope\.log: no such file/);
    assert.strictEqual((await run('summarize')).code, 2);
    assert.strictEqual((await run('summarize', 'logs/alb.log', '--format', 'syslog')).code, 2);
    const forced = await run('summarize', 'logs/app.jsonl', '--format', 'jsonLines', '--json');
    assert.strictEqual(JSON.parse(forced.stdout).requests, 3);
  });

  it('scan finds the status fields of every log, HAR, .http file and transcript in a folder, with the usual JSON shape', async () => {
    const r = await run('scan', 'logs', '--format', 'json');
    const result = JSON.parse(r.stdout);
    const byFile = new Map<string, number[]>();
    for (const d of result.detections) {
      assert.deepStrictEqual(Object.keys(d).sort(), ['code', 'column', 'file', 'form', 'line', 'name']);
      byFile.set(path.basename(d.file), [...(byFile.get(path.basename(d.file)) ?? []), d.code]);
    }
    assert.deepStrictEqual(Object.fromEntries(byFile), {
      'alb.log': [200, 200, 200, 502, 460, 500, 503, 503],
      'api.http': [200, 404],
      'app.jsonl': [200, 404, 503],
      'classic-elb.log': [200, 200, 504, 503],
      'cloudflare.log': [200, 200, 524, 520, 502, 502],
      'cloudfront.log': [200, 404, 504],
      'curl-verbose.txt': [503, 301],
      'nginx-access.log': [200, 404, 201, 499, 504, 301, 502],
      'sample.har': [200, 503],
    });
    const c499 = result.detections.find((d: { code: number }) => d.code === 499);
    assert.deepStrictEqual([c499.line, c499.name], [4, 'Client Closed Request']);
  });
});
