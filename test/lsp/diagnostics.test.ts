import * as assert from 'assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CodeAction, CodeActionRequest, ConfigurationRequest, Diagnostic, DidChangeConfigurationNotification,
  DocumentDiagnosticReport, DocumentDiagnosticRequest, TextEdit, WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { LspTestClient } from './lspClient';

const flagship = [
  "const express = require('express');",
  "app.get('/', (req, res) => {",
  '  // Wartungsmodus: maintenance 🚧 — später',
  '  if (maintenanceMode) {',
  "    return res.status(500).send('Wartung 🚧 später');",
  '  }',
  '});',
  '',
].join('\n');

const fixed = flagship.replace(
  "    return res.status(500).send('Wartung 🚧 später');",
  "    res.set('Retry-After', '120');\n    return res.status(503).send('Wartung 🚧 später');");

function applyEdit(uri: string, text: string, edit: WorkspaceEdit): string {
  const document = TextDocument.create(uri, 'javascript', 1, text);
  const edits = (edit.changes?.[uri] ?? edit.documentChanges?.flatMap((c) => ('edits' in c ? c.edits : [])) ?? []) as TextEdit[];
  return TextDocument.applyEdits(document, edits);
}

/** What Neovim 0.7 echoes back: the diagnostic with UTF-8 byte columns instead of UTF-16 ones. */
function withByteColumns(diagnostic: Diagnostic, text: string): Diagnostic {
  const lineText = text.split('\n');
  const bytes = (line: number, character: number) => Buffer.byteLength(lineText[line].slice(0, character), 'utf8');
  const { start, end } = diagnostic.range;
  return { ...diagnostic, range: { start: { line: start.line, character: bytes(start.line, start.character) + 5 }, end: { line: end.line, character: bytes(end.line, end.character) + 5 } } };
}

