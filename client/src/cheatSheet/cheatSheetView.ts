// The sidebar cheat sheet (a webview view). The page loads its script, says "ready", and gets the
// dataset in a message; its own state (query, filters, open card, quiz score) lives in the webview's
// getState/setState, so retainContextWhenHidden is not needed.
import * as vscode from 'vscode';
import { DatasetLoader } from '../datasetLoader';
import { CheatSheetToHost, HostToCheatSheet, isCheatSheetToHost } from '../webviews/shared/messages';
import { openDatasetLink } from './openDatasetLink';
import { setUpWebview } from '../webviewHost/webviewSetup';

export class CheatSheetView implements vscode.WebviewViewProvider, vscode.Disposable {
  static readonly viewId = 'httpStatusLens.cheatSheet';

  private view: vscode.WebviewView | undefined;
  private ready = false;
  /** The last request to show something, kept until the page is ready. */
  private pending: HostToCheatSheet | undefined;
  private lastEditor: vscode.TextEditor | undefined = vscode.window.activeTextEditor;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly extensionUri: vscode.Uri, private readonly data: DatasetLoader) {
    this.disposables.push(vscode.window.onDidChangeActiveTextEditor((editor) => {
      if (editor) this.lastEditor = editor;
    }));
  }

  resolveWebviewView(view: vscode.WebviewView): void {
    this.view = view;
    this.ready = false;
    setUpWebview(view.webview, this.extensionUri, 'cheatSheet', 'HTTP Status Codes');
    // These listeners live as long as this view: VS Code resolves a new view after one is disposed.
    const viewListeners: vscode.Disposable[] = [
      view.webview.onDidReceiveMessage((message: unknown) => this.onMessage(message)),
      view.onDidChangeVisibility(() => {
        // Hidden views lose their page; the reloaded page says "ready" again.
        if (!view.visible) this.ready = false;
      }),
      view.onDidDispose(() => {
        if (this.view === view) this.view = undefined;
        this.ready = false;
        for (const listener of viewListeners) listener.dispose();
      }),
    ];
  }

  /** Shows the cheat sheet: with the card of `code`, or as the user left it. */
  async reveal(code?: number): Promise<void> {
    this.send(code === undefined ? { type: 'focus' } : { type: 'showCode', code });
    await vscode.commands.executeCommand(`${CheatSheetView.viewId}.focus`);
  }

  private send(message: HostToCheatSheet): void {
    if (this.view && this.ready) void this.view.webview.postMessage(message);
    else this.pending = message;
  }

  private async onMessage(message: unknown): Promise<void> {
    if (!isCheatSheetToHost(message)) return;
    try {
      await this.handle(message);
    } catch (error) {
      void vscode.window.showErrorMessage(`HTTP Status Lens: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private async handle(message: CheatSheetToHost): Promise<void> {
    switch (message.type) {
      case 'ready': {
        let index;
        try {
          index = await this.data.index();
        } catch (error) {
          void this.view?.webview.postMessage({ type: 'datasetError', message: error instanceof Error ? error.message : String(error) } satisfies HostToCheatSheet);
          return;
        }
        await this.view?.webview.postMessage({ type: 'dataset', dataset: index.dataset } satisfies HostToCheatSheet);
        this.ready = true;
        const pending = this.pending;
        this.pending = undefined;
        if (pending) this.send(pending);
        return;
      }
      case 'insert':
        return this.insert(String(message.code));
      case 'copy':
        await vscode.env.clipboard.writeText(message.text);
        vscode.window.setStatusBarMessage(`Copied ${message.text}`, 2000);
        return;
      case 'openExternal':
        return openDatasetLink(this.data, message.url);
      case 'compare':
        await vscode.commands.executeCommand('httpStatusLens.compare', message.codes);
        return;
    }
  }

  /** Inserts at every cursor of the active editor (or the last one used, if the view took focus). */
  private async insert(text: string): Promise<void> {
    let editor = vscode.window.activeTextEditor;
    if (!editor && this.lastEditor && !this.lastEditor.document.isClosed) {
      editor = await vscode.window.showTextDocument(this.lastEditor.document, this.lastEditor.viewColumn);
    }
    editor ??= vscode.window.visibleTextEditors[0];
    if (!editor) {
      void vscode.window.showInformationMessage('Open a text editor to insert a status code.');
      return;
    }
    const target = editor;
    const done = await target.edit((edit) => {
      for (const selection of target.selections) edit.replace(selection, text);
    });
    if (done) await vscode.window.showTextDocument(target.document, target.viewColumn);
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}
