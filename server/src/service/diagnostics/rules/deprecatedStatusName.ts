// Rule 8: status names that libraries renamed after RFC 9110 (413 Content Too Large, 422 Unprocessable
// Content…) and keep only as deprecated aliases.
import { Rule, RuleContext, Finding } from '../types';
import { LanguageFamily } from '../../detection/languages';

interface Rename {
  family: LanguageFamily;
  /** Only when the file uses this library (its imports). */
  when?: RegExp;
  pattern: RegExp;
  to: (old: string) => string;
  since: string;
}

const rack: Record<string, string> = {
  unprocessable_entity: 'unprocessable_content', payload_too_large: 'content_too_large',
  request_entity_too_large: 'content_too_large', request_uri_too_long: 'uri_too_long',
  requested_range_not_satisfiable: 'range_not_satisfiable',
};
const starlette: Record<string, string> = {
  HTTP_413_REQUEST_ENTITY_TOO_LARGE: 'HTTP_413_CONTENT_TOO_LARGE', HTTP_414_REQUEST_URI_TOO_LONG: 'HTTP_414_URI_TOO_LONG',
  HTTP_416_REQUESTED_RANGE_NOT_SATISFIABLE: 'HTTP_416_RANGE_NOT_SATISFIABLE', HTTP_422_UNPROCESSABLE_ENTITY: 'HTTP_422_UNPROCESSABLE_CONTENT',
};
/** Python 3.13's http.HTTPStatus took the RFC 9110 names; the old ones stay as aliases. */
const httpStatus: Record<string, string> = {
  REQUEST_ENTITY_TOO_LARGE: 'CONTENT_TOO_LARGE', REQUEST_URI_TOO_LONG: 'URI_TOO_LONG',
  REQUESTED_RANGE_NOT_SATISFIABLE: 'RANGE_NOT_SATISFIABLE', UNPROCESSABLE_ENTITY: 'UNPROCESSABLE_CONTENT',
};
const spring: Record<string, string> = {
  PAYLOAD_TOO_LARGE: 'CONTENT_TOO_LARGE', REQUEST_ENTITY_TOO_LARGE: 'CONTENT_TOO_LARGE',
  REQUEST_URI_TOO_LONG: 'URI_TOO_LONG', MOVED_TEMPORARILY: 'FOUND',
};

const renames: Rename[] = [
  { family: 'ruby', pattern: new RegExp(`(?<![:\\w]):(${Object.keys(rack).join('|')})\\b`, 'g'), to: (old) => `:${rack[old]}`, since: 'Rack 3.1' },
  { family: 'python', when: /\b(?:fastapi|starlette)\b/, pattern: new RegExp(`\\b(${Object.keys(starlette).join('|')})\\b`, 'g'), to: (old) => starlette[old], since: 'Starlette 0.48 / FastAPI' },
  { family: 'python', pattern: new RegExp(`\\bHTTPStatus\\.(${Object.keys(httpStatus).join('|')})\\b`, 'g'), to: (old) => httpStatus[old], since: 'Python 3.13' },
  { family: 'java', pattern: new RegExp(`\\bHttpStatus\\.(${Object.keys(spring).join('|')})\\b`, 'g'), to: (old) => spring[old], since: 'Spring Framework 6.1' },
];

export const deprecatedStatusName: Rule = {
  id: 'deprecated-status-name',
  defaultSeverity: 'information',
  basis: 'RFC 9110 §15.5.14, §15.5.15, §15.5.17, §15.5.21',
  description: 'A deprecated status name (Rack :unprocessable_entity, Starlette HTTP_413_REQUEST_ENTITY_TOO_LARGE…).',
  readsDetections: true,
  check(ctx: RuleContext): Finding[] {
    const findings: Finding[] = [];
    const active = renames.filter((rename) => rename.family === ctx.family && (!rename.when || rename.when.test(ctx.imports)));
    if (active.length === 0) return findings;
    // Only names the detector found (issue 14): hover, scan and this rule read the same detections, so a
    // name it reports is one the user can hover; one it does not see is no status here.
    for (const detection of ctx.analysis.detections) {
      if (detection.form !== 'constant' && detection.form !== 'symbol') continue;
      for (const rename of active) {
        rename.pattern.lastIndex = 0;
        const m = rename.pattern.exec(detection.text);
        if (!m) continue;
        const name = m[1];
        const start = detection.start + m.index + m[0].lastIndexOf(name) - (m[0].startsWith(':') ? 1 : 0);
        const old = m[0].startsWith(':') ? `:${name}` : name;
        const replacement = rename.to(name);
        const end = start + old.length;
        findings.push({
          rule: this.id, start, end, deprecated: true,
          message: `${old} is deprecated since ${rename.since}: RFC 9110 renamed the status; use ${replacement} (${this.basis}).`,
          fixes: () => [{ title: `Rename to ${replacement}`, edits: [{ start, end, newText: replacement }], isPreferred: true }],
        });
        break;
      }
    }
    return findings;
  },
};
