// Wiring of the workspace index: Find All References, workspace symbols and the status map across the
// workspace folders. The files come from a `WorkspaceFiles` source (Node: nodeWorkspaceFiles.ts; none
// in the web worker, where only open documents count); each is analysed by the same language service
// as hover and `scan`, one file per turn of the event loop (every read is awaited), so requests are
// answered while the index builds. Open documents override their files on disk. Progress is reported
// with window/workDoneProgress; files that change on disk arrive as workspace/didChangeWatchedFiles.
import {
  ClientCapabilities, Connection, DidChangeWatchedFilesNotification, FileChangeType, InitializeParams,
  Location, ServerCapabilities, WorkspaceSymbol,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LanguageService } from './service/languageService';
import { Settings } from './service/settings';
import { WorkspaceSites } from './service/workspaceSites';
import { PackedSites } from './service/packedSites';
import { buildStatusMap, StatusMapEntry } from './service/statusMap';
import { SizeLimitedDocuments } from './sizeLimit';

/** Where the index finds files: the node entry passes one (createNodeWorkspaceFiles). */
export interface WorkspaceFiles {
  /** Files to index under the folders (uris), as `scan` walks them, leaving out `exclude` globs (files.exclude). */
  list(folderUris: readonly string[], exclude: readonly string[]): Promise<string[]>;
  /** Whether a file that changed belongs in the index (inside a folder, not ignored, not excluded). */
  includes(uri: string, folderUris: readonly string[], exclude: readonly string[]): boolean;
  /** A file's text, or undefined when it is not one to index (too large, binary, unknown kind, gone). */
  read(uri: string, maxBytes: number): Promise<string | undefined>;
  /**
   * Optional: lists, reads and analyses the folders' files away from the server (a child process),
   * calling `onFile` with each one's packed sites (undefined: not indexed); resolves with the files
   * listed, or undefined when it failed (the index then reads the files itself).
   */
  indexAll?(
    folderUris: readonly string[], exclude: readonly string[], maxBytes: number,
    onFile: (uri: string, packed: PackedSites | undefined) => void, cancelled: () => boolean, onListed?: (count: number) => void,
  ): Promise<string[] | undefined>;
}

export interface WorkspaceIndexFeature {
  initialize(params: InitializeParams): Partial<ServerCapabilities>;
  /** From onInitialized: listens to workspace folder changes when the client sends them. */
  initialized(): void;
  /** Whenever settings are read (at start and after each change). */
  applySettings(settings: Settings): void;
  references(document: TextDocument, position: { line: number; character: number }): Location[];
  symbols(query: string): WorkspaceSymbol[];
  statusMap(): { entries: StatusMapEntry[]; indexing: boolean; files: number };
  /** Resolves when the current build (if any) is over: for tests and the bench. */
  idle(): Promise<void>;
}

