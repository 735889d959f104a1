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

// The header name (quoted, or a framework constant), a separator, then a quoted or numeric value.
export const headerValue = /(?:(['"])retry-after\1|HttpHeaders\.RETRY_AFTER|HeaderNames\.RetryAfter|Headers\.RetryAfter)\s*(?:,|:|=>|\]\s*=|=)\s*(?:(['"`])((?:(?!\2)[^\\\n]|\\.)*)\2|(-?\d+(?:\.\d+)?)\b)/gi;
const headerValueAt = new RegExp(headerValue.source, 'iy');
const retryWord = /retry/gi;

/**
 * What the global `headerValue` finds in `text`. Each of its header names holds "retry" (any case) 1, 8 or
 * 12 characters after the match start (`'retry-after'`, `Headers.RetryAfter`, `HttpHeaders.RETRY_AFTER`,
 * `HeaderNames.RetryAfter`), so the sticky pattern is tried only there, in order, after the last match
 * (issue 8: the global search tried every position of every text).
 */
export function headerValues(text: string): RegExpExecArray[] {
  const starts: number[] = [];
  retryWord.lastIndex = 0;
  for (let m = retryWord.exec(text); m; m = retryWord.exec(text)) {
    for (const back of [12, 8, 1]) if (m.index >= back) starts.push(m.index - back);
  }
  starts.sort((a, b) => a - b);
  const out: RegExpExecArray[] = [];
  let from = 0;
  for (const start of starts) {
    if (start < from) continue;
    headerValueAt.lastIndex = start;
    const m = headerValueAt.exec(text);
    if (m) {
      out.push(m);
      from = start + m[0].length;
    }
  }
  return out;
}

const nginxHeader = /\badd_header\s+Retry-After\s+("?)([^";\s]*)\1/gi;
const rawHeader = /^Retry-After:[ \t]*(.*?)[ \t]*$/gim;

export const invalidRetryAfter: Rule = {
  id: 'invalid-retry-after',
  defaultSeverity: 'warning',
  basis: 'RFC 9110 §10.2.3',
  description: 'A Retry-After value that is neither delta-seconds nor an HTTP-date.',
  check(ctx: RuleContext): Finding[] {
    const findings: Finding[] = [];
    const report = (valueStart: number, value: string, quoted: boolean) => {
      if (isValidRetryAfter(value) || /\$\{|#\{|\{\w*\}|%[sd]|^\s*\{/.test(value)) return;
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
    for (const m of headerValues(text)) {
      if (m[3] !== undefined) {
        if (m[2] === '`' && m[3].includes('${')) continue;
        report(m.index + m[0].length - m[3].length - 1, m[3], true);
      } else if (m[4] !== undefined) {
        report(m.index + m[0].length - m[4].length, m[4], false);
      }
    }
    if (ctx.family === 'nginx') {
      nginxHeader.lastIndex = 0;
      for (let m = nginxHeader.exec(text); m; m = nginxHeader.exec(text)) {
        if (!m[2].startsWith('$')) report(m.index + m[0].length - m[2].length - m[1].length, m[2], false);
      }
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
