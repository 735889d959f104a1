// Analysis of a big source file as independent segments, reusing every segment the edit did not touch
// (issue 8, typing: a keystroke in a 1 MB file re-analyses a few KB, not the megabyte).
//
// A segment's analysis is a function of its text and of the few document-wide facts detection reads
// (the file's hints, the helpers it defines): each result records what it asked and the answers it
// got, and is reused only when the text and every answer are still the same. So the incremental
// result is, by construction, the one a fresh analysis of the same text would give.
import { Detection } from '../detection/types';
import { DetectionScope } from '../detection/codeDetector';
import { FileHints, hintsHeadLength } from '../detection/familyRules';
import { findStatusCodes } from '../detection/findStatusCodes';
import { LanguageFamily } from '../detection/languages';
import { StatusParameters, statusParameters } from '../detection/statusParameters';
import { firstNeutralBoundary, pieceStarts } from './segmentBoundaries';

/** What one segment's text gave; shared by every version of the document that holds this text. */
export interface SegmentResult {
  /**
   * A slice of the current version's text, moved to each new version that still holds it: nothing
   * here keeps an older version of the document string alive (see `detached`).
   */
  text: string;
  /** Whether the segment ends in code at depth 0 (every segment but possibly the last). */
  readonly neutral: boolean;
  /** Helpers the segment defines (`defaults` in segment offsets). */
  readonly helpers: StatusParameters;
  /** In segment offsets. */
  readonly detections: Detection[];
  /** The document-wide facts detection asked for, with their answers. */
  readonly hintAnswers: ReadonlyMap<string, boolean>;
  readonly helperAnswers: ReadonlyMap<string, number | undefined>;
}

export interface Segment {
  start: number;
  result: SegmentResult;
}

/** A segment of the new version, before detection: where it is, and the result it may reuse. */
interface Span {
  start: number;
  end: number;
  neutral: boolean;
  /** The earlier result for the same text, if any (still to be checked against the answers). */
  old?: SegmentResult;
}

/**
 * Splits `text` into segments and analyses those the previous version does not already hold: the
 * segments before and after the edited stretch are found by comparing their texts (no hashing, no
 * scan of the whole text), and only the stretch between them is split and analysed again.
 */
export function analyzeSegments(
  text: string, languageId: string, uri: string, family: LanguageFamily, previous: readonly Segment[] | undefined,
): Segment[] {
  const spans = previous?.length ? resegment(text, family, previous) : segmentFrom(text, family, 0, new Map()).spans;

  // The helpers the whole document defines, in order (the first definition of a name wins).
  const helpersOf = spans.map((span) => span.old?.helpers ?? detachedHelpers(statusParameters(text.slice(span.start, span.end))));
  const byName = documentHelpers(helpersOf);

  // Detection, for the segments whose text or answers changed. When the document-wide facts are those
  // the previous version was analysed under (a keystroke anywhere but in the head or in a helper's
  // definition), every answer an earlier segment recorded still holds.
  const before = previous && factsOf.get(previous);
  const head = text.slice(0, hintsHeadLength);
  const sameHead = before?.head === head;
  const hintsHead = sameHead ? before!.head : detached(head);
  const documentHints = sameHead ? before!.hints : new FileHints(hintsHead);
  const sameFacts = sameHead && sameEntries(byName, before!.byName);
  const answersHold = (result: SegmentResult): boolean => {
    if (sameFacts) return true;
    for (const [marker, answer] of result.hintAnswers) if (documentHints.has(marker) !== answer) return false;
    for (const [name, answer] of result.helperAnswers) if (byName.get(name) !== answer) return false;
    return true;
  };
  const segments = spans.map((span, k): Segment => {
    if (span.old && span.old.neutral === span.neutral && answersHold(span.old)) return { start: span.start, result: span.old };
    const own = text.slice(span.start, span.end);
    const hints = new AnsweredHints(documentHints);
    const helpers: StatusParameters = { byName: new AnsweredLookups(byName), defaults: helpersOf[k].defaults };
    const scope: DetectionScope = { hints, helpers };
    const detections = findStatusCodes(own, languageId, uri, scope).sort((x, y) => x.start - y.start).map(detachedDetection);
    const asked = (helpers.byName as AnsweredLookups).asked;
    const helperAnswers = asked.size ? new Map<string, number | undefined>() : noAnswers;
    for (const [name, answer] of asked) (helperAnswers as Map<string, number | undefined>).set(detached(name), answer);
    const result: SegmentResult = { text: own, neutral: span.neutral, helpers: helpersOf[k], detections, hintAnswers: hints.asked.size ? hints.asked : noAnswers, helperAnswers };
    return { start: span.start, result };
  });
  factsOf.set(segments, { head: hintsHead, hints: documentHints, byName });
  return segments;
}

