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
    const helpers = goStatusHelpers(masked);
    for (let h = headerCall.exec(masked); h; h = headerCall.exec(masked)) {
      const writer = h[1];
      const at = h.index;
      // A trailer (`http.TrailerPrefix + name`) is meant to be set after the body.
      if (/^\s*http\.TrailerPrefix\b/.test(masked.slice(at + h[0].length, at + h[0].length + 40))) continue;
      const writes = writesBefore(masked, writer, at, helpers);
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
function writesBefore(masked: string, writer: string, offset: number, helpers: readonly string[] = []): { last: { at: number; what: string }; moveBefore?: { at: number; what: string } } | undefined {
  const w = writer.replace(/[$]/g, '\\$&');
  // Template output (`tmpl.Execute(w, …)`) and helpers of this file that call WriteHeader on their writer write too.
  // (Every alternative starts with a literal: the window is scanned for each header call.)
  const callers = ['fmt\\.Fprint\\w*', 'io\\.WriteString', 'io\\.Copy', 'http\\.Error', ...helpers].join('|');
  const writes = new RegExp(`\\b${w}\\.(WriteHeader|Write)\\(|\\.Execute(?:Template)?\\(\\s*${w}\\s*,|(?<![\\w.])(?:${callers})\\(\\s*${w}\\s*,|json\\.NewEncoder\\(\\s*${w}\\s*\\)\\.Encode\\(`, 'g');
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
  // A write inside a block that closed before the header call (a loop, an if) counts when that block falls through.
  let nested: { at: number; what: string } | undefined;
  let nestedClose = -1;
  let next = found.length - 1;
  for (let k = offset - 1; k >= windowStart + funcStart && next >= 0; k--) {
    while (next >= 0 && found[next].at > k) next--;
    if (next >= 0 && found[next].at === k) {
      if (depth === 0) {
        last ??= found[next];
        if (outside) earlierOutside = true;
        else firstInBlock = found[next];
      } else {
        nested ??= found[next];
      }
    }
    const c = masked.charCodeAt(k);
    if (c === 125) { // }
      if (depth === 0) nestedClose = k;
      depth++;
    } else if (c === 123) { // {
      if (depth > 0) {
        depth--;
        if (depth === 0 && nested && !last) {
          const header = masked.slice(Math.max(0, masked.lastIndexOf('\n', k) + 1), k);
          if (!/\b(?:return|panic|continue|break|goto)\b|os\.Exit/.test(masked.slice(k, nestedClose)) && !/\bfunc\b/.test(header)) last = nested;
        }
        if (depth === 0) nested = undefined;
      } else outside = true;
    }
  }
  if (!last) return undefined;
  return { last, ...(firstInBlock && !earlierOutside ? { moveBefore: firstInBlock } : {}) };
}

let lastHelpers: { masked: string; names: string[] } | undefined;

/** Functions of this file that call WriteHeader on their http.ResponseWriter parameter: `func writeJSON(w http.ResponseWriter, …)`. */
export function goStatusHelpers(masked: string): string[] {
  if (lastHelpers?.masked === masked) return lastHelpers.names;
  const names: string[] = [];
  const signature = /\bfunc\s+(?:\([^)]*\)\s*)?([A-Za-z_]\w*)\s*\(\s*([A-Za-z_]\w*)\s+http\.ResponseWriter\b/g;
  for (let m = signature.exec(masked); m; m = signature.exec(masked)) {
    const open = masked.indexOf('{', m.index + m[0].length);
    if (open < 0) break;
    const close = masked.indexOf('\n}', open);
    const body = masked.slice(open, close < 0 ? Math.min(masked.length, open + 4000) : Math.min(close, open + 4000));
    if (new RegExp(`\\b${m[2]}\\.WriteHeader\\(`).test(body)) names.push(m[1]);
  }
  lastHelpers = { masked, names };
  return names;
}
