// fast-check generators of hostile source text: random code units, binary bytes, lone surrogates,
// every kind of line end, deep nesting and mutated real snippets full of status-code-like tokens.
import * as fc from 'fast-check';
import { loadSnippets } from '../../../bench/corpus';

/** Every languageId the extension activates on or the detectors know, plus some they must ignore. */
export const languageIds = [
  'javascript', 'typescript', 'javascriptreact', 'typescriptreact', 'js', 'ts', 'jsx', 'tsx',
  'python', 'go', 'java', 'kotlin', 'scala', 'groovy', 'csharp', 'php', 'ruby', 'rust', 'nginx',
  'yaml', 'json', 'jsonc', 'log', 'http', 'plaintext', 'markdown', '', 'JAVASCRIPT', 'Python',
];

const extensions = ['js', 'ts', 'py', 'go', 'java', 'kt', 'cs', 'php', 'rb', 'rs', 'conf', 'yaml', 'json', 'log', 'http', 'har', 'txt', ''];

/** Tokens that make detectors work: call shapes, constants, quotes, comments, brackets, line ends. */
const vocabulary = [
  'res.status(', 'res.sendStatus(', 'response.status_code = ', 'abort(', 'status=', 'HttpStatus.', 'http.Status',
  'StatusCodes.', 'HTTPStatus.', 'NOT_FOUND', 'BadGateway', 'ServiceUnavailable', 'w.WriteHeader(', 'return ',
  '200', '201', '204', '301', '302', '304', '400', '401', '403', '404', '418', '429', '499', '500', '502', '503',
  '504', '599', '600', '999', '000', '1000', '404.13', '5xx', '4XX', "'404'", '"503"', 'HTTP/1.1 ', 'HTTP/2 ',
  'responses:', '  ', '\t', ':', '-', ',', ';', '.', '(', ')', '[', ']', '{', '}', '<', '>', '"', "'", '`',
  '//', '/*', '*/', '#', '\\', '\n', '\r\n', '\r', '\u2028', '\u0000', '\uD800', '\uDFFF', '😀', 'é', 'Retry-After',
  'GET /api HTTP/1.1', '" 503 ', '127.0.0.1 - - [24/Nov/2026:10:00:00 +0000] "GET / HTTP/1.1" 502 0',
  '{"status": 500}', 'expect(res.status).toBe(', 'assert response.status_code == ', 'location = /x { return 301 ',
  'setTimeout(f, ', 'port: ', 'new Error(', 'throw ', 'Retry-After: ', 'headers', 'redirect(', '.code(',
];

const snippetsByLanguage = loadSnippets();
const snippets = Object.values(snippetsByLanguage).flat();

export const uri = fc.constantFrom(...extensions).map((ext) => `file:///fuzz/doc${ext ? `.${ext}` : ''}`);

const lineEnd = fc.constantFrom('\n', '\r\n', '\r');

const tokenSoup = fc.array(fc.constantFrom(...vocabulary), { maxLength: 200 }).map((t) => t.join(''));

/** Latin-1 decoded random bytes: NUL, control characters, invalid "UTF-8" seen as text. */
const binary = fc.uint8Array({ maxLength: 600 }).map((bytes) => Buffer.from(bytes).toString('latin1'));

/** Arbitrary UTF-16 code units, lone surrogates included. */
const codeUnits = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 400 })
  .map((units) => String.fromCharCode(...units));

const nested = fc.tuple(fc.integer({ min: 1, max: 3000 }), fc.constantFrom('(', '[', '{', '${', '<', '"'), fc.constantFrom('404', 'res.status(502)', ''))
  .map(([depth, open, inner]) => open.repeat(depth) + inner + ({ '(': ')', '[': ']', '{': '}', '${': '}', '<': '>', '"': '"' } as Record<string, string>)[open].repeat(depth));

type Mutation = { at: number; kind: number; payload: string };

const mutation = fc.record({
  at: fc.nat(),
  kind: fc.integer({ min: 0, max: 4 }),
  payload: fc.oneof(fc.constantFrom(...vocabulary), codeUnits.map((s) => s.slice(0, 8))),
});

function mutate(text: string, mutations: Mutation[], eol: string): string {
  let out = text;
  for (const m of mutations) {
    const at = out.length ? m.at % (out.length + 1) : 0;
    switch (m.kind) {
      case 0: out = out.slice(0, at) + m.payload + out.slice(at); break; // insert
      case 1: out = out.slice(0, at) + out.slice(at + m.payload.length); break; // delete
      case 2: out = out.slice(0, at) + m.payload + out.slice(at + m.payload.length); break; // overwrite
      case 3: out = out.slice(0, at) + out.slice(at, at + 40) + out.slice(at); break; // duplicate
      default: out = out.replace(/\r\n|\r|\n/g, eol); // rewrite every line end
    }
  }
  return out;
}

const mutatedSnippet = fc.tuple(fc.constantFrom(...snippets), fc.array(mutation, { maxLength: 12 }), lineEnd)
  .map(([text, mutations, eol]) => mutate(text, mutations, eol));

/** One piece of hostile text; `sourceText` concatenates a few of them. */
const piece = fc.oneof(
  { arbitrary: mutatedSnippet, weight: 5 },
  { arbitrary: tokenSoup, weight: 5 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 200 }), weight: 2 },
  { arbitrary: codeUnits, weight: 2 },
  { arbitrary: binary, weight: 2 },
  { arbitrary: nested, weight: 1 },
  { arbitrary: lineEnd, weight: 1 },
);

export const sourceText = fc.array(piece, { minLength: 0, maxLength: 6 }).map((pieces) => pieces.join(''));

export const languageId = fc.constantFrom(...languageIds);

/** A real corpus file in its own language, lightly mutated: where the rules and their fixes fire. */
export const mutatedCorpusFile = fc.tuple(
  fc.constantFrom(...Object.entries(snippetsByLanguage).flatMap(([id, texts]) => texts.map((text) => [id, text] as const))),
  fc.array(mutation, { maxLength: 4 }),
  lineEnd,
).map(([[id, text], mutations, eol]) => ({ languageId: id, text: mutate(text, mutations, eol) }));
