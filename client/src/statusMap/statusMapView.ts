// The Status Map view: the workspace's status codes from the server's workspace index, as a tree in the
// HTTP Status Lens container — class → code (name, count, vendor marked) → file:line, a click opens the
// site. A filter box (the view's title bar), an empty state (viewsWelcome in package.json, shown while
// the tree is empty) and refreshes when documents change or are saved, and while the index builds.
import * as vscode from 'vscode';
import { StatusMapRequest, StatusMapResult } from '../../../server/src/protocol';
import type { Ctx } from '../ctx';
import { statusMapTree, StatusMapNode } from './statusMapModel';

const emptyResult: StatusMapResult = { entries: [], indexing: false, files: 0 };
/** While the index builds, the view asks again this often. */
const indexingPollMs = 1500;
/** Edits are many; one refresh after typing pauses. */
const editDebounceMs = 800;

export class StatusMapView implements vscode.TreeDataProvider<StatusMapNode>, vscode.Disposable {
  static readonly viewId = 'httpStatusLens.statusMap';
  static readonly emptyContext = 'httpStatusLens.statusMap.empty';

  private readonly changed = new vscode.EventEmitter<StatusMapNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly view: vscode.TreeView<StatusMapNode>;
  private readonly disposables: vscode.Disposable[] = [];
  private result: StatusMapResult = emptyResult;
  private filter = '';
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly ctx: Ctx) {
    this.view = vscode.window.createTreeView(StatusMapView.viewId, { treeDataProvider: this, showCollapseAll: true });
    const later = () => this.refreshSoon(editDebounceMs);
    this.disposables.push(
      this.view, this.changed,
      this.view.onDidChangeVisibility((e) => { if (e.visible) void this.refresh(); }),
      vscode.workspace.onDidSaveTextDocument(later),
      vscode.workspace.onDidChangeTextDocument((e) => { if (e.contentChanges.length) later(); }),
      vscode.workspace.onDidCreateFiles(later), vscode.workspace.onDidDeleteFiles(later),
      vscode.workspace.onDidChangeWorkspaceFolders(later),
    );
    void vscode.commands.executeCommand('setContext', StatusMapView.emptyContext, true);
  }

  async refresh(): Promise<void> {
    if (!this.view.visible) return;
    clearTimeout(this.timer);
    if (!this.ctx.languageClient) await this.ctx.start(); // the view is a reason to start the server
    const client = this.ctx.languageClient;
    try {
      this.result = client?.isRunning() ? await client.sendRequest(StatusMapRequest.type, {}) : emptyResult;
    } catch (error) {
      this.ctx.output.appendLine(`The status map could not be read: ${String(error)}`);
      this.result = emptyResult;
    }
    const files = this.result.files;
    this.view.message = this.result.indexing ? `Indexing the workspace… ${files} files with status codes so far` : undefined;
    this.view.description = this.filter ? `filter: ${this.filter}` : undefined;
    void vscode.commands.executeCommand('setContext', StatusMapView.emptyContext, this.result.entries.length === 0 && !this.filter);
    this.changed.fire(undefined);
    if (this.result.indexing || !client?.isRunning()) this.refreshSoon(indexingPollMs);
  }

  async askFilter(): Promise<void> {
    const value = await vscode.window.showInputBox({
      title: 'Filter the status map', value: this.filter,
      prompt: 'A code or its start (404, 5), a name (not found), a vendor (nginx) or a class (4xx). Empty shows all.',
    });
    if (value === undefined) return;
    this.filter = value.trim();
    await this.refresh();
  }

  async clearFilter(): Promise<void> {
    this.filter = '';
    await this.refresh();
  }

  getChildren(node?: StatusMapNode): StatusMapNode[] {
    if (!node) {
      const tree = statusMapTree(this.result, this.filter);
      if (tree.length === 0 && this.filter) this.view.message = `No status code matches "${this.filter}".`;
      return tree;
    }
    if (node.kind === 'class') return node.codes;
    if (node.kind === 'code') return node.sites;
    return [];
  }

  getTreeItem(node: StatusMapNode): vscode.TreeItem {
    if (node.kind === 'class') {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
      item.description = `${node.count}`;
      return item;
    }
    if (node.kind === 'code') {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Collapsed);
      item.description = node.vendor ? `${node.count} · vendor code (${node.vendor})` : `${node.count}`;
      item.iconPath = new vscode.ThemeIcon(node.vendor ? 'warning' : 'symbol-number');
      item.tooltip = `${node.label}: ${node.count} site${node.count === 1 ? '' : 's'} in this workspace`;
      item.contextValue = 'statusCode';
      return item;
    }
    const uri = vscode.Uri.parse(node.uri);
    const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.None);
    item.description = node.text;
    item.resourceUri = uri;
    item.tooltip = `${vscode.workspace.asRelativePath(uri)}:${node.line}:${node.column}  ${node.text}`;
    const at = new vscode.Position(node.line - 1, node.column - 1);
    item.command = { command: 'vscode.open', title: 'Open', arguments: [uri, { selection: new vscode.Range(at, at) }] };
    return item;
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }

  private refreshSoon(ms: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), ms);
  }
}

const views = new WeakMap<Ctx, StatusMapView>();

/** One view per extension context, created when the command table registers its commands. */
export function statusMapView(ctx: Ctx): StatusMapView {
  let view = views.get(ctx);
  if (!view) {
    view = new StatusMapView(ctx);
    views.set(ctx, view);
    ctx.extension.subscriptions.push(view);
  }
  return view;
}
