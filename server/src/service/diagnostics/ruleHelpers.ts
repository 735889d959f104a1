// Small helpers the rules share: which detections are sent, what the handler around them says,
// and how to turn a header or a status change into a fix.
import { Detection } from '../detection/types';
import { addHeaderEdits, HeaderToAdd } from '../codeActions/headerIdioms';
import { statusText } from '../codeActions/statusReplacement';
import { handlerRegion, isTestFile } from './lookAround';
import { isSent, ResponseSite } from './responseSite';
import { Fix, OffsetEdit, RuleContext } from './types';

export interface SentStatus {
  detection: Detection;
  site: ResponseSite;
}

/** Detections whose code is sent as a response (not compared, logged or asserted). */
export function sentStatuses(ctx: RuleContext, codes?: (code: number) => boolean): SentStatus[] {
  const out: SentStatus[] = [];
  // Tests mock, stub and assert statuses; what they "send" is not an answer to a client.
  if (isTestFile(ctx.uri)) return out;
  for (const detection of ctx.analysis.detections) {
    if (codes && !codes(detection.code)) continue;
    if (/assert|expect|compar|test/i.test(detection.context)) continue;
    const site = ctx.siteOf(detection);
    if (isSent(site)) out.push({ detection, site });
  }
  return out;
}

/** Whether the handler's code around the detection already mentions this header (set, added, or checked); comments do not count. */
export function handlerMentionsHeader(ctx: RuleContext, detection: Detection, header: RegExp): boolean {
  // Headers set right after the status still go out (they are sent with the body), except in Go,
  // where WriteHeader has already sent them.
  const region = handlerRegion(ctx.text, ctx.masked, detection.start, 25, ctx.family === 'go' ? 0 : 6);
  return header.test(ctx.uncommented.slice(region.start, region.end));
}

export function headerEdits(ctx: RuleContext, sent: SentStatus, header: HeaderToAdd): OffsetEdit[] | undefined {
  return addHeaderEdits({
    text: ctx.text, imports: () => ctx.imports, masked: ctx.masked, family: ctx.family, languageId: ctx.languageId,
    detection: sent.detection, site: sent.site,
  }, header);
}

export function statusEdit(detection: Detection, code: number): OffsetEdit | undefined {
  const newText = statusText(detection, code);
  return newText === undefined ? undefined : { start: detection.start, end: detection.end, newText };
}

/** Sorts edits and folds an insertion that touches a replacement into it, so no two edits touch. */
function normalizeEdits(edits: OffsetEdit[]): OffsetEdit[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: OffsetEdit[] = [];
  for (const edit of sorted) {
    const last = out[out.length - 1];
    if (last && edit.start === last.end && (edit.start === edit.end || last.start === last.end)) {
      out[out.length - 1] = { start: last.start, end: edit.end, newText: last.newText + edit.newText };
    } else if (last && edit.start < last.end) {
      return []; // Overlapping edits: better no fix than a broken one.
    } else {
      out.push(edit);
    }
  }
  return out;
}

export function fix(title: string, edits: (OffsetEdit | undefined)[] | undefined, isPreferred = false): Fix[] {
  if (!edits || edits.some((e) => e === undefined)) return [];
  const normalized = normalizeEdits(edits as OffsetEdit[]);
  return normalized.length ? [{ title, edits: normalized, isPreferred }] : [];
}

/** "503 Service Unavailable" from the dataset, or just "503". */
export function codeLabel(ctx: RuleContext, code: number): string {
  const name = ctx.index.primary(code)?.name;
  return name ? `${code} ${name}` : String(code);
}
