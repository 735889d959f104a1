// Runs inside the real extension host: our diagnostics as VS Code collects them, and our quick fixes
// through VS Code's own code-action pipeline, applied with workspace.applyEdit.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, eventually, openWorkspaceFile } from './helpers';

function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'http-status-lens');
}

async function quickFixes(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, vscode.CodeActionKind.QuickFix.value);
  return (actions ?? []).filter((a) => a.kind?.value === 'quickfix');
}

describe('vscode: diagnostics and quick fixes through the extension host', () => {
  before(async () => {
    await activateExtension();
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('the flagship: a hint on res.status(500) in a maintenance branch; the fix gives 503 + Retry-After', async () => {
    const editor = await openWorkspaceFile('src/maintenance.js');
    const uri = editor.document.uri;
    const diagnostic = await eventually('the prefer-503 diagnostic', () => ours(uri).find((d) => d.code === 'prefer-503-for-unavailable'));
    assert.strictEqual(diagnostic.severity, vscode.DiagnosticSeverity.Hint);
    assert.strictEqual(editor.document.getText(diagnostic.range), '500');
    const fix = await eventually('the quick fix', async () => (await quickFixes(uri, diagnostic.range)).find((a) => a.title.startsWith('Use 503')));
    assert.strictEqual(fix.title, 'Use 503 Service Unavailable with Retry-After: 120');
    assert.ok(await vscode.workspace.applyEdit(fix.edit!));
    assert.match(editor.document.getText(), /\n {4}res\.set\('Retry-After', '120'\);\n {4}return res\.status\(503\)\.send\('Down for maintenance'\);/);
  });
  // Snippet (placeholder) fixes are tested in the UI (ui/quickFix.test.ts): vscode.executeCodeActionProvider's
  // round trip drops SnippetTextEdits, while the light bulb applies them with their tab stops.
});
