import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { LogSummarizer, summarizeLog } from '../../../server/src/service/logs/summarize';
import { explainSummary } from '../../../server/src/service/logs/summaryExplanations';
import { summaryText } from '../../../server/src/service/logs/summaryText';
import { SpaceSaving } from '../../../server/src/service/logs/spaceSaving';
import { TimeBuckets } from '../../../server/src/service/logs/timeBuckets';
import { Dataset, StatusCodeIndex } from '../../../server/src/service/dataset';
import { fixture } from './marks';

const dataset = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', '..', 'data', 'status-codes.json'), 'utf8')) as Dataset;
const index = new StatusCodeIndex(dataset);

function nginxLine(status: number, pathName: string, secondsFromStart: number): string {
  const t = new Date(Date.UTC(2026, 10, 24, 10, 0, 0) + secondsFromStart * 1000);
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const p = (n: number) => String(n).padStart(2, '0');
  const stamp = `${p(t.getUTCDate())}/${months[t.getUTCMonth()]}/${t.getUTCFullYear()}:${p(t.getUTCHours())}:${p(t.getUTCMinutes())}:${p(t.getUTCSeconds())} +0000`;
  return `10.0.0.1 - - [${stamp}] "GET ${pathName}?q=${secondsFromStart} HTTP/1.1" ${status} 404 "-" "curl/8"`;
}