/** The document-wide facts a version's segments were analysed under, for the next version to compare with. */
interface DocumentFacts {
  /** The head hints are read from (detached from the document string). */
  head: string;
  hints: FileHints;
  byName: ReadonlyMap<string, number>;
}

const factsOf = new WeakMap<readonly Segment[], DocumentFacts>();

/** The head of the document `segments` were made of (hints and imports are read there), detached from its string. */
export function documentHead(segments: readonly Segment[]): string {
  const facts = factsOf.get(segments);
  if (!facts) throw new Error('segments not made by analyzeSegments');
  return facts.head;
}

function sameEntries(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): boolean {
  if (a.size !== b.size) return false;
  for (const [key, value] of a) if (b.get(key) !== value) return false; // values are numbers, never undefined
  return true;
}

/** The spans of the new text: old segments kept where their text is unchanged, the stretch between split anew. */
function resegment(text: string, family: LanguageFamily, previous: readonly Segment[]): Span[] {
  const oldLength = previous[previous.length - 1].start + previous[previous.length - 1].result.text.length;
  const delta = text.length - oldLength;
  const holds = (segment: Segment, start: number): boolean => {
    const { result } = segment;
    if (start < 0 || start + result.text.length > text.length) return false;
    const now = text.slice(start, start + result.text.length);
    if (now !== result.text) return false;
    result.text = now;
    return true;
  };
  // Unchanged from the start. The last of them is split again too: the edit may have removed the
  // boundary at its end (a boundary depends on the line after it).
  let head = 0;
  while (head < previous.length && holds(previous[head], previous[head].start)) head++;
  if (head === previous.length && delta === 0) return previous.map(keep(0));
  const redoFrom = Math.max(0, head - 1);
  const resumeAt = previous[redoFrom].start;
  // Unchanged to the end, shifted by `delta`: splitting stops as soon as it reaches one of their starts.
  let tail = previous.length;
  while (tail - 1 > redoFrom && holds(previous[tail - 1], previous[tail - 1].start + delta)) tail--;
  const syncAt = new Map<number, number>();
  for (let k = tail; k < previous.length; k++) syncAt.set(previous[k].start + delta, k);
  const { spans, syncedAt } = segmentFrom(text, family, resumeAt, syncAt);
  // Split anew, most of the stretch is still text an old segment had (the one before the edit, at least).
  const known = new Map<string, SegmentResult>();
  for (let k = redoFrom; k < tail; k++) known.set(previous[k].result.text, previous[k].result);
  for (const span of spans) {
    const now = text.slice(span.start, span.end);
    span.old = known.get(now);
    if (span.old) span.old.text = now;
  }
  const before = previous.slice(0, redoFrom).map(keep(0));
  const after = syncedAt === undefined ? [] : previous.slice(syncedAt).map(keep(delta));
  return [...before, ...spans, ...after];
}

function keep(delta: number): (segment: Segment) => Span {
  return ({ start, result }) => ({ start: start + delta, end: start + delta + result.text.length, neutral: result.neutral, old: result });
}

/**
 * Splits `text` from the boundary `from` (segmentBoundaries.ts). Stops at the
 * first segment start found in `syncAt` (what follows is unchanged) and says which old segment that is.
 */
