// Activation: build the context, start the language client, register the commands from one table.
import * as vscode from 'vscode';
import { Ctx } from './ctx';
import { registerCommands } from './commands';

let ctx: Ctx | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  ctx = new Ctx(context);
  registerCommands(ctx);
  await ctx.start();
}

export async function deactivate(): Promise<void> {
  await ctx?.stop();
  ctx = undefined;
}
