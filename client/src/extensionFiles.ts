// Reads one of the extension's own files, in either extension host: from disk (Node), through the
// remote file system (`vscode-remote`: code-server's browser host), or over https where VS Code for
// the Web serves a gallery extension (no file system provider for that scheme). Never anything else:
// the path is always below the extension's own location.
import * as vscode from 'vscode';

export async function readExtensionFile(extensionUri: vscode.Uri, ...pathSegments: string[]): Promise<Uint8Array> {
  const uri = vscode.Uri.joinPath(extensionUri, ...pathSegments);
  if (uri.scheme === 'http' || uri.scheme === 'https') {
    const response = await fetch(uri.toString(true));
    if (!response.ok) throw new Error(`cannot read ${pathSegments.join('/')} of the extension: ${response.status} ${response.statusText}`);
    return new Uint8Array(await response.arrayBuffer());
  }
  return vscode.workspace.fs.readFile(uri);
}
