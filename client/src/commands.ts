// One table of commands; each is a small factory `(ctx) => handler`, defined beside its feature.
import { Ctx } from './ctx';
import { cheatSheetFeature, showCheatSheetCommand } from './cheatSheet/cheatSheetFeature';
import { compareCommand } from './cheatSheet/compareCommand';
import { lookupCommand } from './cheatSheet/lookupCommand';
import { checkUrlFeature } from './checkUrl/checkUrlFeature';
import { checkUrlCommand } from './checkUrl/checkUrlCommand';
import { summarizeLogCommand } from './logSummary/summarizeLogCommand';

export type CommandFactory = (ctx: Ctx) => (...args: any[]) => unknown;

const table: Record<string, CommandFactory> = {
  'httpStatusLens.restartServer': (ctx) => () => ctx.restart(),
  'httpStatusLens.showOutput': (ctx) => () => ctx.output.show(true),
  // The cheat sheet feature also registers its webview view provider when first created.
  'httpStatusLens.showCheatSheet': (ctx) => showCheatSheetCommand(cheatSheetFeature(ctx)),
  'httpStatusLens.compare': (ctx) => compareCommand(cheatSheetFeature(ctx)),
  'httpStatusLens.lookup': (ctx) => lookupCommand(cheatSheetFeature(ctx)),
  // Check URL also registers its "Check URL" code action on URL string literals.
  'httpStatusLens.checkUrl': (ctx) => checkUrlCommand(checkUrlFeature(ctx)),
  'httpStatusLens.summarizeLog': (ctx) => summarizeLogCommand(ctx),
};

export function registerCommands(ctx: Ctx): void {
  for (const [id, factory] of Object.entries(table)) ctx.registerCommand(id, factory(ctx));
}
