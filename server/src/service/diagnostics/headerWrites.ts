// Where a document writes the response headers the rules care about (issue 15). Only a write gives a
// header a value: `res.set(name, v)`, `setHeader`, `header()`, `w.Header().Set`, `headers[name] = v`, a
// `name: v` / `name => v` entry of a headers object, dict or hash, a `(name, v)` pair, a raw
// `"Name: v"` line, nginx `add_header`. A list of header names (`['Retry-After', 'Server']`), a read
// (`headers.get('Retry-After', 0)`) or a look-alike (`Content-Location`) is not one.
import { LanguageFamily } from '../detection/languages';
import { isRegExpSpace } from '../detection/textScan';

/** The headers the rules ask about, by their lowercase name. */
export type HeaderName = 'retry-after' | 'location' | 'www-authenticate' | 'proxy-authenticate' | 'allow' | 'upgrade';

export interface HeaderWrite {
  name: HeaderName;
  /** Where the header's name is written. */
  start: number;
  /** The root of the object written to (`res`, `ctx`, `w`, `response`, `$response`, `self`), when the write names one. */
  receiver?: string;
  /** The value as written, when it is a literal: its text without quotes, and where it starts. */
  value?: { text: string; start: number; quoted: boolean };
  /** The value is computed (a variable, a call, a template with `${}`, a concatenation): nothing to judge. */
  dynamic: boolean;
  /** nginx: `add_header … always` (sent with every status, not only 2xx/3xx). */
  always?: boolean;
}

const names: Record<string, HeaderName> = {
  'retry-after': 'retry-after', retryafter: 'retry-after', retry_after: 'retry-after',
  location: 'location',
  'www-authenticate': 'www-authenticate', wwwauthenticate: 'www-authenticate', www_authenticate: 'www-authenticate',
  'proxy-authenticate': 'proxy-authenticate', proxyauthenticate: 'proxy-authenticate', proxy_authenticate: 'proxy-authenticate',
  allow: 'allow', upgrade: 'upgrade',
};

