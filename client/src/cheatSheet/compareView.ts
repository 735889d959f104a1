// The comparison panel (one, reused): a side-by-side table plus the curated insight and decision guide.
import * as vscode from 'vscode';
import { DatasetLoader } from '../datasetLoader';
import { ComparisonModel, HostToCompare, isCompareToHost, isRecord } from '../webviews/shared/messages';
import { codesFromArgs } from './codeArgs';
import { buildComparisonModel } from './comparisonModel';
import { openDatasetLink } from './openDatasetLink';
import { ReusedPanel } from '../webviewHost/reusedPanel';

export class CompareView implements vscode.Disposable {
  static readonly viewType = 'httpStatusLens.compare';

  private readonly panel: ReusedPanel;
  private model: ComparisonModel | undefined;

  constructor(
    extensionUri: vscode.Uri,
    private readonly data: DatasetLoader,
    private readonly showCode: (code: number) => Promise<void>,
  ) {
    this.panel = new ReusedPanel({
      extensionUri, viewType: CompareView.viewType, bundle: 'compare', pageTitle: 'Compare status codes',
      onReady: () => this.post(),
      onMessage: (message) => this.receive(message),
    });
  }

  async show(codes: readonly number[]): Promise<void> {
    this.panel.show(await this.compareCodes(codes), vscode.ViewColumn.Active);
    this.post();
  }

  /** Brings back the panels of the last session (window reload, restart) with the codes they showed. */
  registerSerializer(): vscode.Disposable {
    return vscode.window.registerWebviewPanelSerializer(CompareView.viewType, {
      deserializeWebviewPanel: async (panel, state) => {
        // The state comes from the webview: read it like any command argument.
        const codes = isRecord(state) ? codesFromArgs(state.codes) : [];
        if (codes.length === 0 || this.panel.isOpen) {
          panel.dispose();
          return;
        }
        this.panel.adopt(panel, await this.compareCodes(codes));
      },
    });
  }

  /** Builds the model for `codes`; returns the panel's title. */
  private async compareCodes(codes: readonly number[]): Promise<string> {
    const index = await this.data.index();
    this.model = buildComparisonModel(index, codes);
    return `Compare ${this.model.codes.map((c) => c.code).join(' · ')}`;
  }

  private async receive(message: unknown): Promise<void> {
    if (!isCompareToHost(message)) return;
    try {
      if (message.type === 'openExternal') await openDatasetLink(this.data, message.url);
      else if (message.type === 'showCode') await this.showCode(message.code);
    } catch (error) {
      void vscode.window.showErrorMessage(`HTTP Status Lens: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private post(): void {
    if (this.model) this.panel.post({ type: 'comparison', model: this.model } satisfies HostToCompare);
  }

  dispose(): void {
    this.panel.dispose();
  }
}
