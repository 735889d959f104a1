// The typed protocol shared by the client and the server: both import these names, so they cannot drift.
// Only types and request/notification objects from vscode-languageserver-protocol live here.
import { NotificationType, RequestType } from 'vscode-languageserver-protocol';

/** What the client tells the server at start-up (`initializationOptions`). */
export interface InitializationOptions {
  /** The client renders `command:` links in hovers (VS Code does; most other editors do not). */
  commandLinks?: boolean;
}

export interface ServerStatusParams {
  state: 'ready' | 'analysing' | 'error';
  message?: string;
}

export namespace ServerStatusNotification {
  export const method = 'httpStatusLens/status';
  export const type = new NotificationType<ServerStatusParams>(method);
}

export interface ExplainParams {
  code: number;
}

export interface ExplainResult {
  /** The same markdown card as the hover, or null for an unknown code. */
  markdown: string | null;
}

export namespace ExplainRequest {
  export const method = 'httpStatusLens/explain';
  export const type = new RequestType<ExplainParams, ExplainResult, void>(method);
}

/** One site in the status map: a uri and 1-based line and column (UTF-16). */
export interface StatusMapSiteDto {
  file: string;
  line: number;
  column: number;
  form: 'literal' | 'constant' | 'symbol' | 'string';
  text: string;
}

export interface StatusMapResult {
  /** Codes in ascending order, each with its name, class, vendor (for vendor codes), count and sites. */
  entries: { code: number; name: string | null; class: string | null; vendor?: string; count: number; sites: StatusMapSiteDto[] }[];
  /** The workspace index is still being built: more may come. */
  indexing: boolean;
  /** Files with at least one status code. */
  files: number;
}

/** The workspace's status codes from the workspace index, for the Status Map view. */
export namespace StatusMapRequest {
  export const method = 'httpStatusLens/statusMap';
  export const type = new RequestType<Record<string, never>, StatusMapResult, void>(method);
}

/** Command ids contributed by the extension, used in hover links and by the client. */
export const Commands = {
  compare: 'httpStatusLens.compare',
  lookup: 'httpStatusLens.lookup',
  checkUrl: 'httpStatusLens.checkUrl',
  showCheatSheet: 'httpStatusLens.showCheatSheet',
  restartServer: 'httpStatusLens.restartServer',
} as const;
