// Points a webview at its bundle in dist/webviews and nowhere else.
import * as vscode from 'vscode';
import { webviewHtml } from './webviewHtml';

export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions {
  return { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist', 'webviews')] };
}

/** Sets the options and the page of `webview` for the bundle `dist/webviews/<name>.js` (+ .css). */
export function setUpWebview(webview: vscode.Webview, extensionUri: vscode.Uri, name: string, title: string): void {
  webview.options = webviewOptions(extensionUri);
  const asset = (file: string): string => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'webviews', file)).toString();
  webview.html = webviewHtml({ cspSource: webview.cspSource, scriptUri: asset(`${name}.js`), styleUri: asset(`${name}.css`), title });
}