describe('lsp: diagnostics and code actions over a real stdio connection', () => {
  describe('push diagnostics (client without pull support)', () => {
    let client: LspTestClient;
    let configuration: unknown = {};
    let configurationRequests = 0;

    before(async () => {
      client = LspTestClient.start();
      client.connection.onRequest(ConfigurationRequest.type, (params) => {
        configurationRequests++;
        return params.items.map(() => configuration);
      });
      const init = await client.initialize({}, { workspace: { configuration: true } });
      assert.ok(init.capabilities.codeActionProvider, 'server announces code actions');
      assert.strictEqual(init.capabilities.diagnosticProvider, undefined, 'no pull diagnostics for this client');
    });

    after(async () => {
      assert.strictEqual(await client.shutdown(), 0);
    });

    it('publishes diagnostics for the opened version, then for the changed one', async () => {
      const uri = 'file:///work/app.js';
      await client.open(uri, 'javascript', flagship, 1);
      const first = await client.waitForDiagnostics(uri, (p) => p.version === 1);
      assert.deepStrictEqual(first.diagnostics.map((d) => d.code), ['prefer-503-for-unavailable']);
      assert.deepStrictEqual(first.diagnostics[0].range, { start: { line: 4, character: 22 }, end: { line: 4, character: 25 } });
      assert.strictEqual(first.diagnostics[0].severity, 4);
      assert.match(first.diagnostics[0].message as string, /RFC 9110 §15\.6\.4/);

      await client.change(uri, 3, [{ text: flagship.replace('status(500)', 'status(503)') }]);
      const second = await client.waitForDiagnostics(uri, (p) => p.version === 3);
      assert.deepStrictEqual(second.diagnostics.map((d) => d.code), ['retry-after-missing']);
    });

    it('a big file edited keystroke by keystroke gets the diagnostics of the same text opened whole', async () => {
      // 200 KB of handlers: analysed in segments, and each edit re-analyses only the segments it touched.
      const handler = (i: number) => `app.get('/h${i}', (req, res) => {\n  if (maintenanceMode) return res.status(${i % 3 ? 500 : 200}).send('maintenance');\n  res.json({ ok: true });\n});\n\n`;
      let text = '';
      for (let i = 0; text.length < 200 * 1024; i++) text += handler(i);
      const uri = 'file:///work/big.js';
      await client.open(uri, 'javascript', text, 1);
      await client.waitForDiagnostics(uri, (p) => p.version === 1);
      const document = TextDocument.create(uri, 'javascript', 1, text);
      // Type a comment opener, a new handler and a status change in three places, then close the comment.
      const edits: { at: number; insert: string; remove?: number }[] = [
        { at: text.indexOf("app.get('/h700'"), insert: '/*' },
        { at: text.indexOf("app.get('/h40'"), insert: handler(9998) },
        { at: text.indexOf('status(500)', 150 * 1024) + 7, insert: '3', remove: 1 },
        { at: text.indexOf("app.get('/h760'"), insert: '*/' },
      ];
      let version = 1;
      for (const edit of edits) {
        const at = document.getText().indexOf(text.slice(edit.at, edit.at + 20));
        const range = { start: document.positionAt(at), end: document.positionAt(at + (edit.remove ?? 0)) };
        version++;
        await client.change(uri, version, [{ range, text: edit.insert }]);
        TextDocument.update(document, [{ range, text: edit.insert }], version);
        const pushed = await client.waitForDiagnostics(uri, (p) => p.version === version);
        const fresh = `file:///work/fresh-${version}.js`;
        await client.open(fresh, 'javascript', document.getText(), 1);
        const expected = await client.waitForDiagnostics(fresh, (p) => p.version === 1);
        const shape = (d: Diagnostic) => ({ range: d.range, code: d.code, message: d.message });
        assert.deepStrictEqual(pushed.diagnostics.map(shape), expected.diagnostics.map(shape), `after edit ${version - 1}`);
        assert.ok(pushed.diagnostics.length > 100);
      }
      // The handler typed before /h40 is checked, and the comment hid /h700 to /h759 once closed.
      const final = document.getText();
      const last = await client.waitForDiagnostics(uri, (p) => p.version === version);
      const lines = (needle: string) => document.positionAt(final.indexOf(needle)).line;
      assert.ok(last.diagnostics.some((d) => d.range.start.line === lines("'/h9998'") + 1));
      assert.ok(!last.diagnostics.some((d) => d.range.start.line > lines("'/h700'") && d.range.start.line < lines("'/h760'")));
    });

    it('code action with byte-column echoed ranges still applies the right fix (from diagnostic.data)', async () => {
      const uri = 'file:///work/flagship.js';
      await client.open(uri, 'javascript', flagship, 1);
      const { diagnostics } = await client.waitForDiagnostics(uri, (p) => p.version === 1 && p.diagnostics.length > 0);
      const echoed = diagnostics.map((d) => withByteColumns(d, flagship));
      assert.notDeepStrictEqual(echoed[0].range, diagnostics[0].range, 'the echoed range really is wrong');
      const actions = await client.connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri }, range: echoed[0].range, context: { diagnostics: echoed },
      }) as CodeAction[];
      const quickFix = actions.find((a) => a.kind === 'quickfix')!;
      assert.strictEqual(quickFix.title, 'Use 503 Service Unavailable with Retry-After: 120');
      assert.strictEqual(applyEdit(uri, flagship, quickFix.edit!), fixed);
    });

    it('one settings read serves the rules and the size guard: big and small documents opened, settings asked at most once (issue 20)', async () => {
      // Settings read before (by the earlier tests) stay until the client says they changed.
      await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: {} });
      const warm = 'file:///work/warm.js';
      await client.open(warm, 'javascript', flagship, 1);
      await client.waitForDiagnostics(warm, (p) => p.version === 1);
      const before = configurationRequests;
      const big = 'file:///work/big.js';
      await client.open(big, 'javascript', `${'// filler line of a big file\n'.repeat(2000)}${flagship}`, 1);
      await client.waitForDiagnostics(big, (p) => p.version === 1 && p.diagnostics.length === 1);
      const small = 'file:///work/small.js';
      await client.open(small, 'javascript', flagship, 1);
      await client.waitForDiagnostics(small, (p) => p.version === 1 && p.diagnostics.length === 1);
      assert.strictEqual(configurationRequests, before, 'the size guard and the rules read the settings already read');
    });

    it('settings from workspace/configuration apply live on didChangeConfiguration', async () => {
      const uri = 'file:///work/settings.js';
      await client.open(uri, 'javascript', flagship, 1);
      await client.waitForDiagnostics(uri, (p) => p.version === 1 && p.diagnostics.length === 1);
      const before = configurationRequests;
      configuration = { rules: { 'prefer-503-for-unavailable': 'error' }, retryAfterSeconds: 30 };
      await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: {} });
      const tuned = await client.waitForDiagnostics(uri, (p) => p.diagnostics[0]?.severity === 1);
      assert.ok(configurationRequests > before, 'the server asked for the settings again');
      assert.strictEqual(tuned.diagnostics[0].code, 'prefer-503-for-unavailable');
      const actions = await client.connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri }, range: tuned.diagnostics[0].range, context: { diagnostics: tuned.diagnostics },
      }) as CodeAction[];
      assert.strictEqual(actions[0].title, 'Use 503 Service Unavailable with Retry-After: 30');

      configuration = { enable: false };
      await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: {} });
      await client.waitForDiagnostics(uri, (p) => p.diagnostics.length === 0);

      configuration = { rules: 'nonsense', retryAfterSeconds: 'soon' };
      await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: {} });
      const fallback = await client.waitForDiagnostics(uri, (p) => p.diagnostics.length === 1);
      assert.strictEqual(fallback.diagnostics[0].severity, 4, 'invalid settings fall back to the defaults');
      assert.strictEqual(client.process.exitCode, null, 'the server is still running');
      configuration = {};
    });
  });

  describe('pull diagnostics (client with textDocument.diagnostic)', () => {
    let client: LspTestClient;

    before(async () => {
      client = LspTestClient.start();
      const init = await client.initialize({}, { textDocument: { diagnostic: { dynamicRegistration: false } } });
      assert.ok(init.capabilities.diagnosticProvider, 'server announces pull diagnostics');
    });

    after(async () => {
      assert.strictEqual(await client.shutdown(), 0);
    });

    it('answers textDocument/diagnostic and pushes nothing', async () => {
      const uri = 'file:///work/pull.go';
      const text = 'package main\n\nimport "net/http"\n\nfunc h(w http.ResponseWriter, r *http.Request) {\n\tw.WriteHeader(http.StatusServiceUnavailable)\n\tw.Header().Set("Retry-After", "30s")\n}\n';
      await client.open(uri, 'go', text, 1);
      const report = await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } }) as DocumentDiagnosticReport;
      assert.strictEqual(report.kind, 'full');
      const items = (report as { items: Diagnostic[] }).items;
      // The Retry-After set after WriteHeader is lost, so the 503 also counts as without one.
      assert.deepStrictEqual(items.map((d) => d.code).sort(), ['go-header-after-write', 'invalid-retry-after', 'retry-after-missing']);
      assert.strictEqual(client.diagnostics.has(uri), false, 'no publishDiagnostics in pull mode');

      const header = items.find((d) => d.code === 'go-header-after-write')!;
      const actions = await client.connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri }, range: header.range, context: { diagnostics: [header] },
      }) as CodeAction[];
      const moved = applyEdit(uri, text, actions.find((a) => a.kind === 'quickfix')!.edit!);
      assert.strictEqual(moved, 'package main\n\nimport "net/http"\n\nfunc h(w http.ResponseWriter, r *http.Request) {\n\tw.Header().Set("Retry-After", "30s")\n\tw.WriteHeader(http.StatusServiceUnavailable)\n}\n');
    });
  });

  describe('snippet edits only for clients that announce workspace.workspaceEdit.snippetEditSupport', () => {
    const uri = 'file:///work/allow.js';
    const text = "const express = require('express');\napp.all('/x', (req, res) => {\n  res.status(405).end();\n});\n";

    async function addAllow(capabilities: object): Promise<WorkspaceEdit> {
      const client = LspTestClient.start();
      try {
        await client.initialize({}, capabilities);
        await client.open(uri, 'javascript', text, 1);
        const { diagnostics } = await client.waitForDiagnostics(uri, (p) => p.diagnostics.length > 0);
        const actions = await client.connection.sendRequest(CodeActionRequest.type, {
          textDocument: { uri }, range: diagnostics[0].range, context: { diagnostics },
        }) as CodeAction[];
        return actions.find((a) => a.title === 'Add Allow header')!.edit!;
      } finally {
        await client.shutdown();
      }
    }

    it('a snippet with a tab stop for VS Code-like clients, plain text for the others', async () => {
      const snippet = await addAllow({ workspace: { workspaceEdit: { documentChanges: true, snippetEditSupport: true } } });
      const change = snippet.documentChanges![0] as { edits: { snippet?: { value: string } }[] };
      assert.strictEqual(change.edits[0].snippet!.value, "  res.set('Allow', '${1:GET, HEAD}');\n");
      const plain = await addAllow({});
      assert.strictEqual(applyEdit(uri, text, plain), text.replace('  res.status', "  res.set('Allow', 'GET, HEAD');\n  res.status"));
    });
  });
});
