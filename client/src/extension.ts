// Activation: build the context, register the commands from one table, and start the language client
// when the first document it reads is open.
import * as vscode from 'vscode';
import { Ctx } from './ctx';
import { registerCommands } from './commands';
import { ServerStatus } from './serverStatusItem';

/** What the extension exports: read-only state, for other extensions and our extension-host tests. */
export interface HttpStatusLensApi {
  serverStatus(): ServerStatus;
}

let ctx: Ctx | undefined;

export function activate(context: vscode.ExtensionContext): HttpStatusLensApi {
  const created = new Ctx(context);
  ctx = created;
  registerCommands(created);
  created.startWhenNeeded();
  return { serverStatus: () => created.serverStatus };
}

export async function deactivate(): Promise<void> {
  await ctx?.stop();
  ctx = undefined;
}
