// The diagnostics half of the facade: findings cached per document version, diagnostics under the
// settings, and code actions rebuilt from the cached findings.
import { CodeAction, CodeActionContext, Diagnostic, Range } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { StatusCodeIndex } from '../dataset';
import { DocumentAnalysis } from '../documentAnalysis';
import { Settings } from '../settings';
import { CodeActionOptions, doCodeActions } from '../codeActions/doCodeActions';
import { doValidation, findProblems, languageEnabledIn } from './doValidation';
import { Finding } from './types';
import { findingsInFile, PlacedFindings, segmentedDiagnostics, SegmentFindingsMemo, segmentedFindings } from '../segments/segmentedFindings';

export interface DiagnosticsService {
  findProblems(document: TextDocument, settings: Settings): Finding[];
  doValidation(document: TextDocument, settings: Settings): Diagnostic[];
  doCodeActions(document: TextDocument, range: Range, context: CodeActionContext, settings: Settings, options: CodeActionOptions): CodeAction[];
  forget(uri: string): void;
}

/** A document's findings; a big file's also per segment (`placed`), with the memo the next version reuses. */
interface Entry {
  analysis: DocumentAnalysis;
  retryAfterSeconds: number;
  readonly findings: Finding[];
  memo?: SegmentFindingsMemo;
  placed?: PlacedFindings;
}

/** Documents whose findings stay cached. */
const findingsCacheSize = 8;

export function createDiagnosticsService(
  index: StatusCodeIndex, analyze: (document: TextDocument) => DocumentAnalysis, log?: (message: string) => void,
): DiagnosticsService {
  // Keyed by the analysis object, not only the version: the analysis cache hands out a new one when a
  // client reuses a version number for other text, and the findings must follow it.
  // Only the documents used most recently keep their findings (Map order is recency): the findings of
  // every open document held ~20 MB per 100 documents of 100 KB (issue 8, memory), and only the
  // document being edited asks again (code actions); any other recomputes from its cached analysis.
  // A big file's entry also keeps its findings per segment, for the next version to reuse.
  const cache = new Map<string, Entry>();
  const entryOf = (document: TextDocument, settings: Settings): Entry => {
    const analysis = analyze(document);
    const cached = cache.get(document.uri);
    cache.delete(document.uri);
    if (cached && cached.analysis === analysis && cached.retryAfterSeconds === settings.retryAfterSeconds) {
      cache.set(document.uri, cached);
      return cached;
    }
    let entry: Entry;
    if (analysis.segments) {
      const memo = cached?.memo ?? new Map();
      const placed = segmentedFindings(document, analysis.segments, index, settings.retryAfterSeconds, memo, log);
      let findings: Finding[] | undefined;
      // In file offsets only when asked (code actions, the CLI): diagnostics are made segment by segment.
      entry = { analysis, retryAfterSeconds: settings.retryAfterSeconds, memo, placed, get findings() { return (findings ??= findingsInFile(placed)); } };
    } else {
      entry = { analysis, retryAfterSeconds: settings.retryAfterSeconds, findings: findProblems(document, analysis, index, settings.retryAfterSeconds, log) };
    }
    cache.set(document.uri, entry);
    if (cache.size > findingsCacheSize) cache.delete(cache.keys().next().value!);
    return entry;
  };
  const problems = (document: TextDocument, settings: Settings): Finding[] => entryOf(document, settings).findings;
  return {
    findProblems: problems,
    doValidation: (document, settings) => {
      const entry = entryOf(document, settings);
      if (!entry.placed) return doValidation(document, entry.findings, settings);
      return languageEnabledIn(document, settings) ? segmentedDiagnostics(document, entry.placed, settings) : [];
    },
    doCodeActions: (document, range, context, settings, options) =>
      doCodeActions(document, range, context, problems(document, settings), analyze(document), settings, options),
    forget: (uri) => cache.delete(uri),
  };
}
