// Hostile and broken logs (issue 9's standard applied to issue 10): mutated fixtures, random bytes and
// random chunkings never throw, every detection points at the code it claims, and the streaming summary
// does not depend on where the chunks are cut.
import * as assert from 'assert';
import * as fc from 'fast-check';
import { findLogStatusCodes } from '../../../server/src/service/logs/findLogStatusCodes';
import { LogSummarizer, summarizeLog } from '../../../server/src/service/logs/summarize';
import { logFormatIds } from '../../../server/src/service/logs/lineReaders';
import { fixture } from './marks';

const runs = Number(process.env.FUZZ_RUNS ?? 150);
const fixtures = ['nginx-access.log', 'alb.log', 'classic-elb.log', 'cloudfront.log', 'cloudflare.log', 'app.jsonl', 'sample.har', 'api.http', 'curl-verbose.txt'];

/** A fixture with random edits: characters replaced, removed or inserted (quotes, brackets, digits, newlines). */
const mutatedLog = fc.record({
  name: fc.constantFrom(...fixtures),
  edits: fc.array(fc.record({ at: fc.nat(), remove: fc.nat({ max: 5 }), insert: fc.string({ unit: fc.constantFrom('"', '{', '}', '[', ']', '\\', ' ', '\t', '\n', '5', '0', '4', '-', ':', ',', 'é', '\u2028', '\ud83d', 'x'), maxLength: 6 }) }), { maxLength: 12 }),
}).map(({ name, edits }) => {
  let text = fixture(name);
  for (const e of edits) {
    const at = e.at % (text.length + 1);
    text = text.slice(0, at) + e.insert + text.slice(at + e.remove);
  }
  return { name, text };
});

function assertSound(text: string, detections: ReturnType<typeof findLogStatusCodes>): void {
  for (const d of detections) {
    assert.ok(d.start >= 0 && d.end <= text.length && d.start < d.end, JSON.stringify(d));
    assert.strictEqual(text.slice(d.start, d.end), String(d.code));
    assert.ok(d.code >= 100 && d.code <= 599);
  }
}

describe('logs: hostile input', () => {
  it('mutated logs of every format: no throw, every detection is its code as written', () => {
    fc.assert(fc.property(mutatedLog, fc.constantFrom(undefined, ...logFormatIds), ({ name, text }, format) => {
      assertSound(text, findLogStatusCodes(text, format, name));
      const summary = summarizeLog(text, { fileName: name, format });
      assert.ok(summary.requests <= summary.lines + 1);
    }), { numRuns: runs });
  });

  it('random text and bytes as every format: no throw', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), fc.constantFrom(...logFormatIds), (text, format) => {
      assertSound(text, findLogStatusCodes(text, format));
      summarizeLog(text, { format });
    }), { numRuns: runs });
  });

  it('the summary is the same however the stream is cut', () => {
    fc.assert(fc.property(mutatedLog, fc.array(fc.nat(), { maxLength: 20 }), ({ name, text }, cuts) => {
      const whole = summarizeLog(text, { fileName: name });
      const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
      const summarizer = new LogSummarizer({ fileName: name });
      let from = 0;
      for (const p of [...points, text.length]) {
        summarizer.write(text.slice(from, p));
        from = p;
      }
      assert.deepStrictEqual(summarizer.end(), whole);
    }), { numRuns: runs });
  });

  it('pathological lines stay fast: no regular-expression blow-up', () => {
    const lines = [
      `1.2.3.4 - - [10/Oct/2000:13:55:36 +0000] "${'\\"'.repeat(20000)}`,
      `1.2.3.4 - - [10/Oct/2000:13:55:36 +0000] "GET / HTTP/1.1" 200 0 ${'0.1 '.repeat(10000)}`,
      `http 2026-11-24T10:00:00Z ${'a '.repeat(20000)}`,
      `{${'"status":'.repeat(10000)}`,
      `${'['.repeat(50000)}`,
      `#Fields: ${'sc-status '.repeat(5000)}\n${'200\t'.repeat(5000)}`,
    ];
    for (const line of lines) {
      const started = Date.now();
      for (const format of logFormatIds) findLogStatusCodes(line, format);
      summarizeLog(line);
      assert.ok(Date.now() - started < 2000, `${line.slice(0, 40)}…: ${Date.now() - started} ms`);
    }
  });
});
