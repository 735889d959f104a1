// Big normal files keep their detections to the very end (issue 8, figure 2c): no cap on the number
// of candidates drops the ones after the first tens of thousands. Time bounds: test/unit/pathological.test.ts.
import * as assert from 'assert';
import { findStatusCodes } from '../../../server/src/service/detection/findStatusCodes';

describe('detection: large documents', () => {
  it('finds the status on the last line of a file with 100,000 status calls before it', () => {
    const line = (i: number) => `app.get('/r${i}', (req, res) => res.status(${[200, 404, 500][i % 3]}).end());\n`;
    const body = Array.from({ length: 100_000 }, (_, i) => line(i)).join('');
    const text = body + 'res.status(418).send("tea");\n';
    const found = findStatusCodes(text, 'javascript', 'file:///big.js');
    assert.strictEqual(found.length, 100_001);
    const last = found.reduce((a, b) => (b.start > a.start ? b : a));
    assert.strictEqual(last.code, 418);
    assert.strictEqual(text.slice(last.start, last.end), '418');
  });
});
