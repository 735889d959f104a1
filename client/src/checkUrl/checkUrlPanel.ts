// The Check URL result view (one panel, reused): hops, timings, TLS, headers, notes, a "more options"
// form and a small API playground. It never sends a request on its own: only the command and the
// view's buttons (an explicit user action) do, so nothing fetches by itself in an untrusted workspace.
import * as vscode from 'vscode';
import { ReusedPanel } from '../webviewHost/reusedPanel';
import { DatasetLoader } from '../datasetLoader';
import {
  CheckFormOptions, CheckUrlToHost, CheckViewModel, HostToCheckUrl, isCheckUrlToHost, parseHeaderLines, PlaygroundRequest,
} from './checkUrlMessages';
import { checkUrl, CheckResult, CheckUrlOptions } from '../../../server/src/node/checkUrl/checkUrl';
import { explainStatus, notesFor, StatusLookup } from '../../../server/src/node/checkUrl/notes';
import { redactUrl } from '../../../server/src/node/checkUrl/redact';

export class CheckUrlPanel implements vscode.Disposable {
  static readonly viewType = 'httpStatusLens.checkUrl';

  private readonly panel: ReusedPanel;
  private replay: Partial<Record<'options' | 'result' | 'running' | 'playground' | 'pgRunning', HostToCheckUrl>> = {};
  private running: AbortController | undefined;
  /** Redacted URL shown in the view → the URL with its credentials, so the view never holds them. */
  private readonly secrets = new Map<string, string>();

  constructor(
    extensionUri: vscode.Uri,
    private readonly data: DatasetLoader,
    private readonly log: (line: string) => void,
  ) {
    this.panel = new ReusedPanel({
      extensionUri, viewType: CheckUrlPanel.viewType, bundle: 'checkUrl', pageTitle: 'Check URL',
      // A new or reloaded page gets the options, the last results and any running state.
      onReady: () => {
        for (const key of ['options', 'result', 'running', 'playground', 'pgRunning'] as const) {
          const replay = this.replay[key];
          if (replay) this.panel.post(replay);
        }
      },
      onMessage: (message) => this.receive(message),
      onClosed: () => this.running?.abort(),
    });
  }

  /** Runs a check with a cancellable progress notification, then shows the result. */
  async check(url: string, form: CheckFormOptions): Promise<CheckResult> {
    this.show();
    const shown = this.conceal(url);
    this.post({ type: 'options', url: shown, options: form });
    this.post({ type: 'running', what: 'check', url: shown });
    const result = await this.run(url, toCheckOptions(form), 'Checking');
    this.post({ type: 'result', model: await this.model(result) });
    return result;
  }

  private async send(request: PlaygroundRequest, form: CheckFormOptions): Promise<void> {
    this.post({ type: 'running', what: 'playground', url: this.conceal(this.reveal(request.url)) });
    const result = await this.run(this.reveal(request.url), {
      ...toCheckOptions(form),
      method: request.method,
      headers: { ...parseHeaderLines(form.headers), ...parseHeaderLines(request.headers) },
      body: request.body === '' ? undefined : request.body,
      followRedirects: false,
      maxBodyBytes: 8192,
    }, `Sending ${request.method} to`);
    this.post({ type: 'playgroundResult', model: await this.model(result) });
  }

  private run(url: string, options: CheckUrlOptions, verb: string): Promise<CheckResult> {
    this.running?.abort();
    const controller = new AbortController();
    this.running = controller;
    return Promise.resolve(vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `HTTP Status Lens: ${verb} ${shorten(url)}…`, cancellable: true },
      async (_progress, token) => {
        const subscription = token.onCancellationRequested(() => controller.abort());
        try {
          const result = await checkUrl(url, { ...options, signal: controller.signal });
          this.log(`Check URL ${result.url}: ${result.hops.map((h) => `${h.method} ${h.status}`).join(' → ') || 'no response'}${result.error ? ` (${result.error.kind}: ${result.error.message})` : ''}`);
          return result;
        } finally {
          subscription.dispose();
          if (this.running === controller) this.running = undefined;
        }
      },
    ));
  }

  private async model(result: CheckResult): Promise<CheckViewModel> {
    let lookup: StatusLookup | undefined;
    try {
      lookup = await this.data.index();
    } catch (error) {
      this.log(`Check URL: the dataset could not be loaded (${String(error)}); showing statuses without explanations.`);
    }
    return {
      result,
      explanations: result.hops.map((hop) => explainStatus(hop.status, hop.statusText, hop.headers, lookup)),
      notes: notesFor(result, lookup),
    };
  }

  private show(): void {
    // Beside the code the URL came from; in the editor area itself when no editor is open.
    const viewColumn = vscode.window.activeTextEditor ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active;
    this.panel.show('Check URL', { viewColumn, preserveFocus: true }, true);
  }

  private async receive(message: unknown): Promise<void> {
    if (!isCheckUrlToHost(message)) return;
    const m: CheckUrlToHost = message;
    try {
      switch (m.type) {
        case 'check': await this.check(this.reveal(m.url), m.options); break;
        case 'send': await this.send(m.request, this.replay.options?.type === 'options' ? this.replay.options.options : defaultsFromOptions()); break;
        case 'cancel': this.running?.abort(); break;
        case 'lookup': await vscode.commands.executeCommand('httpStatusLens.lookup', m.code); break;
      }
    } catch (error) {
      void vscode.window.showErrorMessage(`HTTP Status Lens: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private conceal(url: string): string {
    const shown = redactUrl(url.trim());
    if (shown !== url.trim()) this.secrets.set(shown, url.trim());
    return shown;
  }

  private reveal(url: string): string {
    return this.secrets.get(url.trim()) ?? url;
  }

  private post(message: HostToCheckUrl): void {
    // What a (re)loaded page needs: the options, the last results, and whether something is running.
    if (message.type === 'options') this.replay.options = message;
    else if (message.type === 'result') { this.replay.result = message; this.replay.running = undefined; }
    else if (message.type === 'playgroundResult') { this.replay.playground = message; this.replay.pgRunning = undefined; }
    else if (message.type === 'running' && message.what === 'check') this.replay.running = message;
    else if (message.type === 'running') this.replay.pgRunning = message;
    this.panel.post(message);
  }

  dispose(): void {
    this.running?.abort();
    this.panel.dispose();
  }
}

function defaultsFromOptions(): CheckFormOptions {
  return { method: 'AUTO', followRedirects: true, maxHops: 10, timeoutMs: 10_000, headers: '', userAgent: '', insecure: false };
}

export function toCheckOptions(form: CheckFormOptions): CheckUrlOptions {
  return {
    method: form.method,
    followRedirects: form.followRedirects,
    maxHops: form.maxHops,
    timeoutMs: form.timeoutMs,
    headers: parseHeaderLines(form.headers),
    userAgent: form.userAgent || undefined,
    insecure: form.insecure,
  };
}

function shorten(raw: string): string {
  const url = redactUrl(raw.trim());
  return url.length > 60 ? `${url.slice(0, 57)}…` : url;
}
