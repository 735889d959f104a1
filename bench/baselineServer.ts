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

documents.listen(connection);
connection.listen();
