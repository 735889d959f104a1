// Rule 9: in Go net/http, header changes after WriteHeader or Write are silently ignored:
// the headers left with the status line.
import { Rule, RuleContext, Finding } from '../types';
import { indentAt, lineEndAt, lineStartAt } from '../lookAround';

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
      const writes = writesBefore(masked, writer, at);
      if (!writes) continue;
      const write = writes.last;
      const target = writes.moveBefore;
      const headerLineStart = lineStartAt(masked, at);
      const headerLineEnd = lineEndAt(masked, at);
      const headerStatement = text.slice(headerLineStart, headerLineEnd).trim();
      const writeLineStart = target ? lineStartAt(masked, target.at) : 0;
      const movable = target !== undefined && masked.slice(headerLineStart, at).trim() === '' && /\)\s*$/.test(masked.slice(at, headerLineEnd))
        && masked.slice(writeLineStart, target.at).trim() === '';
      findings.push({
        rule: this.id, start: at, end: at + h[0].length - 1,
        message: `${writer}.Header().${h[2]} after ${write.what} has no effect: headers are sent with the status. Set it before (${this.basis}).`,
        fixes: () => movable ? [{
          title: `Move before ${target.what}`, isPreferred: true,
          edits: [
            { start: writeLineStart, end: writeLineStart, newText: `${indentAt(text, target.at)}${headerStatement}\n` },
            { start: headerLineStart, end: Math.min(text.length, headerLineEnd + 1), newText: '' },
          ],
        }] : [],
      });
    }
    return findings;
  },
};

/**
 * The writes on `writer` before `offset` in the same block or an enclosing one, within the function:
 * the last one (what the header comes after), and where the header can move to — before the first
 * write of its own block, when no write in an enclosing block came before that (moving out of the
 * block would change when the header is set).
 */
function writesBefore(masked: string, writer: string, offset: number): { last: { at: number; what: string }; moveBefore?: { at: number; what: string } } | undefined {
  const w = writer.replace(/[$]/g, '\\$&');
  const writes = new RegExp(`\\b${w}\\.(WriteHeader|Write)\\(|\\b(?:fmt\\.Fprint\\w*|io\\.WriteString|io\\.Copy|http\\.Error)\\(\\s*${w}\\s*,|json\\.NewEncoder\\(\\s*${w}\\s*\\)\\.Encode\\(`, 'g');
  // Within the function, and at most 8,000 characters back (bounded work per header call).
  const windowStart = Math.max(0, offset - 8000);
  const head = masked.slice(windowStart, offset);
  const funcStart = Math.max(head.lastIndexOf('\nfunc '), head.lastIndexOf('func('), 0);
  const found: { at: number; what: string }[] = [];
  writes.lastIndex = funcStart;
  for (let m = writes.exec(head); m; m = writes.exec(head)) {
    found.push({ at: windowStart + m.index, what: m[1] ? `${writer}.${m[1]}` : m[0].replace(/\(.*$/, '') });
  }
  // Walk back from the header call: a write counts when no block between it and the call has
  // closed (same block, or an enclosing one). `outside`: the walk has left the header's own block.
  let depth = 0;
  let outside = false;
  let last: { at: number; what: string } | undefined;
  let firstInBlock: { at: number; what: string } | undefined;
  let earlierOutside = false;
  let next = found.length - 1;
  for (let k = offset - 1; k >= windowStart + funcStart && next >= 0; k--) {
    while (next >= 0 && found[next].at > k) next--;
    if (next >= 0 && found[next].at === k && depth === 0) {
      last ??= found[next];
      if (outside) earlierOutside = true;
      else firstInBlock = found[next];
    }
    const c = masked.charCodeAt(k);
    if (c === 125) depth++; // }
    else if (c === 123) {
      if (depth > 0) depth--; // {
      else outside = true;
    }
  }
  if (!last) return undefined;
  return { last, ...(firstInBlock && !earlierOutside ? { moveBefore: firstInBlock } : {}) };
}
