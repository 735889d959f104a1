// Check URL in the browser: it sends requests with Node's HTTP stack, hop by hop, reading headers a web
// page may not read (CORS, opaque redirects), so it needs VS Code desktop. The command says so plainly.
import * as vscode from 'vscode';

export const checkUrlNeedsDesktop = 'HTTP Status Lens: Check URL needs VS Code desktop (or a remote window): it follows ' +
  'redirects hop by hop with Node\'s HTTP stack, which VS Code for the Web does not have — a browser hides redirects ' +
  'and most response headers from extensions. Hovers, diagnostics, fixes and the cheat sheet work here.';

export function checkUrlInBrowserCommand() {
  return async (): Promise<void> => {
    await vscode.window.showInformationMessage(checkUrlNeedsDesktop);
  };
}
