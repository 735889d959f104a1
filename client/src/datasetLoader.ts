// Loads data/status-codes.json from the extension folder the first time a view or command needs it —
// never during activation. Reads through readExtensionFile so it also works in VS Code for the Web.
import * as vscode from 'vscode';
import { StatusCodeIndex } from '../../server/src/service/dataset';
import { parseDataset } from './cheatSheet/parseDataset';
import { readExtensionFile } from './extensionFiles';

export class DatasetLoader {
  private loading: Promise<StatusCodeIndex> | undefined;

  constructor(private readonly extensionUri: vscode.Uri) {}

  /** The index over the dataset; loaded once, retried on the next call after a failure. */
  index(): Promise<StatusCodeIndex> {
    this.loading ??= this.load().catch((error: unknown) => {
      this.loading = undefined;
      throw error;
    });
    return this.loading;
  }

  private async load(): Promise<StatusCodeIndex> {
    const bytes = await readExtensionFile(this.extensionUri, 'data', 'status-codes.json');
    return new StatusCodeIndex(parseDataset(new TextDecoder().decode(bytes)));
  }
}

const loaders = new WeakMap<vscode.ExtensionContext, DatasetLoader>();

/** The one loader of an extension context: every feature shares it, so the dataset is read and parsed once. */
export function sharedDatasetLoader(extension: vscode.ExtensionContext): DatasetLoader {
  let loader = loaders.get(extension);
  if (!loader) {
    loader = new DatasetLoader(extension.extensionUri);
    loaders.set(extension, loader);
  }
  return loader;
}