describe('logs: the summary', () => {
  it('counts classes and codes, and the lines that are not requests', () => {
    const summary = summarizeLog(fixture('nginx-access.log') + 'garbage line\n\n');
    assert.strictEqual(summary.format, 'nginx');
    assert.deepStrictEqual([summary.lines, summary.requests, summary.otherLines], [9, 7, 2]);
    assert.deepStrictEqual(summary.classes, { '1xx': 0, '2xx': 2, '3xx': 1, '4xx': 2, '5xx': 2 });
    assert.deepStrictEqual(summary.codes.map((c) => [c.code, c.count]), [[200, 1], [201, 1], [301, 1], [404, 1], [499, 1], [502, 1], [504, 1]]);
    assert.deepStrictEqual(summary.codes.find((c) => c.code === 404)?.topPaths, [{ path: '/favicon.ico', count: 1 }]);
    assert.strictEqual(summary.codes.find((c) => c.code === 200)?.topPaths, undefined, 'only failing codes list paths');
  });

  it('gives the same summary whatever the chunk size (lines and characters split anywhere)', () => {
    for (const name of ['nginx-access.log', 'alb.log', 'cloudfront.log', 'cloudflare.log', 'sample.har', 'app.jsonl']) {
      const text = fixture(name).replace(/\n/g, '\r\n');
      const whole = summarizeLog(text, { fileName: name });
      assert.ok(whole.requests > 0, name);
      for (const size of [1, 3, 100]) {
        const summarizer = new LogSummarizer({ fileName: name });
        for (let i = 0; i < text.length; i += size) summarizer.write(text.slice(i, i + size));
        assert.deepStrictEqual(summarizer.end(), whole, `${name} in chunks of ${size}`);
      }
    }
  });

  it('counts ALB targets that never answered and the target codes beside the load balancer\'s', () => {
    const summary = summarizeLog(fixture('alb.log'));
    assert.deepStrictEqual(summary.codes.map((c) => c.code), [200, 460, 500, 502]);
    assert.deepStrictEqual(summary.secondary, [{ field: 'target_status_code', codes: [{ code: 200, count: 1 }, { code: 503, count: 1 }], missing: 2 }]);
  });

  it('counts requests without a status sent (CloudFront 000)', () => {
    const summary = summarizeLog(fixture('cloudfront.log'));
    assert.deepStrictEqual([summary.requests, summary.withoutStatus], [4, 1]);
  });

  it('lists the top paths of each failing code, exactly when few, bounded when many', () => {
    const lines: string[] = [];
    for (let i = 0; i < 3000; i++) lines.push(nginxLine(404, i % 3 === 0 ? '/hot' : `/cold/${i}`, i));
    for (let i = 0; i < 50; i++) lines.push(nginxLine(500, i < 30 ? '/a' : '/b', i));
    const summary = summarizeLog(lines.join('\n'), { topPaths: 3, pathCapacity: 20 });
    const c404 = summary.codes.find((c) => c.code === 404)!;
    assert.strictEqual(c404.topPaths![0].path, '/hot', 'the heavy hitter survives 2000 distinct paths');
    assert.ok(c404.topPaths![0].count >= 1000 && c404.topPaths![0].count <= 1000 + (c404.topPaths![0].maxOverestimate ?? 0));
    assert.strictEqual(c404.topPaths!.length, 3);
    assert.deepStrictEqual(summary.codes.find((c) => c.code === 500)!.topPaths, [{ path: '/a', count: 30 }, { path: '/b', count: 20 }]);
  });

  it('puts requests in time buckets, widening them over a long log', () => {
    const lines = [nginxLine(200, '/', 0), nginxLine(503, '/', 30), nginxLine(200, '/', 3 * 86400)];
    const timeline = summarizeLog(lines.join('\n'), { maxBuckets: 100 }).timeline!;
    assert.ok(timeline.buckets.length <= 100 && timeline.buckets.length >= 3);
    assert.strictEqual(timeline.first, Date.UTC(2026, 10, 24, 10, 0, 0));
    assert.strictEqual(timeline.last, Date.UTC(2026, 10, 27, 10, 0, 0));
    const total = timeline.buckets.reduce((a, b) => a + b.classes.reduce((x, y) => x + y, 0), 0);
    assert.strictEqual(total, 3);
    assert.strictEqual(timeline.buckets[0].classes[4], 1, 'the 503 is in the first bucket (an hour wide)');
    assert.strictEqual(summarizeLog(fixture('curl-verbose.txt')).timeline, null, 'no timestamps, no timeline');
  });

  it('explains each code in the log\'s vendor context', () => {
    const summary = explainSummary(summarizeLog(fixture('nginx-access.log')), index);
    const e499 = summary.explanations.find((e) => e.code === 499)!;
    assert.strictEqual(e499.source, 'nginx');
    assert.match(e499.note ?? '', /only logged/);
    assert.strictEqual(summary.explanations.find((e) => e.code === 404)!.name, 'Not Found');
    const cf = explainSummary(summarizeLog(fixture('cloudflare.log')), index);
    assert.strictEqual(cf.explanations.find((e) => e.code === 524)!.source, 'cloudflare');
  });

  it('prints a text summary with bars, paths and meanings', () => {
    const text = summaryText(explainSummary(summarizeLog(fixture('alb.log')), index), 'alb.log');
    assert.match(text, /^alb\.log — AWS Application Load Balancer log/);
    assert.match(text, /5xx {2}█+ +2 +50\.0%/);
    assert.match(text, /target_status_code: 200 ×1, 503 ×1, 2 where the target never answered/);
    assert.match(text, /460 .*client closed the connection/i);
  });

  it('an unrecognised file gives an empty summary, not an error', () => {
    const summary = summarizeLog('hello\nworld\n');
    assert.deepStrictEqual([summary.format, summary.requests, summary.lines], [null, 0, 2]);
  });

  it('a line longer than 64 KB is skipped without being kept', () => {
    const summarizer = new LogSummarizer({ format: 'nginx' });
    summarizer.write(nginxLine(200, '/', 0) + '\n');
    for (let i = 0; i < 100; i++) summarizer.write('x'.repeat(10000));
    summarizer.write('\n' + nginxLine(404, '/', 1) + '\n');
    const summary = summarizer.end();
    assert.deepStrictEqual([summary.requests, summary.otherLines], [2, 1]);
  });
});

describe('logs: Space-Saving and time buckets', () => {
  it('Space-Saving keeps every key seen more than total/capacity times', () => {
    const s = new SpaceSaving(10);
    for (let i = 0; i < 10000; i++) s.add(i % 5 === 0 ? 'hot' : `k${i}`);
    assert.strictEqual(s.size, 10);
    const [top] = s.top(1);
    assert.strictEqual(top.key, 'hot');
    assert.ok(top.count - top.error <= 2000 && top.count >= 2000);
  });

  it('time buckets never exceed their bound, whatever the spread of times', () => {
    const t = new TimeBuckets(50);
    for (let i = 0; i < 5000; i++) t.add(Date.UTC(2020, 0, 1) + ((i * 7919) % 5000) * 3600_000, 1 + (i % 5));
    const timeline = t.timeline()!;
    assert.ok(timeline.buckets.length <= 50, `${timeline.buckets.length} buckets`);
    assert.strictEqual(timeline.buckets.reduce((a, b) => a + b.classes.reduce((x, y) => x + y, 0), 0), 5000);
  });
});
