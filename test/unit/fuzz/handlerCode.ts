// fast-check generators of handler code in each framework the rules know: several handlers per file,
// each a status with or without the headers its rule wants, in branches, with messages and comments —
// the shapes that make every rule fire, stay silent, and offer fixes.
import * as fc from 'fast-check';

export interface Handler {
  status: number;
  /** Header lines written before the status, by name. */
  headers: ('Retry-After' | 'Location' | 'WWW-Authenticate' | 'Allow' | 'Proxy-Authenticate' | 'Content-Location')[];
  /** A word near the status: what makes a 500 look temporary, or nothing. */
  word: '' | 'maintenance' | 'overloaded' | 'rate limit' | 'upstream';
  /** Wrapped in `if (cond) { … }`. */
  branch: boolean;
  body: boolean;
  /** The route's method: a 301/302 answering a POST changes the follow-up's method. */
  method: 'get' | 'post';
  /** A Retry-After value a client cannot read ("soon", "2 minutes"), or a valid one. */
  retryAfter: string;
  /** Go: the header written after the status (where it has no effect). */
  headerLate: boolean;
  /** Spell the status by a name (a deprecated one where the framework has it) instead of a number. */
  named: boolean;
}

const statuses = [200, 201, 204, 205, 301, 302, 303, 304, 307, 308, 401, 404, 405, 407, 410, 413, 418, 422, 429, 499, 500, 502, 503, 504, 599, 299, 311];

const handler: fc.Arbitrary<Handler> = fc.record({
  status: fc.constantFrom(...statuses),
  headers: fc.subarray(['Retry-After', 'Location', 'WWW-Authenticate', 'Allow', 'Proxy-Authenticate', 'Content-Location'] as const, { maxLength: 2 }),
  word: fc.constantFrom('' as const, 'maintenance' as const, 'overloaded' as const, 'rate limit' as const, 'upstream' as const),
  branch: fc.boolean(),
  body: fc.boolean(),
  method: fc.constantFrom('get' as const, 'post' as const),
  retryAfter: fc.constantFrom('120', '120', 'soon', '2 minutes', 'Wed, 21 Oct 2015 07:28:00 GMT', '-1'),
  headerLate: fc.boolean(),
  named: fc.boolean(),
});

/** Names per framework, the deprecated aliases among them (RFC 9110 renames). */
const rackNames: Record<number, string> = { 422: 'unprocessable_entity', 413: 'payload_too_large', 404: 'not_found', 503: 'service_unavailable', 301: 'moved_permanently', 302: 'found' };
const starletteNames: Record<number, string> = { 422: 'HTTP_422_UNPROCESSABLE_ENTITY', 413: 'HTTP_413_REQUEST_ENTITY_TOO_LARGE', 404: 'HTTP_404_NOT_FOUND', 503: 'HTTP_503_SERVICE_UNAVAILABLE' };
const springNames: Record<number, string> = { 413: 'PAYLOAD_TOO_LARGE', 302: 'MOVED_TEMPORARILY', 404: 'NOT_FOUND', 503: 'SERVICE_UNAVAILABLE', 429: 'TOO_MANY_REQUESTS' };

const headerValues: Record<Handler['headers'][number], string> = {
  'Retry-After': '120', Location: '/next', 'WWW-Authenticate': 'Bearer', Allow: 'GET, POST', 'Proxy-Authenticate': 'Basic', 'Content-Location': '/x',
};
const value = (h: Handler, name: Handler['headers'][number]) => (name === 'Retry-After' ? h.retryAfter : headerValues[name]);

type Writer = (h: Handler, i: number) => string;

