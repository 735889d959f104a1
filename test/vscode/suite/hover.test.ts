// Runs inside the real extension host: VS Code's own hover pipeline (all providers) over our extension.
import * as assert from 'assert';
import { activateExtension, eventually, hoverTextAt, openWorkspaceFile, positionOf } from './helpers';

describe('vscode: hover through the extension host', () => {
  before(async () => {
    await activateExtension();
  });

  it('vscode.executeHoverProvider on res.status(502) returns the name and meaning', async () => {
    const editor = await openWorkspaceFile('src/app.js');
    const position = positionOf(editor.document, 'res.status(502)', 1, 'res.status('.length + 1);
    const text = await eventually('a hover from HTTP Status Lens',
      async () => { const t = await hoverTextAt(editor.document.uri, position); return t.includes('502') ? t : undefined; });
    assert.match(text, /502 Bad Gateway/);
    assert.match(text, /gateway or proxy/i);
  });

  it('gives no status-code hover on a number that is not one (setTimeout delay)', async () => {
    const editor = await openWorkspaceFile('src/app.js');
    const position = positionOf(editor.document, '500);', 1, 1);
    const text = await hoverTextAt(editor.document.uri, position);
    assert.doesNotMatch(text, /Internal Server Error/);
  });
});
