// Analysis of one document version, computed once and shared by hover, completion and diagnostics.
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Detection } from './detection/types';
import { findStatusCodes } from './detection/findStatusCodes';
import { documentFamily } from './detection/languages';
import { isSegmented } from './segments/segmentBoundaries';
import { analyzeSegments, documentDetections, Segment, segmentIndexAt } from './segments/segmentedAnalysis';

export interface DocumentAnalysis {
  uri: string;
  version: number;
  /** Sorted by start offset. */
  detections: Detection[];
  /** Big source files only: the segments analysed one by one (server/src/service/segments/). */
  segments?: Segment[];
}

/**
 * `previous`: an earlier analysis of the same document, whose unchanged segments are reused.
 * `segments: false`: one pass over the whole text, for a document read once and never edited (`scan`,
 * the workspace index): segments pay off only when a new version reuses them, and cost their
 * boundaries and per-segment helpers every time. Both find the same (segmentedAnalysis.test.ts).
 */
export function analyzeDocument(document: TextDocument, previous?: DocumentAnalysis, segments = true): DocumentAnalysis {
  const text = document.getText();
  const family = documentFamily(document.languageId, document.uri, text);
  if (segments && isSegmented(text, family)) {
    const segments = analyzeSegments(text, document.languageId, document.uri, family, previous?.segments);
    // Placed in file offsets only when asked (hover, code actions): diagnostics read the segments.
    let detections: Detection[] | undefined;
    return {
      uri: document.uri, version: document.version, segments,
      get detections() { return (detections ??= documentDetections(segments)); },
    };
  }
  const detections = findStatusCodes(text, document.languageId, document.uri).sort((a, b) => a.start - b.start);
  return { uri: document.uri, version: document.version, detections };
}

/** The detection whose range holds `offset` (inclusive of the end, where a cursor sits after a token). */
export function detectionAt(analysis: DocumentAnalysis, offset: number): Detection | undefined {
  const segments = analysis.segments;
  if (!segments) return detectionIn(analysis.detections, offset);
  // A big file: look in the cursor's segment (and the one before, for a token ending at the boundary)
  // rather than place every detection of the file in file offsets for one hover.
  const k = segmentIndexAt(segments, offset);
  const segment = segments[k];
  if (!segment) return undefined;
  for (const { start, result } of offset === segment.start && k > 0 ? [segment, segments[k - 1]] : [segment]) {
    const found = detectionIn(result.detections, offset - start);
    if (found) return { ...found, start: found.start + start, end: found.end + start };
  }
  return undefined;
}

function detectionIn(list: readonly Detection[], offset: number): Detection | undefined {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const d = list[mid];
    if (d.end < offset) lo = mid + 1;
    else if (d.start > offset) hi = mid - 1;
    else return d;
  }
  return undefined;
}

/**
 * Caches one analysis per document, keyed by version and text: a client that reuses a version number
 * (out-of-order or repeated versions) must not be served the analysis of other text. The text check
 * is a reference comparison in the usual case, since the document hands out the same string.
 */
export class AnalysisCache {
  private readonly entries = new Map<string, { analysis: DocumentAnalysis; text: string; languageId: string }>();

  /** `segmented: false`: documents are read once, never edited (see `analyzeDocument`). */
  constructor(private readonly segmented = true) {}

  get(document: TextDocument): DocumentAnalysis {
    const text = document.getText();
    const cached = this.entries.get(document.uri);
    if (cached && cached.analysis.version === document.version && cached.text === text) return cached.analysis;
    // Segments are reused only under the same language: another language reads the same text otherwise.
    const fresh = analyzeDocument(document, cached?.languageId === document.languageId ? cached.analysis : undefined, this.segmented);
    this.entries.set(document.uri, { analysis: fresh, text, languageId: document.languageId });
    return fresh;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }
}
