// One table of commands; each is a small factory `(ctx) => handler`, defined beside its feature. The
// host-specific ones (Check URL, Summarize Status Codes) come from the entry's Runtime.
import { Ctx } from './ctx';
import { CommandFactory } from './runtime';
import { cheatSheetFeature, showCheatSheetCommand } from './cheatSheet/cheatSheetFeature';
import { compareCommand } from './cheatSheet/compareCommand';
import { lookupCommand } from './cheatSheet/lookupCommand';

const table: Record<string, CommandFactory> = {
  'httpStatusLens.restartServer': (ctx) => () => ctx.restart(),
  'httpStatusLens.showOutput': (ctx) => () => ctx.output.show(true),
  // The cheat sheet feature also registers its webview view provider when first created.
  'httpStatusLens.showCheatSheet': (ctx) => showCheatSheetCommand(cheatSheetFeature(ctx)),
  'httpStatusLens.compare': (ctx) => compareCommand(cheatSheetFeature(ctx)),
  'httpStatusLens.lookup': (ctx) => lookupCommand(cheatSheetFeature(ctx)),
};

export function registerCommands(ctx: Ctx, hostCommands: Record<string, CommandFactory>): void {
  for (const [id, factory] of Object.entries({ ...table, ...hostCommands })) ctx.registerCommand(id, factory(ctx));
}
