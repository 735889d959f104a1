// Completion: status codes where the code expects one (`res.status(|`, `status_code=|`, `w.WriteHeader(|`,
// OpenAPI `responses:` keys), and the right member names after a status-constant qualifier
// (`HttpStatus.|`, `http.Status|`, `status.HTTP_|`, `StatusCode::|`, Rails `head :|`).
import {
  CompletionItem, CompletionItemKind, CompletionList, MarkupKind, Position, Range, TextEdit,
} from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { StatusCodeIndex } from './dataset';
import { findStatusCodes } from './detection/findStatusCodes';
import { DocumentAnalysis } from './documentAnalysis';
import { probeScope } from './segments/segmentedAnalysis';
import { documentFamily } from './detection/languages';
import { standardNames } from './detection/names/standard';
import { goStatusList } from './detection/names/go';
import { railsSymbols } from './detection/names/rails';

/** Most used first (what APIs return and tests assert most), then the rest by number. */
const COMMON = [200, 201, 204, 400, 401, 403, 404, 409, 422, 429, 500, 502, 503, 504, 301, 302, 304, 307, 308,
  202, 206, 405, 406, 408, 410, 412, 413, 415, 501];

/** `analysis`: the document's current analysis; in a big file, the probe runs in the cursor's segment only. */
export function doComplete(document: TextDocument, position: Position, index: StatusCodeIndex, analysis?: DocumentAnalysis): CompletionList | null {
  const text = document.getText();
  const offset = document.offsetAt(position);
  const family = documentFamily(document.languageId, document.uri, document.getText());
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const linePrefix = text.slice(Math.max(lineStart, offset - 400), offset);

  const members = memberCompletions(family, linePrefix, document, position, index);
  if (members) return members;

  // A status context: a probe code typed at the cursor is detected as a status there.
  const digits = /\d{0,2}$/.exec(linePrefix)![0];
  const start = offset - digits.length;
  if (!isStatusContext(text, start, offset, document.languageId, document.uri, family, analysis)) return null;
  const range = Range.create(document.positionAt(start), position);
  const codes = rankedCodes(index, family === 'nginx');
  return {
    isIncomplete: false,
    items: codes.map((code, rank) => codeItem(code, rank, range, index)),
  };
}

function isStatusContext(
  text: string, start: number, end: number, languageId: string, uri: string, family: string, analysis?: DocumentAnalysis,
): boolean {
  const probes = family === 'yaml' ? ['200:', "200':", '200":'] : family === 'json' ? ['200"'] : ['200', '200)'];
  // A big file is analysed in segments: probing the cursor's segment alone is what analysing the
  // probed file would do there, at the cost of a few KB instead of the whole file (three times).
  const probe = analysis?.segments ? probeScope(text, analysis.segments, start) : undefined;
  const base = probe?.start ?? 0;
  const within = probe?.text ?? text;
  for (const candidate of probes) {
    const probed = within.slice(0, start - base) + candidate + within.slice(end - base);
    const at = start - base;
    const hit = findStatusCodes(probed, languageId, uri, probe?.scope).some((d) => d.code === 200 && d.start === at && d.form !== 'constant');
    if (hit) return true;
  }
  return false;
}

function rankedCodes(index: StatusCodeIndex, withVendor: boolean): number[] {
  const all = index.all()
    .filter((e) => e.meanings.some((m) => m.source === 'iana' && m.registry?.status !== 'unused') || (withVendor && e.meanings.some((m) => m.source === 'nginx')))
    .map((e) => e.code);
  const common = COMMON.filter((c) => all.includes(c));
  return [...common, ...all.filter((c) => !common.includes(c)).sort((a, b) => a - b)];
}

function codeItem(code: number, rank: number, range: Range, index: StatusCodeIndex): CompletionItem {
  const meaning = index.primary(code);
  const label = String(code);
  return {
    label,
    kind: CompletionItemKind.Value,
    detail: meaning?.name,
    labelDetails: meaning ? { description: meaning.name } : undefined,
    documentation: meaning ? { kind: MarkupKind.Markdown, value: `**${code} ${meaning.name}**\n\n${meaning.summary}` } : undefined,
    sortText: String(rank).padStart(3, '0'),
    filterText: label,
    textEdit: TextEdit.replace(range, label),
  };
}

// ---- constants ----

type Style = (code: number, name: string) => string | undefined;