function segmentFrom(text: string, family: LanguageFamily, from: number, syncAt: ReadonlyMap<number, number>): { spans: Span[]; syncedAt?: number } {
  const spans: Span[] = [];
  // Line starts are looked for a little past the first old start that may follow, and further only if needed.
  let reach = syncAt.size ? Math.min(text.length, Math.min(...syncAt.keys()) + 8 * 1024) : text.length;
  let starts = pieceStarts(text, from, reach);
  starts.push(reach);
  let i = 0;
  for (;;) {
    const start = starts[i];
    const synced = syncAt.get(start);
    if (synced !== undefined && start > from) return { spans, syncedAt: synced };
    if (start >= text.length) return { spans };
    const last = starts.length - 1;
    const j = firstNeutralBoundary(text, family, starts, i);
    if (j === last && reach < text.length) {
      // Ran past what was split so far: split the rest of the text and go on from this segment's start.
      reach = text.length;
      starts = pieceStarts(text, start, reach);
      starts.push(reach);
      i = 0;
      continue;
    }
    spans.push({ start, end: starts[j], neutral: j < last });
    i = j;
  }
}

/** The document's detections, in document offsets. */
export function documentDetections(segments: readonly Segment[]): Detection[] {
  const out: Detection[] = [];
  for (const { start, result } of segments) {
    if (start === 0) for (const d of result.detections) out.push(d);
    else for (const d of result.detections) out.push({ ...d, start: d.start + start, end: d.end + start });
  }
  return out;
}

/**
 * What detection needs to look at the segment holding `offset` as part of the document: its text,
 * where it starts, and the document's hints and helpers (completion probes a code there).
 */
export function probeScope(text: string, segments: readonly Segment[], offset: number): { start: number; text: string; scope: DetectionScope } | undefined {
  const segment = segments[segmentIndexAt(segments, offset)];
  if (!segment) return undefined;
  const byName = documentHelpers(segments.map(({ result }) => result.helpers));
  const helpers: StatusParameters = { byName, defaults: segment.result.helpers.defaults };
  return { start: segment.start, text: segment.result.text, scope: { hints: new FileHints(text), helpers } };
}

/** The index of the segment holding `offset` (the last one for the end of the document). */
export function segmentIndexAt(segments: readonly Segment[], offset: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segments[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The helpers the whole document defines, segment after segment: the first definition of a name wins. */
function documentHelpers(perSegment: readonly StatusParameters[]): Map<string, number> {
  const byName = new Map<string, number>();
  for (const helpers of perSegment) {
    if (helpers.byName.size === 0) continue;
    for (const [name, index] of helpers.byName) if (!byName.has(name)) byName.set(name, index);
  }
  return byName;
}

/** The document-wide lookups of one segment's detection, answered from the whole document and recorded. */
class AnsweredLookups extends Map<string, number> {
  readonly asked = new Map<string, number | undefined>();

  constructor(private readonly source: ReadonlyMap<string, number>) {
    super();
  }

  override get(name: string): number | undefined {
    const answer = this.source.get(name);
    this.asked.set(name, answer);
    return answer;
  }
}

/** The document's hints, as one segment's detection asked them. */
class AnsweredHints extends FileHints {
  readonly asked = new Map<string, boolean>();

  constructor(private readonly source: FileHints) {
    super('');
  }

  override has(marker: string): boolean {
    const answer = this.source.has(marker);
    this.asked.set(marker, answer);
    return answer;
  }
}

/**
 * `s`, sharing no memory with the text it came from. V8 keeps a slice of 13 or more characters (and a
 * concatenation of them) as a pointer into its parent: a detection's text or a helper's name kept
 * from version to version would keep the whole document string of its version alive.
 */
export function detached(s: string): string {
  // Slicing a concatenation makes V8 copy it into a new string first: the slice's parent is that copy.
  return s.length < 13 ? s : (` ${s}`).slice(1);
}

function detachedDetection(d: Detection): Detection {
  const out: Detection = { ...d, text: detached(d.text), context: detached(d.context) };
  if (d.note !== undefined) out.note = detached(d.note);
  return out;
}

/**
 * Shared by the segments that recorded nothing or define no helper (most of them): a big file has one
 * segment per 2 KB, and 100 open documents of 100 KB held ~4,300 empty maps.
 */
const noAnswers: ReadonlyMap<string, never> = new Map<string, never>();
const noHelpers: StatusParameters = { byName: new Map(), defaults: new Set() };

function detachedHelpers(helpers: StatusParameters): StatusParameters {
  if (helpers.byName.size === 0 && helpers.defaults.size === 0) return noHelpers;
  const byName = new Map<string, number>();
  for (const [name, index] of helpers.byName) byName.set(detached(name), index);
  return { byName, defaults: helpers.defaults };
}
