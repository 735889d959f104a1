// Adding a response header in each framework's own idiom, next to the status it belongs to:
// Express `res.set(…)`, Koa `ctx.set(…)`, Fastify `reply.header(…)`, fetch `headers: {…}`,
// Go `w.Header().Set(…)` before WriteHeader, gin `c.Header(…)`, Flask/Django/FastAPI `headers=`,
// Spring `.header(HttpHeaders.X, …)`, ASP.NET `Response.Headers[…]`, Rails `response.headers[…]`,
// Laravel `->header(…)`. Returns undefined where no safe edit exists.
import { LanguageFamily } from '../detection/languages';
import { Detection } from '../detection/types';
import { OffsetEdit, placeholderMark } from '../diagnostics/types';
import { lineEndAt, matchingClose, openBracketBefore } from '../diagnostics/lookAround';
import { ResponseSite } from '../diagnostics/responseSite';

export interface HeaderToAdd {
  name: string;
  /** The value as text; may hold a placeholder (see `placeholder`). */
  value: string;
  /** Write the value unquoted where the idiom allows numbers (Laravel `->header('Retry-After', 120)`). */
  numeric?: boolean;
}

export interface IdiomContext {
  text: string;
  /** `RuleContext.imports`, read only when an idiom needs the file's imports. */
  imports: () => string;
  masked: string;
  family: LanguageFamily;
  languageId: string;
  detection: Detection;
  site: ResponseSite;
}

/** Spring's constants for the headers our fixes add. */
const springHeaderConstants: Record<string, string> = {
  'Retry-After': 'RETRY_AFTER', Allow: 'ALLOW', 'WWW-Authenticate': 'WWW_AUTHENTICATE',
  'Proxy-Authenticate': 'PROXY_AUTHENTICATE', Upgrade: 'UPGRADE', Location: 'LOCATION',
};

