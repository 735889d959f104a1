// Runs inside the real extension host: the language server is killed (SIGKILL, as a crash would end
// it) and the client must restart it so that the next hover works; after five crashes in a short
// time the client must stop restarting it and say so. The server is our child process: the client forks it
// from this extension host, so it is found in /proc by its parent pid and its command line.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { HttpStatusLensApi } from '../../../client/src/extension';
import { activateExtension, eventually, hoverTextAt, openWorkspaceFile, positionOf, serverPids } from './helpers';

let api: HttpStatusLensApi | undefined;
function extensionApi(): HttpStatusLensApi {
  if (!api) throw new Error('the extension has not been activated');
  return api;
}

async function hover502(): Promise<string | undefined> {
  const editor = await openWorkspaceFile('src/app.js');
  const position = positionOf(editor.document, 'res.status(502)', 1, 'res.status('.length + 1);
  const text = await hoverTextAt(editor.document.uri, position);
  return text.includes('502 Bad Gateway') ? text : undefined;
}

/** Kills the running server and waits for its successor; returns how long the restart took. */
async function crashAndWaitForRestart(): Promise<number> {
  const [pid] = await eventually('a running language server', () => serverPids()[0] ? serverPids() : undefined);
  const started = Date.now();
  process.kill(pid, 'SIGKILL');
  await eventually('a restarted language server', () => serverPids().find((p) => p !== pid));
  return Date.now() - started;
}

describe('vscode: the client survives server crashes', function () {
  this.timeout(120_000);

  before(async () => {
    api = await activateExtension() as HttpStatusLensApi;
    await eventually('a first hover', hover502);
  });

  after(async () => {
    // Leave a working server for whatever runs next.
    await vscode.commands.executeCommand('httpStatusLens.restartServer');
    await eventually('a hover after the restart command', hover502, 30_000);
  });

  it('restarts a killed server, and the next hover works', async () => {
    assert.strictEqual(serverPids().length, 1, 'one server before the crash');
    await crashAndWaitForRestart();
    const text = await eventually('a hover from the restarted server', hover502, 30_000);
    assert.match(text, /gateway or proxy/i);
    assert.strictEqual(serverPids().length, 1, 'one server after the restart, not two');
  });

  it('stops restarting after five crashes in a short time; the restart command brings it back', async () => {
    await vscode.commands.executeCommand('httpStatusLens.restartServer'); // starts a fresh crash count
    await eventually('a hover after the restart command', hover502, 30_000);
    const restarts: number[] = [];
    for (let crash = 1; crash <= 4; crash++) {
      restarts.push(await crashAndWaitForRestart());
      await eventually(`a hover after crash ${crash}`, hover502, 30_000);
    }
    const [pid] = serverPids();
    process.kill(pid, 'SIGKILL'); // the fifth crash
    // Nothing must come back: wait three times the slowest restart seen (at least 3 s) for a server.
    const patience = Math.max(3000, 3 * Math.max(...restarts));
    const deadline = Date.now() + patience;
    while (Date.now() < deadline) {
      // The killed process may linger a moment before the kernel removes it: only another one counts.
      assert.deepStrictEqual(serverPids().filter((p) => p !== pid), [], `a server was started again after the fifth crash (restarts took ${restarts.join(', ')} ms)`);
      await new Promise((r) => setTimeout(r, 100));
    }
    assert.strictEqual(await hover502(), undefined, 'no hover from a stopped server');
    // …and says so: the status bar item shows the failure and what to do.
    const status = extensionApi().serverStatus();
    assert.strictEqual(status.state, 'failed');
    assert.match(status.detail ?? '', /crashed 5 times .* will not be restarted\. Run "HTTP Status Lens: Restart Server"/);

    await vscode.commands.executeCommand('httpStatusLens.restartServer');
    await eventually('a hover after the restart command', hover502, 30_000);
    assert.strictEqual(serverPids().length, 1);
    assert.strictEqual(extensionApi().serverStatus().state, 'running');
  });
});
