// Protocol wiring only: every handler is documents.get(uri) → language service → LSP result.
import { Connection, TextDocumentSyncKind, InitializeResult } from 'vscode-languageserver';
import { Dataset } from './service/dataset';
import { getLanguageService, LanguageService } from './service/languageService';
import { statusCodeMarkdown } from './service/hover';
import { Settings } from './service/settings';
import { ExplainRequest, InitializationOptions, StatusMapRequest } from './protocol';
import { createRunSafe } from './runSafe';
import { registerDiagnostics } from './diagnosticsFeature';
import { SettingsSource } from './settingsSource';
import { registerWorkspaceIndex, WorkspaceFiles } from './workspaceIndexFeature';
import { SizeLimitedDocuments } from './sizeLimit';

export interface ServerOptions {
  /** The language service to serve (tests pass one with faults of their making). */
  service?: LanguageService;
  /** The workspace's files on disk, for the workspace index (the node entry; none in the web worker). */
  workspaceFiles?: WorkspaceFiles;
}

export function startServer(connection: Connection, dataset: Dataset, options: ServerOptions = {}): void {
  const { service = getLanguageService({ dataset }), workspaceFiles } = options;
  const log = (message: string) => connection.console.error(message);
  const settings = new SettingsSource(connection, log);
  const documents = new SizeLimitedDocuments(connection, settings);
  const runSafe = createRunSafe(log);
  let hoverOptions = { commandLinks: false };
  let inlayHintRefresh = false;
  let lastSettings: Settings | undefined;
  // The size guard reads its limit from the same source; hints and the index follow the settings too.
  settings.onDidRead((read: Settings) => {
    if (lastSettings && lastSettings.inlayHints !== read.inlayHints && inlayHintRefresh) {
      void connection.languages.inlayHint.refresh().catch(() => undefined);
    }
    lastSettings = read;
    workspaceIndex.applySettings(read);
  });
  const diagnostics = registerDiagnostics(connection, documents, service, log, runSafe, settings);
  const workspaceIndex = registerWorkspaceIndex(connection, documents, service, workspaceFiles, log);

  connection.onInitialize((params): InitializeResult => {
    const init = (params.initializationOptions ?? {}) as InitializationOptions;
    hoverOptions = { commandLinks: init.commandLinks === true };
    inlayHintRefresh = !!params.capabilities.workspace?.inlayHint?.refreshSupport;
    settings.initialize(params.capabilities, params.initializationOptions);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        completionProvider: { triggerCharacters: ['(', '.', ':', ' ', '=', "'", '"'] },
        inlayHintProvider: true,
        documentHighlightProvider: true,
        ...diagnostics.initialize(params.capabilities),
        ...workspaceIndex.initialize(params),
      },
      serverInfo: { name: 'http-status-lens', version: '0.1.0' },
    };
  });

  // Settings are read once the client is ready: the workspace index starts from them.
  connection.onInitialized(() => {
    workspaceIndex.initialized();
    void settings.get().catch((error) => log(`reading settings failed: ${String(error)}`));
  });

  connection.onHover((params, token) => {
    const document = documents.get(params.textDocument.uri);
    return document ? runSafe('hover', token, null, () => service.doHover(document, params.position, hoverOptions), document) : null;
  });

  connection.onCompletion((params, token) => {
    const document = documents.get(params.textDocument.uri);
    return document ? runSafe('completion', token, null, () => service.doComplete(document, params.position), document) : null;
  });

  connection.languages.inlayHint.on(async (params, token) => {
    const { inlayHints } = await settings.get();
    const document = documents.get(params.textDocument.uri);
    return document ? runSafe('inlayHint', token, [], () => service.doInlayHints(document, params.range, inlayHints), document) : [];
  });

  connection.onDocumentHighlight((params, token) => {
    const document = documents.get(params.textDocument.uri);
    return document ? runSafe('documentHighlight', token, [], () => service.doDocumentHighlights(document, params.position), document) : [];
  });

  connection.onReferences((params, token) => {
    const document = documents.get(params.textDocument.uri);
    return document ? runSafe('references', token, [], () => workspaceIndex.references(document, params.position), document) : [];
  });

  connection.onWorkspaceSymbol((params, token) => runSafe('workspaceSymbol', token, [], () => workspaceIndex.symbols(params.query)));

  connection.onRequest(StatusMapRequest.type, (_params, token) => runSafe('statusMap', token, { entries: [], indexing: false, files: 0 }, () => workspaceIndex.statusMap()));

  connection.onRequest(ExplainRequest.type, (params) => runSafe('explain', undefined, { markdown: null }, () => ({
    markdown: statusCodeMarkdown(params.code, service.index, hoverOptions) ?? null,
  })));

  documents.onDidClose((event) => service.forget(event.document.uri));
  documents.listen(connection);
  connection.listen();
}
