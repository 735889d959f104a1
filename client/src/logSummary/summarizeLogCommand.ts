// "HTTP Status Lens: Summarize Status Codes": the open log (or a file picked in the explorer or a
// dialog) streamed from disk by the extension host with a cancellable progress notification.
// Why here and not in the language server: a log of hundreds of MB is never synchronised to the server
// (VS Code does not even hand files over 50 MB to extensions as documents), and shipping it over JSON-RPC
// would copy it twice; reading it from disk in 64 KB pieces with the same pure summarizer keeps memory
// bounded, shows real progress and stops the moment the user cancels, while hovers stay responsive.
// In the browser (VS Code for the Web) there is no file stream: an open log is summarized from its
// text, and for any other file the command says plainly that it needs the desktop.
import * as vscode from 'vscode';
import type { Ctx } from '../ctx';
import { DatasetLoader, sharedDatasetLoader } from '../datasetLoader';
import { explainSummary } from '../../../server/src/service/logs/summaryExplanations';
import { LogSummary } from '../../../server/src/service/logs/summarize';
import { LogSummaryPanel } from './logSummaryPanel';
import { LogFileReader, summarizeLogText, SummaryCancelled } from '../../../server/src/service/logs/summarizeLogText';

class LogSummaryFeature implements vscode.Disposable {
  readonly panel: LogSummaryPanel;
  private readonly data: DatasetLoader;
  private lastTarget: vscode.Uri | undefined;

  /** `readFile`: streams a `file:` log from disk; undefined where there are no file streams (the web). */
  constructor(extension: vscode.ExtensionContext, private readonly output: vscode.OutputChannel, private readonly readFile?: LogFileReader) {
    this.data = sharedDatasetLoader(extension);
    this.panel = new LogSummaryPanel(extension.extensionUri, () => {
      if (this.lastTarget) void this.summarize(this.lastTarget);
    });
    extension.subscriptions.push(this);
  }

  /** The log to summarize: the explorer's selection, else the active editor, else ask. */
  async target(arg: unknown): Promise<vscode.Uri | undefined> {
    if (arg instanceof vscode.Uri) return arg;
    const active = vscode.window.activeTextEditor?.document.uri;
    if (active && active.scheme !== 'output') return active;
    const picked = await vscode.window.showOpenDialog({
      canSelectMany: false, openLabel: 'Summarize', title: 'Summarize the status codes of a log',
      filters: { 'Logs, HAR, .http': ['log', 'txt', 'jsonl', 'json', 'har', 'http', 'rest', '*'] },
    });
    return picked?.[0];
  }

  async summarize(uri: vscode.Uri): Promise<LogSummary | undefined> {
    this.lastTarget = uri;
    const fileName = uri.path.slice(uri.path.lastIndexOf('/') + 1) || uri.toString();
    const started = Date.now();
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    const readFile = this.readFile;
    let result: { summary: LogSummary; bytes: number };
    try {
      if (readFile && uri.scheme === 'file' && !open?.isDirty) {
        result = await vscode.window.withProgress(
          { location: vscode.ProgressLocation.Notification, title: `Summarizing ${fileName}`, cancellable: true },
          async (progress, token) => {
            const controller = new AbortController();
            const subscription = token.onCancellationRequested(() => controller.abort());
            let reported = 0;
            try {
              return await readFile(uri.fsPath, {
                signal: controller.signal,
                onProgress: (read, total) => {
                  const percent = total > 0 ? Math.floor((100 * read) / total) : 100;
                  progress.report({ increment: percent - reported, message: `${mb(read)} of ${mb(total)}` });
                  reported = percent;
                },
              });
            } finally {
              subscription.dispose();
            }
          },
        );
      } else if (open) {
        // Unsaved changes or an untitled document: what the editor shows is what is summarized.
        const text = open.getText();
        result = { summary: summarizeLogText(text, fileName), bytes: new TextEncoder().encode(text).byteLength };
      } else if (!readFile) {
        return await this.needsDesktop(uri, fileName);
      } else {
        const bytes = await vscode.workspace.fs.readFile(uri);
        result = { summary: summarizeLogText(new TextDecoder().decode(bytes), fileName), bytes: bytes.length };
      }
    } catch (error) {
      if (error instanceof SummaryCancelled) return undefined;
      void vscode.window.showErrorMessage(`HTTP Status Lens: cannot summarize ${fileName}: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
    const elapsedMs = Date.now() - started;
    this.output.appendLine(`Summarized ${fileName}: ${result.summary.formatName}, ${result.summary.requests} requests in ${elapsedMs} ms.`);
    if (result.summary.requests === 0) {
      void vscode.window.showWarningMessage(result.summary.format
        ? `HTTP Status Lens: no requests found in ${fileName}.`
        : `HTTP Status Lens: ${fileName} is not an access log, HAR, .http file or curl transcript that HTTP Status Lens reads.`);
    }
    const summary = explainSummary(result.summary, await this.data.index());
    this.panel.show({ fileName, bytes: result.bytes, elapsedMs, summary });
    return result.summary;
  }

  /**
   * The browser has no file streams, and reading a log of hundreds of MB whole would exhaust the tab:
   * say so, and offer to open it (an open log is summarized from its text).
   */
  private async needsDesktop(uri: vscode.Uri, fileName: string): Promise<LogSummary | undefined> {
    const open = 'Open and Summarize';
    const choice = await vscode.window.showWarningMessage(
      `HTTP Status Lens: summarizing ${fileName} from disk needs VS Code desktop, which streams the file with Node. ` +
      'In VS Code for the Web, open the log in an editor and its text is summarized.', open);
    if (choice !== open) return undefined;
    await vscode.window.showTextDocument(uri, { preview: false });
    return this.summarize(uri);
  }

  dispose(): void {
    this.panel.dispose();
  }
}

function mb(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${(bytes / 1048576).toFixed(0)} MB`;
}

const features = new WeakMap<Ctx, LogSummaryFeature>();

function logSummaryFeature(ctx: Ctx, readFile: LogFileReader | undefined): LogSummaryFeature {
  let feature = features.get(ctx);
  if (!feature) {
    feature = new LogSummaryFeature(ctx.extension, ctx.output, readFile);
    features.set(ctx, feature);
  }
  return feature;
}

/**
 * The command handler: resolves to the summary (for tests), or undefined when cancelled or nothing was
 * chosen. `readFile` streams files from disk (Node); without it, only open logs are summarized.
 */
export function summarizeLogCommand(ctx: Ctx, readFile?: LogFileReader): (arg?: unknown) => Promise<LogSummary | undefined> {
  const feature = logSummaryFeature(ctx, readFile);
  return async (arg?: unknown) => {
    const uri = await feature.target(arg);
    return uri ? feature.summarize(uri) : undefined;
  };
}
