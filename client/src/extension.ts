// Activation: build the context, start the language client, register the commands from one table.
import * as vscode from 'vscode';
import { Ctx } from './ctx';
import { registerCommands } from './commands';
import { ServerStatus } from './serverStatusItem';

/** What the extension exports: read-only state, for other extensions and our extension-host tests. */
export interface HttpStatusLensApi {
  serverStatus(): ServerStatus;
}

let ctx: Ctx | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<HttpStatusLensApi> {
  const created = new Ctx(context);
  ctx = created;
  registerCommands(created);
  await created.start();
  return { serverStatus: () => created.serverStatus };
}

export async function deactivate(): Promise<void> {
  await ctx?.stop();
  ctx = undefined;
}
