// The findings cache keeps only the documents used last (issue 8, memory) and rule contexts drop
// their masks after the rules ran: a document whose findings were evicted, and a fix asked for after
// the masks were released, must give exactly what a fresh analysis gives.
import * as assert from 'assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService } from '../../../server/src/service/languageService';
import { defaultSettings } from '../../../server/src/service/settings';
import { applyOffsetEdits } from '../../../server/src/service/codeActions/workspaceEdits';
import { index } from './helpers';

const service = getLanguageService({ dataset: index.dataset });

const handler = (i: number) => [
  "const express = require('express');",
  `app.get('/r${i}', (req, res) => {`,
  '  // a comment with "quotes" and (brackets',
  `  res.status(503).json({ error: 'down ${i}' });`,
  '});',
  '',
].join('\n');

/** The text after applying the first quick fix at the 503 of `document`. */
function fixed(document: TextDocument): string {
  const text = document.getText();
  const at = document.positionAt(text.indexOf('503'));
  const diagnostics = service.doValidation(document, defaultSettings).filter((d) => d.code === 'retry-after-missing');
  assert.strictEqual(diagnostics.length, 1);
  const actions = service.doCodeActions(document, { start: at, end: at }, { diagnostics }, defaultSettings, { snippets: false });
  const edit = actions.find((a) => /Retry-After/.test(a.title))?.edit?.changes?.[document.uri];
  assert.ok(edit, `no Retry-After fix among ${actions.map((a) => a.title).join(', ')}`);
  const sorted = [...edit].sort((a, b) => document.offsetAt(b.range.start) - document.offsetAt(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, document.offsetAt(e.range.start)) + e.newText + out.slice(document.offsetAt(e.range.end));
  return out;
}

describe('diagnostics: findings cache', () => {
  it('gives the same findings and fixes after the document was evicted by 30 others', () => {
    const first = TextDocument.create('file:///cache/first.js', 'javascript', 1, handler(0));
    const before = service.findProblems(first, defaultSettings).map(({ rule, start, end, message }) => ({ rule, start, end, message }));
    const fixBefore = fixed(first);
    assert.match(fixBefore, /Retry-After/);
    for (let i = 1; i <= 30; i++) {
      service.doValidation(TextDocument.create(`file:///cache/other${i}.js`, 'javascript', 1, handler(i)), defaultSettings);
    }
    const after = service.findProblems(first, defaultSettings).map(({ rule, start, end, message }) => ({ rule, start, end, message }));
    assert.deepStrictEqual(after, before);
    assert.strictEqual(fixed(first), fixBefore);
  });

  it('builds a fix from a finding whose rule context released its masks', () => {
    const document = TextDocument.create('file:///cache/late.js', 'javascript', 1, handler(1));
    const finding = service.findProblems(document, defaultSettings).find((f) => f.rule === 'retry-after-missing');
    assert.ok(finding?.fixes);
    const fixes = finding.fixes();
    assert.ok(fixes.length > 0);
    assert.match(applyOffsetEdits(document.getText(), fixes[0].edits), /Retry-After/);
  });
});
