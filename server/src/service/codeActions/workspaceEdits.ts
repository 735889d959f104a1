// Offset edits → an LSP WorkspaceEdit. Placeholders become snippet tab stops only for clients that
// announced `workspace.workspaceEdit.snippetEditSupport` (VS Code); every other client gets the
// placeholder's text, ready to overwrite.
import { SnippetTextEdit, TextDocumentEdit, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { OffsetEdit, placeholderMark } from '../diagnostics/types';

const placeholderPattern = new RegExp(`${placeholderMark}([^${placeholderMark}]*)${placeholderMark}`, 'g');

function plainText(newText: string): string {
  return newText.replace(placeholderPattern, '$1');
}

function snippetText(newText: string, nextStop: () => number): string {
  const escape = (s: string) => s.replace(/[\\$}]/g, '\\$&');
  let out = '';
  let last = 0;
  placeholderPattern.lastIndex = 0;
  for (let m = placeholderPattern.exec(newText); m; m = placeholderPattern.exec(newText)) {
    out += escape(newText.slice(last, m.index)) + `\${${nextStop()}:${escape(m[1])}}`;
    last = m.index + m[0].length;
  }
  return out + escape(newText.slice(last));
}

export function toWorkspaceEdit(document: TextDocument, edits: OffsetEdit[], snippets: boolean): WorkspaceEdit {
  const range = (e: OffsetEdit) => ({ start: document.positionAt(e.start), end: document.positionAt(e.end) });
  const hasPlaceholder = edits.some((e) => e.newText.includes(placeholderMark));
  if (snippets && hasPlaceholder) {
    let stop = 0;
    const lspEdits: (TextEdit | SnippetTextEdit)[] = edits.map((e) => e.newText.includes(placeholderMark)
      ? { range: range(e), snippet: { kind: 'snippet', value: snippetText(e.newText, () => ++stop) } }
      : { range: range(e), newText: e.newText });
    return { documentChanges: [TextDocumentEdit.create({ uri: document.uri, version: document.version }, lspEdits)] };
  }
  return { changes: { [document.uri]: edits.map((e) => ({ range: range(e), newText: plainText(e.newText) })) } };
}

/** Applies offset edits to a text (used by the CLI and tests). */
export function applyOffsetEdits(text: string, edits: OffsetEdit[]): string {
  let out = text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start || b.end - a.end)) {
    out = out.slice(0, edit.start) + plainText(edit.newText) + out.slice(edit.end);
  }
  return out;
}
