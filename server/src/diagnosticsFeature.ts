// Wiring for diagnostics, code actions and settings: pull diagnostics (`textDocument/diagnostic`)
// when the client supports them, push (`publishDiagnostics`, with the document version) otherwise;
// settings read through `workspace/configuration` and re-applied on `didChangeConfiguration`.
import {
  ClientCapabilities, CodeActionKind, Connection, DidChangeConfigurationNotification, DocumentDiagnosticReportKind,
  MessageType, ServerCapabilities, ShowMessageNotification,
} from 'vscode-languageserver';
import { LanguageService } from './service/languageService';
import { defaultSettings, parseSettings, Settings, settingsSection } from './service/settings';
import { RunSafe } from './runSafe';
import { SizeLimitedDocuments } from './sizeLimit';

export interface DiagnosticsFeature {
  /** Called from onInitialize: reads the client's capabilities, returns ours. */
  initialize(capabilities: ClientCapabilities, initializationOptions: unknown): Partial<ServerCapabilities>;
  /** The current settings (read from the client once per change), for the other features. */
  settings(): Promise<Settings>;
}

/** `onSettings`: told every settings value read, so the size guard follows settings a client pushes. */
export function registerDiagnostics(
  connection: Connection, documents: SizeLimitedDocuments, service: LanguageService, log: (message: string) => void, runSafe: RunSafe,
  onSettings?: (settings: Settings) => void,
): DiagnosticsFeature {
  let pull = false;
  let configurationRequests = false;
  let dynamicConfiguration = false;
  let refreshSupport = false;
  let snippets = false;
  let registered = false;
  /** Settings pushed in didChangeConfiguration or initializationOptions, for clients without workspace/configuration. */
  let pushedSettings: unknown;
  let settingsPromise: Promise<Settings> | undefined;
  let lastWarnings = '';

  const accept = (raw: unknown): Settings => {
    const { settings, warnings } = parseSettings(raw);
    const joined = warnings.join('\n');
    if (joined && joined !== lastWarnings) {
      connection.console.warn(joined);
      // A notification, not showWarningMessage's request: a client that rejects requests must not matter.
      void connection.sendNotification(ShowMessageNotification.type, {
        type: MessageType.Warning, message: `HTTP Status Lens: invalid settings, using defaults for them. ${warnings[0]}`,
      }).catch(() => undefined);
    }
    lastWarnings = joined;
    onSettings?.(settings);
    return settings;
  };

  const settings = (): Promise<Settings> => {
    if (!registered) {
      registered = true;
      if (dynamicConfiguration) {
        void connection.client.register(DidChangeConfigurationNotification.type, { section: settingsSection })
          .catch((error) => log(`registering for configuration changes failed: ${String(error)}`));
      }
    }
    settingsPromise ??= (async () => {
      if (!configurationRequests) return accept(pushedSettings);
      try {
        return accept(await connection.workspace.getConfiguration({ section: settingsSection }));
      } catch (error) {
        log(`workspace/configuration failed, using defaults: ${String(error)}`);
        return { ...defaultSettings };
      }
    })();
    return settingsPromise;
  };

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

  connection.onDidChangeConfiguration((params) => {
    const raw = (params.settings as Record<string, unknown> | undefined)?.[settingsSection];
    if (raw !== undefined) pushedSettings = raw;
    settingsPromise = undefined;
    // Read the new settings first: the size limit among them decides which documents are analysed.
    void settings().then(() => {
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
    settings,
    initialize(capabilities, initializationOptions) {
      pull = !!capabilities.textDocument?.diagnostic;
      configurationRequests = !!capabilities.workspace?.configuration;
      dynamicConfiguration = !!capabilities.workspace?.didChangeConfiguration?.dynamicRegistration;
      refreshSupport = !!capabilities.workspace?.diagnostics?.refreshSupport;
      snippets = !!(capabilities.workspace?.workspaceEdit as { snippetEditSupport?: boolean } | undefined)?.snippetEditSupport;
      pushedSettings = (initializationOptions as { settings?: Record<string, unknown> } | undefined)?.settings?.[settingsSection];
      return {
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.RefactorRewrite] },
        ...(pull ? { diagnosticProvider: { identifier: 'http-status-lens', interFileDependencies: false, workspaceDiagnostics: false } } : {}),
      };
    },
  };
}
