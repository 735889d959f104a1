// Rule 12: OpenAPI documents: an operation without any 2xx/3xx response, content on a 1xx/204/304
// response, and response keys that are not status codes, ranges (2XX) or `default`.
import { visit } from 'jsonc-parser';
import { Rule, RuleContext, Finding } from '../types';

/** A mapping key with its children, from YAML or JSON alike. */
export interface KeyNode {
  key: string;
  start: number;
  end: number;
  children: KeyNode[];
}

const methods = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

function isOpenApiDocument(text: string): boolean {
  return /^\s*["']?(?:openapi|swagger)["']?\s*:/m.test(text.slice(0, 5000));
}

const keyLine = /^([ \t]*)(?:-[ \t]+)?(?:(["'])(.*?)\2|([^\s"'#:][^:#]*?))[ \t]*:(?:[ \t]+(.*))?$/;
const blockScalar = /^[|>][-+0-9]*\s*(?:#.*)?$/;

/** `\s` and `String.prototype.trim`'s white space: blank lines and comment lines are told with it. */
function isWhiteSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Block-style YAML keys as a tree, by indentation (flow mappings and anchors are left alone).
 * Lines are read in place and only a line with a colon meets the key pattern (issue 8: splitting the
 * text and five regexes on every line made this the costliest step of a YAML validation).
 * With `lastKey`, the tree ends with the first top-level key of that name: reading stops at the next
 * top-level key, when nothing can be added under it any more (the rule reads `paths` only, and
 * `components` usually follows it).
 */
export function yamlKeyTree(text: string, lastKey?: string): KeyNode[] {
  const root: KeyNode = { key: '', start: 0, end: 0, children: [] };
  const stack: { indent: number; node: KeyNode }[] = [{ indent: -1, node: root }];
  let blockIndent = -1;
  let lastKeySeen = false;
  for (let lineStart = 0; lineStart <= text.length;) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    const start = lineStart;
    lineStart = lineEnd + 1;
    // The line without one trailing \r.
    const end = lineEnd > start && text.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd;
    let first = start;
    while (first < end && isWhiteSpace(text.charCodeAt(first))) first++;
    if (first === end || text.charCodeAt(first) === 35 /* # */) continue;
    let indentWidth = 0;
    for (let c = text.charCodeAt(start); c === 32 || c === 9; c = text.charCodeAt(start + indentWidth)) indentWidth++;
    if (blockIndent >= 0) {
      if (indentWidth > blockIndent) continue;
      blockIndent = -1;
    }
    const colon = text.indexOf(':', start + indentWidth);
    if (colon < 0 || colon >= end) continue;
    const trimmed = text.slice(start, end);
    const m = keyLine.exec(trimmed);
    if (!m) continue;
    // `- ` list item: the key's indent counts the dash and the blanks after it.
    let indent = indentWidth;
    if (trimmed.charCodeAt(indentWidth) === 45 && (trimmed.charCodeAt(indentWidth + 1) === 32 || trimmed.charCodeAt(indentWidth + 1) === 9)) {
      indent = indentWidth + 2;
      for (let c = trimmed.charCodeAt(indent); c === 32 || c === 9; c = trimmed.charCodeAt(indent)) indent++;
    }
    const key = m[3] ?? m[4];
    const keyStart = start + trimmed.indexOf(m[2] ? `${m[2]}${m[3]}${m[2]}` : key, indent);
    const node: KeyNode = { key, start: keyStart, end: keyStart + key.length + (m[2] ? 2 : 0), children: [] };
    while (stack.length > 1 && stack[stack.length - 1].indent >= indent) stack.pop();
    if (stack.length === 1) {
      if (lastKeySeen) break;
      lastKeySeen = key === lastKey;
    }
    stack[stack.length - 1].node.children.push(node);
    stack.push({ indent, node });
    if (m[5] !== undefined && blockScalar.test(m[5])) blockIndent = indentWidth;
  }
  return root.children;
}

/**
 * Object keys of a JSON document as a tree, only those `keep` accepts by their path of keys (keys
 * inside arrays are left out): the schemas and examples of a 30 MB spec are read past, never built
 * (issue 22).
 */
export function jsonKeyTree(text: string, keep: (path: readonly string[]) => boolean = () => true): KeyNode[] {
  interface Frame { node: KeyNode | undefined; path: string[] }
  const root: KeyNode = { key: '', start: 0, end: 0, children: [] };
  // One frame per open object or array: the node its keys join (none for arrays and objects not kept).
  const frames: Frame[] = [];
  let pending: Frame | undefined; // the kept key whose value comes next
  visit(text, {
    onObjectBegin: () => {
      frames.push(frames.length === 0 ? { node: root, path: [] } : pending ?? { node: undefined, path: [] });
      pending = undefined;
    },
    onObjectProperty: (key, offset, length) => {
      const owner = frames[frames.length - 1];
      pending = undefined;
      if (!owner?.node) return;
      const path = [...owner.path, key];
      if (!keep(path)) return;
      const node: KeyNode = { key, start: offset, end: offset + length, children: [] };
      owner.node.children.push(node);
      pending = { node, path };
    },
    onObjectEnd: () => { frames.pop(); pending = undefined; },
    onArrayBegin: () => { frames.push({ node: undefined, path: [] }); pending = undefined; },
    onArrayEnd: () => { frames.pop(); },
    onLiteralValue: () => { pending = undefined; },
  }, { allowTrailingComma: true, disallowComments: false });
  return root.children;
}

/**
 * The keys the rule reads: paths|webhooks → path item → method → responses → status → content|schema,
 * and method → callbacks → name → expression (a path item again).
 */
export function isOperationKey(path: readonly string[]): boolean {
  if (path[0] !== 'paths' && path[0] !== 'webhooks') return false;
  let role = 'items';
  for (let i = 1; i < path.length; i++) {
    const key = path[i];
    switch (role) {
      case 'items': case 'callback': role = 'item'; break;
      case 'item': if (!methods.has(key.toLowerCase())) return false; role = 'operation'; break;
      case 'operation':
        if (key === 'responses') role = 'responses';
        else if (key === 'callbacks') role = 'callbacks';
        else return false;
        break;
      case 'callbacks': role = 'callback'; break;
      case 'responses': role = 'response'; break;
      case 'response': if (key !== 'content' && key !== 'schema') return false; role = 'content'; break;
      default: return false;
    }
  }
  return true;
}

/** The top-level key the YAML tree is read up to: `paths`, or `webhooks` when that comes after it (the rest, `components` mostly, is never built: issue 22). */
function lastTopKey(text: string): string {
  const webhooks = /^webhooks[ \t]*:/m.exec(text);
  const paths = /^paths[ \t]*:/m.exec(text);
  return webhooks && (!paths || webhooks.index > paths.index) ? 'webhooks' : 'paths';
}

export const openapiResponses: Rule = {
  id: 'openapi-responses',
  defaultSeverity: 'warning',
  basis: 'OpenAPI 3.1 §4.8.16 (Responses Object); RFC 9110 §15',
  description: 'OpenAPI: an operation without a 2xx/3xx response, content on 1xx/204/304, invalid response keys.',
  check(ctx: RuleContext): Finding[] {
    if ((ctx.family !== 'yaml' && ctx.family !== 'json') || !isOpenApiDocument(ctx.text)) return [];
    const tree = ctx.family === 'json' ? jsonKeyTree(ctx.text, isOperationKey) : yamlKeyTree(ctx.text, lastTopKey(ctx.text));
    const findings: Finding[] = [];
    // Path items: under `paths`, under `webhooks` (3.1), and in every operation's callbacks (expression → path item).
    const items: KeyNode[] = [];
    for (const top of tree) if (top.key === 'paths' || top.key === 'webhooks') items.push(...top.children);
    for (let i = 0; i < items.length; i++) {
      const path = items[i];
      for (const operation of path.children.filter((n) => methods.has(n.key.toLowerCase()))) {
        for (const callback of operation.children.find((n) => n.key === 'callbacks')?.children ?? []) items.push(...callback.children);
        const responses = operation.children.find((n) => n.key === 'responses');
        if (!responses || responses.children.length === 0) continue;
        let success = false;
        for (const response of responses.children) {
          const key = response.key.trim();
          if (/^\$ref$/.test(key)) {
            success = true;
            continue;
          }
          // Specification extensions are allowed in a Responses Object.
          if (/^x-/.test(key)) continue;
          const valid = /^[1-5]\d\d$/.test(key) || /^[1-5]XX$/.test(key) || key === 'default';
          if (!valid) {
            findings.push({
              rule: this.id, start: response.start, end: response.end, severity: 'error',
              message: `"${key}" is not a response key: use a status code from 100 to 599, a range such as 4XX, or default (${this.basis}).`,
            });
            continue;
          }
          if (/^[23]/.test(key)) success = true;
          const code = Number(key);
          const content = response.children.find((n) => n.key === 'content' || n.key === 'schema');
          if (content && ((code >= 100 && code < 200) || code === 204 || code === 304)) {
            // On the response's key: that is the response that must not declare it.
            findings.push({
              rule: this.id, start: response.start, end: response.end,
              message: `A ${code} response cannot carry content, but this one declares ${content.key} (RFC 9110 §${code === 204 ? '15.3.5' : code === 304 ? '15.4.5' : '15.2'}).`,
            });
          }
        }
        if (!success) {
          findings.push({
            rule: this.id, start: operation.start, end: operation.end,
            message: `${operation.key.toUpperCase()} ${path.key} declares no 2xx or 3xx response: describe what success looks like (${this.basis}).`,
          });
        }
      }
    }
    return findings;
  },
};
