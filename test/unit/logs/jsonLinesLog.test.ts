import * as assert from 'assert';
import { findLogStatusCodes } from '../../../server/src/service/logs/findLogStatusCodes';
import { readJsonLine } from '../../../server/src/service/logs/jsonLinesLog';
import { assertDetects, fixture, marked } from './marks';

describe('logs: JSON lines', () => {
  it('finds status, statusCode and status_code at the top or nested (pino, ECS)', () => {
    const m = marked([
      '{"time":"2026-11-24T10:00:00Z","status":⟦404⟧,"path":"/a"}',
      '{"level":30,"req":{"id":500},"res":{"statusCode":⟦201⟧},"responseTime":503}',
      '{"http":{"response":{"status_code":⟦503⟧,"bytes":{"body":502}}}}',
      '{"status":"⟦429⟧","msg":"too many"}',
    ].join('\n'));
    assertDetects(findLogStatusCodes(m.text), m);
  });

  it('ignores other numbers, codes in text, non-code statuses and payload-deep statuses', () => {
    const text = [
      '{"status":"ok","port":502,"duration_ms":500}',
      '{"msg":"got \\"status\\": 500 from upstream","bytes":404}',
      '{"status":0}',
      '{"status":2000}',
      '{"status":"500 errors"}',
      '{"a":{"b":{"c":{"d":{"status":500}}}},"status":"ok"}',
    ].join('\n');
    assert.deepStrictEqual(findLogStatusCodes(text, 'jsonLines'), []);
  });

  it('reads time (ISO, epoch ms), method and path', () => {
    const line = '{"time":1795514400000,"req":{"method":"GET","url":"/api/users/7?x=1"},"res":{"statusCode":200}}';
    const start = line.indexOf('200}');
    assert.deepStrictEqual(readJsonLine(line),
      { fields: [{ field: 'statusCode', code: 200, start, end: start + 3, context: 'log:json:statusCode' }], time: 1795514400000, method: 'GET', path: '/api/users/7' });
  });

  it('finds the fixture\'s statuses', () => {
    assert.deepStrictEqual(findLogStatusCodes(fixture('app.jsonl')).map((d) => d.code), [200, 404, 503]);
  });
});