export function registerWorkspaceIndex(
  connection: Connection, documents: SizeLimitedDocuments, service: LanguageService,
  files: WorkspaceFiles | undefined, log: (message: string) => void,
): WorkspaceIndexFeature {
  const sites = new WorkspaceSites();
  /** Open documents whose sites are stale (updated when someone asks, not on every keystroke). */
  const dirty = new Set<string>();
  let folders: string[] = [];
  let exclude: string[] = [];
  let enabled = false;
  let maxBytes = 0;
  let capabilities: ClientCapabilities = {};
  let generation = 0;
  let building: Promise<void> = Promise.resolve();
  let indexing = false;
  let watching = false;
  /** File events are applied one after another, after any build they raced with. */
  let changes: Promise<void> = Promise.resolve();

  const flush = () => {
    for (const uri of dirty) {
      const document = documents.get(uri);
      if (document) sites.set(uri, service.statusSites(document));
      else sites.delete(uri);
    }
    dirty.clear();
  };

  const indexFile = async (uri: string) => {
    if (!files || documents.get(uri) || documents.allOpen().some((d) => d.uri === uri)) return;
    const text = await files.read(uri, maxBytes);
    // Opened while it was being read: the document wins.
    if (documents.allOpen().some((d) => d.uri === uri)) return;
    if (text === undefined) {
      sites.delete(uri);
      return;
    }
    // The language from the file name, as `scan` does.
    const document = TextDocument.create(uri, '', 0, text);
    sites.set(uri, service.statusSites(document));
    service.forget(uri);
  };

  const excludeGlobs = async (): Promise<string[]> => {
    if (!capabilities.workspace?.configuration) return [];
    try {
      const raw = await connection.workspace.getConfiguration({ section: 'files.exclude' }) as Record<string, unknown> | null;
      return raw && typeof raw === 'object' ? Object.entries(raw).filter(([, on]) => on === true).map(([glob]) => glob) : [];
    } catch {
      return [];
    }
  };

  const build = () => {
    const mine = ++generation;
    const previous = building;
    building = (async () => {
      await previous.catch(() => undefined);
      if (mine !== generation || !files || !enabled || folders.length === 0) return;
      indexing = true;
      const progress = capabilities.window?.workDoneProgress ? await connection.window.createWorkDoneProgress().catch(() => undefined) : undefined;
      progress?.begin('HTTP Status Lens: indexing status codes', 0, 'listing files…');
      try {
        exclude = await excludeGlobs();
        let total = 0;
        let done = 0;
        let reported = Date.now();
        const tick = () => {
          done++;
          if (Date.now() - reported > 200) {
            reported = Date.now();
            progress?.report(total ? Math.floor((done * 100) / total) : 0, total ? `${done} of ${total} files` : `${done} files`);
          }
        };
        const isOpen = (uri: string) => documents.allOpen().some((d) => d.uri === uri);
        // Away from the server when the source can; else here, file by file (each read awaited).
        let uris = files.indexAll
          ? await files.indexAll(folders, exclude, maxBytes, (uri, packed) => {
            if (mine !== generation || isOpen(uri)) return; // a newer build, or the open document wins
            if (packed) sites.setPacked(uri, packed);
            else sites.delete(uri);
            tick();
          }, () => mine !== generation, (count) => { total = count; })
          : undefined;
        if (mine !== generation) return;
        if (uris === undefined) {
          uris = await files.list(folders, exclude);
          total = uris.length;
          for (const uri of uris) {
            if (mine !== generation) return;
            try {
              await indexFile(uri);
            } catch (error) {
              log(`indexing ${uri} failed: ${error instanceof Error ? error.message : String(error)}`);
            }
            tick();
          }
        }
        // Files gone since an earlier build.
        const listed = new Set(uris);
        for (const uri of sites.uris()) if (!listed.has(uri) && !isOpen(uri)) sites.delete(uri);
        // Information, not an error: editors reveal their output on errors (vscode-languageclient does).
        connection.console.info(`workspace index: ${uris.length} files read, ${sites.fileCount} with status codes`);
      } finally {
        if (mine === generation) indexing = false;
        progress?.done();
      }
    })().catch((error) => log(`building the workspace index failed: ${error instanceof Error ? error.stack : String(error)}`));
  };

  const watch = () => {
    if (watching || !capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) return;
    watching = true;
    void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*' }] })
      .catch((error) => log(`registering for file changes failed: ${String(error)}`));
  };

  connection.onDidChangeWatchedFiles((params) => {
    if (!enabled || !files) return;
    const source = files;
    changes = changes.then(async () => {
      await building.catch(() => undefined);
      for (const change of params.changes) {
        if (documents.allOpen().some((d) => d.uri === change.uri)) continue; // the open document is the truth
        if (change.type === FileChangeType.Deleted) {
          sites.delete(change.uri);
          sites.deleteUnder(change.uri); // a folder
        } else if (source.includes(change.uri, folders, exclude)) {
          await indexFile(change.uri);
        } else {
          sites.delete(change.uri);
        }
      }
    }).catch((error) => log(`updating the workspace index failed: ${String(error)}`));
  });

  documents.onDidChangeContent((event) => { dirty.add(event.document.uri); });
  documents.onDidClose((event) => {
    const uri = event.document.uri;
    dirty.delete(uri);
    sites.delete(uri);
    // Back to the file on disk (its unsaved edits are gone with the editor).
    if (enabled && files?.includes(uri, folders, exclude)) changes = changes.then(() => indexFile(uri)).catch(() => undefined);
  });


  return {
    initialize(params) {
      capabilities = params.capabilities;
      folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
      const folderEvents = !!capabilities.workspace?.workspaceFolders;
      return {
        referencesProvider: true,
        workspaceSymbolProvider: true,
        ...(folderEvents ? { workspace: { workspaceFolders: { supported: true, changeNotifications: true } } } : {}),
      };
    },

    initialized() {
      // The library throws when asked for folder events before initialize, or from a client without them.
      if (!capabilities.workspace?.workspaceFolders) return;
      connection.workspace.onDidChangeWorkspaceFolders((event) => {
        for (const removed of event.removed) sites.deleteUnder(removed.uri);
        folders = [...folders.filter((f) => !event.removed.some((r) => r.uri === f)), ...event.added.map((a) => a.uri)];
        if (enabled) build();
      });
    },

    applySettings(settings) {
      const bytes = settings.maxFileSizeKB * 1024;
      const changed = settings.workspaceIndex !== enabled || bytes !== maxBytes;
      enabled = settings.workspaceIndex;
      maxBytes = bytes;
      if (!changed) return;
      if (enabled) {
        watch();
        build();
      } else {
        generation++; // stops a build under way
        indexing = false;
        sites.clear();
        for (const document of documents.all()) dirty.add(document.uri);
      }
    },

    references(document, position) {
      const code = service.codeAt(document, position);
      if (code === undefined) return [];
      dirty.add(document.uri);
      flush();
      return sites.references(code);
    },

    symbols(query) {
      flush();
      return sites.symbols(query, service.index);
    },

    statusMap() {
      flush();
      const all = function* () {
        for (const [uri, list] of sites.entries()) {
          for (const s of list) yield { code: s.code, file: uri, line: s.range.start.line + 1, column: s.range.start.character + 1, form: s.form, text: s.text };
        }
      };
      return { entries: buildStatusMap(all(), service.index), indexing, files: sites.fileCount };
    },

    idle: async () => {
      for (;;) {
        const current = building;
        await current;
        await changes;
        if (current === building) return;
      }
    },
  };
}
