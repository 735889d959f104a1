// The facade of the pure language service: no `vscode`, no connection, data injected.
import { CompletionList, Hover, Position } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Dataset, StatusCodeIndex } from './dataset';
import { AnalysisCache, DocumentAnalysis } from './documentAnalysis';
import { doHover, HoverOptions } from './hover';
import { doComplete } from './completion';
import { CodeAction, CodeActionContext, Diagnostic, Range } from 'vscode-languageserver-types';
import { createDiagnosticsService } from './diagnostics/diagnosticsService';
import { Finding } from './diagnostics/types';
import { CodeActionOptions } from './codeActions/doCodeActions';
import { InlayHintsMode, Settings } from './settings';
import { DocumentHighlight, InlayHint } from 'vscode-languageserver-types';
import { doInlayHints } from './inlayHints';
import { doDocumentHighlights } from './documentHighlights';
import { sitesOfDocument, StatusSite } from './statusSites';
import { detectionAt } from './documentAnalysis';

export interface LanguageServiceOptions {
  dataset: Dataset;
  /**
   * Each document is analysed once and never edited (the CLI, the workspace index): big files are read
   * in one pass instead of segments that only a later version would reuse. Default false (an editor).
   */
  readOnce?: boolean;
}

export interface LanguageService {
  readonly index: StatusCodeIndex;
  analyze(document: TextDocument): DocumentAnalysis;
  doHover(document: TextDocument, position: Position, options: HoverOptions): Hover | null;
  doComplete(document: TextDocument, position: Position): CompletionList | null;
  /** Rule findings for this version (suppressions applied, settings not), e.g. for the CLI. */
  findProblems(document: TextDocument, settings: Settings): Finding[];
  doValidation(document: TextDocument, settings: Settings): Diagnostic[];
  doCodeActions(document: TextDocument, range: Range, context: CodeActionContext, settings: Settings, options: CodeActionOptions): CodeAction[];
  /** Names after the status codes in `range` that do not say theirs (`mode` from `httpStatusLens.inlayHints`). */
  doInlayHints(document: TextDocument, range: Range, mode: InlayHintsMode): InlayHint[];
  /** Every form of the code under the cursor in this document. */
  doDocumentHighlights(document: TextDocument, position: Position): DocumentHighlight[];
  /** The code under the cursor, in any form (for Find All References). */
  codeAt(document: TextDocument, position: Position): number | undefined;
  /** The document's status sites, for the workspace index. */
  statusSites(document: TextDocument): StatusSite[];
  forget(uri: string): void;
}

export function getLanguageService({ dataset, readOnce = false }: LanguageServiceOptions): LanguageService {
  const index = new StatusCodeIndex(dataset);
  const cache = new AnalysisCache(!readOnce);
  const diagnostics = createDiagnosticsService(index, (document) => cache.get(document));
  return {
    index,
    analyze: (document) => cache.get(document),
    doHover: (document, position, options) => {
      const at = positionIn(document, position);
      return at ? doHover(document, at, cache.get(document), index, options) : null;
    },
    doComplete: (document, position) => {
      const at = positionIn(document, position);
      return at ? doComplete(document, at, index, cache.get(document)) : null;
    },
    doInlayHints: (document, range, mode) => {
      const start = positionIn(document, range?.start);
      if (!start) return [];
      const end = positionIn(document, range.end) ?? document.positionAt(document.getText().length);
      return doInlayHints(document, { start, end }, cache.get(document), index, mode);
    },
    doDocumentHighlights: (document, position) => {
      const at = positionIn(document, position);
      return at ? doDocumentHighlights(document, at, cache.get(document)) : [];
    },
    codeAt: (document, position) => {
      const at = positionIn(document, position);
      return at ? detectionAt(cache.get(document), document.offsetAt(at))?.code : undefined;
    },
    statusSites: (document) => sitesOfDocument(document, cache.get(document)),
    findProblems: diagnostics.findProblems,
    doValidation: diagnostics.doValidation,
    doCodeActions: diagnostics.doCodeActions,
    forget: (uri) => { cache.delete(uri); diagnostics.forget(uri); },
  };
}

/**
 * A client's position as one the document has: null for a line it does not have (or no position at
 * all), the character clamped to the line's end (clients send columns past it), so nothing built from
 * it can point outside the document.
 */
export function positionIn(document: TextDocument, position: Position): Position | null {
  const { line, character } = position ?? {};
  if (!Number.isInteger(line) || !Number.isInteger(character) || line < 0 || line >= document.lineCount) return null;
  return document.positionAt(document.offsetAt({ line, character: Math.max(0, character) }));
}
