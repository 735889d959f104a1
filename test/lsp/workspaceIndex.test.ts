// The workspace index over a real stdio connection (issue 17): Find All References and workspace symbols
// across a folder on disk — .gitignore, node_modules and files.exclude left out, progress while it
// builds, open documents over disk, file events, the setting, UTF-16 positions, cancellation.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import {
  CancellationTokenSource, ConfigurationRequest, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, DidChangeWorkspaceFoldersNotification,
  FileChangeType, InitializeRequest, InitializedNotification, Location, ReferencesRequest, RegistrationRequest,
  WorkDoneProgressCreateRequest, WorkspaceSymbol, WorkspaceSymbolRequest,
} from 'vscode-languageserver-protocol/node';
import { LspTestClient, withCursor } from './lspClient';
import { StatusMapRequest } from '../../server/src/protocol';

const RequestCancelled = -32800;

interface Workspace { root: string; uri(rel: string): string; write(rel: string, text: string): void }

function makeWorkspace(files: Record<string, string>): Workspace {
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'hsl-index-')));
  const ws: Workspace = {
    root,
    uri: (rel) => pathToFileURL(path.join(root, rel)).href,
    write: (rel, text) => {
      fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
      fs.writeFileSync(path.join(root, rel), text);
    },
  };
  for (const [rel, text] of Object.entries(files)) ws.write(rel, text);
  return ws;
}

