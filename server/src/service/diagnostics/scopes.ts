// The block structure of a document, for rules that must judge each response on its own (issue 15):
// which function a status is sent from, which branch, and which blocks lie on the way to it. A
// structural lexer, not a parser: braces in the masked text (comments and strings blanked) for the
// brace languages and nginx, indentation for Python and Ruby. Built once per text, in linear time.
import { LanguageFamily } from '../detection/languages';

export type ScopeKind = 'root' | 'function' | 'class' | 'branch' | 'object' | 'block';

export interface Scope {
  kind: ScopeKind;
  /** Where the header starts: `if (x) `, `app.get('/x', (req, res) => `, `def view(request):`, `location /x `. */
  headerStart: number;
  /** The block's opening brace (brace languages) or the end of its header line (indentation languages). */
  open: number;
  /** Just past the block: after its `}`, or the end of its last line. */
  end: number;
  parent?: Scope;
  children: Scope[];
}

const controlWords = /^(?:if|else|elif|elsif|for|foreach|while|until|do|switch|case|when|default|try|catch|except|finally|ensure|rescue|unless|select|with|loop|match|begin)\b/;
const braceFamilies = new Set<LanguageFamily>(['javascript', 'go', 'java', 'csharp', 'php', 'rust', 'nginx']);

export class ScopeTree {
  constructor(readonly root: Scope) {}

  /** The innermost scope whose block holds `offset` (its header excluded). */
  innermost(offset: number): Scope {
    let scope = this.root;
    for (;;) {
      const child = childAt(scope, offset);
      if (!child) return scope;
      scope = child;
    }
  }

  /** The scopes from the root down to the innermost one holding `offset`. */
  path(offset: number): Scope[] {
    const out: Scope[] = [];
    for (let s: Scope | undefined = this.innermost(offset); s; s = s.parent) out.push(s);
    return out.reverse();
  }

  /** The nearest function (method, arrow, lambda, route block) around `offset`, if any. */
  functionAt(offset: number): Scope | undefined {
    for (let s: Scope | undefined = this.innermost(offset); s; s = s.parent) if (s.kind === 'function') return s;
    return undefined;
  }
}

/** The child of `scope` whose block holds `offset` (binary search: children are in text order). */
function childAt(scope: Scope, offset: number): Scope | undefined {
  const list = scope.children;
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = list[mid];
    if (offset < c.open) hi = mid - 1;
    else if (offset >= c.end) lo = mid + 1;
    else return c;
  }
  return undefined;
}

export function scopeTree(text: string, masked: string, family: LanguageFamily): ScopeTree {
  const last = lastTree;
  if (last && last.family === family && last.text === text && last.masked === masked) return last.tree;
  const tree = buildScopeTree(text, masked, family);
  lastTree = { text, masked, family, tree };
  return tree;
}

/** The last text's tree, as lookAround keeps its masks: detection and then the rules ask for the same. */
let lastTree: { text: string; masked: string; family: LanguageFamily; tree: ScopeTree } | undefined;

function buildScopeTree(text: string, masked: string, family: LanguageFamily): ScopeTree {
  const root: Scope = { kind: 'root', headerStart: 0, open: 0, end: text.length, children: [] };
  if (braceFamilies.has(family)) braceScopes(masked, family, root);
  else if (family === 'python' || family === 'ruby') indentScopes(masked, family, root);
  return new ScopeTree(root);
}

/** Where the header of the block opened at `open` starts: after the previous `;`, `{` or `}` outside brackets, and the blanks (and blanked comments) after it. */
function headerStartOf(masked: string, open: number, family: LanguageFamily): number {
  let k = headerBoundary(masked, open, family === 'go');
  while (k < open && /\s/.test(masked[k])) k++;
  return k;
}

/** `lineEnds`: Go, whose statements end at line ends and whose `{` sits on its header's line: a line break outside brackets ends the header. */
function headerBoundary(masked: string, open: number, lineEnds = false): number {
  let depth = 0;
  const limit = Math.max(0, open - 600);
  for (let k = open - 1; k >= limit; k--) {
    const c = masked.charCodeAt(k);
    if (c === 41 || c === 93) depth++; // ) ]
    else if (c === 40 || c === 91) { // ( [
      if (depth === 0) return k + 1;
      depth--;
    } else if (depth === 0 && (c === 59 || c === 123 || c === 125 || (lineEnds && c === 10))) return k + 1; // ; { } (\n)
  }
  return limit;
}

