// Opens a link a webview asked for, if it is one of the dataset's own https links (see externalLinks).
import * as vscode from 'vscode';
import type { DatasetLoader } from '../datasetLoader';
import { datasetLinks, safeExternalUrl } from './externalLinks';

export async function openDatasetLink(data: DatasetLoader, requested: unknown): Promise<void> {
  const url = safeExternalUrl(requested, datasetLinks((await data.index()).dataset));
  if (url) await vscode.env.openExternal(vscode.Uri.parse(url, true));
}
