// Rule findings of a big file, segment by segment: a segment whose analysis was reused keeps its
// findings too, so a keystroke re-runs the rules over the edited segment only (issue 8, typing), and
// its diagnostics: a segment still on its lines pushes the same objects again (issue 21, typing).
import { Diagnostic, Range } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { StatusCodeIndex } from '../dataset';
import { diagnosticAt, findProblems, severityOf } from '../diagnostics/doValidation';
import { Finding, Fix } from '../diagnostics/types';
import { Settings } from '../settings';
import { detached, documentHead, Segment, SegmentResult } from './segmentedAnalysis';

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
  /** Where each finding of `list` lies in the segment's text (a segment starts a line). */
  ranges: Range[];
  /** The last call of segmentedFindings that placed this segment. */
  round: number;
  /** The diagnostics made when the segment last started on `line`, under the settings they were made with. */
  diagnostics?: { line: number; settings: Settings; list: Diagnostic[] };
}

/** A big file's findings, with where each segment stands in this version. */
export type PlacedFindings = readonly { start: number; found: SegmentFindings }[];

/** Numbers each call of segmentedFindings: a memo entry not marked with the current one is no segment of this version. */
let rounds = 0;

/** The findings of every segment, placed; `memo` is read, updated, and left holding these segments only. */
export function segmentedFindings(
  document: TextDocument, segments: readonly Segment[], index: StatusCodeIndex, retryAfterSeconds: number,
  memo: SegmentFindingsMemo, log?: (message: string) => void,
): PlacedFindings {
  // The rules read a big file's imports from the head detection reads its hints from, already detached
  // and kept from version to version while it does not change.
  const head = documentHead(segments);
  const imports = () => head;
  const round = ++rounds;
  const placed = segments.map(({ start, result }) => {
    const found = findingsOf(result, memo, document, index, retryAfterSeconds, imports, log);
    found.round = round;
    return { start, found };
  });
  memo.forEach((found, result) => { if (found.round !== round) memo.delete(result); });
  return placed;
}

/** The findings of every segment, in file offsets. */
export function findingsInFile(placed: PlacedFindings): Finding[] {
  const out: Finding[] = [];
  for (const { start, found } of placed) {
    if (start === 0) {
      for (const finding of found.list) out.push(finding);
      continue;
    }
    if (found.placed?.start !== start) found.placed = { start, list: found.list.map((finding) => shifted(finding, start)) };
    for (const finding of found.placed.list) out.push(finding);
  }
  return out;
}

/**
 * The diagnostics of every segment, under `settings` (the document's language is enabled). A segment
 * that starts on the line it started on gives the same objects as before (nothing in a diagnostic says
 * where in the text it is, only where in the lines); one the edit moved to another line gets new ones.
 */
export function segmentedDiagnostics(document: TextDocument, placed: PlacedFindings, settings: Settings): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const { start, found } of placed) {
    if (found.list.length === 0) continue;
    const line = document.positionAt(start).line;
    let last = found.diagnostics;
    if (!last || last.line !== line || last.settings !== settings) {
      const list: Diagnostic[] = [];
      found.list.forEach((finding, i) => {
        const severity = severityOf(finding, settings);
        if (severity) list.push(diagnosticAt(finding, severity, lineShifted(found.ranges[i], line)));
      });
      found.diagnostics = last = { line, settings, list };
    }
    for (const diagnostic of last.list) out.push(diagnostic);
  }
  return out;
}

function lineShifted(range: Range, line: number): Range {
  if (line === 0) return range;
  return { start: { line: range.start.line + line, character: range.start.character }, end: { line: range.end.line + line, character: range.end.character } };
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
  const fresh: SegmentFindings = { retryAfterSeconds, imports: undefined, list: [], importsNow: imports, ranges: [], round: 0 };
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
  fresh.ranges = fresh.list.map((finding) => ({ start: segmentDocument.positionAt(finding.start), end: segmentDocument.positionAt(finding.end) }));
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
