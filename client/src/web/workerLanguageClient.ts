// The language server in the browser: dist/web/server.js in a web worker, spoken to over postMessage
// with vscode-languageclient/browser. The script is read once and started from a blob: URL, because
// workers cannot be created from an extension's own `vscode-remote` location (code-server) and a blob
// works the same over https (vscode.dev).
import * as vscode from 'vscode';
import {
  BaseLanguageClient, BrowserMessageReader, BrowserMessageWriter, LanguageClient, LanguageClientOptions, State,
} from 'vscode-languageclient/browser';
import { readExtensionFile } from '../extensionFiles';

export async function newWorkerLanguageClient(
  extension: vscode.ExtensionContext, id: string, name: string, options: LanguageClientOptions,
): Promise<BaseLanguageClient> {
  const script = await readExtensionFile(extension.extensionUri, 'dist', 'web', 'server.js');
  const url = URL.createObjectURL(new Blob([script as BlobPart], { type: 'text/javascript' }));
  let worker: Worker | undefined;
  // A function, so that a restart after a crash gets a fresh worker. It returns the transports, not the
  // worker: the workbench replaces `Worker` with a function, so the library's `instanceof Worker` fails.
  const client = new LanguageClient(id, name, async () => {
    worker?.terminate();
    worker = new Worker(url, { name: `${name} server` });
    return { reader: new BrowserMessageReader(worker), writer: new BrowserMessageWriter(worker) };
  }, options);
  // A stopped client leaves its worker running (the server cannot exit itself): end it.
  const end = () => {
    worker?.terminate();
    worker = undefined;
  };
  client.onDidChangeState((event) => {
    if (event.newState === State.Stopped) end();
  });
  extension.subscriptions.push({ dispose: () => { end(); URL.revokeObjectURL(url); } });
  return client;
}
