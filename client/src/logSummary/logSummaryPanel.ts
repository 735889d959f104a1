// The log summary view (one panel, reused): charts of classes and codes, over time, top paths per
// failing code, each code explained. The host computes the model; the page only draws it.
import * as vscode from 'vscode';
import { ReusedPanel } from '../webviewHost/reusedPanel';
import { HostToLogSummary, isLogSummaryToHost, LogSummaryModel } from './logSummaryMessages';

export class LogSummaryPanel implements vscode.Disposable {
  static readonly viewType = 'httpStatusLens.logSummary';

  private readonly panel: ReusedPanel;
  private last: HostToLogSummary | undefined;

  constructor(extensionUri: vscode.Uri, onRefresh: () => void) {
    this.panel = new ReusedPanel({
      extensionUri, viewType: LogSummaryPanel.viewType, bundle: 'logSummary', pageTitle: 'Status code summary',
      onReady: () => { if (this.last) this.panel.post(this.last); },
      onMessage: (message) => {
        if (!isLogSummaryToHost(message)) return;
        if (message.type === 'lookup') void vscode.commands.executeCommand('httpStatusLens.lookup', message.code);
        else if (message.type === 'refresh') onRefresh();
      },
    });
  }

  show(model: LogSummaryModel): void {
    this.panel.show(`Status Codes: ${model.fileName}`, vscode.ViewColumn.Beside);
    this.last = { type: 'summary', model };
    this.panel.post(this.last);
  }

  dispose(): void {
    this.panel.dispose();
  }
}