export function addHeaderEdits(ctx: IdiomContext, header: HeaderToAdd): OffsetEdit[] | undefined {
  const { text, masked, site, detection } = ctx;
  const q = quoteOf(ctx);
  const str = (s: string) => `${q}${s}${q}`;
  const value = header.numeric ? header.value : str(header.value);
  // A whole line inserted at the start of the statement's line: no newline-then-indent inside the
  // text, which VS Code's snippet insertion would indent a second time.
  const before = (line: string): OffsetEdit[] | undefined => statementIsClean(ctx)
    ? [{ start: site.statement - site.indent.length, end: site.statement - site.indent.length, newText: `${site.indent}${line}\n` }]
    : undefined;
  const semi = ctx.languageId === 'kotlin' ? '' : ';';

  switch (site.kind) {
    case 'express-status':
    case 'express-sendStatus':
    case 'fastify-code': {
      const method = site.kind === 'fastify-code' ? 'header' : 'set';
      const call = `${method}(${str(header.name)}, ${str(header.value)})`;
      return before(`${site.receiver}.${call};`)
        ?? [{ start: site.methodStart!, end: site.methodStart!, newText: `${call}.` }];
    }
    case 'prop-assign': {
      if (ctx.family === 'javascript') {
        const method = site.framework === 'koa' ? 'set' : 'setHeader';
        return before(`${site.receiver}.${method}(${str(header.name)}, ${str(header.value)});`);
      }
      if (ctx.family === 'python') return before(`${site.receiver}.headers[${str(header.name)}] = ${str(header.value)}`);
      if (ctx.family === 'csharp') {
        return before(`${site.receiver}.Headers[${str(header.name)}] = ${str(header.value)};`);
      }
      return undefined;
    }
    case 'node-writeHead': {
      const after = masked.slice(detection.end, site.call!.close + 1);
      if (/^\s*\)$/.test(after)) return [{ start: detection.end, end: detection.end, newText: `, { ${str(header.name)}: ${str(header.value)} }` }];
      const obj = /^\s*,\s*\{/.exec(after);
      if (obj) return insertIntoObject(ctx, detection.end + obj[0].length - 1, `${str(header.name)}: ${str(header.value)}`);
      return undefined;
    }
    case 'init-object': {
      const open = openBracketBefore(masked, detection.start, '{', 400);
      const close = open < 0 ? -1 : matchingClose(masked, open);
      if (open < 0 || close < 0) return undefined;
      const existing = propertyAt(masked, open, close, 'headers');
      const entry = `${str(header.name)}: ${str(header.value)}`;
      if (existing !== undefined) {
        const valueStart = existing + /^\s*/.exec(masked.slice(existing))![0].length;
        return masked[valueStart] === '{' ? insertIntoObject(ctx, valueStart, entry) : undefined;
      }
      const nextChar = /^\s*(\S)/.exec(masked.slice(detection.end))?.[1];
      if (nextChar !== ',' && nextChar !== '}') return undefined;
      const multiline = masked.slice(open, close).includes('\n');
      const lineIndent = /^[ \t]*/.exec(text.slice(text.lastIndexOf('\n', detection.start - 1) + 1))![0];
      const sep = multiline ? `,\n${lineIndent}` : ', ';
      return [{ start: detection.end, end: detection.end, newText: `${sep}headers: { ${entry} }` }];
    }
    case 'go-writeheader':
    case 'go-http-error':
      return before(`${site.receiver}.Header().Set("${header.name}", "${header.value}")`);
    case 'gin-call':
      if (site.framework === 'fiber') return before(`${site.receiver}.Set("${header.name}", "${header.value}")`);
      return site.framework === 'echo'
        ? before(`${site.receiver}.Response().Header().Set("${header.name}", "${header.value}")`)
        : before(`${site.receiver}.Header("${header.name}", "${header.value}")`);
    case 'py-return-tuple': {
      const rest = masked.slice(detection.end, lineEndAt(masked, detection.end));
      if (/^\s*$/.test(rest)) return [{ start: detection.end, end: detection.end, newText: `, {${str(header.name)}: ${str(header.value)}}` }];
      const dict = /^\s*,\s*\{/.exec(rest);
      if (dict) return insertIntoObject(ctx, detection.end + dict[0].length - 1, `${str(header.name)}: ${str(header.value)}`, false);
      return undefined;
    }
    case 'py-call': {
      const call = site.call!;
      if (call.callee === 'abort') {
        if (header.name !== 'Retry-After') return undefined;
        // Werkzeug's ServiceUnavailable and TooManyRequests take retry_after.
        return appendArgument(ctx, call.open, call.close, `retry_after=${header.value.split(placeholderMark).join('')}`);
      }
      if (call.callee === 'make_response') {
        const args = topLevelCommas(masked, call.open, call.close);
        return args === 1 ? appendArgument(ctx, call.open, call.close, `{${str(header.name)}: ${str(header.value)}}`) : undefined;
      }
      const existing = keywordArgument(masked, call.open, call.close, 'headers');
      if (existing !== undefined) {
        return masked[existing] === '{' ? insertIntoObject(ctx, existing, `${str(header.name)}: ${str(header.value)}`, false) : undefined;
      }
      return appendArgument(ctx, call.open, call.close, `headers={${str(header.name)}: ${str(header.value)}}`);
    }
    case 'spring-status': {
      const constant = springHeaderConstants[header.name];
      const edits: OffsetEdit[] = [];
      let name = `"${header.name}"`;
      const fileImports = ctx.imports();
      if (constant && (/\bHttpHeaders\b/.test(text) || /\bHttpHeaders\b/.test(fileImports) || /^import\s+org\.springframework\.http\.\*\s*;?\s*$/m.test(fileImports))) {
        name = `HttpHeaders.${constant}`;
      } else if (constant) {
        // Import HttpHeaders next to the other org.springframework.http imports, when there are some.
        const imports = [...fileImports.matchAll(/^import\s+org\.springframework\.http\.\w+\s*;?[ \t]*$/gm)];
        const last = imports[imports.length - 1];
        if (last) {
          const semicolon = last[0].includes(';') ? ';' : '';
          const at = last.index! + last[0].length;
          edits.push({ start: at, end: at, newText: `\nimport org.springframework.http.HttpHeaders${semicolon}`, fromFileStart: true });
          name = `HttpHeaders.${constant}`;
        }
      }
      edits.push({ start: site.call!.close + 1, end: site.call!.close + 1, newText: `.header(${name}, "${header.value}")` });
      return edits;
    }
    case 'servlet-status':
      return before(`${site.receiver}.setHeader("${header.name}", "${header.value}")${semi}`);
    case 'aspnet-statuscode':
      return before(`Response.Headers["${header.name}"] = "${header.value}";`);
    case 'nginx-return':
      // `always`: without it nginx adds the header to 2xx and 3xx responses only.
      return before(`add_header ${header.name} ${/^[\w./:-]+$/.test(header.value) ? header.value : `"${header.value.replace(/"/g, '\\"')}"`} always;`);
    case 'rails-status':
      return before(`response.headers[${str(header.name)}] = ${str(header.value)}`);
    case 'laravel-response':
      return [{ start: site.call!.close + 1, end: site.call!.close + 1, newText: `->header(${str(header.name)}, ${value})` }];
    case 'php-setstatus':
      return before(`${site.receiver}->headers->set(${str(header.name)}, ${str(header.value)});`);
    case 'laravel-abort': {
      const call = site.call!;
      const args = topLevelCommas(masked, call.open, call.close);
      const entry = `[${str(header.name)} => ${value}]`;
      if (args === 1) return appendArgument(ctx, call.open, call.close, `${q}${q}, ${entry}`);
      if (args === 2) return appendArgument(ctx, call.open, call.close, entry);
      return undefined;
    }
    default:
      return undefined;
  }
}

/**
 * A statement-level insertion is safe only when the statement is a plain one: it starts with the
 * response call itself (or `return`/`await`), not with `if …`, a one-line arrow function, or a
 * Ruby/Python trailing condition.
 */
