// A status bar item that tells the server's state and opens the output channel when clicked.
import * as vscode from 'vscode';

/** `idle`: not started yet, because no document the server reads has been open (the item is hidden). */
export type ServerState = 'idle' | 'starting' | 'running' | 'stopped' | 'failed';

export interface ServerStatus {
  state: ServerState;
  detail?: string;
}

export class ServerStatusItem implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('httpStatusLens.server', vscode.StatusBarAlignment.Right, 0);
  private status: ServerStatus = { state: 'idle' };

  constructor() {
    this.item.name = 'HTTP Status Lens';
    this.item.command = 'httpStatusLens.showOutput';
  }

  /** What the status bar says now. */
  get current(): ServerStatus {
    return this.status;
  }

  show(state: Exclude<ServerState, 'idle'>, detail?: string): void {
    this.status = { state, detail };
    const icon = { starting: '$(sync~spin)', running: '$(pulse)', stopped: '$(debug-stop)', failed: '$(error)' }[state];
    this.item.text = `${icon} HTTP Status`;
    this.item.tooltip = `HTTP Status Lens server: ${state}${detail ? `\n${detail}` : ''}`;
    this.item.backgroundColor = state === 'failed' ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
  }
}
