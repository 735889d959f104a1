// "Check URL" offered on an http(s) URL inside a string literal, in any language.
import * as vscode from 'vscode';
import { urlAt } from '../../../server/src/node/checkUrl/findUrl';

export class UrlCodeActionProvider implements vscode.CodeActionProvider {
  static readonly kind = vscode.CodeActionKind.Empty;
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [UrlCodeActionProvider.kind] };

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection): vscode.CodeAction[] {
    if (range.start.line !== range.end.line) return [];
    const line = document.lineAt(range.start.line).text;
    if (line.length > 10_000) return [];
    const found = urlAt(line, range.start.character);
    if (!found || !found.inString) return [];
    const action = new vscode.CodeAction('Check URL', UrlCodeActionProvider.kind);
    action.command = { command: 'httpStatusLens.checkUrl', title: 'Check URL', arguments: [found.url] };
    return [action];
  }
}
