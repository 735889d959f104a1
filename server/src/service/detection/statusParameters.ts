// Helpers a file defines for itself: `const json = (statusCode, body) => …`, `func writeJSON(w, status int, v any)`,
// `function send_json($data, $status = 200)`, `def error(message, status=400)`. A call to such a helper
// (`json(404, …)`, `writeJSON(w, 200, v)`, `$this->failure('x', 404)`) passes a status at that parameter's position,
// and the parameter's default (`int $code = 200`) is a status too.
import { isStatusName } from './familyRules';

// Named definitions in most languages: `function f(`, `func f(`, `func (s *T) f(`, `def f(`, `fn f(`, `fun f(`,
// and Java/C# methods after a modifier. Parameter lists hold no parentheses here, so every match is linear.
const NAMED = /\b(?:function|func|def|fn|fun)\s+(?:\([^()\n]{0,120}\)\s*)?([A-Za-z_$][\w$]*)\s*(?:<[^<>()\n]{0,80}>)?\s*\(([^()]{0,300})\)/g;
// Java/C#/Kotlin methods: `Type name(params) {` — the word before the name is checked in code (a type, not `if`/`.`).
const METHOD = /\b([A-Za-z_]\w*)\s*\(([^()]{0,300})\)\s*(?:throws\s[\w., ]{1,80})?\{/g;
const NOT_METHOD = /^(?:if|for|foreach|while|switch|catch|using|lock|fixed|synchronized|return|new|function|func|def|fn|fun|when|else|do|try)$/;
// JS/TS function values: `const json = (statusCode, body) =>`, `reply: async function (code, body) {`.
const VALUE = /(?<![\w$])([A-Za-z_$][\w$]*)\s*[:=]\s*(?:async\s*)?(?:function\s*[\w$]*\s*)?\(([^()]{0,300})\)\s*(?::[^=;{}()\n]{1,80})?(?:=>|\{)/g;

/** Function names that never take an HTTP status, whatever their parameters are called. */
const NOT_HTTP = /exit|smtp|mail|grpc|process|job|task|signal|socket|sleep|wait|timeout|delay|port|order/i;
/** A bare `code` parameter is a status only in a helper that obviously writes a response. */
const RESPONDS = /respond|reply|json|render|send|write|error|abort|fail|halt|problem|success/i;
const RESPONSE_PARAM = /ResponseWriter|\bres\b|\bresp\b|\bresponse\b|\breply\b|\$response|gin\.Context|echo\.Context/;

export interface StatusParameters {
  /** Function name → index of its status parameter (the first definition wins). */
  byName: Map<string, number>;
  /** Offsets of 3-digit defaults of status parameters (`$status = 200`). */
  defaults: Set<number>;
}

/** The functions `text` defines that take a status parameter. */
export function statusParameters(text: string): StatusParameters {
  const byName = new Map<string, number>();
  const defaults = new Set<number>();
  for (const re of [NAMED, METHOD, VALUE]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const [whole, name, params] = m;
      if (byName.has(name) || NOT_HTTP.test(name)) continue;
      if (re === METHOD && (NOT_METHOD.test(name) || !afterType(text, m.index))) continue;
      const index = statusParameterIndex(params, RESPONDS.test(name) || RESPONSE_PARAM.test(params));
      if (index < 0) continue;
      byName.set(name, index);
      const list = splitParams(params);
      const param = list[index + (/^(?:self|cls)$/.test(list[0] ?? '') ? 1 : 0)] ?? '';
      const dflt = /=\s*([1-5]\d\d)\s*$/.exec(param);
      if (dflt) {
        const paramsAt = m.index + whole.lastIndexOf(params);
        const at = paramsAt + params.indexOf(param) + param.length - dflt[1].length - (param.length - param.trimEnd().length);
        if (text.slice(at, at + 3) === dflt[1]) defaults.add(at);
      }
    }
  }
  return { byName, defaults };
}

function statusParameterIndex(params: string, responds: boolean): number {
  const list = splitParams(params);
  // Python methods: `self.error(msg, 400)` passes its arguments after `self`.
  if (list.length > 0 && /^(?:self|cls)$/.test(list[0])) list.shift();
  for (let i = 0; i < list.length; i++) {
    const name = parameterName(list[i]);
    if (!name) continue;
    if (isStatusName(name) && /^[a-z_$]/.test(name)) return i;
    if (responds && (name === 'code' || name === 'httpCode' || name === 'http_code')) return i;
  }
  return -1;
}

/** Splits on commas outside `<…>` and `[…]` (generic types, array types). */
function splitParams(params: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < params.length; i++) {
    const c = params[i];
    if (c === '<' || c === '[' || c === '{') depth++;
    else if ((c === '>' && params[i - 1] !== '=') || c === ']' || c === '}') depth = Math.max(0, depth - 1);
    else if (c === ',' && depth === 0) { out.push(params.slice(from, i)); from = i + 1; }
  }
  out.push(params.slice(from));
  return out.map((p) => p.trim()).filter((p) => p.length > 0);
}

/** `statusCode`, `status = 200`, `$status = 200`, `int $status`, `status int`, `status: number`, `int status`. */
function parameterName(param: string): string | undefined {
  const decl = param.split('=')[0].trim();
  const php = /\$([A-Za-z_]\w*)/.exec(decl);
  if (php) return php[1];
  const colon = decl.indexOf(':');
  const words = (colon >= 0 ? decl.slice(0, colon) : decl).match(/[A-Za-z_]\w*/g);
  if (!words) return undefined;
  if (colon >= 0) return words[words.length - 1]; // `status: int`, `readonly status: number`
  // `status int` (Go) or `int status` (Java/C#): whichever word is not a type; a lowercase builtin type goes first.
  if (words.length === 1) return words[0];
  if (/^[A-Z]/.test(words[0])) return words[words.length - 1];
  return /^(?:int|long|short|uint|u?int(?:16|32|64)?|number|Integer|string|var|final)$/.test(words[0]) ? words[words.length - 1] : words[0];
}

/** A declaration: the name follows a type (`Task`, `int`, `List<T>`, `string[]`, `void`), not `.`, `=` or an operator. */
function afterType(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  if (i === at - 1 || i < 0) return false;
  const c = text[i];
  if (c === '>' || c === ']' || c === '?') return true;
  if (!/\w/.test(c)) return false;
  const wordEnd = i + 1;
  while (i >= 0 && /\w/.test(text[i])) i--;
  return !/^(?:return|new|await|throw|else|case|in|is|as|yield)$/.test(text.slice(i + 1, wordEnd));
}
