// Rule 1 (flagship): 500/502 sent where the code around speaks of maintenance, overload or rate
// limiting → 503 Service Unavailable with Retry-After tells clients the condition is temporary.
import { Rule, RuleContext, Finding } from '../types';
import { statementEnd } from '../lookAround';
import { Scope } from '../scopes';
import { codeLabel, fix, headerEdits, responseHasHeader, SentStatus, sentStatuses, statusEdit } from '../ruleHelpers';

const unavailableWords = /\b(maintenance|maint mode|overload(?:ed|ing)?|over capacity|at capacity|too many|rate ?limit(?:ed|ing|er|s)?|throttl\w*|try again later|temporarily unavailable|load shed\w*|shedding load|backpressure|circuit (?:breaker|open)|server busy|down for \w+)\b/;
/** For 500 only: "database unavailable" is this server being unable to serve; for 502 an unavailable upstream is exactly what 502 says. */
const unavailableFor500 = /\b((?:service |temporarily )?unavailable)\b/;

/** Splits camelCase and snake/kebab words so `isMaintenanceMode` and `rate_limited` read as words. */
export function wordsOf(text: string): string {
  return text.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').toLowerCase();
}

export const preferServiceUnavailable: Rule = {
  id: 'prefer-503-for-unavailable',
  defaultSeverity: 'hint',
  basis: 'RFC 9110 §15.6.4, §10.2.3',
  description: 'A 500/502 sent for maintenance, overload or rate limiting: use 503 Service Unavailable with Retry-After.',
  readsDetections: true,
  check(ctx: RuleContext): Finding[] {
    const findings: Finding[] = [];
    for (const sent of sentStatuses(ctx, (c) => c === 500 || c === 502)) {
      const { detection } = sent;
      const words = wordsOf(evidenceRanges(ctx, sent).map(([from, to]) => textWithoutCodes(ctx, from, to)).join('\n'));
      const match = unavailableWords.exec(words) ?? (detection.code === 500 ? unavailableFor500.exec(words) : null);
      if (!match) continue;
      findings.push({
        rule: this.id, start: detection.start, end: detection.end,
        message: `Use 503 Service Unavailable with Retry-After: ${codeLabel(ctx, detection.code)} here looks like a temporary `
          + `condition ("${match[1]}"), and 503 tells clients and caches it will pass and when to try again (${this.basis}).`,
        fixes: () => {
          const change = statusEdit(detection, 503);
          const header = responseHasHeader(ctx, sent, 'retry-after')
            ? [] : headerEdits(ctx, sent, { name: 'Retry-After', value: String(ctx.retryAfterSeconds), numeric: true });
          const both = header ? fix(`Use 503 Service Unavailable with Retry-After: ${ctx.retryAfterSeconds}`, [change, ...header], true) : [];
          return both.length ? both : fix('Use 503 Service Unavailable', [change]);
        },
      });
    }
    return findings;
  },
};

/** At most this much of a block's own text is read either side of the status: the words that explain it sit next to it. */
const blockReach = 2000;

/**
 * Where words may explain this status (issue 15): its own statement (the message it sends), the text of
 * the branch that sends it — its condition and its own statements, not those of nested branches that do
 * not hold the status, nor other `case`s of a switch —, the conditions of the branches around it, and the
 * header of the function that sends it (its name, its route). Never a sibling branch, another handler,
 * or another function's comment.
 */
function evidenceRanges(ctx: RuleContext, sent: SentStatus): [number, number][] {
  const at = sent.detection.start;
  const ranges: [number, number][] = [[sent.site.statement, statementEnd(ctx.masked, at)]];
  const innermost = ctx.scopes.innermost(at);
  const own = innermost.kind === 'object' && innermost.parent ? innermost.parent : innermost;
  // The block's own text, from its header (or the `case` label the status follows) to its end (or the next
  // `case`), minus the child blocks that do not hold the status.
  const switchBlock = own.kind === 'branch' && /^\s*(?:switch|select)\b/.test(ctx.masked.slice(own.headerStart, own.open));
  const lo = Math.max(switchBlock ? caseLabelBefore(ctx, own, at) : own.kind === 'root' ? 0 : own.headerStart, at - blockReach);
  const hi = Math.min(switchBlock ? caseLabelAfter(ctx, own, at) : own.end, at + blockReach);
  let cursor = lo;
  const children = own.children;
  // Children are in text order and do not overlap: start at the first one that ends after `lo`.
  let first = 0;
  for (let top = children.length; first < top;) {
    const mid = (first + top) >> 1;
    if (children[mid].end <= lo) first = mid + 1;
    else top = mid;
  }
  for (let k = first; k < children.length && children[k].headerStart < hi; k++) {
    const child = children[k];
    if (child.end <= cursor) continue;
    if (child.open <= at && at < child.end) continue;
    if (child.headerStart > cursor) ranges.push([cursor, child.headerStart]);
    cursor = child.end;
  }
  if (cursor < hi) ranges.push([cursor, hi]);
  if (switchBlock) ranges.push([own.headerStart, own.open]);
  // Conditions of the enclosing branches, up to the function's own header.
  for (let s: Scope | undefined = own.parent; s && own.kind !== 'function' && s.kind !== 'root'; s = s.parent) {
    if (s.kind === 'branch' || s.kind === 'function') ranges.push([s.headerStart, s.open]);
    if (s.kind === 'function' || s.kind === 'class') break;
  }
  return ranges;
}

const caseLabel = /\b(?:case\b[^:\n]*|default\s*):(?!:)/g;

/** Where the `case …:` label the status follows starts (its condition), in a switch block. */
function caseLabelBefore(ctx: RuleContext, block: Scope, at: number): number {
  let found = block.open;
  caseLabel.lastIndex = block.open;
  for (let m = caseLabel.exec(ctx.masked); m && m.index < at; m = caseLabel.exec(ctx.masked)) found = m.index;
  return found;
}

/** Where the next `case` after the status starts, in a switch block (its end when none). */
function caseLabelAfter(ctx: RuleContext, block: Scope, at: number): number {
  caseLabel.lastIndex = at;
  const m = caseLabel.exec(ctx.masked);
  return m && m.index < block.end ? m.index : block.end;
}

/** The text of [from, to) with the status codes detected in it blanked: "ServiceUnavailable" elsewhere is not evidence. */
function textWithoutCodes(ctx: RuleContext, from: number, to: number): string {
  const list = ctx.analysis.detections;
  let lo = 0;
  for (let hi = list.length; lo < hi;) {
    const mid = (lo + hi) >> 1;
    if (list[mid].start < from) lo = mid + 1;
    else hi = mid;
  }
  const pieces: string[] = [];
  let at = from;
  for (let k = lo; k < list.length && list[k].start < to; k++) {
    const other = list[k];
    if (other.end > to || other.start < at) continue;
    pieces.push(ctx.text.slice(at, other.start), ' '.repeat(other.end - other.start));
    at = other.end;
  }
  pieces.push(ctx.text.slice(at, to));
  return pieces.join('');
}
