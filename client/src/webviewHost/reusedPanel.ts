// The bookkeeping every one of our webview panels shares (Check URL, compare, log summary): one panel,
// reused; a page that says "ready" before it is sent anything (it reloads when shown again, as no panel
// retains its context when hidden); the panel forgotten when closed; a restored panel adopted.
import * as vscode from 'vscode';
import { setUpWebview } from './webviewSetup';

export interface ReusedPanelOptions {
  extensionUri: vscode.Uri;
  viewType: string;
  /** The page's bundle: dist/webviews/<bundle>.js and .css. */
  bundle: string;
  /** The page's <title>, for screen readers. */
  pageTitle: string;
  /** A (re)loaded page said "ready": send it what it shows. */
  onReady(): void;
  /** Any other message from the page, unchecked: the owner validates it. */
  onMessage(message: unknown): void | Promise<void>;
  /** The user closed the panel. */
  onClosed?(): void;
}

export class ReusedPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private ready = false;

  constructor(private readonly options: ReusedPanelOptions) {}

  get isOpen(): boolean {
    return this.panel !== undefined;
  }

  /** Shows the panel with `title`, creating it in `column` when none is open. */
  show(title: string, column: vscode.ViewColumn | { viewColumn: vscode.ViewColumn; preserveFocus?: boolean }, preserveFocus = false): void {
    if (this.panel) {
      this.panel.title = title;
      this.panel.reveal(undefined, preserveFocus);
      return;
    }
    this.adopt(vscode.window.createWebviewPanel(this.options.viewType, title, column, { retainContextWhenHidden: false }), title);
  }

  /** Takes over `panel` (created here, or restored by VS Code after a reload). */
  adopt(panel: vscode.WebviewPanel, title: string): void {
    panel.title = title;
    this.panel = panel;
    this.ready = false;
    setUpWebview(panel.webview, this.options.extensionUri, this.options.bundle, this.options.pageTitle);
    panel.onDidChangeViewState(() => {
      // Hidden, the page is unloaded; shown again, it reloads and says "ready" again.
      if (!panel.visible) this.ready = false;
    });
    panel.onDidDispose(() => {
      if (this.panel !== panel) return;
      this.panel = undefined;
      this.options.onClosed?.();
    });
    panel.webview.onDidReceiveMessage(async (message: unknown) => {
      if (this.panel !== panel) return;
      if (typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'ready') {
        this.ready = true;
        this.options.onReady();
        return;
      }
      await this.options.onMessage(message);
    });
  }

  /** Sends `message` to the page if it is ready; a page that is not gets it from `onReady` later. */
  post(message: unknown): boolean {
    if (!this.panel || !this.ready) return false;
    void this.panel.webview.postMessage(message);
    return true;
  }

  dispose(): void {
    this.panel?.dispose();
  }
}
