// Rule findings of a big file, segment by segment: a segment whose analysis was reused keeps its
// findings too, so a keystroke re-runs the rules over the edited segment only (issue 8, typing).
import { TextDocument } from 'vscode-languageserver-textdocument';
import { StatusCodeIndex } from '../dataset';
import { findProblems } from '../diagnostics/doValidation';
import { Finding, Fix } from '../diagnostics/types';
import { Segment, SegmentFindings, SegmentResult } from './segmentedAnalysis';

/** Where the rules look for a big file's imports (the same head detection reads its hints from). */
const importsLength = 16384;

export function segmentedFindings(
  document: TextDocument, segments: readonly Segment[], index: StatusCodeIndex, retryAfterSeconds: number,
  log?: (message: string) => void,
): Finding[] {
  const text = document.getText();
  let head: string | undefined;
  const imports = () => (head ??= flatCopy(text.slice(0, importsLength)));
  const out: Finding[] = [];
  for (const { start, result } of segments) {
    const list = findingsOf(result, document, index, retryAfterSeconds, imports, log);
    if (start === 0) {
      for (const finding of list) out.push(finding);
      continue;
    }
    if (result.placed?.start !== start || result.placed.from !== list) {
      result.placed = { start, from: list, list: list.map((finding) => shifted(finding, start)) };
    }
    for (const finding of result.placed.list) out.push(finding);
  }
  return out;
}

function findingsOf(
  result: SegmentResult, document: TextDocument, index: StatusCodeIndex, retryAfterSeconds: number,
  imports: () => string, log?: (message: string) => void,
): Finding[] {
  // Fixes are built later, when a code action asks: they read the imports of that version, not of this one.
  result.importsNow = imports;
  const memo = result.findings;
  if (memo && memo.retryAfterSeconds === retryAfterSeconds && (memo.imports === undefined || memo.imports === imports())) {
    return memo.list;
  }
  const fresh: SegmentFindings = { retryAfterSeconds, imports: undefined, list: [] };
  let checking = true;
  const segmentDocument = TextDocument.create(document.uri, document.languageId, document.version, result.text);
  const analysis = { uri: document.uri, version: document.version, detections: result.detections };
  fresh.list = findProblems(segmentDocument, analysis, index, retryAfterSeconds, log, () => {
    const head = result.importsNow!();
    if (checking) fresh.imports = head;
    return head;
  });
  checking = false;
  result.findings = fresh;
  return fresh.list;
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

function flatCopy(s: string): string {
  return Buffer.from(s, 'utf16le').toString('utf16le');
}
