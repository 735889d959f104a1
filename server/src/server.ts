// Protocol wiring only: every handler is documents.get(uri) → language service → LSP result.
import { Connection, TextDocumentSyncKind, InitializeResult } from 'vscode-languageserver';
import { Dataset } from './service/dataset';
import { getLanguageService } from './service/languageService';
import { statusCodeMarkdown } from './service/hover';
import { ExplainRequest, InitializationOptions } from './protocol';
import { runSafe } from './runSafe';
import { registerDiagnostics } from './diagnosticsFeature';
import { SizeLimitedDocuments } from './sizeLimit';

export function startServer(connection: Connection, dataset: Dataset): void {
  const documents = new SizeLimitedDocuments(connection);
  const service = getLanguageService({ dataset });
  const log = (message: string) => connection.console.error(message);
  let hoverOptions = { commandLinks: false };
  const diagnostics = registerDiagnostics(connection, documents, service, log, (settings) => documents.setLimitKB(settings.maxFileSizeKB));

  connection.onInitialize((params): InitializeResult => {
    const init = (params.initializationOptions ?? {}) as InitializationOptions;
    hoverOptions = { commandLinks: init.commandLinks === true };
    documents.initialize(params.capabilities, params.initializationOptions);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        completionProvider: { triggerCharacters: ['(', '.', ':', ' ', '=', "'", '"'] },
        ...diagnostics.initialize(params.capabilities, params.initializationOptions),
      },
      serverInfo: { name: 'http-status-lens', version: '0.1.0' },
    };
  });

  connection.onHover((params, token) => runSafe(log, 'hover', token, null, () => {
    const document = documents.get(params.textDocument.uri);
    return document ? service.doHover(document, params.position, hoverOptions) : null;
  }));

  connection.onCompletion((params, token) => runSafe(log, 'completion', token, null, () => {
    const document = documents.get(params.textDocument.uri);
    return document ? service.doComplete(document, params.position) : null;
  }));

  connection.onRequest(ExplainRequest.type, (params) => runSafe(log, 'explain', undefined, { markdown: null }, () => ({
    markdown: statusCodeMarkdown(params.code, service.index, hoverOptions) ?? null,
  })));

  documents.onDidClose((event) => service.forget(event.document.uri));
  documents.listen(connection);
  connection.listen();
}
