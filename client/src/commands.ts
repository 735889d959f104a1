// One table of commands; each is a small factory `(ctx) => handler`, defined beside its feature.
import { Ctx } from './ctx';

export type CommandFactory = (ctx: Ctx) => (...args: any[]) => unknown;

const table: Record<string, CommandFactory> = {
  'httpStatusLens.restartServer': (ctx) => () => ctx.restart(),
  'httpStatusLens.showOutput': (ctx) => () => ctx.output.show(true),
};

export function registerCommands(ctx: Ctx): void {
  for (const [id, factory] of Object.entries(table)) ctx.registerCommand(id, factory(ctx));
}
