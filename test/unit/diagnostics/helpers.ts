// Shared by the diagnostics tests: run the real detectors and rules over a text, apply a fix.
import * as assert from 'assert';
import * as path from 'path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeDocument } from '../../../server/src/service/documentAnalysis';
import { StatusCodeIndex } from '../../../server/src/service/dataset';
import { loadDataset } from '../../../server/src/loadDataset';
import { findProblems } from '../../../server/src/service/diagnostics/doValidation';
import { Finding } from '../../../server/src/service/diagnostics/types';
import { applyOffsetEdits } from '../../../server/src/service/codeActions/workspaceEdits';

export const index = new StatusCodeIndex(loadDataset(path.resolve(__dirname, '..', '..', '..', 'data', 'status-codes.json')));

const extensions: Record<string, string> = {
  javascript: 'js', typescript: 'ts', go: 'go', python: 'py', java: 'java', csharp: 'cs', ruby: 'rb', php: 'php',
  yaml: 'yaml', json: 'json', nginx: 'conf', kotlin: 'kt',
};

export function documentOf(languageId: string, text: string, uri = `file:///app/src/handler.${extensions[languageId] ?? 'txt'}`): TextDocument {
  return TextDocument.create(uri, languageId, 1, text);
}

export function problems(languageId: string, text: string, uri?: string, retryAfterSeconds = 120): Finding[] {
  const document = documentOf(languageId, text, uri);
  return findProblems(document, analyzeDocument(document), index, retryAfterSeconds, (m) => { throw new Error(m); });
}

export function problemsOf(rule: string, languageId: string, text: string, uri?: string): Finding[] {
  return problems(languageId, text, uri).filter((f) => f.rule === rule);
}

/** Applies the fix titled like `title` (or the first) of the single `rule` finding; returns the new text. */
export function applyFix(rule: string, languageId: string, text: string, title?: RegExp, retryAfterSeconds = 120): string {
  const found = problems(languageId, text, undefined, retryAfterSeconds).filter((f) => f.rule === rule);
  assert.strictEqual(found.length, 1, `expected one ${rule} finding, got ${found.length}: ${found.map((f) => f.message).join(' | ')}`);
  const fixes = found[0].fixes?.() ?? [];
  const fix = title ? fixes.find((f) => title.test(f.title)) : fixes[0];
  assert.ok(fix, `no fix${title ? ` matching ${title}` : ''} among: ${fixes.map((f) => f.title).join(', ') || '(none)'}`);
  return applyOffsetEdits(text, fix.edits);
}

export function fixTitles(rule: string, languageId: string, text: string): string[] {
  return problemsOf(rule, languageId, text).flatMap((f) => f.fixes?.() ?? []).map((f) => f.title);
}

/** Lines joined with \n: keeps expected texts readable. */
export const lines = (...l: string[]) => l.join('\n');
