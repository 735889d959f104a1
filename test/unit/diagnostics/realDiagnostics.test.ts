// Diagnostics on real code (issue 15): the judgements of test/fixtures/real/diagnostics.json kept as a test.
// Every diagnostic `scan` gave on the npm packages of the real-code corpus and on our installed dependencies
// was judged by hand; a judged file must give exactly the diagnostics judged right (and those known wrong),
// and none that was judged wrong before. At least 90% of them must be right.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { loadDataset } from '../../../server/src/loadDataset';
import { getLanguageService } from '../../../server/src/service/languageService';
import { defaultSettings } from '../../../server/src/service/settings';
import { ensureRealCorpus, readRealManifest, realCorpusDir, realPackageDir } from '../../support/realCorpus';

interface Judged { source: 'npm' | 'deb' | 'node_modules'; package: string; version: string; file: string; line: number; rule: string; why: string }
interface Judgements { expected: Judged[]; forbidden: Judged[]; wrong: Judged[] }

const root = path.resolve(__dirname, '..', '..', '..');
const judgements = JSON.parse(fs.readFileSync(path.join(realCorpusDir, 'diagnostics.json'), 'utf8')) as Judgements;
const service = getLanguageService({ dataset: loadDataset(path.join(root, 'data', 'status-codes.json')) });

function fileOf(j: Judged): string | undefined {
  if (j.source !== 'node_modules') return path.join(realPackageDir(j.source, j.package, j.version), j.file);
  const dir = path.join(root, 'node_modules', j.package);
  const installed = fs.existsSync(path.join(dir, 'package.json')) ? JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).version : undefined;
  return installed === j.version ? path.join(dir, j.file) : undefined;
}

/** The `line rule` pairs the rules give on a file, as `scan` sees it. */
function reported(file: string): string[] {
  const uri = `file:///real/${file.split(path.sep).slice(-3).join('/')}`;
  const document = TextDocument.create(uri, '', 1, fs.readFileSync(file, 'utf8'));
  const found = service.findProblems(document, defaultSettings).map((f) => `${document.positionAt(f.start).line + 1} ${f.rule}`);
  service.forget(uri);
  return found;
}

describe('diagnostics on real code, judged by hand (issue 15)', function () {
  this.timeout(120_000);
  const byFile = new Map<string, { right: string[]; wrong: string[]; forbidden: string[] }>();
  before(() => {
    ensureRealCorpus(readRealManifest().files.filter((e) => e.source.kind === 'npm'));
    for (const [kind, list] of [['right', judgements.expected], ['wrong', judgements.wrong], ['forbidden', judgements.forbidden]] as const) {
      for (const j of list) {
        const file = fileOf(j);
        if (!file || !fs.existsSync(file)) continue;
        const entry = byFile.get(file) ?? { right: [], wrong: [], forbidden: [] };
        entry[kind].push(`${j.line} ${j.rule}`);
        byFile.set(file, entry);
      }
    }
  });

  it('at least 90% of the diagnostics on real npm code are right', () => {
    const npm = (j: Judged) => j.source !== 'deb';
    const right = judgements.expected.filter(npm).length;
    const wrong = judgements.wrong.filter(npm).length;
    assert.ok(right / Math.max(1, right + wrong) >= 0.9, `${right} right, ${wrong} wrong`);
  });

  it('each judged file gives exactly the diagnostics judged (right or known wrong), and none judged wrong before', () => {
    assert.ok(byFile.size > 0, 'no judged file found: run node scripts/realCorpus.mjs fetch');
    const problems: string[] = [];
    for (const [file, judged] of byFile) {
      const got = reported(file);
      const name = path.relative(root, file);
      for (const g of got) {
        if (judged.forbidden.includes(g)) problems.push(`${name}:${g} was judged wrong`);
        else if (!judged.right.includes(g) && !judged.wrong.includes(g)) problems.push(`${name}:${g} is not judged yet`);
      }
      for (const r of [...judged.right, ...judged.wrong]) if (!got.includes(r)) problems.push(`${name}:${r} is missing`);
    }
    assert.deepStrictEqual(problems, []);
  });
});
