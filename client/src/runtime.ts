// What differs between the two extension hosts the extension runs in: Node (desktop VS Code, remotes,
// Codespaces: `main`, dist/client.js) and the browser's web worker (vscode.dev, github.dev: `browser`,
// dist/web/client.js). Each entry builds one Runtime; everything else is shared.
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import type { Ctx } from './ctx';

export type CommandFactory = (ctx: Ctx) => (...args: any[]) => unknown;

export interface Runtime {
  readonly kind: 'node' | 'web';
  /** A new, not yet started client for the bundled server: a Node process, or a web worker. */
  newLanguageClient(id: string, name: string, options: LanguageClientOptions): Promise<BaseLanguageClient>;
  /** The handlers that depend on the host: Check URL and Summarize Status Codes. */
  readonly commands: Record<string, CommandFactory>;
}
