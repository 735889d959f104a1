// Inlay hints: the name written after a status code that does not say it (`res.status(404` Not Found`)`).
// Constants and symbols already say it (`StatusNotFound`, `:not_found`), and so do literals whose name
// is written beside them (`404: "Not Found"`, `NOT_FOUND = 404`, `"HTTP/1.1 404 Not Found"`).
import { InlayHint, Range } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { StatusCodeIndex } from './dataset';
import { DocumentAnalysis } from './documentAnalysis';
import { Detection } from './detection/types';
import { InlayHintsMode } from './settings';
import { meaningOf, statusName } from './statusName';

/** Contexts in which the code's name is already written next to it. */
function nameWrittenBeside(context: string): boolean {
  return context === 'reason-phrase' || context === 'status-line' || context.startsWith('named:');
}

/** Codes read from logs, HAR files, .http files and transcripts: hinted only under `all`. */
function fromLog(context: string): boolean {
  return /^(log|transcript|har|http):/.test(context);
}

/** Whether `mode` wants a hint after this detection. */
export function wantsHint(detection: Detection, mode: InlayHintsMode): boolean {
  if (mode === 'off' || nameWrittenBeside(detection.context)) return false;
  if (detection.form === 'constant' || detection.form === 'symbol') return false;
  if (mode === 'all') return true;
  return detection.form === 'literal' && !fromLog(detection.context);
}

export function doInlayHints(
  document: TextDocument, range: Range, analysis: DocumentAnalysis, index: StatusCodeIndex, mode: InlayHintsMode,
): InlayHint[] {
  if (mode === 'off') return [];
  const from = document.offsetAt(range.start);
  const to = document.offsetAt(range.end);
  const hints: InlayHint[] = [];
  for (const detection of detectionsIn(analysis.detections, from, to)) {
    if (!wantsHint(detection, mode)) continue;
    const label = statusName(detection, index);
    if (!label) continue;
    const meaning = meaningOf(detection, index);
    hints.push({
      position: document.positionAt(detection.end),
      label,
      paddingLeft: true,
      ...(meaning?.summary ? { tooltip: `${detection.code} ${label}: ${meaning.summary}` } : {}),
    });
  }
  return hints;
}

/** The detections (sorted by start) that end inside [from, to]. */
function detectionsIn(sorted: readonly Detection[], from: number, to: number): Detection[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].end < from) lo = mid + 1;
    else hi = mid;
  }
  const out: Detection[] = [];
  for (let i = lo; i < sorted.length && sorted[i].start <= to; i++) {
    if (sorted[i].end >= from && sorted[i].end <= to) out.push(sorted[i]);
  }
  return out;
}
