// Protocol wiring only: every handler is documents.get(uri) → language service → LSP result.
import { Connection, TextDocumentSyncKind, InitializeResult } from 'vscode-languageserver';
import { Dataset } from './service/dataset';
import { getLanguageService, LanguageService } from './service/languageService';
import { statusCodeMarkdown } from './service/hover';
import { ExplainRequest, InitializationOptions } from './protocol';
import { createRunSafe } from './runSafe';
import { registerDiagnostics } from './diagnosticsFeature';
import { SettingsSource } from './settingsSource';
import { SizeLimitedDocuments } from './sizeLimit';

/** `service`: the language service to serve (tests pass one with faults of their making). */
export function startServer(connection: Connection, dataset: Dataset, service: LanguageService = getLanguageService({ dataset })): void {
  const log = (message: string) => connection.console.error(message);
  const settings = new SettingsSource(connection, log);
  const documents = new SizeLimitedDocuments(connection, settings);
  const runSafe = createRunSafe(log);
  let hoverOptions = { commandLinks: false };
  const diagnostics = registerDiagnostics(connection, documents, service, log, runSafe, settings);

  connection.onInitialize((params): InitializeResult => {
    const init = (params.initializationOptions ?? {}) as InitializationOptions;
    hoverOptions = { commandLinks: init.commandLinks === true };
    settings.initialize(params.capabilities, params.initializationOptions);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        completionProvider: { triggerCharacters: ['(', '.', ':', ' ', '=', "'", '"'] },
        ...diagnostics.initialize(params.capabilities),
      },
      serverInfo: { name: 'http-status-lens', version: '0.1.0' },
    };
  });

  connection.onHover((params, token) => {
    const document = documents.get(params.textDocument.uri);
    return document ? runSafe('hover', token, null, () => service.doHover(document, params.position, hoverOptions), document) : null;
  });

  connection.onCompletion((params, token) => {
    const document = documents.get(params.textDocument.uri);
    return document ? runSafe('completion', token, null, () => service.doComplete(document, params.position), document) : null;
  });

  connection.onRequest(ExplainRequest.type, (params) => runSafe('explain', undefined, { markdown: null }, () => ({
    markdown: statusCodeMarkdown(params.code, service.index, hoverOptions) ?? null,
  })));

  documents.onDidClose((event) => service.forget(event.document.uri));
  documents.listen(connection);
  connection.listen();
}
