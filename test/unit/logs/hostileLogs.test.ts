// Hostile and broken logs (issues 9, 10 and 16): every reader, fed mutated lines of every format, random
// bytes and random chunkings, never throws; a malformed line is a line without a status; every detection
// points at the code it claims; the streaming summary does not depend on where the chunks are cut.
import * as assert from 'assert';
import * as fc from 'fast-check';
import { findLogStatusCodes } from '../../../server/src/service/logs/findLogStatusCodes';
import { LogSummarizer, summarizeLog } from '../../../server/src/service/logs/summarize';
import { lineReaderFor, logFormatIds } from '../../../server/src/service/logs/lineReaders';
import { readHar } from '../../../server/src/service/logs/harFile';
import { LogFormatId, LogRecord } from '../../../server/src/service/logs/types';
import { assertProperty } from '../../support/property';
import { maxLinearGrowth, perUnitGrowth } from '../../support/growth';
import { fixture } from './marks';
import { logFixtures, mutatedLog, mutatedLogLine } from './logArbitraries';
import { logRegressions } from './logRegressions';

const runs = 150;
const lineFormats = logFormatIds.filter((f): f is Exclude<LogFormatId, 'har'> => f !== 'har');

function assertSound(text: string, detections: ReturnType<typeof findLogStatusCodes>): void {
  for (const d of detections) {
    assert.ok(d.start >= 0 && d.end <= text.length && d.start < d.end, JSON.stringify(d));
    assert.strictEqual(text.slice(d.start, d.end), String(d.code));
    assert.ok(d.code >= 100 && d.code <= 599);
  }
}

/** A record's fields say where their codes are written: there, in the line, is the code. */
function assertRecordSound(line: string, record: LogRecord | undefined): void {
  if (!record) return;
  assert.ok(Array.isArray(record.fields), 'a record without fields');
  for (const f of record.fields) {
    if (f.code === undefined) continue;
    assert.ok(f.code >= 100 && f.code <= 599, `field ${f.field}: code ${f.code}`);
    assert.strictEqual(line.slice(f.start, f.end), String(f.code), `field ${f.field} at ${f.start}–${f.end} of ${JSON.stringify(line)}`);
  }
  if (record.time !== undefined) assert.ok(Number.isFinite(record.time), `time ${record.time}`);
}

