// Runs first in the extension host (files run in name order), before any test opens a document:
// activation by a command must not start the language server; the first document it reads does.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { HttpStatusLensApi } from '../../../client/src/extension';
import { serverStartingSelector } from '../../../client/src/documentSelector';
import { activateExtension, eventually, openWorkspaceFile, serverPids } from './helpers';

/** The open documents that start the server (the workbench and other extensions open some by themselves). */
const supportedOpen = () => vscode.workspace.textDocuments.filter((d) => vscode.languages.match(serverStartingSelector, d) > 0)
  .map((d) => `${d.uri.toString()} (${d.languageId})`);

describe('vscode: the server starts when a document needs it, not at activation', function () {
  this.timeout(60_000);

  it('activation with no supported document open starts no server; opening one starts it', async () => {
    assert.deepStrictEqual(supportedOpen(), [], 'a supported document is already open: this test must run first');
    const api = await activateExtension() as HttpStatusLensApi;
    // The cheat sheet's command works without a server.
    await vscode.commands.executeCommand('httpStatusLens.showCheatSheet');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    // Unless another extension opened a document of ours meanwhile (then starting is right), none runs.
    if (supportedOpen().length === 0) {
      assert.strictEqual(api.serverStatus().state, 'idle');
      assert.deepStrictEqual(serverPids(), []);
    }

    await openWorkspaceFile('src/app.js');
    await eventually('the server running', () => (api.serverStatus().state === 'running' ? true : undefined));
    assert.strictEqual(serverPids().length, 1);
  });
});