const upper = (name: string) => name.replace(/'/g, '').replace(/[^A-Za-z0-9]+/g, '_').replace(/^_|_$/g, '').toUpperCase();
const pascal = (name: string) => name.replace(/'/g, '').split(/[^A-Za-z0-9]+/).filter(Boolean)
  .map((w) => w[0].toUpperCase() + w.slice(1).toLowerCase()).join('');

/** Per-library spellings that differ from the registered names. */
function withOverrides(style: (name: string) => string, overrides: Record<number, string>, skip: number[] = []): Style {
  return (code, name) => (skip.includes(code) ? undefined : overrides[code] ?? style(name));
}

const springUpper = withOverrides(upper, { 413: 'PAYLOAD_TOO_LARGE', 418: 'I_AM_A_TEAPOT', 422: 'UNPROCESSABLE_ENTITY', 416: 'REQUESTED_RANGE_NOT_SATISFIABLE' }, [421, 226, 511, 508, 506, 103]);
const nestUpper = withOverrides(upper, { 413: 'PAYLOAD_TOO_LARGE', 418: 'I_AM_A_TEAPOT', 422: 'UNPROCESSABLE_ENTITY', 416: 'REQUESTED_RANGE_NOT_SATISFIABLE' });
const npmUpper = withOverrides(upper, { 413: 'REQUEST_TOO_LONG', 414: 'REQUEST_URI_TOO_LONG', 416: 'REQUESTED_RANGE_NOT_SATISFIABLE', 418: 'IM_A_TEAPOT', 422: 'UNPROCESSABLE_ENTITY', 302: 'MOVED_TEMPORARILY' });
const pythonUpper = withOverrides(upper, { 413: 'REQUEST_ENTITY_TOO_LARGE', 414: 'REQUEST_URI_TOO_LONG', 416: 'REQUESTED_RANGE_NOT_SATISFIABLE', 422: 'UNPROCESSABLE_ENTITY', 418: 'IM_A_TEAPOT' });
const rustUpper = withOverrides(upper, { 413: 'PAYLOAD_TOO_LARGE', 418: 'IM_A_TEAPOT', 422: 'UNPROCESSABLE_ENTITY' });
const drf: Style = (code, name) => `HTTP_${code}_${pythonUpper(code, name)}`;
const symfony: Style = (code, name) => `HTTP_${withOverrides(upper, { 413: 'REQUEST_ENTITY_TOO_LARGE', 414: 'REQUEST_URI_TOO_LONG', 416: 'REQUESTED_RANGE_NOT_SATISFIABLE', 418: 'I_AM_A_TEAPOT', 422: 'UNPROCESSABLE_ENTITY' })(code, name)}`;
const dotnet = withOverrides(pascal, { 413: 'RequestEntityTooLarge', 414: 'RequestUriTooLong', 416: 'RequestedRangeNotSatisfiable', 422: 'UnprocessableEntity', 203: 'NonAuthoritativeInformation' }, [418, 103, 425]);
const ktor = withOverrides(pascal, { 413: 'PayloadTooLarge', 414: 'RequestURITooLong', 416: 'RequestedRangeNotSatisfiable', 422: 'UnprocessableEntity', 505: 'VersionNotSupported' }, [418, 103, 421, 226, 508, 510, 511, 451, 208]);
const axios = withOverrides(pascal, { 413: 'PayloadTooLarge', 418: 'ImATeapot', 422: 'UnprocessableEntity' });
const aspnet: Style = (code, name) => `Status${code}${withOverrides(pascal, { 413: 'PayloadTooLarge', 418: 'ImATeapot', 422: 'UnprocessableEntity' })(code, name)}`;
const servlet: Style = (code, name) => `SC_${withOverrides(upper, { 413: 'REQUEST_ENTITY_TOO_LARGE', 414: 'REQUEST_URI_TOO_LONG', 416: 'REQUESTED_RANGE_NOT_SATISFIABLE', 418: 'I_AM_A_TEAPOT', 422: 'UNPROCESSABLE_ENTITY' })(code, name)}`;
const requestsCodes: Style = (code, name) => pythonUpper(code, name)?.toLowerCase();
const goNames = new Map(goStatusList);
const go: Style = (code) => goNames.get(code);

/** (family, qualifier) → the member spelling. */
const qualifierStyles: Record<string, Record<string, Style>> = {
  javascript: { HttpStatus: nestUpper, StatusCodes: npmUpper, HttpStatusCode: axios, httpStatus: npmUpper },
  python: { HTTPStatus: pythonUpper, status: drf, codes: requestsCodes },
  go: { http: go, fasthttp: go, fiber: go },
  java: { HttpStatus: springUpper, HttpStatusCode: ktor, Status: springUpper, HttpServletResponse: servlet },
  csharp: { HttpStatusCode: dotnet, StatusCodes: aspnet },
  php: { Response: symfony, JsonResponse: symfony },
  rust: { StatusCode: rustUpper },
};

function memberCompletions(family: string, linePrefix: string, document: TextDocument, position: Position, index: StatusCodeIndex): CompletionList | null {
  const offset = document.offsetAt(position);
  if (family === 'ruby') {
    const m = /(?:\bhead\s*\(?\s*|\bstatus:\s*|:status\s*=>\s*|have_http_status\(\s*|assert_response\s+):([a-z_]*)$/.exec(linePrefix);
    if (!m) return null;
    const range = Range.create(document.positionAt(offset - m[1].length - 1), position);
    const seen = new Set<number>();
    const items: CompletionItem[] = [];
    for (const [symbol, code] of railsSymbols) {
      if (seen.has(code)) continue; // first (current) spelling per code
      seen.add(code);
      items.push(memberItem(`:${symbol}`, code, range, index));
    }
    return { isIncomplete: false, items };
  }
  const styles = qualifierStyles[family];
  if (!styles) return null;
  const m = /\b([A-Za-z_]\w*)(\.|::|->)(\w*)$/.exec(linePrefix);
  if (!m) return null;
  const style = styles[m[1]];
  if (!style) return null;
  if (family === 'javascript' && m[1] === 'httpStatus' && !/http-status/.test(document.getText().slice(0, 4000))) return null;
  const range = Range.create(document.positionAt(offset - m[3].length), position);
  const items: CompletionItem[] = [];
  for (const [code, name] of standardNames) {
    const member = style(code, name);
    if (member) items.push(memberItem(member, code, range, index));
  }
  return { isIncomplete: false, items };
}

function memberItem(member: string, code: number, range: Range, index: StatusCodeIndex): CompletionItem {
  const meaning = index.primary(code);
  const rank = COMMON.indexOf(code);
  return {
    label: member,
    kind: CompletionItemKind.Constant,
    detail: `${code}${meaning ? ` ${meaning.name}` : ''}`,
    labelDetails: { description: String(code) },
    documentation: meaning ? { kind: MarkupKind.Markdown, value: `**${code} ${meaning.name}**\n\n${meaning.summary}` } : undefined,
    sortText: `${rank < 0 ? 100 + (code % 1000) : String(rank).padStart(3, '0')}`.padStart(4, '0'),
    textEdit: TextEdit.replace(range, member),
  };
}
