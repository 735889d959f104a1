// Scores the diagnostics rules on test/fixtures/lint/ (issue 15): 74 handwritten files in 17 frameworks,
// written blind, with the (file, line, rule) of every diagnostic a correct linter gives. Precision and
// recall per rule and per framework; the bar is precision ≥ 97%, recall ≥ 90%.
import * as assert from 'assert';
import * as path from 'path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { loadDataset } from '../../../server/src/loadDataset';
import { getLanguageService } from '../../../server/src/service/languageService';
import { defaultSettings } from '../../../server/src/service/settings';
import { precision, recall, Tally } from '../detection/corpusScorer';
import { LintFile, loadLintCorpus } from '../../support/lintCorpus';

const BAR = { precision: 0.97, recall: 0.90 };
const service = getLanguageService({ dataset: loadDataset(path.resolve(__dirname, '..', '..', '..', 'data', 'status-codes.json')) });

/** The `line rule` pairs the rules report on a file (all findings, suppressions applied, severities aside). */
export function reported(file: LintFile): string[] {
  const uri = `file:///workspace/${file.file}`;
  const document = TextDocument.create(uri, '', 1, file.text);
  const found = service.findProblems(document, defaultSettings).map((f) => `${document.positionAt(f.start).line + 1} ${f.rule}`);
  service.forget(uri);
  return found;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

describe('diagnostics corpus (issue 15)', function () {
  this.timeout(60_000);
  const files = loadLintCorpus();
  const byRule: Record<string, Tally> = {};
  const byFramework: Record<string, Tally> = {};
  const overall: Tally = { tp: 0, fp: 0, fn: 0 };
  const wrong: string[] = [];
  for (const f of files) {
    const got = reported(f);
    const left = [...f.expected];
    const count = (key: 'tp' | 'fp' | 'fn', rule: string) => {
      overall[key]++;
      (byRule[rule] ??= { tp: 0, fp: 0, fn: 0 })[key]++;
      (byFramework[f.framework] ??= { tp: 0, fp: 0, fn: 0 })[key]++;
    };
    for (const g of got) {
      const k = left.indexOf(g);
      if (k >= 0) { left.splice(k, 1); count('tp', g.split(' ')[1]); } else { count('fp', g.split(' ')[1]); wrong.push(`FP ${f.file}:${g}`); }
    }
    for (const miss of left) { count('fn', miss.split(' ')[1]); wrong.push(`FN ${f.file}:${miss}`); }
  }
  const row = (name: string, t: Tally) => `${name.padEnd(28)} P ${pct(precision(t)).padStart(6)}  R ${pct(recall(t)).padStart(6)}  (tp ${t.tp}, fp ${t.fp}, fn ${t.fn})`;
  const report = [row('overall', overall), '-- by rule', ...Object.entries(byRule).sort().map(([k, t]) => row(k, t)),
    '-- by framework', ...Object.entries(byFramework).sort().map(([k, t]) => row(k, t)), ...wrong].join('\n');

  it('covers every rule and framework: ≥ 60 files, every rule expected somewhere', () => {
    if (process.env.CORPUS_REPORT) console.log(report);
    assert.ok(files.length >= 60, `${files.length} files`);
    for (const rule of ['prefer-503-for-unavailable', 'retry-after-missing', 'required-header-missing', 'location-missing', 'body-not-allowed',
      'redirect-changes-method', 'unusual-status-code', 'deprecated-status-name', 'go-header-after-write', 'invalid-retry-after', 'openapi-responses']) {
      assert.ok(files.some((f) => f.expected.some((e) => e.endsWith(` ${rule}`))), `no file expects ${rule}`);
    }
  });

  it(`reaches precision ≥ ${BAR.precision * 100}% and recall ≥ ${BAR.recall * 100}%`, () => {
    assert.ok(precision(overall) >= BAR.precision && recall(overall) >= BAR.recall, report);
  });
});