/** A client that announces progress, file watching and configuration, as VS Code does. */
async function startIn(ws: Workspace, settings: Record<string, unknown> = {}, filesExclude: Record<string, boolean> = {}) {
  const client = LspTestClient.start();
  const progress: { token: string | number; value: any }[] = [];
  const registrations: string[] = [];
  client.connection.onRequest(WorkDoneProgressCreateRequest.type, () => undefined);
  client.connection.onRequest(RegistrationRequest.type, (params) => { registrations.push(...params.registrations.map((r) => r.method)); });
  client.connection.onRequest(ConfigurationRequest.type, (params) => params.items.map((item) =>
    item.section === 'files.exclude' ? filesExclude : item.section === 'httpStatusLens' ? settings : null));
  client.connection.onNotification('$/progress', (params: { token: string | number; value: any }) => { progress.push(params); });
  const init = await client.connection.sendRequest(InitializeRequest.type, {
    processId: process.pid, rootUri: pathToFileURL(ws.root).href,
    workspaceFolders: [{ uri: pathToFileURL(ws.root).href, name: 'ws' }],
    capabilities: {
      window: { workDoneProgress: true },
      workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true }, workspaceFolders: true, didChangeConfiguration: { dynamicRegistration: true } },
    },
  });
  await client.connection.sendNotification(InitializedNotification.type, {});
  const indexed = async (count = 1) => {
    const deadline = Date.now() + 15_000;
    while (progress.filter((p) => p.value?.kind === 'end').length < count) {
      if (Date.now() > deadline) throw new Error(`the index never finished (${progress.filter((p) => p.value?.kind === 'end').length} builds ended); stderr: ${client.stderr.join('')}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  };
  return { client, init, progress, registrations, indexed };
}

function references(client: LspTestClient, uri: string, line: number, character: number): Promise<Location[] | null> {
  return client.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri }, position: { line, character }, context: { includeDeclaration: true } });
}

function symbols(client: LspTestClient, query: string): Promise<WorkspaceSymbol[]> {
  return client.connection.sendRequest(WorkspaceSymbolRequest.type, { query }) as Promise<WorkspaceSymbol[]>;
}

/** "rel/path:line:character" for each location, relative to the workspace. */
function where(ws: Workspace, list: { uri: string; range: { start: { line: number; character: number } } }[] | null): string[] {
  return (list ?? []).map((l) => `${decodeURIComponent(l.uri.slice(pathToFileURL(ws.root).href.length + 1))}:${l.range.start.line}:${l.range.start.character}`);
}

async function eventually<T>(probe: () => Promise<T>, ok: (value: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const value = await probe();
    if (ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`${what}: still ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const appJs = 'const note = "down for maintenance";\napp.get("/🚧", (req, res) => res.status(503).set("Retry-After", "60").end());\n';
const handlerGo = 'package api\n\nfunc h(w http.ResponseWriter, r *http.Request) {\n\tw.Header().Set("Retry-After", "60")\n\tw.WriteHeader(http.StatusServiceUnavailable)\n}\n';

describe('lsp: workspace index — references and workspace symbols', function () {
  this.timeout(60_000);
  let ws: Workspace;
  let session: Awaited<ReturnType<typeof startIn>>;

  before(async () => {
    ws = makeWorkspace({
      '.gitignore': 'build/\n',
      'src/app.js': appJs,
      'src/handler.go': handlerGo,
      'src/routes.rb': 'def down\n  head :service_unavailable\nend\n',
      'src/other.py': 'from flask import abort\nabort(404)\n',
      'build/out.js': 'res.status(503);\n',
      'node_modules/dep/index.js': 'res.status(503);\n',
      'generated/api.js': 'res.status(503);\n',
      'notes.txt': 'nothing to see: 503\n',
    });
    session = await startIn(ws, {}, { '**/generated': true });
    assert.ok(session.init.capabilities.referencesProvider);
    assert.ok(session.init.capabilities.workspaceSymbolProvider);
    await session.indexed();
  });

  after(async () => {
    await session.client.shutdown();
    fs.rmSync(ws.root, { recursive: true, force: true });
  });

  it('reports progress while it builds, and watches files', () => {
    const kinds = session.progress.map((p) => p.value.kind);
    assert.strictEqual(kinds[0], 'begin');
    assert.strictEqual(kinds[kinds.length - 1], 'end');
    assert.match(session.progress[0].value.title, /indexing/i);
    assert.ok(session.registrations.includes('workspace/didChangeWatchedFiles'), session.registrations.join());
  });

  it('finds every form of 503 in every file from a literal after an emoji (UTF-16), leaving out ignored, dependency and excluded files', async () => {
    const { text, line, character } = withCursor(appJs.replace('res.status(503)', 'res.status(50|3)'));
    await session.client.open(ws.uri('src/app.js'), 'javascript', text);
    assert.strictEqual(character, 42, 'the cursor column counts the emoji as two UTF-16 units');
    assert.deepStrictEqual(where(ws, await references(session.client, ws.uri('src/app.js'), line, character)), [
      'src/app.js:1:40', 'src/handler.go:4:15', 'src/routes.rb:1:7',
    ]);
  });

  it('finds the same from the Go constant in a file the editor has open', async () => {
    await session.client.open(ws.uri('src/handler.go'), 'go', handlerGo);
    assert.deepStrictEqual(where(ws, await references(session.client, ws.uri('src/handler.go'), 4, 25)).length, 3);
    assert.deepStrictEqual(await references(session.client, ws.uri('src/handler.go'), 0, 3), [], 'no code under the cursor: no references');
  });

  it('lists sites for a symbol query by code or by name, and nothing for an empty query', async () => {
    const byCode = await symbols(session.client, '503');
    assert.deepStrictEqual(byCode.map((s) => `${s.name} | ${s.containerName}`), [
      '503 Service Unavailable | 503', '503 Service Unavailable | http.StatusServiceUnavailable', '503 Service Unavailable | :service_unavailable',
    ]);
    assert.deepStrictEqual(where(ws, (await symbols(session.client, 'Service Unavailable')).map((s) => s.location as Location)), [
      'src/app.js:1:40', 'src/handler.go:4:15', 'src/routes.rb:1:7',
    ]);
    assert.deepStrictEqual(where(ws, (await symbols(session.client, 'not found')).map((s) => s.location as Location)), ['src/other.py:1:6']);
    assert.deepStrictEqual(await symbols(session.client, ''), []);
  });

  it('takes an open document over its file on disk, and the file back when it closes', async () => {
    const uri = ws.uri('src/other.py');
    await session.client.open(uri, 'python', 'from flask import abort\nabort(503)\n');
    assert.deepStrictEqual(where(ws, (await symbols(session.client, '503')).map((s) => s.location as Location)), [
      'src/app.js:1:40', 'src/handler.go:4:15', 'src/other.py:1:6', 'src/routes.rb:1:7',
    ]);
    await session.client.change(uri, 2, [{ text: 'from flask import abort\nabort(410)\n' }]);
    assert.deepStrictEqual(where(ws, (await symbols(session.client, '410')).map((s) => s.location as Location)), ['src/other.py:1:6']);
    await session.client.close(uri);
    await eventually(() => symbols(session.client, '404'), (s) => s.length === 1, 'the file on disk again');
    assert.deepStrictEqual(await symbols(session.client, '410'), []);
  });

  it('follows files created, changed and deleted on disk (workspace/didChangeWatchedFiles)', async () => {
    ws.write('src/new.ts', 'export const handler = () => new Response(null, { status: 503 });\n');
    ws.write('build/ignored.ts', 'res.status(503);\n');
    await session.client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [
      { uri: ws.uri('src/new.ts'), type: FileChangeType.Created },
      { uri: ws.uri('build/ignored.ts'), type: FileChangeType.Created },
    ] });
    await eventually(() => symbols(session.client, '503'), (s) => s.some((x) => x.location.uri.endsWith('/src/new.ts')), 'the new file');
    assert.ok(!(await symbols(session.client, '503')).some((x) => x.location.uri.includes('/build/')), 'a file .gitignore names stays out');

    fs.rmSync(path.join(ws.root, 'src/routes.rb'));
    await session.client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: ws.uri('src/routes.rb'), type: FileChangeType.Deleted }] });
    await eventually(() => symbols(session.client, '503'), (s) => !s.some((x) => x.location.uri.endsWith('/src/routes.rb')), 'the deleted file gone');
  });

  it('answers a cancelled references request with its result or RequestCancelled', async () => {
    const source = new CancellationTokenSource();
    const pending = Array.from({ length: 10 }, () => session.client.connection.sendRequest(ReferencesRequest.type, {
      textDocument: { uri: ws.uri('src/app.js') }, position: { line: 1, character: 41 }, context: { includeDeclaration: true },
    }, source.token).then((r) => ({ r }), (e) => ({ e })));
    source.cancel();
    for (const outcome of await Promise.all(pending)) {
      if ('e' in outcome) assert.strictEqual((outcome.e as { code: number }).code, RequestCancelled);
      else assert.ok(Array.isArray(outcome.r));
    }
    assert.strictEqual((await references(session.client, ws.uri('src/app.js'), 1, 41))!.length, 3, 'still answers');
  });

  it('answers httpStatusLens/statusMap: per code its name, class, count and sites', async () => {
    const map = await session.client.connection.sendRequest(StatusMapRequest.type, {});
    assert.strictEqual(map.indexing, false);
    const byCode = new Map(map.entries.map((e) => [e.code, e]));
    const unavailable = byCode.get(503)!;
    assert.strictEqual(unavailable.name, 'Service Unavailable');
    assert.strictEqual(unavailable.class, 'Server Error');
    assert.strictEqual(unavailable.count, unavailable.sites.length);
    assert.ok(unavailable.sites.some((s) => s.file === ws.uri('src/handler.go') && s.line === 5 && s.column === 16 && s.text === 'http.StatusServiceUnavailable'), JSON.stringify(unavailable.sites));
    assert.ok(![...byCode.values()].some((e) => e.sites.some((s) => /node_modules|\/build\/|generated/.test(s.file))));
  });

  it('indexes a workspace folder added later, and forgets one removed', async () => {
    const other = makeWorkspace({ 'svc/worker.py': 'from flask import abort\nabort(503)\n' });
    try {
      const folder = { uri: pathToFileURL(other.root).href, name: 'other' };
      await session.client.connection.sendNotification(DidChangeWorkspaceFoldersNotification.type, { event: { added: [folder], removed: [] } });
      await eventually(() => symbols(session.client, '503'), (s) => s.some((x) => x.location.uri === other.uri('svc/worker.py')), 'the added folder');
      await session.client.connection.sendNotification(DidChangeWorkspaceFoldersNotification.type, { event: { added: [], removed: [folder] } });
      await eventually(() => symbols(session.client, '503'), (s) => !s.some((x) => x.location.uri === other.uri('svc/worker.py')), 'the removed folder gone');
    } finally {
      fs.rmSync(other.root, { recursive: true, force: true });
    }
  });

  it('covers open documents only when httpStatusLens.workspaceIndex is off, and indexes again when it is on', async () => {
    const configure = (settings: Record<string, unknown>) => {
      session.client.connection.onRequest(ConfigurationRequest.type, (params) => params.items.map((item) => item.section === 'httpStatusLens' ? settings : item.section === 'files.exclude' ? { '**/generated': true } : null));
      return session.client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    };
    await configure({ workspaceIndex: false });
    await eventually(() => references(session.client, ws.uri('src/app.js'), 1, 41), (r) => r!.length === 2, 'open documents only');
    assert.deepStrictEqual(where(ws, await references(session.client, ws.uri('src/app.js'), 1, 41)), ['src/app.js:1:40', 'src/handler.go:4:15']);
    await configure({ workspaceIndex: true });
    await eventually(() => references(session.client, ws.uri('src/app.js'), 1, 41), (r) => r!.length === 3, 'the whole workspace again');
  });
});
