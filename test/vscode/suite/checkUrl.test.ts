// Check URL inside the real extension host: the "Check URL" code action on URL string literals, and the
// command requesting a local server through the extension host's own http stack (the one VS Code's
// proxy support patches).
import * as assert from 'assert';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as vscode from 'vscode';
import { activateExtension, eventually } from './helpers';

async function codeActionTitles(document: vscode.TextDocument, needle: string, offset: number): Promise<{ title: string; args?: unknown[] }[]> {
  const position = document.positionAt(document.getText().indexOf(needle) + offset);
  const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
    'vscode.executeCodeActionProvider', document.uri, new vscode.Range(position, position));
  return (actions ?? []).map((a) => ('command' in a && typeof a.command === 'object'
    ? { title: a.title, args: a.command?.arguments }
    : { title: a.title, args: (a as vscode.Command).arguments }));
}

describe('vscode: Check URL through the extension host', () => {
  before(async () => {
    await activateExtension();
  });

  it('offers "Check URL" on an http(s) URL in a string literal, not in a comment', async () => {
    // A file in the run's scratch copy of the workspace (an untitled one would ask to be saved on close).
    const folder = vscode.workspace.workspaceFolders![0].uri;
    const file = vscode.Uri.joinPath(folder, 'src', 'checkUrlFixture.js');
    await vscode.workspace.fs.writeFile(file, Buffer.from('fetch("https://api.example.com/v1/items?id=2");\n// docs: https://example.com/docs\n'));
    const document = await vscode.workspace.openTextDocument(file);
    // The first request can come before the editor has settled the new file's language: ask until it has.
    const inString = await eventually('code actions on the URL string', async () => {
      const titles = (await codeActionTitles(document, 'api.example', 4)).filter((a) => a.title === 'Check URL');
      return titles.length > 0 ? titles : undefined;
    });
    assert.deepStrictEqual(inString, [{ title: 'Check URL', args: ['https://api.example.com/v1/items?id=2'] }]);
    const inComment = await codeActionTitles(document, 'example.com/docs', 4);
    assert.strictEqual(inComment.filter((a) => a.title === 'Check URL').length, 0);
  });

  it('the command with a URL requests it (HEAD, then the redirect target) from the extension host', async () => {
    const seen: string[] = [];
    const server = http.createServer((req, res) => {
      seen.push(`${req.method} ${req.url}`);
      if (req.url === '/a') res.writeHead(308, { Location: '/b' }).end();
      else res.writeHead(204).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const port = (server.address() as AddressInfo).port;
      await vscode.commands.executeCommand('httpStatusLens.checkUrl', `http://127.0.0.1:${port}/a`);
      assert.deepStrictEqual(seen, ['HEAD /a', 'HEAD /b']);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
