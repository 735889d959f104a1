// Rule 1 (flagship): 500/502 sent where the code around speaks of maintenance, overload or rate
// limiting → 503 Service Unavailable with Retry-After tells clients the condition is temporary.
import { Rule, RuleContext, Finding } from '../types';
import { surroundingRegion } from '../lookAround';
import { codeLabel, fix, handlerMentionsHeader, headerEdits, sentStatuses, statusEdit } from '../ruleHelpers';

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
  check(ctx: RuleContext): Finding[] {
    const findings: Finding[] = [];
    for (const sent of sentStatuses(ctx, (c) => c === 500 || c === 502)) {
      const { detection } = sent;
      const lines = surroundingRegion(ctx.text, ctx.masked, detection.start, ctx.family, 6);
      // At most 2,000 characters either side: the words that explain a status sit next to it.
      const region = { start: Math.max(lines.start, detection.start - 2000), end: Math.min(lines.end, detection.end + 2000) };
      // Other status codes in the region ("ServiceUnavailable" in a neighbouring branch) are not evidence.
      const list = ctx.analysis.detections;
      let lo = 0;
      for (let hi = list.length; lo < hi;) {
        const mid = (lo + hi) >> 1;
        if (list[mid].start < region.start) lo = mid + 1;
        else hi = mid;
      }
      const pieces: string[] = [];
      let at = region.start;
      for (let k = lo; k < list.length && list[k].start < region.end; k++) {
        const other = list[k];
        if (other.end > region.end || other.start < at) continue;
        pieces.push(ctx.text.slice(at, other.start), ' '.repeat(other.end - other.start));
        at = other.end;
      }
      pieces.push(ctx.text.slice(at, region.end));
      const regionText = pieces.join('');
      const words = wordsOf(regionText);
      const match = unavailableWords.exec(words) ?? (detection.code === 500 ? unavailableFor500.exec(words) : null);
      if (!match) continue;
      findings.push({
        rule: this.id, start: detection.start, end: detection.end,
        message: `Use 503 Service Unavailable with Retry-After: ${codeLabel(ctx, detection.code)} here looks like a temporary `
          + `condition ("${match[1]}"), and 503 tells clients and caches it will pass and when to try again (${this.basis}).`,
        fixes: () => {
          const change = statusEdit(detection, 503);
          const header = handlerMentionsHeader(ctx, detection, /retry[-_ ]?after/i)
            ? [] : headerEdits(ctx, sent, { name: 'Retry-After', value: String(ctx.retryAfterSeconds), numeric: true });
          const both = header ? fix(`Use 503 Service Unavailable with Retry-After: ${ctx.retryAfterSeconds}`, [change, ...header], true) : [];
          return both.length ? both : fix('Use 503 Service Unavailable', [change]);
        },
      });
    }
    return findings;
  },
};
