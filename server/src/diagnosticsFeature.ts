// Wiring for diagnostics, code actions and settings: pull diagnostics (`textDocument/diagnostic`)
// when the client supports them, push (`publishDiagnostics`, with the document version) otherwise;
// settings from the one SettingsSource, re-applied when they change.
import {
  ClientCapabilities, CodeActionKind, Connection, DocumentDiagnosticReportKind, ServerCapabilities,
} from 'vscode-languageserver';
import { LanguageService } from './service/languageService';
import { RunSafe } from './runSafe';
import { SettingsSource } from './settingsSource';
import { SizeLimitedDocuments } from './sizeLimit';

export interface DiagnosticsFeature {
  /** Called from onInitialize: reads the client's capabilities, returns ours. */
  initialize(capabilities: ClientCapabilities): Partial<ServerCapabilities>;
}

export function registerDiagnostics(
  connection: Connection, documents: SizeLimitedDocuments, service: LanguageService, log: (message: string) => void, runSafe: RunSafe,
  source: SettingsSource,
): DiagnosticsFeature {
  let pull = false;
  let refreshSupport = false;
  let snippets = false;
  const settings = () => source.get();

  const publish = async (uri: string) => {
    if (pull) return;
    const current = await settings();
    const document = documents.get(uri);
    if (!document) return;
    const diagnostics = runSafe('diagnostics', undefined, [], () => service.doValidation(document, current), document);
    if (Array.isArray(diagnostics)) {
      await connection.sendDiagnostics({ uri, version: document.version, diagnostics });
    }
  };

  documents.onDidChangeContent((event) => {
    void publish(event.document.uri).catch((error) => log(`publishing diagnostics failed: ${String(error)}`));
  });
  documents.onDidClose((event) => {
    if (!pull) void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] }).catch(() => undefined);
  });

  // New settings (the size limit among them decides which documents are analysed): analyse again.
  source.onDidChange(() => {
    if (pull) {
      if (refreshSupport) void connection.languages.diagnostics.refresh().catch(() => undefined);
      return;
    }
    for (const document of documents.all()) void publish(document.uri).catch(() => undefined);
    // A document now over the limit keeps no diagnostics from before.
    const analysed = new Set(documents.all().map((d) => d.uri));
    for (const document of documents.allOpen()) {
      if (!analysed.has(document.uri)) void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] }).catch(() => undefined);
    }
  });

  connection.languages.diagnostics.on(async (params, token) => {
    const current = await settings();
    const document = documents.get(params.textDocument.uri);
    const items = document
      ? runSafe('diagnostics', token, [], () => service.doValidation(document, current), document)
      : [];
    return { kind: DocumentDiagnosticReportKind.Full, items: Array.isArray(items) ? items : [] };
  });

  connection.onCodeAction(async (params, token) => {
    const current = await settings();
    const document = documents.get(params.textDocument.uri);
    return document ? runSafe('codeAction', token, [], () => service.doCodeActions(document, params.range, params.context, current, { snippets }), document) : [];
  });

  return {
    initialize(capabilities) {
      pull = !!capabilities.textDocument?.diagnostic;
      refreshSupport = !!capabilities.workspace?.diagnostics?.refreshSupport;
      snippets = !!(capabilities.workspace?.workspaceEdit as { snippetEditSupport?: boolean } | undefined)?.snippetEditSupport;
      return {
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.RefactorRewrite] },
        ...(pull ? { diagnosticProvider: { identifier: 'http-status-lens', interFileDependencies: false, workspaceDiagnostics: false } } : {}),
      };
    },
  };
}