function braceKind(header: string, family: LanguageFamily): ScopeKind {
  const h = header.trim();
  if (family === 'nginx') return /^(?:if|location|limit_except)\b/.test(h) ? 'branch' : 'block';
  if (controlWords.test(h) || /^\}?\s*else\b/.test(h)) return 'branch';
  // A Rust match arm `Pattern => {` or a C# switch-expression arm is a branch, not a lambda.
  if (family === 'rust' && /=>\s*$/.test(h)) return 'branch';
  if (/\b(?:class|interface|struct|enum|namespace|module|trait|impl|record)\b[^()]*$/.test(h)) return 'class';
  if (/=>\s*$/.test(h) || /\bfunction\b/.test(h) || /\bfunc\b/.test(h) || /\bfn\b/.test(h)) return 'function';
  // Object literals and composite literals: `= {`, `({`, `, {`, `: {`, `return {`, `gin.H{`, `[]string{`.
  if (h === '' || /[=(,:?[]$|\breturn$|\byield$/.test(h)) return h === '' ? 'block' : 'object';
  // A method or function declaration: `name(params) [: Type] [throws X]`, `public Foo bar(…)`.
  if (/\)\s*(?::\s*[^{;=]+|throws\s+[\w.,\s]+|->\s*[^{;]+|where\s+[^{;]+)?$/.test(h)) return 'function';
  if (/[\w\]>]$/.test(h)) return family === 'go' || family === 'rust' ? 'object' : 'block';
  return 'block';
}

function braceScopes(masked: string, family: LanguageFamily, root: Scope): void {
  const flat: Scope[] = [];
  const stack: Scope[] = [];
  for (let k = masked.indexOf('{'), next = masked.indexOf('}'); k >= 0 || next >= 0;) {
    if (k >= 0 && (next < 0 || k < next)) {
      const headerStart = headerStartOf(masked, k, family);
      const scope: Scope = { kind: braceKind(masked.slice(headerStart, k), family), headerStart, open: k, end: masked.length, children: [] };
      flat.push(scope);
      stack.push(scope);
      k = masked.indexOf('{', k + 1);
    } else {
      const closed = stack.pop();
      if (closed) closed.end = next + 1;
      next = masked.indexOf('}', next + 1);
    }
  }
  if (arrowFamilies.has(family)) flat.push(...expressionArrows(masked, family));
  nest(flat, root);
}

/** Languages whose lambdas may have an expression body: `(req, res) => res.status(429).end()`, Java `x -> …`. */
const arrowFamilies = new Set<LanguageFamily>(['javascript', 'csharp', 'php', 'java']);

/**
 * Lambdas with an expression body, as function scopes: from their parameters to the end of the expression
 * (the first `,`, `;` or unmatched closing bracket at their depth).
 */
function expressionArrows(masked: string, family: LanguageFamily): Scope[] {
  const out: Scope[] = [];
  const arrow = family === 'java' ? /->/g : /=>/g;
  for (let m = arrow.exec(masked); m; m = arrow.exec(masked)) {
    let body = m.index + 2;
    while (body < masked.length && (masked.charCodeAt(body) === 32 || masked.charCodeAt(body) === 9 || masked.charCodeAt(body) === 10)) body++;
    if (masked[body] === '{') continue; // a block body: a brace scope already
    // The parameters: `(…)` or one name, right before the arrow.
    let p = m.index - 1;
    while (p >= 0 && masked.charCodeAt(p) === 32) p--;
    let headerStart: number;
    if (masked[p] === ')') {
      let depth = 0;
      for (; p >= 0; p--) {
        if (masked[p] === ')') depth++;
        else if (masked[p] === '(' && --depth === 0) break;
      }
      headerStart = Math.max(0, p);
    } else {
      while (p >= 0 && /[\w$]/.test(masked[p])) p--;
      headerStart = p + 1;
    }
    // PHP `fn(…) =>`, C#/JS `async (…) =>`.
    const before = /(?:\bfn|\basync)\s*$/.exec(masked.slice(Math.max(0, headerStart - 8), headerStart));
    if (before) headerStart -= before[0].length;
    // In PHP `=>` is mostly an array's key/value separator: only `fn (…) =>` is a function.
    if (family === 'php' && !before?.[0].startsWith('fn')) continue;
    let depth = 0;
    let end = body;
    const limit = Math.min(masked.length, body + 20000);
    for (; end < limit; end++) {
      const c = masked[end];
      if (c === '(' || c === '[' || c === '{') depth++;
      else if (c === ')' || c === ']' || c === '}') {
        if (depth === 0) break;
        depth--;
      } else if (depth === 0 && (c === ',' || c === ';')) break;
    }
    out.push({ kind: 'function', headerStart, open: body, end, children: [] });
  }
  return out;
}

/** Builds the tree from scopes that nest or sit apart (never overlap), under `root`. */
function nest(flat: Scope[], root: Scope): void {
  flat.sort((a, b) => a.open - b.open || b.end - a.end);
  const stack: Scope[] = [root];
  for (const scope of flat) {
    while (stack.length > 1 && scope.open >= stack[stack.length - 1].end) stack.pop();
    const parent = stack[stack.length - 1];
    // A scope that would overlap its parent's end (unbalanced text) is cut to fit.
    if (scope.end > parent.end) scope.end = parent.end;
    scope.parent = parent;
    parent.children.push(scope);
    stack.push(scope);
  }
}

const pythonOpener = /:\s*$/;
const rubyOpener = /^(?:def|class|module|if|unless|case|while|until|for|begin)\b|\bdo\s*(?:\|[^|]*\|)?\s*$|^(?:elsif|else|when|in|rescue|ensure)\b/;
const continuationWords = /^(?:elif|else|except|finally|elsif|when|in|rescue|ensure)\b/;

function indentKind(header: string, family: LanguageFamily): ScopeKind {
  const h = header.trim();
  if (/^(?:async\s+)?def\b/.test(h)) return 'function';
  if (/^(?:class|module)\b/.test(h)) return 'class';
  if (family === 'ruby' && /\bdo\s*(?:\|[^|]*\|)?\s*$/.test(h)) return /^(?:get|post|put|patch|delete|head|options|before|after)\b/.test(h) ? 'function' : 'block';
  if (controlWords.test(h) || continuationWords.test(h)) return 'branch';
  return 'block';
}

/**
 * Indentation blocks: a line that opens one (Python: ends in `:`; Ruby: `def`, `if`, `do |x|`…) holds
 * every following line indented deeper. `else`/`elif`/`when`/`rescue` lines open a sibling.
 */
function indentScopes(masked: string, family: LanguageFamily, root: Scope): void {
  const stack: { indent: number; scope: Scope }[] = [{ indent: -1, scope: root }];
  let lastContentEnd = 0;
  let lineStart = 0;
  let bracketDepth = 0;
  while (lineStart <= masked.length) {
    let lineEnd = masked.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = masked.length;
    let first = lineStart;
    while (first < lineEnd && (masked.charCodeAt(first) === 32 || masked.charCodeAt(first) === 9)) first++;
    const continued = bracketDepth > 0;
    for (let k = first; k < lineEnd; k++) {
      const c = masked.charCodeAt(k);
      if (c === 40 || c === 91 || c === 123) bracketDepth++;
      else if ((c === 41 || c === 93 || c === 125) && bracketDepth > 0) bracketDepth--;
    }
    if (first < lineEnd && !continued) {
      const indent = first - lineStart;
      // Close every block this line is not indented into.
      while (stack.length > 1 && indent <= stack[stack.length - 1].indent) {
        stack.pop()!.scope.end = lastContentEnd;
      }
      const body = masked.slice(first, lineEnd);
      const trimmed = body.trim();
      // A one-line Ruby block (`def status; 404 end`) opens nothing.
      const opens = family === 'python' ? pythonOpener.test(body) && bracketDepth === 0 : rubyOpener.test(trimmed) && !/\bend\s*$/.test(trimmed);
      if (opens) {
        const parent = stack[stack.length - 1].scope;
        const scope: Scope = { kind: indentKind(body, family), headerStart: first, open: lineEnd, end: masked.length, parent, children: [] };
        parent.children.push(scope);
        stack.push({ indent, scope });
      }
    }
    if (first < lineEnd) lastContentEnd = lineEnd;
    lineStart = lineEnd + 1;
  }
  while (stack.length > 1) stack.pop()!.scope.end = lastContentEnd;
}
