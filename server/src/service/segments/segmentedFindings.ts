// Rule findings of a big file, segment by segment: a segment whose analysis was reused keeps its
// findings too, so a keystroke re-runs the rules over the edited segment only (issue 8, typing).
import { TextDocument } from 'vscode-languageserver-textdocument';
import { StatusCodeIndex } from '../dataset';
import { findProblems } from '../diagnostics/doValidation';
import { Finding, Fix } from '../diagnostics/types';
import { detached, Segment, SegmentResult } from './segmentedAnalysis';

/**
 * One document's findings per segment, kept from version to version by the diagnostics' cache —
 * only for the few documents it keeps (findings of every open document would cost ~20 MB per 100
 * documents of 100 KB: issue 8, memory).
 */
export type SegmentFindingsMemo = Map<SegmentResult, SegmentFindings>;

interface SegmentFindings {
  retryAfterSeconds: number;
  /** The file's imports when a rule read them (the findings hold only while they are the same). */
  imports: string | undefined;
  list: Finding[];
  /** The current version's `RuleContext.imports`, which fixes built later read. */
  importsNow: () => string;
  /** The findings where the segment last stood (most segments stand still while the user types). */
  placed?: { start: number; list: Finding[] };
}

/** Where the rules look for a big file's imports (the same head detection reads its hints from). */
const importsLength = 16384;

/** The findings of every segment in file offsets; `memo` is read, updated, and left holding these segments only. */
export function segmentedFindings(
  document: TextDocument, segments: readonly Segment[], index: StatusCodeIndex, retryAfterSeconds: number,
  memo: SegmentFindingsMemo, log?: (message: string) => void,
): Finding[] {
  const text = document.getText();
  let head: string | undefined;
  const imports = () => (head ??= detached(text.slice(0, importsLength)));
  const out: Finding[] = [];
  const current = new Set<SegmentResult>();
  for (const { start, result } of segments) {
    current.add(result);
    const found = findingsOf(result, memo, document, index, retryAfterSeconds, imports, log);
    if (start === 0) {
      for (const finding of found.list) out.push(finding);
      continue;
    }
    if (found.placed?.start !== start) found.placed = { start, list: found.list.map((finding) => shifted(finding, start)) };
    for (const finding of found.placed.list) out.push(finding);
  }
  for (const result of memo.keys()) if (!current.has(result)) memo.delete(result);
  return out;
}

function findingsOf(
  result: SegmentResult, memo: SegmentFindingsMemo, document: TextDocument, index: StatusCodeIndex,
  retryAfterSeconds: number, imports: () => string, log?: (message: string) => void,
): SegmentFindings {
  const known = memo.get(result);
  if (known && known.retryAfterSeconds === retryAfterSeconds && (known.imports === undefined || known.imports === imports())) {
    // Fixes are built later, when a code action asks: they read the imports of that version, not of the first.
    known.importsNow = imports;
    return known;
  }
  const fresh: SegmentFindings = { retryAfterSeconds, imports: undefined, list: [], importsNow: imports };
  let checking = true;
  // The rules run on a copy: their findings' fixes hold it for as long as the memo keeps them, and a
  // slice would hold this version's whole document string.
  const segmentDocument = TextDocument.create(document.uri, document.languageId, document.version, detached(result.text));
  const analysis = { uri: document.uri, version: document.version, detections: result.detections };
  fresh.list = findProblems(segmentDocument, analysis, index, retryAfterSeconds, log, () => {
    const head = fresh.importsNow();
    if (checking) fresh.imports = head;
    return head;
  });
  checking = false;
  memo.set(result, fresh);
  return fresh;
}

/** `finding` placed at `start` in the file; its fixes' edits too, except those already in file offsets. */
function shifted(finding: Finding, start: number): Finding {
  const fixes = finding.fixes;
  // Written out rather than spread: this runs for every finding after the edit, on every keystroke.
  return {
    rule: finding.rule, start: finding.start + start, end: finding.end + start, message: finding.message,
    severity: finding.severity, deprecated: finding.deprecated,
    fixes: fixes && ((): Fix[] => fixes().map((fix) => ({
      ...fix,
      edits: fix.edits.map((edit) => edit.fromFileStart ? edit : { ...edit, start: edit.start + start, end: edit.end + start }),
    }))),
  };
}
