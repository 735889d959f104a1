// The extension host's reader: streams a file through the summarizer with progress and cancellation.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { summarizeLogFile, SummaryCancelled } from '../../../server/src/node/summarizeLogFile';
import { isLogSummaryToHost } from '../../../client/src/logSummary/logSummaryMessages';
import { summarizeLog } from '../../../server/src/service/logs/summarize';
import { fixture } from './marks';

describe('logs: summarizing a file from disk (extension host)', function () {
  this.timeout(20_000);
  let tmp: string;
  let big: string;
  before(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'hsl-logfile-'));
    big = path.join(tmp, 'access.log');
    fs.writeFileSync(big, fixture('nginx-access.log').repeat(5000)); // ~4 MB
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('gives the same summary as the text, with progress up to the file size', async () => {
    const reports: number[] = [];
    const size = fs.statSync(big).size;
    const { summary, bytes } = await summarizeLogFile(big, { onProgress: (read, total) => { reports.push(read); assert.strictEqual(total, size); } });
    assert.strictEqual(bytes, size);
    assert.deepStrictEqual(summary, summarizeLog(fs.readFileSync(big, 'utf8'), { fileName: 'access.log' }));
    assert.ok(reports.length >= 50, `${reports.length} progress reports`);
    assert.ok(reports.every((r, i) => i === 0 || r >= reports[i - 1]));
    assert.strictEqual(reports[reports.length - 1], bytes);
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    let reads = 0;
    await assert.rejects(summarizeLogFile(big, {
      signal: controller.signal,
      onProgress: () => { if (++reads === 3) controller.abort(); },
    }), SummaryCancelled);
    assert.strictEqual(reads, 3);
  });

  it('rejects a missing file with its error', async () => {
    await assert.rejects(summarizeLogFile(path.join(tmp, 'missing.log')), /ENOENT/);
  });

  it('accepts only well-formed messages from the webview', () => {
    assert.ok(isLogSummaryToHost({ type: 'ready' }));
    assert.ok(isLogSummaryToHost({ type: 'lookup', code: 499 }));
    for (const bad of [null, 'ready', { type: 'lookup', code: '499' }, { type: 'lookup', code: 99999 }, { type: 'exec' }]) {
      assert.ok(!isLogSummaryToHost(bad), JSON.stringify(bad));
    }
  });
});
