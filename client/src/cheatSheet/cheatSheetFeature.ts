// Ties the cheat sheet, the comparison panel and their commands to the extension: one instance per
// extension context, created when the command table registers the commands. Creating it registers the
// webview view provider (cheap); the dataset is only read when a view or command needs it.
import * as vscode from 'vscode';
import type { Ctx } from '../ctx';
import { DatasetLoader, sharedDatasetLoader } from '../datasetLoader';
import { CheatSheetView } from './cheatSheetView';
import { CompareView } from './compareView';

export class CheatSheetFeature implements vscode.Disposable {
  readonly data: DatasetLoader;
  readonly view: CheatSheetView;
  readonly compare: CompareView;

  constructor(extension: vscode.ExtensionContext) {
    this.data = sharedDatasetLoader(extension);
    this.view = new CheatSheetView(extension.extensionUri, this.data);
    this.compare = new CompareView(extension.extensionUri, this.data, (code) => this.view.reveal(code));
    extension.subscriptions.push(
      vscode.window.registerWebviewViewProvider(CheatSheetView.viewId, this.view), this.compare.registerSerializer(), this,
    );
  }

  dispose(): void {
    this.view.dispose();
    this.compare.dispose();
  }
}

const features = new WeakMap<Ctx, CheatSheetFeature>();

export function cheatSheetFeature(ctx: Ctx): CheatSheetFeature {
  let feature = features.get(ctx);
  if (!feature) {
    feature = new CheatSheetFeature(ctx.extension);
    features.set(ctx, feature);
  }
  return feature;
}

export function showCheatSheetCommand(feature: CheatSheetFeature) {
  return async (arg?: unknown): Promise<void> => {
    const code = typeof arg === 'number' && Number.isInteger(arg) ? arg : undefined;
    await feature.view.reveal(code);
  };
}
