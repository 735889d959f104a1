// Activation shared by both entries (extension.ts for Node, web/extension.ts for the browser): build the
// context, register the commands from one table, and start the language client when the first document
// it reads is open.
import * as vscode from 'vscode';
import { Ctx } from './ctx';
import { registerCommands } from './commands';
import { Runtime } from './runtime';
import { ServerStatus } from './serverStatusItem';

/** What the extension exports: read-only state, for other extensions and our extension-host tests. */
export interface HttpStatusLensApi {
  serverStatus(): ServerStatus;
  /** Where the extension host runs: `node` (desktop, remote) or `web` (a browser's web worker). */
  runtime: Runtime['kind'];
}

let ctx: Ctx | undefined;

export function activateExtension(context: vscode.ExtensionContext, runtime: Runtime): HttpStatusLensApi {
  const created = new Ctx(context, runtime);
  ctx = created;
  registerCommands(created, runtime.commands);
  created.startWhenNeeded();
  return { serverStatus: () => created.serverStatus, runtime: runtime.kind };
}

export async function deactivateExtension(): Promise<void> {
  await ctx?.stop();
  ctx = undefined;
}
