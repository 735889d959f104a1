import * as assert from 'assert';
import { CodeAction, Diagnostic, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeDocument } from '../../../server/src/service/documentAnalysis';
import { doCodeActions } from '../../../server/src/service/codeActions/doCodeActions';
import { doValidation } from '../../../server/src/service/diagnostics/doValidation';
import { parseSettings } from '../../../server/src/service/settings';
import { documentOf, lines, problems } from './helpers';

const settings = parseSettings({}).settings;

function actionsFor(document: TextDocument, diagnostics: Diagnostic[], range = diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, snippets = false, only?: string[]): CodeAction[] {
  const findings = problems(document.languageId, document.getText(), document.uri);
  return doCodeActions(document, range, { diagnostics, only }, findings, analyzeDocument(document), settings, { snippets });
}

function apply(document: TextDocument, edit: WorkspaceEdit): string {
  const edits = (edit.changes?.[document.uri] ?? []) as TextEdit[];
  return TextDocument.applyEdits(document, edits);
}

const flagship = lines(
  "const express = require('express');",
  "app.get('/', (req, res) => {",
  "  // Wartungsmodus — maintenance 🚧",
  "  if (maintenance) { return res.status(500).send('Wartung: später wieder 🚧'); }",
  '});');

describe('code actions: built from diagnostic.data, never from echoed ranges', () => {
  it('the flagship fix applied through the LSP edit gives the expected text', () => {
    const document = documentOf('javascript', flagship);
    const diagnostics = doValidation(document, problems('javascript', flagship), settings);
    const action = actionsFor(document, diagnostics).find((a) => a.kind === 'quickfix')!;
    assert.strictEqual(action.title, 'Use 503 Service Unavailable with Retry-After: 120');
    assert.strictEqual(action.isPreferred, true);
    assert.strictEqual(apply(document, action.edit!), flagship.replace(
      "return res.status(500)", "return res.set('Retry-After', '120').status(503)"));
  });

  it('a wrong echoed range (byte columns, as Neovim 0.7 sends) still yields the same edit', () => {
    const document = documentOf('javascript', flagship);
    const [diagnostic] = doValidation(document, problems('javascript', flagship), settings);
    const line = flagship.split('\n')[3];
    const byteColumn = Buffer.byteLength(line.slice(0, diagnostic.range.start.character), 'utf8') + 7;
    const echoed: Diagnostic = { ...diagnostic, range: { start: { line: 3, character: byteColumn }, end: { line: 3, character: byteColumn + 3 } } };
    const [action] = actionsFor(document, [echoed], echoed.range);
    assert.deepStrictEqual(action.diagnostics, [echoed]);
    assert.strictEqual(apply(document, action.edit!), flagship.replace(
      "return res.status(500)", "return res.set('Retry-After', '120').status(503)"));
  });

  it('offers the fixes under the cursor when the client sends no diagnostics', () => {
    const document = documentOf('javascript', flagship);
    const at = document.positionAt(flagship.indexOf('500') + 1);
    const titles = actionsFor(document, [], { start: at, end: at }).map((a) => a.title);
    assert.deepStrictEqual(titles, ['Use 503 Service Unavailable with Retry-After: 120']);
  });

  it('no fixes under the cursor when diagnostics are off for the document', () => {
    const document = documentOf('javascript', flagship);
    const at = document.positionAt(flagship.indexOf('500') + 1);
    const findings = problems('javascript', flagship);
    const off = parseSettings({ languages: { javascript: false } }).settings;
    assert.deepStrictEqual(doCodeActions(document, { start: at, end: at }, { diagnostics: [], only: ['quickfix'] }, findings, analyzeDocument(document), off, { snippets: false }), []);
  });

  it('stale data (the text changed) gives no action rather than a wrong one', () => {
    const document = documentOf('javascript', flagship);
    const [diagnostic] = doValidation(document, problems('javascript', flagship), settings);
    const stale = { ...diagnostic, data: { ...(diagnostic.data as object), line: 0, character: 3 } };
    assert.deepStrictEqual(actionsFor(document, [stale], { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }), []);
  });

  it('placeholders become snippet tab stops only for snippet-capable clients', () => {
    const text = lines("const express = require('express');", "app.all('/x', (req, res) => {", '  res.status(405).end();', '});');
    const document = documentOf('javascript', text);
    const diagnostics = doValidation(document, problems('javascript', text), settings);
    const plain = actionsFor(document, diagnostics, diagnostics[0].range, false)[0];
    assert.strictEqual(apply(document, plain.edit!), text.replace('  res.status', "  res.set('Allow', 'GET, HEAD');\n  res.status"));
    const snippet = actionsFor(document, diagnostics, diagnostics[0].range, true)[0];
    const change = snippet.edit!.documentChanges![0] as { textDocument: { uri: string; version: number }; edits: { snippet?: { kind: string; value: string } }[] };
    assert.deepStrictEqual(change.textDocument, { uri: document.uri, version: 1 });
    assert.deepStrictEqual(change.edits[0].snippet, { kind: 'snippet', value: "  res.set('Allow', '${1:GET, HEAD}');\n" });
  });

  it('honours context.only', () => {
    const document = documentOf('javascript', flagship);
    const diagnostics = doValidation(document, problems('javascript', flagship), settings);
    assert.deepStrictEqual(actionsFor(document, diagnostics, diagnostics[0].range, false, ['refactor']).filter((a) => a.kind === 'quickfix'), []);
  });
});

