// Rule 11 (a refactoring, not a diagnostic): a magic number in a status context ↔ the named constant
// the file already imports or the framework offers, in both directions.
import { Detection } from '../detection/types';
import { LanguageFamily } from '../detection/languages';
import { ResponseSite } from '../diagnostics/responseSite';
import { constantWords } from './statusReplacement';

export interface ConstantRewrite {
  title: string;
  newText: string;
}

const screaming = (code: number) => constantWords[code].map((w) => w.toUpperCase()).join('_');
const pascal = (code: number) => constantWords[code].map((w) => (w === 'OK' ? 'OK' : w[0].toUpperCase() + w.slice(1))).join('');
const snake = (code: number) => constantWords[code].map((w) => w.toLowerCase()).join('_');

/** Sites whose argument takes a plain integer as well as a constant. */
const integerSites = new Set<ResponseSite['kind']>([
  'express-status', 'express-sendStatus', 'fastify-code', 'node-writeHead', 'prop-assign', 'init-object',
  'go-writeheader', 'go-http-error', 'gin-call', 'py-return-tuple', 'py-call', 'spring-status', 'servlet-status',
  'aspnet-statuscode', 'rails-status', 'laravel-response', 'laravel-abort', 'php-setstatus', 'redirect-call',
]);

/** The named constant for `code` this file can use here, if any. */
function constantFor(text: string, family: LanguageFamily, site: ResponseSite, code: number): string | undefined {
  if (!constantWords[code]) return undefined;
  switch (family) {
    case 'go':
      return /"net\/http"/.test(text) ? `http.Status${pascal(code)}` : undefined;
    case 'javascript': {
      // http-status-codes names 302 MOVED_TEMPORARILY and lacks a few; keep to the names it has.
      if ([302, 423, 426, 508].includes(code)) return undefined;
      return /\bimport\s*\{[^}]*\bStatusCodes\b[^}]*\}\s*from\s*['"]http-status-codes['"]|require\(\s*['"]http-status-codes['"]\s*\)/.test(text)
        ? `StatusCodes.${screaming(code)}` : undefined;
    }
    case 'python':
      if (/from\s+(?:fastapi|starlette|rest_framework)\s+import\s+[^\n]*\bstatus\b/.test(text)) return `status.HTTP_${code}_${screaming(code)}`;
      if (/from\s+http\s+import\s+[^\n]*\bHTTPStatus\b/.test(text)) return `HTTPStatus.${screaming(code)}`;
      return undefined;
    case 'java':
      return site.kind === 'spring-status' && /\bHttpStatus\b/.test(text) ? `HttpStatus.${screaming(code)}` : undefined;
    case 'csharp':
      return /using\s+Microsoft\.AspNetCore\.Http\s*;|\bStatusCodes\.Status\d{3}/.test(text) ? `StatusCodes.Status${code}${pascal(code)}` : undefined;
    case 'ruby':
      return site.kind === 'rails-status' || site.kind === 'redirect-call' ? `:${snake(code)}` : undefined;
    case 'php':
      return /use\s+(?:Symfony\\Component\\HttpFoundation|Illuminate\\Http)\\Response\s*;/.test(text) ? `Response::HTTP_${screaming(code)}` : undefined;
    default:
      return undefined;
  }
}

export function constantRewrites(text: string, family: LanguageFamily, detection: Detection, site: ResponseSite): ConstantRewrite[] {
  if (!integerSites.has(site.kind)) return [];
  if (detection.form === 'literal' && /^\d{3}$/.test(detection.text)) {
    const constant = constantFor(text, family, site, detection.code);
    return constant ? [{ title: `Replace ${detection.code} with ${constant}`, newText: constant }] : [];
  }
  if (detection.form === 'constant' || detection.form === 'symbol') {
    // .NET's HttpStatusCode enum and Spring outside ResponseEntity.status need a cast; leave them.
    if (/^HttpStatusCode\./.test(detection.text)) return [];
    return [{ title: `Replace ${detection.text} with ${detection.code}`, newText: String(detection.code) }];
  }
  return [];
}
