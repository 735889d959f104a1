// Rule 9: in Go net/http, header changes after WriteHeader or Write are silently ignored:
// the headers left with the status line.
import { Rule, RuleContext, Finding } from '../types';
import { indentAt, lineEndAt, lineStartAt, matchingClose, openBracketBefore } from '../lookAround';

export const goHeaderAfterWrite: Rule = {
  id: 'go-header-after-write',
  defaultSeverity: 'error',
  basis: 'Go net/http ResponseWriter documentation',
  description: 'Go: a header set after WriteHeader/Write on the same writer, which has no effect.',
  check(ctx: RuleContext): Finding[] {
    if (ctx.family !== 'go') return [];
    const { masked, text } = ctx;
    const findings: Finding[] = [];
    const headerCall = /\b([A-Za-z_]\w*)\.Header\(\)\.(Set|Add|Del)\(/g;
    for (let h = headerCall.exec(masked); h; h = headerCall.exec(masked)) {
      const writer = h[1];
      const at = h.index;
      const write = lastWriteBefore(masked, writer, at);
      if (!write) continue;
      const headerLineStart = lineStartAt(masked, at);
      const headerLineEnd = lineEndAt(masked, at);
      const headerStatement = text.slice(headerLineStart, headerLineEnd).trim();
      const writeLineStart = lineStartAt(masked, write.at);
      const movable = masked.slice(headerLineStart, at).trim() === '' && /\)\s*$/.test(masked.slice(at, headerLineEnd))
        && masked.slice(lineStartAt(masked, write.at), write.at).trim() === '';
      findings.push({
        rule: this.id, start: at, end: at + h[0].length - 1,
        message: `${writer}.Header().${h[2]} after ${write.what} has no effect: headers are sent with the status. Set it before (${this.basis}).`,
        fixes: () => movable ? [{
          title: `Move before ${write.what}`, isPreferred: true,
          edits: [
            { start: writeLineStart, end: writeLineStart, newText: `${indentAt(text, write.at)}${headerStatement}\n` },
            { start: headerLineStart, end: Math.min(text.length, headerLineEnd + 1), newText: '' },
          ],
        }] : [],
      });
    }
    return findings;
  },
};

/** The last write on `writer` before `offset` in the same block or an enclosing one, within the function. */
function lastWriteBefore(masked: string, writer: string, offset: number): { at: number; what: string } | undefined {
  const w = writer.replace(/[$]/g, '\\$&');
  const writes = new RegExp(`\\b${w}\\.(WriteHeader|Write)\\(|\\b(?:fmt\\.Fprint\\w*|io\\.WriteString|io\\.Copy|http\\.Error)\\(\\s*${w}\\s*,|json\\.NewEncoder\\(\\s*${w}\\s*\\)\\.Encode\\(`, 'g');
  // Within the function, and at most 20,000 characters back (bounded work per header call).
  const windowStart = Math.max(0, offset - 20000);
  const head = masked.slice(windowStart, offset);
  const funcStart = windowStart + Math.max(head.lastIndexOf('\nfunc '), head.lastIndexOf('func('), 0);
  let found: { at: number; what: string } | undefined;
  writes.lastIndex = funcStart;
  for (let m = writes.exec(masked); m && m.index < offset; m = writes.exec(masked)) {
    // The write's block must still be open at `offset`: the same block or an enclosing one.
    const open = openBracketBefore(masked, m.index, '{', 20000);
    const close = open < 0 ? -1 : matchingClose(masked, open, 40000);
    if (open >= 0 && close >= 0 && close < offset) continue;
    const what = m[1] ? `${writer}.${m[1]}` : m[0].replace(/\($/, '').replace(/\(.*$/, '');
    found = { at: m.index, what };
  }
  return found;
}