const nameAlternatives = 'retry-after|location|www-authenticate|proxy-authenticate|allow|upgrade';
/** `'Retry-After'` (the quote, then the name, then the same quote). */
const quotedName = new RegExp(`(['"\`])(${nameAlternatives})\\1`, 'gi');
/** `'Retry-After: 120'`: a raw header line in a string (PHP `header()`, raw responses). */
const rawLine = new RegExp(`(['"\`])(${nameAlternatives}):[ \\t]*([^'"\`\\\\\\n]*)`, 'gi');
/** Framework constants: `HttpHeaders.RETRY_AFTER`, `HeaderNames.RetryAfter`, `hdrs.RETRY_AFTER`, `header::LOCATION`, Go `HeaderRetryAfter`. */
const constantName = /\b(?:(?:HttpHeaders|HeaderNames|HttpHeaderNames|Headers|HttpHeader|HTTPHeader|HttpResponseHeader|hdrs|header|Header|HeaderName)\s*(?:\.|::)\s*|Header)(RETRY_AFTER|RetryAfter|LOCATION|Location|WWW_AUTHENTICATE|WwwAuthenticate|WWWAuthenticate|PROXY_AUTHENTICATE|ProxyAuthenticate|ALLOW|Allow|UPGRADE|Upgrade)\b/g;
const nginxAddHeader = /\badd_header\s+("?)(retry-after|location|www-authenticate|proxy-authenticate|allow|upgrade)\1\s+("[^"]*"|'[^']*'|[^\s;]+)([^;]*);/gi;

/** Reads, not writes, even with a second argument (a default value). */
const readers = /^(?:get|getHeader|get_header|getheader|has|hasHeader|has_header|remove|removeHeader|remove_header|delete|del|Del|Get|Values|pop|getlist|get_all|getAll|getOne|contains|includes|indexOf|assert\w*|expect|toHaveHeader|header_value|fetch)$/;

/** Calls that build a collection, not a header write: their arguments are names. */
const collections = /^(?:of|asList|listOf|setOf|arrayOf|mutableListOf|frozenset|tuple|copyOf|newArrayList|newHashSet|concat|push|unshift|includes|join)$/;

function skipSpaces(text: string, k: number): number {
  while (k < text.length && isRegExpSpace(text.charCodeAt(k))) k++;
  return k;
}

function skipSpacesBack(text: string, k: number): number {
  while (k >= 0 && isRegExpSpace(text.charCodeAt(k))) k--;
  return k;
}

/** The callee chain ending just before `open` (`res.set`, `w.Header().Set`, `$response->headers->set`): its root and its last member. */
function calleeBefore(masked: string, open: number): { root?: string; method?: string } {
  let k = skipSpacesBack(masked, open - 1);
  const end = k + 1;
  let depth = 0;
  for (; k >= 0 && k > end - 300; k--) {
    const c = masked[k];
    if (c === ')' || c === ']') depth++;
    else if (c === '(' || c === '[') {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0 && !/[\w$.>:?-]/.test(c)) break;
  }
  const chain = masked.slice(k + 1, end).replace(/\([^()]*\)/g, '').replace(/\s+/g, '');
  if (!chain) return {};
  const parts = chain.split(/\?\.|\.|->|::/).filter((p) => p !== '');
  return { root: parts[0], method: parts[parts.length - 1] };
}

/** The root of the expression before a `[` (`response.headers[`, `self.response.headers[`, `$headers[`). */
function subscriptRoot(masked: string, bracket: number): string | undefined {
  const head = /([$\w][\w$]*)(?:\s*(?:\.|->|\?\.)\s*[\w$]+|\(\))*\s*$/.exec(masked.slice(Math.max(0, bracket - 200), bracket));
  return head?.[1];
}

/** The value after a separator: a literal (quoted or a number) or something computed. */
function valueAt(text: string, masked: string, k: number): Pick<HeaderWrite, 'value' | 'dynamic'> {
  const start = skipSpaces(text, k);
  const q = text[start];
  if (q === '"' || q === "'" || q === '`') {
    let j = start + 1;
    while (j < text.length && text[j] !== q && text[j] !== '\n') j += text[j] === '\\' ? 2 : 1;
    const literal = text.slice(start + 1, j);
    // Anything operating on the literal makes it computed: 'x' + n, '%d' % n, '{}'.format(n), `${n}`.
    const after = masked.slice(j + 1, skipSpaces(masked, j + 1) + 2);
    const computed = /^\s*(?:[+%.]|\?\?)/.test(after) || (q === '`' && literal.includes('${'))
      || /\$\{|#\{|\{\w*\}|%[sdi]/.test(literal) || /[fF]$/.test(text.slice(Math.max(0, start - 1), start));
    return computed ? { dynamic: true } : { value: { text: literal, start: start + 1, quoted: true }, dynamic: false };
  }
  const number = /^-?\d+(?:\.\d+)?/.exec(text.slice(start, start + 30));
  if (number && !/^\s*[-+*/%.\w]/.test(text.slice(start + number[0].length, start + number[0].length + 3))) {
    return { value: { text: number[0], start, quoted: false }, dynamic: false };
  }
  return { dynamic: true };
}

/**
 * Every header write in the text. `uncommented` has comments blanked, `masked` strings too (same offsets).
 * One pass of a few patterns over the text; callers filter by position.
 */
export function headerWrites(text: string, uncommented: string, masked: string, family: LanguageFamily): HeaderWrite[] {
  const out: HeaderWrite[] = [];
  if (family === 'nginx') {
    nginxAddHeader.lastIndex = 0;
    for (let m = nginxAddHeader.exec(uncommented); m; m = nginxAddHeader.exec(uncommented)) {
      const raw = m[3];
      const quoted = raw.startsWith('"') || raw.startsWith("'");
      const valueText = quoted ? raw.slice(1, -1) : raw;
      const valueStart = m.index + m[0].indexOf(raw, m[0].indexOf(m[2]) + m[2].length) + (quoted ? 1 : 0);
      out.push({
        name: names[m[2].toLowerCase()], start: m.index + m[0].indexOf(m[2]), always: /\balways\b/.test(m[4]),
        ...(valueText.includes('$') ? { dynamic: true } : { value: { text: valueText, start: valueStart, quoted }, dynamic: false }),
      });
    }
    return out;
  }
  const consider = (nameStart: number, nameEnd: number, name: HeaderName) => {
    // What follows the name decides: `,` (first argument of a call or pair), `:` / `=>` (an entry), `] =` (a subscript write).
    const after = skipSpaces(masked, nameEnd);
    const c = masked[after];
    const before = skipSpacesBack(masked, nameStart - 1);
    const b = masked[before];
    if (c === ',' && b === '(') {
      const callee = calleeBefore(masked, before);
      if (callee.method && readers.test(callee.method)) return;
      // A list of header names built by a call: List.of("Retry-After", "Set-Cookie"), new Set([…]), listOf(…).
      if (callee.method && collections.test(callee.method)) return;
      if (/^\s*(['"`])[A-Za-z]+(?:-[A-Za-z]+)+\1\s*[,)]/.test(uncommented.slice(after + 1, after + 80))) return;
      out.push({ name, start: nameStart, receiver: callee.root, ...valueAt(text, masked, after + 1) });
    } else if ((c === ':' && masked[after + 1] !== ':') || (c === '=' && masked[after + 1] === '>')) {
      // An entry of an object, dict, hash or named argument list; a Python slice or a TypeScript type is rare enough.
      if (b !== '{' && b !== ',' && b !== '[' && b !== '(' && b !== '\n' && !isRegExpSpace(masked.charCodeAt(before + 1))) return;
      out.push({ name, start: nameStart, ...valueAt(text, masked, after + (c === ':' ? 1 : 2)) });
    } else if (c === ']' && b === '[') {
      const eq = skipSpaces(masked, after + 1);
      if (masked[eq] !== '=' || masked[eq + 1] === '=' || masked[eq + 1] === '>') return;
      out.push({ name, start: nameStart, receiver: subscriptRoot(masked, before), ...valueAt(text, masked, eq + 1) });
    }
  };
  quotedName.lastIndex = 0;
  for (let m = quotedName.exec(uncommented); m; m = quotedName.exec(uncommented)) {
    consider(m.index, m.index + m[0].length, names[m[2].toLowerCase()]);
  }
  constantName.lastIndex = 0;
  for (let m = constantName.exec(masked); m; m = constantName.exec(masked)) {
    consider(m.index, m.index + m[0].length, names[m[1].toLowerCase()]);
  }
  propertyWrites(text, masked, family, out);
  rawLine.lastIndex = 0;
  for (let m = rawLine.exec(uncommented); m; m = rawLine.exec(uncommented)) {
    const valueText = m[3].replace(/\\[rn].*$/, '').trimEnd();
    out.push({
      name: names[m[2].toLowerCase()], start: m.index + 1,
      ...(valueText === '' || /\$|\{|%[sd]/.test(valueText) ? { dynamic: true } : { value: { text: valueText, start: m.index + m[0].length - m[3].length, quoted: true }, dynamic: false }),
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Property and method forms: `Response.Headers.Location = …`, `resp.retry_after = …`, `res.location(url)`, Spring `.allow(…)`. */
const propertyAssign = /(?:\.|->)\s*(Location|RetryAfter|WWWAuthenticate|WwwAuthenticate|ProxyAuthenticate|Allow|Upgrade|location|retry_after|www_authenticate|allow)\s*=(?![=>~])/g;
/** `res.location(url)`, Spring `.location(uri)` / `.allow(…)`, and Koa/Express `redirect(url)` (which writes Location). */
const builderMethod = /\.\s*(location|allow|redirect)\s*\(\s*[^)\s]/g;
/** Unquoted keys of a headers object: `{ Location: url }`, `{ Allow: 'GET' }`; Ruby `location:` / `:location =>` (`head :found, location: x`). */
const bareKey = /[{,]\s*(Location|Allow|Upgrade|RetryAfter|WWWAuthenticate)\s*:(?!:)/g;
/** JavaScript's lower-case `location` key, and its shorthand: `res.writeHead(307, { location })`. */
const jsLocationKey = /[{,]\s*(location)\s*(?::(?!:)|(?=[,}]))/g;
const rubyLocationKey = /(?:,|\(|\{)\s*(?:(location):\s|:(location)\s*=>)/g;
/** Keyword arguments of helpers that write the header: Werkzeug `abort(503, retry_after=…)`, `abort(405, valid_methods=…)`. */
const pythonKeyword = /[(,]\s*(retry_after|valid_methods|www_authenticate)\s*=(?!=)/g;
/**
 * Headers handed over from the framework's own helper, taken to hold the header (issue 15, judgement
 * call 2): DRF `get_success_headers()` (Location), an HTTP exception's `getHeaders()` (Retry-After).
 */
const passedThrough = /\b(get_success_headers|getHeaders)\s*\(/g;

const propertyNames: Record<string, HeaderName> = {
  location: 'location', retryafter: 'retry-after', retry_after: 'retry-after', wwwauthenticate: 'www-authenticate',
  www_authenticate: 'www-authenticate', proxyauthenticate: 'proxy-authenticate', allow: 'allow', upgrade: 'upgrade',
  valid_methods: 'allow', redirect: 'location', get_success_headers: 'location', getheaders: 'retry-after',
};

/** The root of the member chain ending just before `end` (`http.Response.Headers` → `http`, `$response->headers` → `$response`). */
function chainRoot(masked: string, end: number): string | undefined {
  const head = /([$A-Za-z_][\w$]*)(?:\s*(?:\.|->|\?\.)\s*[\w$]+|\(\))*\s*$/.exec(masked.slice(Math.max(0, end - 200), end));
  return head?.[1];
}

function propertyWrites(text: string, masked: string, family: LanguageFamily, out: HeaderWrite[]): void {
  const push = (re: RegExp, withReceiver: boolean, valueFrom?: (m: RegExpExecArray) => number) => {
    re.lastIndex = 0;
    for (let m = re.exec(masked); m; m = re.exec(masked)) {
      const key = m[1] ?? m[2];
      const name = propertyNames[key.toLowerCase()];
      const start = m.index + m[0].indexOf(key);
      const receiver = withReceiver ? chainRoot(masked, m.index) : undefined;
      out.push({ name, start, receiver, ...(valueFrom ? valueAt(text, masked, valueFrom(m)) : { dynamic: true }) });
    }
  };
  const end = (m: RegExpExecArray) => m.index + m[0].length;
  push(propertyAssign, true, end);
  if (family === 'javascript' || family === 'java') push(builderMethod, true);
  if (family === 'javascript' || family === 'php') push(bareKey, false, end);
  if (family === 'javascript') push(jsLocationKey, false, (m) => masked[m.index + m[0].length - 1] === ':' ? m.index + m[0].length : m.index + m[0].indexOf('location'));
  if (family === 'ruby') push(rubyLocationKey, false, end);
  if (family === 'python') push(pythonKeyword, false, end);
  if (family === 'python' || family === 'php') push(passedThrough, false);
}