/** One handler per framework, written the way its users write it. */
const writers: Record<string, { languageId: string; prelude: string; postlude?: string; comment: string; write: Writer }> = {
  express: {
    languageId: 'javascript',
    comment: '// next',
    prelude: "const express = require('express');\nconst app = express();\n",
    write: (h, i) => {
      const sets = h.headers.map((name) => `  res.set('${name}', '${value(h, name)}');\n`).join('');
      const redirect = (h.status === 301 || h.status === 302) && h.named;
      const send = redirect ? `res.redirect(${h.status}, '/next');` : `res.status(${h.status})${h.body ? `.json({ error: '${h.word || 'failed'}' })` : '.end()'};`;
      const inner = h.branch ? `  if (${h.word ? h.word.replace(' ', '') : 'flag'}) {\n  ${sets}    return ${send}\n  }\n` : `${sets}  ${send}\n`;
      return `app.${h.method}('/r${i}', (req, res) => {\n${inner}});\n`;
    },
  },
  flask: {
    languageId: 'python',
    comment: '# next',
    prelude: 'from flask import Flask, jsonify\nfrom starlette import status\napp = Flask(__name__)\n',
    write: (h, i) => {
      const headers = h.headers.length ? `, {${h.headers.map((name) => `'${name}': '${value(h, name)}'`).join(', ')}}` : '';
      const code = h.named && starletteNames[h.status] ? `status.${starletteNames[h.status]}` : String(h.status);
      const ret = `return jsonify(error='${h.word || 'failed'}'), ${code}${headers}`;
      return `@app.route('/r${i}'${h.method === 'post' ? ", methods=['POST']" : ''})\ndef view_${i}():\n${h.branch ? `    if ${h.word ? h.word.replace(' ', '_') : 'flag'}:\n        ${ret}\n    return '', 204` : `    ${ret}`}\n`;
    },
  },
  go: {
    languageId: 'go',
    comment: '// next',
    prelude: 'package main\n\nimport "net/http"\n',
    write: (h, i) => {
      const sets = h.headers.map((name) => `\tw.Header().Set("${name}", "${value(h, name)}")\n`).join('');
      const body = h.body ? `\tw.Write([]byte("${h.word || 'failed'}"))\n` : '';
      const inner = h.headerLate ? `\tw.WriteHeader(${h.status})\n${body}${sets}` : `${sets}\tw.WriteHeader(${h.status})\n${body}`;
      return `func h${i}(w http.ResponseWriter, r *http.Request) {\n${h.branch ? `\tif ${h.word ? h.word.replace(' ', '') : 'flag'} {\n${inner}\t\treturn\n\t}\n` : inner}}\n`;
    },
  },
  spring: {
    languageId: 'java',
    comment: '  // next',
    prelude: 'import org.springframework.http.HttpStatus;\nimport org.springframework.http.ResponseEntity;\n\n@RestController\nclass C {\n',
    postlude: '}\n',
    write: (h, i) => {
      const headers = h.headers.map((name) => `.header("${name}", "${value(h, name)}")`).join('');
      const code = h.named && springNames[h.status] ? `HttpStatus.${springNames[h.status]}` : String(h.status);
      return `  @${h.method === 'post' ? 'Post' : 'Get'}Mapping("/r${i}")\n  ResponseEntity<String> r${i}() {\n    return ResponseEntity.status(${code})${headers}.body("${h.word || 'failed'}");\n  }\n`;
    },
  },
  rails: {
    languageId: 'ruby',
    comment: '  # next',
    prelude: 'class ThingsController < ApplicationController\n',
    postlude: 'end\n',
    write: (h, i) => {
      const sets = h.headers.map((name) => `    response.headers['${name}'] = '${value(h, name)}'\n`).join('');
      const code = h.named && rackNames[h.status] ? `:${rackNames[h.status]}` : String(h.status);
      const action = h.method === 'post' ? 'create' : `action_${i}`;
      return `  def ${action}\n${sets}    ${h.body ? `render json: { error: '${h.word || 'failed'}' }, status: ${code}` : `head ${code}`}\n  end\n`;
    },
  },
  nginx: {
    languageId: 'nginx',
    comment: '  # next',
    prelude: 'server {\n  listen 80;\n',
    postlude: '}\n',
    write: (h, i) => {
      const adds = h.headers.map((name) => `    add_header ${name} "${value(h, name)}" always;\n`).join('');
      return `  location /r${i} {\n${adds}    return ${h.status}${h.status >= 300 && h.status < 400 ? ' /next' : h.body ? ` "${h.word || 'failed'}"` : ''};\n  }\n`;
    },
  },
  openapi: {
    languageId: 'yaml',
    comment: '  # next',
    prelude: 'openapi: 3.0.0\ninfo:\n  title: t\n  version: "1"\npaths:\n',
    write: (h, i) => `  /r${i}:\n    get:\n      responses:\n        '${h.status}':\n          description: ${h.word || 'ok'}\n${h.headers.length ? `          headers:\n${h.headers.map((name) => `            ${name}:\n              schema:\n                type: string\n`).join('')}` : ''}`,
  },
};

export const frameworks = Object.keys(writers);

/** A file of 1–4 handlers in one framework; optionally with a comment line between handlers. */
export const handlerFile = fc.tuple(fc.constantFrom(...frameworks), fc.array(handler, { minLength: 1, maxLength: 4 }), fc.boolean())
  .map(([framework, handlers, comments]) => {
    const w = writers[framework];
    const body = handlers.map((h, i) => w.write(h, i)).join(comments ? `${w.comment}\n` : '\n');
    return { framework, languageId: w.languageId, text: `${w.prelude}${body}${w.postlude ?? ''}` };
  });
