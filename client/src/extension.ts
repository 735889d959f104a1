// Entry of the extension in a Node extension host (desktop VS Code, remotes, Codespaces): the server is
// a Node process (IPC); Check URL uses Node's HTTP stack; logs are streamed from disk.
import * as vscode from 'vscode';
import { LanguageClient, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { activateExtension, deactivateExtension, HttpStatusLensApi } from './activation';
import { checkUrlCommand } from './checkUrl/checkUrlCommand';
import { checkUrlFeature } from './checkUrl/checkUrlFeature';
import { summarizeLogCommand } from './logSummary/summarizeLogCommand';
import { summarizeLogFile } from '../../server/src/node/summarizeLogFile';

export type { HttpStatusLensApi } from './activation';

export function activate(context: vscode.ExtensionContext): HttpStatusLensApi {
  return activateExtension(context, {
    kind: 'node',
    newLanguageClient: async (id, name, options) => {
      const module = context.asAbsolutePath('dist/server.js');
      const serverOptions: ServerOptions = {
        run: { module, transport: TransportKind.ipc },
        debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
      };
      return new LanguageClient(id, name, serverOptions, options);
    },
    commands: {
      // Check URL also registers its "Check URL" code action on URL string literals.
      'httpStatusLens.checkUrl': (ctx) => checkUrlCommand(checkUrlFeature(ctx)),
      'httpStatusLens.summarizeLog': (ctx) => summarizeLogCommand(ctx, summarizeLogFile),
    },
  });
}

export const deactivate = deactivateExtension;
