// Helpers for tests that run inside the extension host (bundled into each *.test.js).
import * as fs from 'fs';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'http-status-lens.http-status-lens';

/** Activates our extension (starts the language client) and returns its exports. */
export async function activateExtension(): Promise<unknown> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  if (!extension) throw new Error(`extension ${EXTENSION_ID} is not loaded in this extension host`);
  return extension.activate();
}

/** Opens <first workspace folder>/<relPath> in an editor. */
export async function openWorkspaceFile(relPath: string): Promise<vscode.TextEditor> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the test run has no workspace folder');
  const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, relPath));
  return vscode.window.showTextDocument(document);
}

/** The position of the nth (1-based) occurrence of `needle`, plus `offset` characters. */
export function positionOf(document: vscode.TextDocument, needle: string, nth = 1, offset = 0): vscode.Position {
  let at = -1;
  for (let i = 0; i < nth; i++) {
    at = document.getText().indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" (#${nth}) not found in ${document.uri.toString()}`);
  }
  return document.positionAt(at + offset);
}

/** Polls `check` until it returns a value, or fails after `timeoutMs` (the server may still be starting). */
export async function eventually<T>(what: string, check: () => Thenable<T | undefined> | T | undefined, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The hover text VS Code collects from every provider at a position (markdown joined). */
export async function hoverTextAt(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
  return (hovers ?? []).flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
}

/** Pids of our language servers: children of this extension host running dist/server.js. */
export function serverPids(): number[] {
  const pids: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (parent !== process.pid) continue;
      const cmdline = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      if (cmdline.some((arg) => /dist[\\/]server\.js$/.test(arg))) pids.push(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  return pids;
}

