// The baseline of the LSP figures: the smallest vscode-languageserver server that does the same
// plumbing as ours (incremental document sync, stdio) and answers every hover with a constant.
// bench/build.ts bundles it with esbuild beside the product build, so both servers start the same way.
import { createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);

connection.onInitialize(() => ({
  capabilities: { textDocumentSync: TextDocumentSyncKind.Incremental, hoverProvider: true },
}));

connection.onHover(() => ({ contents: { kind: 'markdown', value: '**200 OK** · 2xx Success\n\nThe request succeeded.' } }));

// Figure 3's floor: diagnostics handed over once (`bench/echoDiagnostics`) are pushed again, unchanged,
// for every new version of that document — the transport of a push without any analysis.
const echoed = new Map<string, unknown[]>();
connection.onNotification('bench/echoDiagnostics', (params: { uri: string; diagnostics: unknown[] }) => {
  echoed.set(params.uri, params.diagnostics);
});
documents.onDidChangeContent(({ document }) => {
  const diagnostics = echoed.get(document.uri);
  if (diagnostics) void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics: diagnostics as never[] });
});

documents.listen(connection);
connection.listen();