function statementIsClean(ctx: IdiomContext): boolean {
  const { masked, site, detection } = ctx;
  const head = masked.slice(site.statement, detection.start);
  if (/\n/.test(masked.slice(site.statement, site.statement)) || head.includes('=>')) return false;
  if (/^(?:if|else|elif|for|while|case|when|unless|switch|\}|\)|&&|\|\|)\b/.test(head.trimStart())) return false;
  if (/^\s*(?:if|else|for|while)\b/.test(head) || /\b(?:if|else)\s*\(/.test(head) || /:\s*(?:return|raise)\b/.test(head)) return false;
  const lineRest = masked.slice(detection.end, lineEndAt(masked, detection.end));
  if ((ctx.family === 'ruby' || ctx.family === 'python') && /\s(?:if|unless)\s/.test(lineRest)) return false;
  const receiver = site.receiver ?? '';
  const start = head.trimStart();
  return start === '' || /^(?:return\s+|await\s+|yield\s+|raise\s+|throw\s+)/.test(start)
    || (receiver !== '' && start.startsWith(receiver))
    || /^(?:http\.Error|render|head|StatusCode|abort|response|ResponseEntity)\b/.test(start);
}

/** The quote character this file prefers (Go, Java and C# always use double quotes). */
function quoteOf(ctx: IdiomContext): string {
  if (ctx.family === 'go' || ctx.family === 'java' || ctx.family === 'csharp' || ctx.family === 'rust') return '"';
  const sample = ctx.text.slice(0, 20000);
  const single = (sample.match(/'/g) ?? []).length;
  const double = (sample.match(/"/g) ?? []).length;
  return double > single ? '"' : "'";
}

/** Offset where the value of `key:` starts inside the object [open, close], at its top level. */
function propertyAt(masked: string, open: number, close: number, key: string): number | undefined {
  let depth = 0;
  for (let k = open + 1; k < close; k++) {
    const c = masked[k];
    if (c === '{' || c === '(' || c === '[') depth++;
    else if (c === '}' || c === ')' || c === ']') depth--;
    else if (depth === 0 && masked.startsWith(key, k) && !/[\w$]/.test(masked[k - 1] ?? '')) {
      const m = new RegExp(`^${key}\\s*:`).exec(masked.slice(k));
      if (m) return k + m[0].length;
    }
  }
  return undefined;
}

/** Offset of the value of `name=` among the call's top-level arguments. */
function keywordArgument(masked: string, open: number, close: number, name: string): number | undefined {
  let depth = 0;
  for (let k = open + 1; k < close; k++) {
    const c = masked[k];
    if (c === '{' || c === '(' || c === '[') depth++;
    else if (c === '}' || c === ')' || c === ']') depth--;
    else if (depth === 0 && masked.startsWith(name, k) && !/\w/.test(masked[k - 1] ?? '')) {
      const m = new RegExp(`^${name}\\s*=(?!=)\\s*`).exec(masked.slice(k));
      if (m) return k + m[0].length;
    }
  }
  return undefined;
}

/** Number of top-level arguments in the call (0 for `()`). */
export function topLevelCommas(masked: string, open: number, close: number): number {
  if (masked.slice(open + 1, close).trim() === '') return 0;
  let depth = 0;
  let args = 1;
  for (let k = open + 1; k < close; k++) {
    const c = masked[k];
    if (c === '{' || c === '(' || c === '[') depth++;
    else if (c === '}' || c === ')' || c === ']') depth--;
    else if (c === ',' && depth === 0 && masked.slice(k + 1, close).trim() !== '') args++;
  }
  return args;
}

/** Appends `argument` as the call's last argument, keeping a multi-line call's layout. */
function appendArgument(ctx: IdiomContext, open: number, close: number, argument: string): OffsetEdit[] {
  const { masked, text } = ctx;
  let last = close - 1;
  while (last > open && /\s/.test(masked[last])) last--;
  if (last === open) return [{ start: close, end: close, newText: argument }];
  if (masked[last] === ',') {
    // Trailing comma style: one argument per line.
    const lineStart = text.lastIndexOf('\n', last) + 1;
    const indent = /^[ \t]*/.exec(text.slice(lineStart))![0];
    return [{ start: last + 1, end: last + 1, newText: `\n${indent}${argument},` }];
  }
  return [{ start: last + 1, end: last + 1, newText: `, ${argument}` }];
}

/** Inserts `entry` as the first entry of the object/dict literal opened at `open`. */
function insertIntoObject(ctx: IdiomContext, open: number, entry: string, spaced = true): OffsetEdit[] {
  const { masked, text } = ctx;
  const close = matchingClose(masked, open);
  const inner = masked.slice(open + 1, close < 0 ? open + 1 : close);
  if (inner.trim() === '') {
    return [{ start: open + 1, end: close < 0 ? open + 1 : close, newText: spaced ? ` ${entry} ` : entry }];
  }
  const firstNonSpace = open + 1 + /^\s*/.exec(inner)![0].length;
  if (/^[ \t]*\n/.test(inner)) {
    const lineStart = text.lastIndexOf('\n', firstNonSpace - 1) + 1;
    const indent = text.slice(lineStart, firstNonSpace);
    return [{ start: firstNonSpace, end: firstNonSpace, newText: `${entry},\n${indent}` }];
  }
  return [{ start: firstNonSpace, end: firstNonSpace, newText: `${entry}, ` }];
}
