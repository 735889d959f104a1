// One table of commands; each is a small factory `(ctx) => handler`, defined beside its feature. The
// host-specific ones (Check URL, Summarize Status Codes) come from the entry's Runtime.
import { Ctx } from './ctx';
import { CommandFactory } from './runtime';
import { cheatSheetFeature, showCheatSheetCommand } from './cheatSheet/cheatSheetFeature';
import { compareCommand } from './cheatSheet/compareCommand';
import { lookupCommand } from './cheatSheet/lookupCommand';
import { statusMapView } from './statusMap/statusMapView';

const table: Record<string, CommandFactory> = {
  'httpStatusLens.restartServer': (ctx) => () => ctx.restart(),
  'httpStatusLens.showOutput': (ctx) => () => ctx.output.show(true),
  // The cheat sheet feature also registers its webview view provider when first created.
  'httpStatusLens.showCheatSheet': (ctx) => showCheatSheetCommand(cheatSheetFeature(ctx)),
  'httpStatusLens.compare': (ctx) => compareCommand(cheatSheetFeature(ctx)),
  'httpStatusLens.lookup': (ctx) => lookupCommand(cheatSheetFeature(ctx)),
  // Registers the Status Map tree at activation (cheap: it asks the server only when visible).
  'httpStatusLens.statusMap.refresh': (ctx) => { const view = statusMapView(ctx); return () => view.refresh(); },
  'httpStatusLens.statusMap.filter': (ctx) => () => statusMapView(ctx).askFilter(),
  'httpStatusLens.statusMap.clearFilter': (ctx) => () => statusMapView(ctx).clearFilter(),
};

export function registerCommands(ctx: Ctx, hostCommands: Record<string, CommandFactory>): void {
  for (const [id, factory] of Object.entries({ ...table, ...hostCommands })) ctx.registerCommand(id, factory(ctx));
}
