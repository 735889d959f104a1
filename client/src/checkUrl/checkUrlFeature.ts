// Ties Check URL to the extension: one instance per extension context, created when the command table
// registers the command; it registers the "Check URL" code action (cheap). Nothing is fetched until the
// user runs the command or presses a button in the view.
import * as vscode from 'vscode';
import type { Ctx } from '../ctx';
import { sharedDatasetLoader } from '../datasetLoader';
import { CheckUrlPanel } from './checkUrlPanel';
import { UrlCodeActionProvider } from './urlCodeAction';

export class CheckUrlFeature implements vscode.Disposable {
  readonly panel: CheckUrlPanel;

  constructor(readonly extension: vscode.ExtensionContext, private readonly output: vscode.OutputChannel) {
    this.panel = new CheckUrlPanel(extension.extensionUri, sharedDatasetLoader(extension), (line) => this.log(line));
    extension.subscriptions.push(
      vscode.languages.registerCodeActionsProvider([{ scheme: 'file' }, { scheme: 'untitled' }], new UrlCodeActionProvider(), UrlCodeActionProvider.metadata),
      this,
    );
  }

  log(line: string): void {
    this.output.appendLine(line);
  }

  dispose(): void {
    this.panel.dispose();
  }
}

const features = new WeakMap<Ctx, CheckUrlFeature>();

export function checkUrlFeature(ctx: Ctx): CheckUrlFeature {
  let feature = features.get(ctx);
  if (!feature) {
    feature = new CheckUrlFeature(ctx.extension, ctx.output);
    features.set(ctx, feature);
  }
  return feature;
}
