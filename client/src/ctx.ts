// Owns the language client, its status and the disposables of the extension.
import * as vscode from 'vscode';
// The host-neutral part of vscode-languageclient: the Node or browser client comes from the Runtime.
import { BaseLanguageClient, CloseAction, ErrorAction, ErrorHandler, LanguageClientOptions, State } from 'vscode-languageclient';
import { InitializationOptions } from '../../server/src/protocol';
import { documentSelector, serverStartingSelector } from './documentSelector';
import { Runtime } from './runtime';
import { ServerStatus, ServerStatusItem } from './serverStatusItem';

/** Crashes allowed within `crashWindowMs` before the client gives up and says so. */
const maxCrashes = 5;
const crashWindowMs = 3 * 60 * 1000;

export class Ctx {
  readonly output: vscode.LogOutputChannel;
  private client: BaseLanguageClient | undefined;
  private readonly status: ServerStatusItem;
  private crashTimes: number[] = [];
  /** Set when the client gave up after too many crashes: the status keeps saying so until a restart. */
  private gaveUp = false;

  constructor(readonly extension: vscode.ExtensionContext, readonly runtime: Runtime) {
    // A log channel: vscode-languageclient 10+ listens to its onDidChangeLogLevel (a plain channel throws).
    this.output = vscode.window.createOutputChannel('HTTP Status Lens', { log: true });
    this.status = new ServerStatusItem();
    extension.subscriptions.push(this.output, this.status);
  }

  get serverStatus(): ServerStatus {
    return this.status.current;
  }

  get languageClient(): BaseLanguageClient | undefined {
    return this.client;
  }

  asAbsolutePath(relative: string): string {
    return this.extension.asAbsolutePath(relative);
  }

  registerCommand(id: string, handler: (...args: any[]) => unknown): void {
    this.extension.subscriptions.push(vscode.commands.registerCommand(id, handler));
  }

  /**
   * Starts the server once a document it reads is open, now or later: activation by the cheat sheet,
   * Check URL, a lookup or a log summary needs no server (issue 8: no work before it is needed).
   */
  startWhenNeeded(): void {
    const needed = (document: vscode.TextDocument) => vscode.languages.match(serverStartingSelector, document) > 0;
    if (vscode.workspace.textDocuments.some(needed)) {
      void this.start();
      return;
    }
    const listener = vscode.workspace.onDidOpenTextDocument((document) => {
      if (!needed(document) || this.client) return;
      listener.dispose();
      void this.start();
    });
    this.extension.subscriptions.push(listener);
  }

  async start(): Promise<void> {
    const initializationOptions: InitializationOptions = { commandLinks: true };
    const clientOptions: LanguageClientOptions = {
      documentSelector,
      outputChannel: this.output,
      initializationOptions,
      errorHandler: this.errorHandler(),
      synchronize: { configurationSection: 'httpStatusLens' },
      // Hovers link to `command:httpStatusLens.compare?…`; trust only our own commands, nothing else.
      markdown: { isTrusted: { enabledCommands: ['httpStatusLens.compare', 'httpStatusLens.lookup', 'httpStatusLens.showCheatSheet'] } },
    };
    this.status.show('starting');
    try {
      const client = await this.runtime.newLanguageClient('httpStatusLens', 'HTTP Status Lens', clientOptions);
      this.client = client;
      client.onDidChangeState((event) => {
        if (this.gaveUp) return;
        if (event.newState === State.Running) this.status.show('running');
        else if (event.newState === State.Starting) this.status.show('starting');
        else this.status.show('stopped');
      });
      await client.start();
    } catch (error) {
      this.status.show('failed', String(error));
      this.output.appendLine(`Failed to start the language server: ${String(error)}`);
    }
  }

  async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    // A server that does not answer shutdown in time must not keep Restart Server from starting a new one.
    if (client?.isRunning()) await client.stop().catch((error: unknown) => this.output.appendLine(`Stopping the language server failed: ${String(error)}`));
  }

  async restart(): Promise<void> {
    this.crashTimes = [];
    this.gaveUp = false;
    await this.stop();
    await this.start();
  }

  /** Restarts a crashed server; after `maxCrashes` crashes within `crashWindowMs`, stops and says so. */
  private errorHandler(): ErrorHandler {
    return {
      error: () => ({ action: ErrorAction.Continue }),
      closed: () => {
        const now = Date.now();
        this.crashTimes = [...this.crashTimes.filter((t) => now - t < crashWindowMs), now];
        if (this.crashTimes.length >= maxCrashes) {
          const message = `The HTTP Status Lens server crashed ${maxCrashes} times in the last ` +
            `${crashWindowMs / 60000} minutes and will not be restarted. ` +
            'Run "HTTP Status Lens: Restart Server" after fixing the cause (see the output channel).';
          this.gaveUp = true;
          this.status.show('failed', message);
          this.output.appendLine(message);
          return { action: CloseAction.DoNotRestart, message };
        }
        this.output.appendLine(`The language server stopped unexpectedly; restarting (${this.crashTimes.length}/${maxCrashes}).`);
        return { action: CloseAction.Restart, handled: true };
      },
    };
  }
}
