// Rule 10: Retry-After is either delta-seconds (a non-negative integer) or an HTTP-date.
import { Rule, RuleContext, Finding } from '../types';

const day = '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)';
const month = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)';
const time = '\\d\\d:\\d\\d:\\d\\d';
const imfFixdate = new RegExp(`^${day}, \\d\\d ${month} \\d{4} ${time} GMT$`);
const rfc850 = new RegExp(`^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), \\d\\d-${month}-\\d\\d ${time} GMT$`);
const asctime = new RegExp(`^${day} ${month} (?: \\d|\\d\\d) ${time} \\d{4}$`);

export function isValidRetryAfter(value: string): boolean {
  return /^\d+$/.test(value) || imfFixdate.test(value) || rfc850.test(value) || asctime.test(value);
}

/** "30s", "2 minutes", "1h" → seconds; undefined when the meaning is not plain. */
function secondsOf(value: string): number | undefined {
  const m = /^\s*(\d+)\s*(s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?)\s*$/i.exec(value);
  if (!m) return undefined;
  const unit = m[2].toLowerCase();
  const factor = unit.startsWith('h') ? 3600 : unit.startsWith('m') ? 60 : 1;
  return Number(m[1]) * factor;
}

const rawHeader = /^Retry-After:[ \t]*(.*?)[ \t]*$/gim;

export const invalidRetryAfter: Rule = {
  id: 'invalid-retry-after',
  defaultSeverity: 'warning',
  basis: 'RFC 9110 §10.2.3',
  description: 'A Retry-After value that is neither delta-seconds nor an HTTP-date.',
  check(ctx: RuleContext): Finding[] {
    const findings: Finding[] = [];
    const report = (valueStart: number, value: string, quoted: boolean) => {
      if (isValidRetryAfter(value) || /\$\{|#\{|\{\w*\}|%[sd]|^\s*\{|^\$/.test(value)) return;
      const seconds = secondsOf(value);
      findings.push({
        rule: this.id, start: valueStart, end: valueStart + value.length,
        message: `Retry-After "${value}" is neither a number of seconds nor an HTTP-date: clients ignore it (${this.basis}).`,
        fixes: () => seconds === undefined ? [] : [{
          title: `Write ${seconds} (seconds)`, isPreferred: true,
          edits: [{ start: valueStart, end: valueStart + value.length, newText: quoted ? String(seconds) : String(seconds) }],
        }],
      });
    };
    const { text } = ctx;
    // Only a write gives Retry-After a value (issue 15): not a list of header names, not a read with a default.
    // Finding the header writes masks the file: not worth it for a file that never names the header.
    const named = /retry[-_]?after/i.test(text);
    for (const write of named ? ctx.headerWrites : []) {
      if (write.name !== 'retry-after' || !write.value) continue;
      report(write.value.start, write.value.text, write.value.quoted);
    }
    if (ctx.family === 'unknown' || /\.http$/.test(ctx.uri)) {
      rawHeader.lastIndex = 0;
      for (let m = rawHeader.exec(text); m; m = rawHeader.exec(text)) {
        report(m.index + m[0].indexOf(m[1], 'Retry-After:'.length), m[1], false);
      }
    }
    return findings;
  },
};