describe('logs: hostile input', () => {
  it('the lines that crashed a reader before are lines without a status, in the reader, the detector and the summary', () => {
    for (const { format, line, codes } of logRegressions) {
      const reader = lineReaderFor(format);
      const record = reader.read(line);
      assertRecordSound(line, record);
      assert.deepStrictEqual(findLogStatusCodes(line, format).map((d) => d.code), codes, `${format}: ${line}`);
      const summary = summarizeLog(`${line}\n`, { format });
      assert.strictEqual(summary.lines, 1);
      assert.strictEqual(summary.notUnderstood, codes.length > 0 ? 0 : 1, 'a line without a status is reported as not understood');
    }
  });

  it('every line reader, fed mutated lines of every format, never throws and reads codes where they are written', () => {
    assertProperty({
      name: 'log readers: mutated lines', seed: 1601, runs: runs * 4,
      regressions: logRegressions.map(({ format, line }) => [format, line] as [Exclude<LogFormatId, 'har'>, string]),
    }, [fc.constantFrom(...lineFormats), mutatedLogLine], (format, line) => {
      // A fresh reader for every line, and one that has seen a CloudFront #Fields header of the line.
      assertRecordSound(line, lineReaderFor(format).read(line));
    });
  });

  it('mutated logs of every format: no throw, every detection is its code as written', () => {
    assertProperty({ name: 'log detection: mutated files', seed: 1602, runs },
      [mutatedLog, fc.constantFrom(undefined, ...logFormatIds)], ({ name, text }, format) => {
        assertSound(text, findLogStatusCodes(text, format, name));
        const summary = summarizeLog(text, { fileName: name, format });
        assert.ok(summary.requests <= summary.lines + 1);
        assert.ok(summary.notUnderstood <= summary.otherLines);
      });
  });

  it('HAR files, mutated: every entry status is where the reader says', () => {
    const har = fixture('sample.har');
    assertProperty({ name: 'HAR reader: mutated files', seed: 1603, runs },
      [fc.array(fc.record({ at: fc.nat(), remove: fc.nat({ max: 8 }), insert: fc.string({ maxLength: 8 }) }), { maxLength: 10 })], (edits) => {
        let text = har;
        for (const e of edits) {
          const at = e.at % (text.length + 1);
          text = text.slice(0, at) + e.insert + text.slice(at + e.remove);
        }
        for (const record of readHar(text)) assertRecordSound(text, record);
      });
  });

  it('random text and bytes as every format: no throw', () => {
    assertProperty({ name: 'log detection: random text', seed: 1604, runs },
      [fc.string({ unit: 'binary', maxLength: 400 }), fc.constantFrom(...logFormatIds)], (text, format) => {
        assertSound(text, findLogStatusCodes(text, format));
        summarizeLog(text, { format });
      });
  });

  it('the summary is the same however the stream is cut', () => {
    assertProperty({ name: 'log summary: chunking', seed: 1605, runs },
      [mutatedLog, fc.array(fc.nat(), { maxLength: 20 })], ({ name, text }, cuts) => {
        const whole = summarizeLog(text, { fileName: name });
        const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
        const summarizer = new LogSummarizer({ fileName: name });
        let from = 0;
        for (const p of [...points, text.length]) {
          summarizer.write(text.slice(from, p));
          from = p;
        }
        assert.deepStrictEqual(summarizer.end(), whole);
      });
  });

  it('the fixtures themselves are read without a line not understood', () => {
    for (const name of logFixtures) {
      const summary = summarizeLog(fixture(name), { fileName: name });
      assert.strictEqual(summary.notUnderstood, 0, `${name}: ${summary.notUnderstood} lines not understood`);
    }
  });

  it('pathological lines cost time linear in their length: no regular-expression blow-up', () => {
    // Each line at two lengths 8× apart, through every reader and the summary (CPU time, medians: test/support/growth.ts).
    // Lines over 64 KB are not read at all, so both lengths stay below that, and each is read 20 times to
    // lift the small one well above the timer's resolution.
    const lines: [string, (n: number) => string][] = [
      ['escaped quotes in a request', (n) => `1.2.3.4 - - [10/Oct/2000:13:55:36 +0000] "${'\\"'.repeat(n)}`],
      ['timings after a status', (n) => `1.2.3.4 - - [10/Oct/2000:13:55:36 +0000] "GET / HTTP/1.1" 200 0 ${'0.1 '.repeat(n)}`],
      ['an ALB line of fields', (n) => `http 2026-11-24T10:00:00Z ${'a '.repeat(n)}`],
      ['repeated JSON keys', (n) => `{${'"status":'.repeat(n)}`],
      ['open brackets', (n) => `${'['.repeat(n)}`],
      ['a CloudFront header and row', (n) => `#Fields: ${'sc-status '.repeat(n)}\n${'200\t'.repeat(n)}`],
      ['stray quotes in an ELB line', (n) => `2026-11-24T10:00:43.945958Z ${'"a '.repeat(n)}`],
    ];
    const readAll = (line: string) => () => {
      for (let i = 0; i < 20; i++) {
        for (const format of logFormatIds) findLogStatusCodes(line, format);
        summarizeLog(line);
      }
    };
    for (const [name, make] of lines) {
      const { growth, smallMs, largeMs } = perUnitGrowth(readAll(make(1000).slice(0, 4000)), readAll(make(8000).slice(0, 32000)), 8, 3);
      assert.ok(growth <= maxLinearGrowth, `${name}: per-byte cost grew ${growth.toFixed(1)}× (${smallMs.toFixed(1)} → ${largeMs.toFixed(1)} ms)`);
    }
  });
});
