import * as assert from 'assert';
import * as path from 'path';
import { formatScore, loadCorpus, parseLabelled, precision, recall, scoreCorpus } from './corpusScorer';

const root = path.resolve(__dirname, '..', '..', 'fixtures', 'corpus');

describe('detection corpus', () => {
  const files = loadCorpus(root);
  const score = scoreCorpus(files);

  it('has many ecosystems and labels', () => {
    assert.ok(new Set(files.map((f) => f.ecosystem)).size >= 10);
    assert.ok(files.reduce((n, f) => n + f.labels.length, 0) >= 300);
  });

  it('reaches the bar: precision ≥ 97%, recall ≥ 93% overall and ≥ 90% / 85% per ecosystem', () => {
    const report = `${formatScore(score)}\nfalse positives:\n  ${score.falsePositives.join('\n  ')}\nfalse negatives:\n  ${score.falseNegatives.join('\n  ')}`;
    if (process.env.CORPUS_REPORT) console.log(report);
    assert.ok(precision(score.overall) >= 0.97, report);
    assert.ok(recall(score.overall) >= 0.93, report);
    for (const [ecosystem, t] of Object.entries(score.byEcosystem)) {
      assert.ok(precision(t) >= 0.9, `${ecosystem} precision\n${report}`);
      assert.ok(recall(t) >= 0.85, `${ecosystem} recall\n${report}`);
    }
  });

  it('the scorer itself counts a miss and a false alarm', () => {
    const { text, labels } = parseLabelled('res.status(«404»); setTimeout(f, 500); x = «HttpStatus.OK=200»;');
    const fake = scoreCorpus([{ file: 'x.js', ecosystem: 'js', text, labels }], () => [
      { code: 404, start: labels[0].start, end: labels[0].end, form: 'literal', text: '404', context: 'test' },
      { code: 500, start: text.indexOf('500'), end: text.indexOf('500') + 3, form: 'literal', text: '500', context: 'test' },
    ]);
    assert.deepStrictEqual(fake.overall, { tp: 1, fp: 1, fn: 1 });
    assert.strictEqual(labels[1].form, 'constant');
  });
});
