// The comparison panel (one, reused): a side-by-side table plus the curated insight and decision guide.
import * as vscode from 'vscode';
import { DatasetLoader } from '../datasetLoader';
import { ComparisonModel, HostToCompare, isCompareToHost, isRecord } from '../webviews/shared/messages';
import { codesFromArgs } from './codeArgs';
import { buildComparisonModel } from './comparisonModel';
import { openDatasetLink } from './openDatasetLink';
import { setUpWebview } from '../webviewHost/webviewSetup';

export class CompareView implements vscode.Disposable {
  static readonly viewType = 'httpStatusLens.compare';

  private panel: vscode.WebviewPanel | undefined;
  private model: ComparisonModel | undefined;
  private ready = false;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly data: DatasetLoader,
    private readonly showCode: (code: number) => Promise<void>,
  ) {}

  async show(codes: readonly number[]): Promise<void> {
    const title = await this.compareCodes(codes);
    if (this.panel) {
      this.panel.title = title;
      this.panel.reveal(undefined, false);
      this.post();
      return;
    }
    this.attach(vscode.window.createWebviewPanel(CompareView.viewType, title, vscode.ViewColumn.Active, {}), title);
  }

  /** Brings back the panels of the last session (window reload, restart) with the codes they showed. */
  registerSerializer(): vscode.Disposable {
    return vscode.window.registerWebviewPanelSerializer(CompareView.viewType, {
      deserializeWebviewPanel: async (panel, state) => {
        // The state comes from the webview: read it like any command argument.
        const codes = isRecord(state) ? codesFromArgs(state.codes) : [];
        if (codes.length === 0 || this.panel) {
          panel.dispose();
          return;
        }
        this.attach(panel, await this.compareCodes(codes));
      },
    });
  }

  /** Builds the model for `codes`; returns the panel's title. */
  private async compareCodes(codes: readonly number[]): Promise<string> {
    const index = await this.data.index();
    this.model = buildComparisonModel(index, codes);
    return `Compare ${this.model.codes.map((c) => c.code).join(' · ')}`;
  }

  private attach(panel: vscode.WebviewPanel, title: string): void {
    panel.title = title;
    this.panel = panel;
    this.ready = false;
    setUpWebview(panel.webview, this.extensionUri, 'compare', title);
    panel.onDidChangeViewState(() => {
      if (!panel.visible) this.ready = false;
    });
    panel.onDidDispose(() => {
      if (this.panel === panel) this.panel = undefined;
    });
    panel.webview.onDidReceiveMessage(async (message: unknown) => {
      if (!isCompareToHost(message)) return;
      try {
        if (message.type === 'ready') {
          this.ready = true;
          this.post();
        } else if (message.type === 'openExternal') {
          await openDatasetLink(this.data, message.url);
        } else if (message.type === 'showCode') {
          await this.showCode(message.code);
        }
      } catch (error) {
        void vscode.window.showErrorMessage(`HTTP Status Lens: ${error instanceof Error ? error.message : String(error)}`);
      }
    });
  }

  private post(): void {
    if (this.panel && this.ready && this.model) {
      void this.panel.webview.postMessage({ type: 'comparison', model: this.model } satisfies HostToCompare);
    }
  }

  dispose(): void {
    this.panel?.dispose();
  }
}
