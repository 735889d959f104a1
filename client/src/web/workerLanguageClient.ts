// The language server in the browser: dist/web/server.js in a web worker, spoken to over postMessage
// with vscode-languageclient/browser. The script is read once and started from a blob: URL, because
// workers cannot be created from an extension's own `vscode-remote` location (code-server) and a blob
// works the same over https (vscode.dev).
import * as vscode from 'vscode';
import {
  BaseLanguageClient, BrowserMessageReader, BrowserMessageWriter, LanguageClient, LanguageClientOptions, ServerOptions,
} from 'vscode-languageclient/browser';
import { readExtensionFile } from '../extensionFiles';

const scriptUrls = new WeakMap<vscode.ExtensionContext, Promise<string>>();

/** A blob: URL of the server script, read once per extension context and revoked when it ends. */
function serverScriptUrl(extension: vscode.ExtensionContext): Promise<string> {
  let url = scriptUrls.get(extension);
  if (!url) {
    url = readExtensionFile(extension.extensionUri, 'dist', 'web', 'server.js').then((script) => {
      const created = URL.createObjectURL(new Blob([script as BlobPart], { type: 'text/javascript' }));
      extension.subscriptions.push({ dispose: () => URL.revokeObjectURL(created) });
      return created;
    });
    // A failed read is tried again on the next start.
    url.catch(() => scriptUrls.delete(extension));
    scriptUrls.set(extension, url);
  }
  return url;
}

/** Ends the server's worker once the client has stopped: the server cannot end its own worker. */
class WorkerLanguageClient extends LanguageClient {
  constructor(id: string, name: string, serverOptions: ServerOptions, options: LanguageClientOptions, private readonly endWorker: () => void) {
    super(id, name, serverOptions, options);
  }

  // Not on a state change: the client reports "stopped" as soon as it starts stopping, before the
  // server has answered shutdown.
  override async stop(timeout?: number): Promise<void> {
    try {
      await super.stop(timeout);
    } finally {
      this.endWorker();
    }
  }
}

export async function newWorkerLanguageClient(
  extension: vscode.ExtensionContext, id: string, name: string, options: LanguageClientOptions,
): Promise<BaseLanguageClient> {
  const url = await serverScriptUrl(extension);
  let worker: Worker | undefined;
  const end = () => {
    worker?.terminate();
    worker = undefined;
  };
  // A function, so that a restart after a crash gets a fresh worker. It returns the transports, not the
  // worker: the workbench replaces `Worker` with a function, so the library's `instanceof Worker` fails.
  const serverOptions: ServerOptions = async () => {
    end();
    worker = new Worker(url, { name: `${name} server` });
    return { reader: new BrowserMessageReader(worker), writer: new BrowserMessageWriter(worker) };
  };
  extension.subscriptions.push({ dispose: end });
  return new WorkerLanguageClient(id, name, serverOptions, options, end);
}