describe('code actions: magic number ↔ named constant (refactor.rewrite)', () => {
  const rewrite = (languageId: string, text: string, marker: string) => {
    const document = documentOf(languageId, text);
    const at = document.positionAt(text.indexOf(marker) + 1);
    const actions = actionsFor(document, [], { start: at, end: at }, false, ['refactor.rewrite']);
    return actions.map((a) => ({ title: a.title, text: apply(document, a.edit!) }));
  };

  it('Go: 404 → http.StatusNotFound and back', () => {
    const text = lines('package main', 'import "net/http"', 'func h(w http.ResponseWriter, r *http.Request) {', '\tw.WriteHeader(404)', '}');
    assert.deepStrictEqual(rewrite('go', text, '404'), [{ title: 'Replace 404 with http.StatusNotFound', text: text.replace('404', 'http.StatusNotFound') }]);
    const named = text.replace('404', 'http.StatusNotFound');
    assert.deepStrictEqual(rewrite('go', named, 'http.StatusNotFound'), [{ title: 'Replace http.StatusNotFound with 404', text }]);
  });

  it('FastAPI: status_code=404 → status.HTTP_404_NOT_FOUND when the file imports status', () => {
    const text = lines('from fastapi import HTTPException, status', 'def a():', "    raise HTTPException(status_code=404, detail='x')");
    assert.deepStrictEqual(rewrite('python', text, '404').map((r) => r.text), [text.replace('=404', '=status.HTTP_404_NOT_FOUND')]);
  });

  it('Express with http-status-codes: 404 → StatusCodes.NOT_FOUND; without the import, nothing', () => {
    const text = lines("import { StatusCodes } from 'http-status-codes';", "app.get('/', (req, res) => res.status(404).end());");
    assert.deepStrictEqual(rewrite('javascript', text, '404').map((r) => r.text), [text.replace('(404)', '(StatusCodes.NOT_FOUND)')]);
    assert.deepStrictEqual(rewrite('javascript', "const express = require('express');\napp.get('/', (req, res) => res.status(404).end());", '404'), []);
  });

  it('Rails: status: 422 → :unprocessable_content is not guessed; 404 → :not_found', () => {
    const text = lines('class C < ApplicationController', '  def show', "    render json: {}, status: 404", '  end', 'end');
    assert.deepStrictEqual(rewrite('ruby', text, '404').map((r) => r.text), [text.replace('404', ':not_found')]);
  });

  it('ASP.NET: StatusCode(503) → StatusCodes.Status503ServiceUnavailable', () => {
    const text = lines('using Microsoft.AspNetCore.Http;', 'public IActionResult A() { return StatusCode(503); }');
    assert.deepStrictEqual(rewrite('csharp', text, '503').map((r) => r.text), [text.replace('(503)', '(StatusCodes.Status503ServiceUnavailable)')]);
  });

  it('no rewrite for a compared number', () => {
    assert.deepStrictEqual(rewrite('go', lines('package main', 'import "net/http"', 'func a(resp *http.Response) bool { return resp.StatusCode == 404 }'), '404'), []);
  });
});
