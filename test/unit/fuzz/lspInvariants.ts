// What must hold of anything the service returns for a document, whatever its text.
import * as assert from 'assert';
import { TextDocument } from 'vscode-languageserver-textdocument';

export interface Position { line: number; character: number }
export interface Range { start: Position; end: Position }
export interface TextEdit { range: Range; newText: string }

/** A position the document really has: on an existing line, at most at the line's end (UTF-16). */
export function assertPosition(document: TextDocument, p: Position, what: string): void {
  assert.ok(Number.isInteger(p.line) && Number.isInteger(p.character) && p.line >= 0 && p.character >= 0,
    `${what}: not a position ${JSON.stringify(p)}`);
  assert.ok(p.line < document.lineCount, `${what}: line ${p.line} beyond the last line ${document.lineCount - 1}`);
  const round = document.positionAt(document.offsetAt(p));
  assert.deepStrictEqual(round, { line: p.line, character: p.character }, `${what}: ${JSON.stringify(p)} is past its line's end`);
}

export function assertRange(document: TextDocument, r: Range | undefined, what: string): void {
  assert.ok(r && r.start && r.end, `${what}: missing range`);
  assertPosition(document, r.start, `${what}.start`);
  assertPosition(document, r.end, `${what}.end`);
  assert.ok(document.offsetAt(r.start) <= document.offsetAt(r.end), `${what}: start after end ${JSON.stringify(r)}`);
}

/** Detection offsets: sorted, non-empty, inside the text, and the text they claim is the text there. */
export function assertDetections(text: string, detections: { start: number; end: number; code: number }[]): void {
  let previous = -1;
  for (const d of detections) {
    assert.ok(Number.isInteger(d.start) && Number.isInteger(d.end) && d.start >= 0 && d.start < d.end && d.end <= text.length,
      `detection out of the text: ${JSON.stringify(d)} (length ${text.length})`);
    assert.ok(d.start >= previous, 'detections are not sorted by start');
    assert.ok(Number.isInteger(d.code) && d.code >= 100 && d.code <= 999, `not a status code: ${d.code}`);
    previous = d.start;
  }
}

/**
 * Applies edits the way an editor does, refusing what an editor would refuse: positions outside the
 * document, overlapping edits. Returns the new text.
 */
export function applyEdits(document: TextDocument, edits: TextEdit[], what: string): string {
  edits.forEach((e, i) => {
    assertRange(document, e.range, `${what} edit ${i}`);
    assert.strictEqual(typeof e.newText, 'string', `${what} edit ${i}: newText is not a string`);
  });
  const sorted = edits.map((e) => ({ start: document.offsetAt(e.range.start), end: document.offsetAt(e.range.end), newText: e.newText }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < sorted.length; i++) {
    assert.ok(sorted[i].start >= sorted[i - 1].end, `${what}: edits overlap`);
  }
  const text = document.getText();
  for (const e of sorted) {
    for (const offset of [e.start, e.end]) assertBoundary(text, offset, what);
  }
  let out = '';
  let at = 0;
  for (const e of sorted) {
    out += text.slice(at, e.start) + e.newText;
    at = e.end;
  }
  out += text.slice(at);
  // The text outside the edited ranges is the original text, in the same order.
  const expected = TextDocument.applyEdits(document, edits);
  assert.strictEqual(out, expected, `${what}: edits do not apply cleanly`);
  return out;
}

/** The edits of a code action for `uri`, from `changes` or `documentChanges`; edits elsewhere are an error. */
export function workspaceEditFor(uri: string, edit: any, what: string): TextEdit[] {
  if (!edit) return [];
  const edits: TextEdit[] = [];
  for (const [target, list] of Object.entries(edit.changes ?? {})) {
    assert.strictEqual(target, uri, `${what}: edits another document ${target}`);
    edits.push(...(list as TextEdit[]));
  }
  for (const change of edit.documentChanges ?? []) {
    assert.ok(change.textDocument, `${what}: a file operation (${change.kind}) in a fix`);
    assert.strictEqual(change.textDocument.uri, uri, `${what}: edits another document`);
    edits.push(...change.edits);
  }
  return edits;
}

/** An edit never cuts a \r\n line end or a surrogate pair in two. */
function assertBoundary(text: string, offset: number, what: string): void {
  if (offset <= 0 || offset >= text.length) return;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  assert.ok(!(before === 13 && after === 10), `${what}: an edit splits a \\r\\n line end at ${offset}`);
  const high = before >= 0xd800 && before <= 0xdbff;
  const low = after >= 0xdc00 && after <= 0xdfff;
  assert.ok(!(high && low), `${what}: an edit splits a surrogate pair at ${offset}`);
}
