// The log summary view (one panel, reused): charts of classes and codes, over time, top paths per
// failing code, each code explained. The host computes the model; the page only draws it.
import * as vscode from 'vscode';
import { setUpWebview } from '../webviewHost/webviewSetup';
import { HostToLogSummary, isLogSummaryToHost, LogSummaryModel } from './logSummaryMessages';

export class LogSummaryPanel implements vscode.Disposable {
  static readonly viewType = 'httpStatusLens.logSummary';

  private panel: vscode.WebviewPanel | undefined;
  private ready = false;
  private last: HostToLogSummary | undefined;

  constructor(private readonly extensionUri: vscode.Uri, private readonly onRefresh: () => void) {}

  show(model: LogSummaryModel): void {
    this.ensurePanel(model.fileName);
    this.last = { type: 'summary', model };
    if (this.ready) void this.panel?.webview.postMessage(this.last);
  }

  private ensurePanel(fileName: string): void {
    const title = `Status Codes: ${fileName}`;
    if (this.panel) {
      this.panel.title = title;
      this.panel.reveal(undefined, false);
      return;
    }
    const panel = vscode.window.createWebviewPanel(LogSummaryPanel.viewType, title, vscode.ViewColumn.Beside, { retainContextWhenHidden: false });
    this.panel = panel;
    this.ready = false;
    setUpWebview(panel.webview, this.extensionUri, 'logSummary', 'Status code summary');
    panel.onDidChangeViewState(() => {
      // Without retainContextWhenHidden the page reloads when shown again and says "ready" again.
      if (!panel.visible) this.ready = false;
    });
    panel.onDidDispose(() => {
      if (this.panel === panel) this.panel = undefined;
    });
    panel.webview.onDidReceiveMessage((message: unknown) => {
      if (!isLogSummaryToHost(message)) return;
      switch (message.type) {
        case 'ready':
          this.ready = true;
          if (this.last) void panel.webview.postMessage(this.last);
          break;
        case 'lookup':
          void vscode.commands.executeCommand('httpStatusLens.lookup', message.code);
          break;
        case 'refresh':
          this.onRefresh();
          break;
      }
    });
  }

  dispose(): void {
    this.panel?.dispose();
  }
}
