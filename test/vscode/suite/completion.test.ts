// Runs inside the real extension host: VS Code's completion pipeline over our extension.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, eventually } from './helpers';

async function completionLabels(language: string, content: string, cursorAfter: string): Promise<vscode.CompletionItem[]> {
  const document = await vscode.workspace.openTextDocument({ language, content });
  await vscode.window.showTextDocument(document);
  const position = document.positionAt(content.indexOf(cursorAfter) + cursorAfter.length);
  return eventually(`completions in ${language}`, async () => {
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, position);
    const ours = list.items.filter((item) => typeof item.detail === 'string' && /^\d{3} |^[A-Z]/.test(item.detail));
    return ours.length > 0 ? list.items : undefined;
  });
}

const label = (item: vscode.CompletionItem) => (typeof item.label === 'string' ? item.label : item.label.label);

describe('vscode: completion through the extension host', () => {
  before(async () => {
    await activateExtension();
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('offers status codes with their names inside res.status(', async () => {
    const items = await completionLabels('javascript', 'app.get("/", (req, res) => res.status());\n', 'res.status(');
    const notFound = items.find((item) => label(item) === '404');
    assert.ok(notFound, `no 404 among ${items.map(label).slice(0, 20).join(' ')}`);
    assert.match(String(notFound.detail), /Not Found/);
    assert.ok(items.some((item) => label(item) === '503'));
  });

  it('offers Go http.Status constants after http.Status', async () => {
    const items = await completionLabels('go', 'package main\n\nfunc h(w http.ResponseWriter) {\n\tw.WriteHeader(http.Status)\n}\n', 'http.Status');
    assert.ok(items.some((item) => label(item) === 'StatusNotFound'), `no StatusNotFound among ${items.map(label).slice(0, 20).join(' ')}`);
  });
});
