// Entry of the extension in a browser's web worker extension host (vscode.dev, github.dev, code-server
// with the web extension kind): the server runs in a web worker; Check URL and streaming log files from
// disk need Node, and their commands say so; an open log is summarized from its text.
import * as vscode from 'vscode';
import { activateExtension, deactivateExtension, HttpStatusLensApi } from '../activation';
import { summarizeLogCommand } from '../logSummary/summarizeLogCommand';
import { checkUrlInBrowserCommand } from './nodeOnlyCommands';
import { newWorkerLanguageClient } from './workerLanguageClient';

export function activate(context: vscode.ExtensionContext): HttpStatusLensApi {
  return activateExtension(context, {
    kind: 'web',
    newLanguageClient: (id, name, options) => newWorkerLanguageClient(context, id, name, options),
    commands: {
      'httpStatusLens.checkUrl': () => checkUrlInBrowserCommand(),
      'httpStatusLens.summarizeLog': (ctx) => summarizeLogCommand(ctx),
    },
  });
}

export const deactivate = deactivateExtension;
