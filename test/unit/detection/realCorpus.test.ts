// Scores detection on real files of published packages (test/fixtures/real/, issue 14), as `scan` and
// the editor analyse them (segments for big files included): precision and recall per form, ecosystem
// and file. The bar: precision ≥ 99%, recall ≥ 95%.
import * as assert from 'assert';
import * as path from 'path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { loadDataset } from '../../../server/src/loadDataset';
import { getLanguageService } from '../../../server/src/service/languageService';
import { formatScore, LabelledFile, precision, recall, scoreCorpus, Tally } from './corpusScorer';
import * as fs from 'fs';
import { loadRealCorpus, realCorpusDir } from '../../support/realCorpus';

const BAR = { precision: 0.99, recall: 0.95 };
const service = getLanguageService({ dataset: loadDataset(path.join(__dirname, '..', '..', '..', 'data', 'status-codes.json')) });

function detect(f: LabelledFile) {
  const uri = `file:///real/${f.file}`;
  const detections = service.analyze(TextDocument.create(uri, '', 1, f.text)).detections;
  service.forget(uri);
  return detections;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

describe('detection on real code (issue 14)', function () {
  this.timeout(120_000);
  let files: LabelledFile[];
  let report: string;
  let score: ReturnType<typeof scoreCorpus>;

  before(() => {
    files = loadRealCorpus().files;
    score = scoreCorpus(files, detect);
    const perFile = files.map((f) => {
      const one = scoreCorpus([f], detect).overall as Tally;
      return `${f.file.padEnd(70)} ${String(f.labels.length).padStart(4)} labels  P ${pct(precision(one)).padStart(6)}  R ${pct(recall(one)).padStart(6)}`;
    });
    report = `${formatScore(score)}\n-- by file\n${perFile.join('\n')}\nfalse positives:\n  ${score.falsePositives.join('\n  ')}\nfalse negatives:\n  ${score.falseNegatives.join('\n  ')}`;
    if (process.env.CORPUS_REPORT) console.log(report);
  });

  it('is big enough: ≥ 60 files, ≥ 1,500 labels, every ecosystem of the issue, hard negatives, tables ≤ 30%', () => {
    const labels = files.reduce((n, f) => n + f.labels.length, 0);
    assert.ok(files.length >= 60, `${files.length} files`);
    assert.ok(labels >= 1500, `${labels} labels`);
    const ecosystems = new Set(files.map((f) => f.ecosystem));
    for (const e of ['javascript', 'python', 'go', 'ruby', 'php', 'rust', 'nginx']) assert.ok(ecosystems.has(e), `no ${e} files`);
    assert.ok(files.filter((f) => f.labels.length === 0).length >= 5, 'hard negatives');
    // Tables: what the labellers counted in each file (tables.json), at most 30% of all labels.
    const tables = JSON.parse(fs.readFileSync(path.join(realCorpusDir, 'tables.json'), 'utf8')) as Record<string, number | string>;
    const ids = new Set(files.map((f) => f.file.split('/')[0]));
    const inTables = Object.entries(tables).filter(([id, n]) => ids.has(id) && typeof n === 'number').reduce((sum, [, n]) => sum + (n as number), 0);
    assert.ok(inTables <= labels * 0.3, `${inTables} of ${labels} labels in tables`);
  });

  it(`reaches precision ≥ ${BAR.precision * 100}% and recall ≥ ${BAR.recall * 100}%`, () => {
    assert.ok(precision(score.overall) >= BAR.precision, report);
    assert.ok(recall(score.overall) >= BAR.recall, report);
  });
});
