// YAML: OpenAPI/Swagger `responses:` keys ('404':, "200":, 201:), status keys (`status: 404`,
// `statusCode: 429`, `expected_status: [200, 201]`), and what operators write (issue 14): PromQL label
// matchers (`code="429"`; `status=~"5.."` is a class, not a code), ingress annotations
// (`custom-http-errors: "404,503"`), nginx directives in block scalars (`server-snippet: |`).
// One pass over the lines with an indentation stack.
import { Detection } from './types';
import { isStatusListName, isStatusName, squashLower } from './familyRules';
import { isDigit } from './textScan';
import { detectInNginx } from './nginxDetector';
import { looksLikeNginxConfig } from './languages';

interface Frame { indent: number; key: string }

export function detectInYaml(text: string): Detection[] {
  const found: Detection[] = [];
  const stack: Frame[] = [];
  const n = text.length;
  let blockIndent = -1; // inside a block scalar (| or >) deeper than this
  let blockStart = -1;
  let blockKey = '';
  let pos = 0;
  const push = (code: number, start: number, form: 'literal' | 'string', context: string, framework?: string) => {
    if (code >= 100 && code <= 599) {
      found.push({ code, start, end: start + 3, form, text: text.slice(start, start + 3), context, framework });
    }
  };
  const endBlock = (end: number) => {
    if (blockStart >= 0 && end > blockStart) blockStatuses(text, blockStart, end, blockKey, found);
    blockIndent = -1;
    blockStart = -1;
  };
  while (pos < n) {
    let eol = text.indexOf('\n', pos);
    if (eol < 0) eol = n;
    let i = pos;
    while (i < eol && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
    const lineStartPos = pos;
    pos = eol + 1;
    if (i >= eol || text.charCodeAt(i) === 35) continue;
    let indent = i - lineStartPos;
    if (blockIndent >= 0) {
      if (indent > blockIndent) continue;
      endBlock(lineStartPos);
    }
    let listItem = false;
    while (text.charCodeAt(i) === 45 && (text.charCodeAt(i + 1) === 32 || i + 1 === eol)) {
      listItem = true;
      i += 2;
      while (i < eol && text.charCodeAt(i) === 32) i++;
      indent = i - lineStartPos;
    }
    // key
    let keyStart = i;
    let keyEnd = -1;
    let quoted = false;
    let colon = -1;
    const c0 = text.charCodeAt(i);
    if (c0 === 34 || c0 === 39) {
      const close = text.indexOf(text[i], i + 1);
      if (close > 0 && close < eol && text.charCodeAt(close + 1) === 58) {
        quoted = true;
        keyStart = i + 1;
        keyEnd = close;
        colon = close + 1;
      }
    } else {
      for (let j = i; j < eol && j - i < 200; j++) {
        const c = text.charCodeAt(j);
        if (c === 58 && (j + 1 === eol || text.charCodeAt(j + 1) === 32 || text.charCodeAt(j + 1) === 13)) { keyEnd = j; colon = j; break; }
        if (c === 35 && text.charCodeAt(j - 1) === 32) break;
        if (c === 123 || c === 91 || c === 34 || c === 39) break;
      }
    }
    if (keyEnd < 0) {
      // The cheap test first: isStatusListName folds the name's case, on every line (issue 8).
      const start = text.charCodeAt(i) === 34 || text.charCodeAt(i) === 39 ? i + 1 : i;
      if (listItem && stack.length && isThreeDigits(text, start, eol) && isStatusListName(stack[stack.length - 1].key)) {
        push(Number(text.slice(start, start + 3)), start, start === i ? 'literal' : 'string', `list:${stack[stack.length - 1].key}`);
      }
      continue;
    }
    while (stack.length && stack[stack.length - 1].indent >= indent) stack.pop();
    const key = text.slice(keyStart, keyEnd).trim();
    const parent = stack.length ? stack[stack.length - 1].key : '';
    if (key.length === 3 && isDigit(key.charCodeAt(0)) && isDigit(key.charCodeAt(1)) && isDigit(key.charCodeAt(2))) {
      const p = squashLower(parent);
      if (p === 'responses' || p === 'response') push(Number(key), keyStart, quoted ? 'string' : 'literal', 'openapi:responses', 'openapi');
      // a map keyed by status: Serverless `statusCodes: { 200: …, 404: … }`
      else if (isStatusListName(parent)) push(Number(key), keyStart, quoted ? 'string' : 'literal', `key:${parent}`);
    }
    // value
    let v = colon + 1;
    while (v < eol && text.charCodeAt(v) === 32) v++;
    const vc = text.charCodeAt(v);
    if (v >= eol || vc === 35) {
      stack.push({ indent, key });
    } else if (vc === 124 || vc === 62) {
      blockIndent = indent;
      blockStart = eol + 1;
      blockKey = key;
    } else if (vc === 123) {
      // a flow mapping on one line: `direct_response: { status: 503, body: … }`
      flowStatuses(text, v, eol, push);
    } else if (vc !== 91) {
      // A three-digit value before the name test, which folds the name's case (issue 8: on every key: value line).
      const start = vc === 34 || vc === 39 ? v + 1 : v;
      if (isThreeDigits(text, start, eol) && isStatusName(key)) push(Number(text.slice(start, start + 3)), start, start === v ? 'literal' : 'string', `key:${key}`);
      else if (/custom-http-errors$/.test(key)) codeList(text, start, eol, push);
      else if (text.indexOf('=', v) >= 0 && text.indexOf('=', v) < eol) promqlStatuses(text, v, eol, found);
    } else if (isStatusListName(key)) {
      const close = text.indexOf(']', v);
      if (close > 0 && close < eol && /^\[[\d\s,]*\]$/.test(text.slice(v, close + 1))) {
        for (let k = v + 1; k < close; k++) {
          if (isDigit(text.charCodeAt(k)) && !isDigit(text.charCodeAt(k - 1)) && isThreeDigits(text, k, close)) {
            push(Number(text.slice(k, k + 3)), k, 'literal', `list:${key}`);
          }
        }
      }
    }
  }
  endBlock(n);
  return found.sort((a, b) => a.start - b.start);
}

/** `custom-http-errors: "404,503"` (ingress-nginx): a comma-separated list of codes. */
function codeList(text: string, from: number, to: number, push: (code: number, start: number, form: 'literal' | 'string', context: string) => void): void {
  const re = /\b([1-5]\d\d)\b/g;
  const value = text.slice(from, to);
  if (!/^["']?\s*\d{3}(?:\s*,\s*\d{3})*\s*["']?\s*(?:#.*)?$/.test(value)) return;
  for (let m = re.exec(value); m; m = re.exec(value)) push(Number(m[1]), from + m.index, 'string', 'ingress:custom-http-errors');
}

/** PromQL label matchers: `{code="429"}`, `status!="200"`, `status_code="503"` — not `=~"5.."`, a class of codes. */
const PROMQL = /\b(?:code|status|status_code|statusCode|http_status|response_code|status_class)\s*!?=\s*"([1-5]\d\d)"/g;

function promqlStatuses(text: string, from: number, to: number, found: Detection[]): void {
  const value = text.slice(from, Math.min(to, from + 20000));
  PROMQL.lastIndex = 0;
  for (let m = PROMQL.exec(value); m; m = PROMQL.exec(value)) {
    const at = from + m.index + m[0].length - 4;
    found.push({ code: Number(m[1]), start: at, end: at + 3, form: 'string', text: m[1], context: 'promql', framework: 'prometheus' });
  }
}

/** A block scalar: PromQL in it (`expr: |`), and nginx directives when it is nginx (`server-snippet: |`, an nginx.conf). */
function blockStatuses(text: string, from: number, to: number, key: string, found: Detection[]): void {
  const block = text.slice(from, to);
  if (/snippet$|nginx|\.conf$/i.test(key) || looksLikeNginxConfig(block)) {
    for (const d of detectInNginx(block)) found.push({ ...d, start: d.start + from, end: d.end + from, context: `${d.context}:yaml` });
    return;
  }
  if (block.includes('=')) promqlStatuses(text, from, to, found);
}

const FLOW_PAIR = /(?<![\w-])([A-Za-z_][\w-]*)["']?\s*:\s*["']?(\d{3})(?=["']?\s*[,}])/g;

function flowStatuses(text: string, from: number, to: number, push: (code: number, start: number, form: 'literal' | 'string', context: string) => void): void {
  const line = text.slice(from, Math.min(to, from + 2000));
  FLOW_PAIR.lastIndex = 0;
  for (let m = FLOW_PAIR.exec(line); m; m = FLOW_PAIR.exec(line)) {
    if (!isStatusName(m[1])) continue;
    const at = from + m.index + m[0].length - 3;
    push(Number(m[2]), at, text.charCodeAt(at - 1) === 34 || text.charCodeAt(at - 1) === 39 ? 'string' : 'literal', `key:${m[1]}`);
  }
}

function isThreeDigits(text: string, start: number, end: number): boolean {
  if (start + 3 > end) return false;
  if (!isDigit(text.charCodeAt(start)) || !isDigit(text.charCodeAt(start + 1)) || !isDigit(text.charCodeAt(start + 2))) return false;
  if (start + 3 === end) return true;
  const c = text.charCodeAt(start + 3);
  return c === 32 || c === 13 || c === 34 || c === 39 || c === 44 || c === 93 || c === 35;
}
