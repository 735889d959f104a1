// Rule 6: 301/302 answering POST/PUT/PATCH/DELETE: user agents may turn the follow-up into a GET.
// 303 says "now GET this" on purpose; 307/308 keep the method and body.
import { Rule, RuleContext, Finding } from '../types';
import { enclosingCall, lineStartAt } from '../lookAround';
import { Scope } from '../scopes';
import { codeLabel, fix, sentStatuses, statusEdit } from '../ruleHelpers';

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Patterns that declare a handler's method; the nearest one above a status decides. */
/**
 * `literal`: text every match holds. A window without it is not searched (issue 8: 18 patterns over up
 * to 20,000 characters for every 301/302 were most of this rule's time). The window is the only text
 * looked in: a whole-file check first cost as much again (a segment of a big file is about a window).
 */
export const handlerDeclarations: { literal?: string; pattern: RegExp; method: (m: RegExpExecArray) => string | undefined }[] = [
  // Express / Koa router / Fastify / Hono / gin / echo / chi: app.post('/x', …), r.POST("/x", …)
  { pattern: /\.\s*(get|post|put|patch|delete|GET|POST|PUT|PATCH|DELETE|Get|Post|Put|Patch|Delete)\s*\(\s*['"`]/g, method: (m) => m[1].toUpperCase() },
  // Next.js route handlers: export async function POST(request)
  { literal: 'export', pattern: /export\s+(?:async\s+)?function\s+(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s*\(/g, method: (m) => m[1] },
  // FastAPI / Flask 2 shortcuts: @app.post("/x"), @router.delete(...)
  { literal: '@', pattern: /@\w+(?:\.\w+)*\.(get|post|put|patch|delete)\s*\(/g, method: (m) => m[1].toUpperCase() },
  // Flask: @app.route('/x', methods=['POST'])
  { literal: '.route', pattern: /@\w+(?:\.\w+)*\.route\s*\([^)]*?methods\s*=\s*\[\s*['"](\w+)['"]/g, method: (m) => m[1].toUpperCase() },
  { literal: '.route', pattern: /@\w+(?:\.\w+)*\.route\s*\((?![^)]*methods)[^)]*\)/g, method: () => 'GET' },
  // Class-based views: def post(self, request)
  { literal: 'def', pattern: /\bdef\s+(get|post|put|patch|delete)\s*\(\s*self\b/g, method: (m) => m[1].toUpperCase() },
  // Spring: @PostMapping, @RequestMapping(method = RequestMethod.POST)
  { literal: 'Mapping', pattern: /@(Get|Post|Put|Patch|Delete)Mapping\b/g, method: (m) => m[1].toUpperCase() },
  { literal: 'RequestMethod.', pattern: /RequestMethod\.(GET|POST|PUT|PATCH|DELETE)\b/g, method: (m) => m[1] },
  // ASP.NET: [HttpPost], app.MapPost(
  { literal: '[Http', pattern: /\[Http(Get|Post|Put|Patch|Delete)\b/g, method: (m) => m[1].toUpperCase() },
  { literal: '.Map', pattern: /\.Map(Get|Post|Put|Patch|Delete)\s*\(/g, method: (m) => m[1].toUpperCase() },
  // Go: if r.Method == http.MethodPost / case http.MethodPost: / case "POST": / mux.HandleFunc("POST /x", …)
  { literal: 'Method', pattern: /\bMethod\s*==\s*(?:http\.Method(\w+)|"(\w+)")/g, method: (m) => (m[1] ?? m[2]).toUpperCase() },
  { literal: 'case', pattern: /\bcase\s+(?:http\.Method(\w+)|"(GET|POST|PUT|PATCH|DELETE)")\s*:/g, method: (m) => (m[1] ?? m[2]).toUpperCase() },
  { literal: 'HandleFunc(', pattern: /HandleFunc\(\s*"(GET|POST|PUT|PATCH|DELETE)\s/g, method: (m) => m[1] },
  // Python method checks: if request.method == 'POST':
  { literal: 'request.method', pattern: /request\.method\s*==\s*['"](\w+)['"]/g, method: (m) => m[1].toUpperCase() },
  // Rails / Laravel resource actions; Sinatra-style routes
  { literal: 'def', pattern: /\bdef\s+(create|update|destroy|new|edit|show|index)\b/g, method: (m) => ({ create: 'POST', update: 'PUT', destroy: 'DELETE' } as Record<string, string>)[m[1]] ?? 'GET' },
  { literal: 'function', pattern: /\bfunction\s+(store|update|destroy|create|edit|show|index)\s*\(/g, method: (m) => ({ store: 'POST', update: 'PUT', destroy: 'DELETE' } as Record<string, string>)[m[1]] ?? 'GET' },
  { pattern: /^\s*(get|post|put|patch|delete)\s+['"]/gm, method: (m) => m[1].toUpperCase() },
  { literal: 'Route::', pattern: /Route::(get|post|put|patch|delete)\s*\(/g, method: (m) => m[1].toUpperCase() },
  // A generic route function: function handler(req, res) with nothing above says nothing.
];

/**
 * Method checks in a branch's condition: `r.Method == http.MethodPost`, `req.method === 'POST'`,
 * `request.method == "POST"`, nginx `$request_method = POST`, a switch's `case "POST":`. A route call
 * pattern would read `headers.get('accept')` in a condition as a GET route.
 */
const conditionChecks: typeof handlerDeclarations = [
  { literal: 'ethod', pattern: /\b[Mm]ethod\s*===?\s*(?:http\.Method(\w+)|['"](\w+)['"])/g, method: (m) => (m[1] ?? m[2]).toUpperCase() },
  { literal: 'ethod', pattern: /(?:http\.Method(\w+)|['"](GET|POST|PUT|PATCH|DELETE)['"])\s*===?\s*[\w.]*[Mm]ethod\b/g, method: (m) => (m[1] ?? m[2]).toUpperCase() },
  { literal: 'case', pattern: /\bcase\s+(?:http\.Method(\w+)|['"](GET|POST|PUT|PATCH|DELETE)['"])\s*:/g, method: (m) => (m[1] ?? m[2]).toUpperCase() },
  { literal: '$request_method', pattern: /\$request_method\s*=\s*"?(GET|POST|PUT|PATCH|DELETE)\b/g, method: (m) => m[1] },
  // Servlets: doPost(…) and friends.
  { literal: 'do', pattern: /\bdo(Post|Put|Patch|Delete|Get)\s*\(/g, method: (m) => m[1].toUpperCase() },
];

/** The first method a declaration pattern finds in text[from, to) (the last one there, as the nearest above). */
function methodIn(text: string, from: number, to: number, patterns = handlerDeclarations): string | undefined {
  if (to <= from) return undefined;
  const window = text.slice(from, to);
  let best: { at: number; method: string | undefined } | undefined;
  for (const { literal, pattern, method } of patterns) {
    if (literal && !window.includes(literal)) continue;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(window); m; m = pattern.exec(window)) {
      if (!best || m.index >= best.at) best = { at: m.index, method: method(m) };
    }
  }
  return best?.method;
}

/** Where the decorators or annotations right above a declaration start (`@app.post(…)`, `@PostMapping`, `[HttpPost]`). */
function decoratorsAbove(masked: string, headerStart: number): number {
  let start = lineStartAt(masked, headerStart);
  for (let k = 0; k < 8 && start > 0; k++) {
    const prev = lineStartAt(masked, start - 1);
    const line = masked.slice(prev, start).trim();
    if (!/^[@[]/.test(line)) break;
    start = prev;
  }
  return start;
}

/**
 * The method of the handler a status is sent from (issue 15): the nearest method check on its path —
 * the conditions of the branches around it (`if r.Method == http.MethodPost`, `case "POST":`,
 * `if request.method == 'POST':`) — else its function's own declaration: the header, the decorators or
 * annotations above it, and the route call it is passed to (`app.post('/x', …)`). Never a sibling
 * branch or another handler above it.
 */
function handlerMethodAt(ctx: RuleContext, offset: number): string | undefined {
  const text = ctx.uncommented;
  const tree = ctx.scopes;
  for (let s: Scope | undefined = tree.innermost(offset); s && s.kind !== 'root'; s = s.parent) {
    if (s.kind === 'branch') {
      // A switch's case label the status follows, then the branch's own condition.
      const label = /^\s*(?:switch|select)\b/.test(ctx.masked.slice(s.headerStart, s.open)) ? caseLabelAbove(ctx.masked, s, offset) : undefined;
      const found = (label && methodIn(text, label.start, label.end, conditionChecks)) || methodIn(text, s.headerStart, s.open, conditionChecks);
      if (found) return found;
      continue;
    }
    if (s.kind === 'function') {
      const own = methodIn(text, decoratorsAbove(ctx.masked, s.headerStart), s.open) ?? methodIn(text, s.headerStart, s.open, conditionChecks);
      if (own) return own;
      const call = enclosingCall(ctx.masked, s.open);
      if (call && call.open < s.headerStart) return methodIn(text, call.calleeStart, s.headerStart);
      // A named handler registered elsewhere in the file: mux.HandleFunc("POST /login", s.login), app.post('/x', create).
      const name = /(?:\bfunc\s*(?:\([^)]*\)\s*)?|\bfunction\s+|\b(?:const|let|var)\s+)([A-Za-z_$][\w$]*)/.exec(ctx.masked.slice(s.headerStart, s.open))?.[1];
      return name ? routeTable(ctx).get(name) : undefined;
    }
    if (s.kind === 'class') return undefined;
  }
  return undefined;
}

const routeTables = new WeakMap<object, Map<string, string>>();
const registration = /(?:HandleFunc|Handle)\(\s*"(GET|POST|PUT|PATCH|DELETE)\s[^"]*"\s*,\s*(?:[\w.]+\.)?([A-Za-z_]\w*)\s*\)|\.(get|post|put|patch|delete|GET|POST|PUT|PATCH|DELETE)\(\s*['"`][^'"`]*['"`]\s*,\s*(?:[\w.]+\.)?([A-Za-z_$][\w$]*)\s*\)/g;

/** Handler names and the method they are registered for, once per text. */
function routeTable(ctx: RuleContext): Map<string, string> {
  let table = routeTables.get(ctx.scopes);
  if (!table) {
    table = new Map();
    routeTables.set(ctx.scopes, table);
    registration.lastIndex = 0;
    for (let m = registration.exec(ctx.uncommented); m; m = registration.exec(ctx.uncommented)) {
      const name = m[2] ?? m[4];
      if (!table.has(name)) table.set(name, (m[1] ?? m[3]).toUpperCase());
    }
  }
  return table;
}

const caseLabelPattern = /\bcase\b[^:\n]*:(?!:)/g;

/** The `case …:` label a status follows inside a switch block. */
function caseLabelAbove(masked: string, block: Scope, at: number): { start: number; end: number } | undefined {
  let found: { start: number; end: number } | undefined;
  caseLabelPattern.lastIndex = block.open;
  for (let m = caseLabelPattern.exec(masked); m && m.index < at; m = caseLabelPattern.exec(masked)) found = { start: m.index, end: m.index + m[0].length };
  return found;
}

export const redirectChangesMethod: Rule = {
  id: 'redirect-changes-method',
  defaultSeverity: 'warning',
  basis: 'RFC 9110 §15.4.2, §15.4.3, §15.4.4, §15.4.8, §15.4.9',
  description: 'A 301/302 answering a POST, PUT, PATCH or DELETE handler: use 303, or 307/308 to keep the method.',
  readsDetections: true,
  check(ctx: RuleContext): Finding[] {
    const findings: Finding[] = [];
    // Method names in strings matter here (`methods=['POST']`, `"POST /x"`), so the patterns read the text with only comments blanked.
    for (const sent of sentStatuses(ctx, (c) => c === 301 || c === 302)) {
      const { detection } = sent;
      const method = handlerMethodAt(ctx, detection.start);
      if (!method || !unsafeMethods.has(method)) continue;
      const keep = detection.code === 301 ? 308 : 307;
      findings.push({
        rule: this.id, start: detection.start, end: detection.end,
        message: `${codeLabel(ctx, detection.code)} answering a ${method} handler: clients may replay it as GET. `
          + `Use 303 See Other to send them to a GET, or ${keep} to keep the method and body (RFC 9110 §15.4.${detection.code === 301 ? 2 : 3}, §15.4.4, §15.4.${keep === 307 ? 8 : 9}).`,
        fixes: () => [
          ...fix('Use 303 See Other (follow with GET)', [statusEdit(detection, 303)], true),
          ...fix(`Use ${keep} (keep the method)`, [statusEdit(detection, keep)]),
        ],
      });
    }
    return findings;
  },
};
