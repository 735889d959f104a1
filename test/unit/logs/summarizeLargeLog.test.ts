// A generated 200 MB access log summarized by the bundled CLI (`node dist/cli.js summarize --json`), as a
// user runs it: the counts must be exact and the process's peak memory must stay far below the file size.
import * as assert from 'assert';
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { privateCli } from '../../support/privateCli';

const targetBytes = 200 * 1024 * 1024;
const maxRssMb = 160;

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const statuses = [200, 200, 200, 200, 200, 200, 200, 301, 304, 404, 404, 499, 502, 503, 500, 200];

/** Writes a combined-format log of about `bytes` bytes; returns the counts it wrote per status. */
function generateLog(file: string, bytes: number): { counts: Map<number, number>; lines: number; hot502: number } {
  const fd = fs.openSync(file, 'w');
  const counts = new Map<number, number>();
  let written = 0;
  let lines = 0;
  let hot502 = 0;
  const start = Date.UTC(2026, 10, 20, 0, 0, 0);
  const p = (n: number) => (n < 10 ? '0' : '') + n;
  try {
    while (written < bytes) {
      let chunk = '';
      for (let k = 0; k < 5000; k++, lines++) {
        const t = new Date(start + lines * 250); // four requests a second: ~3.5 days for 200 MB
        const status = statuses[(lines * 7 + (lines >> 5)) % statuses.length];
        counts.set(status, (counts.get(status) ?? 0) + 1);
        // Failing requests spread over many distinct paths, with one hot path per code.
        const hot = lines % 3 === 0;
        if (status === 502 && hot) hot502++;
        const pathName = hot ? `/api/hot/${status}` : `/api/items/${lines % 100003}`;
        chunk += `10.${lines & 255}.${(lines >> 8) & 255}.7 - - [${p(t.getUTCDate())}/${months[t.getUTCMonth()]}/${t.getUTCFullYear()}:` +
          `${p(t.getUTCHours())}:${p(t.getUTCMinutes())}:${p(t.getUTCSeconds())} +0000] "GET ${pathName}?session=${lines} HTTP/1.1" ` +
          `${status} ${(lines * 31) % 90000} "https://example.com/page/${lines % 977}" "Mozilla/5.0 (X11; Linux x86_64) Gecko/20100101 Firefox/120.0" 0.${p(lines % 97)}3\n`;
      }
      written += fs.writeSync(fd, chunk);
    }
  } finally {
    fs.closeSync(fd);
  }
  return { counts, lines, hot502 };
}

describe('CLI: http-status-lens summarize on a 200 MB log', function () {
  this.timeout(120_000);
  let tmp: string;
  let cli: string;

  before(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'hsl-summarize-'));
    cli = await privateCli();
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('streams it in bounded memory and counts every request exactly', async () => {
    const log = path.join(tmp, 'access.log');
    const generatedAt = Date.now();
    const expected = generateLog(log, targetBytes);
    const generateMs = Date.now() - generatedAt;
    const size = fs.statSync(log).size;
    assert.ok(size >= targetBytes, `${size} bytes`);

    // The child reports its own peak RSS (KB) when it exits.
    const rssFile = path.join(tmp, 'rss.txt');
    const preload = path.join(tmp, 'report-rss.js');
    fs.writeFileSync(preload, `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(rssFile)}, String(process.resourceUsage().maxRSS)));\n`);
    const startedAt = Date.now();
    const stdout = await new Promise<string>((resolve, reject) => {
      execFile(process.execPath, ['--require', preload, cli, 'summarize', log, '--json'], { maxBuffer: 64 * 1024 * 1024, timeout: 100_000 },
        (error, out, err) => (error ? reject(new Error(`${error.message}\n${err}`)) : resolve(out)));
    });
    const summarizeMs = Date.now() - startedAt;
    const rssMb = Number(fs.readFileSync(rssFile, 'utf8')) / 1024;
    console.log(`      ${(size / 1048576).toFixed(0)} MB, ${expected.lines} lines: generated in ${generateMs} ms, ` +
      `summarized in ${summarizeMs} ms (${(size / 1048576 / (summarizeMs / 1000)).toFixed(0)} MB/s), peak RSS ${rssMb.toFixed(0)} MB`);

    const summary = JSON.parse(stdout);
    assert.strictEqual(summary.format, 'nginx');
    assert.strictEqual(summary.bytes, size);
    assert.strictEqual(summary.requests, expected.lines);
    assert.deepStrictEqual(
      summary.codes.map((c: { code: number; count: number }) => [c.code, c.count]),
      [...expected.counts].sort((a, b) => a[0] - b[0]),
    );
    const c502 = summary.codes.find((c: { code: number }) => c.code === 502);
    assert.deepStrictEqual(c502.topPaths[0], { path: '/api/hot/502', count: expected.hot502 }, 'the hot path is exact');
    assert.ok(summary.timeline.buckets.length > 10 && summary.timeline.buckets.length <= 120);
    assert.ok(rssMb < maxRssMb, `peak RSS ${rssMb.toFixed(0)} MB for a ${(size / 1048576).toFixed(0)} MB log`);
  });
});
