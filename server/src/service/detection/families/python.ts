// Python: Flask, Django (+ DRF), FastAPI/Starlette, aiohttp, http.server, requests, pytest/unittest.
import { FamilyRules, FileHints, ConstantMatch } from '../familyRules';
import { commonNames, squash } from '../names/standard';
import { requestsCodeNames } from '../names/python';

function upper(member: string): number | undefined {
  return /^[A-Z][A-Z0-9_]*$/.test(member) ? commonNames.get(squash(member)) : undefined;
}

/** HTTP_404_NOT_FOUND (DRF, Starlette/FastAPI): the number is in the name. */
export function drfConstant(name: string): number | undefined {
  const m = /^(?:HTTP|WS)_([1-5]\d\d)_[A-Z0-9_]+$/.exec(name);
  return m && name.startsWith('HTTP') ? Number(m[1]) : undefined;
}

function pyFramework(context: string, file: FileHints): string | undefined {
  if (file.has('rest_framework')) return 'django-rest-framework';
  if (file.has('fastapi')) return 'fastapi';
  if (file.has('starlette')) return 'starlette';
  if (file.has('aiohttp')) return 'aiohttp';
  if (file.has('django')) return 'django';
  if (file.has('flask') || file.has('Flask')) return 'flask';
  if (context.startsWith('call:self.send_') || file.has('http.server') || file.has('BaseHTTPRequestHandler')) return 'python-http-server';
  if (file.has('requests')) return 'requests';
  return undefined;
}

export const pythonRules: FamilyRules = {
  family: 'python',
  syntax: {
    slashComments: false, hashComments: true, tripleQuotes: true, backtickStrings: false, regexLiterals: false,
    singleLineStrings: true,
  },
  calls: {
    abort: { args: [0] },
    HTTPRedirect: { args: [1], framework: 'cherrypy' },
    errorhandler: { args: [0] },
    register_error_handler: { args: [0] },
    exception_handler: { args: [0] },
    send_response: { args: [0] },
    send_error: { args: [0] },
    make_response: { args: [1, 2] },
    Response: { args: [1] },
    redirect: { args: [1] },
    HTTPException: { args: [0] },
    HTTPError: { args: 'any' },
    start_response: { args: [0] },
    set_status: { args: [0] },
    HttpResponseBase: { args: [] },
    raise_for_status: { args: [] },
    APIException: { args: [] },
    HTTPStatus: { args: [0] },
  },
  // aiohttp `web.HTTPNotFound` / pyramid `exc.HTTPNotFound` are exception classes, not written statuses: not detected.
  qualifiers: new Set(['HTTPStatus', 'status', 'codes', 'client', 'httplib', 'http', 'HttpStatus', 'StatusCode', 'HTTPStatusCode', 'falcon']),
  constant(qualifier, member, chain, file): ConstantMatch | undefined {
    if (qualifier === 'status') {
      const code = drfConstant(member);
      return code ? { code, framework: file.has('rest_framework') ? 'django-rest-framework' : file.has('fastapi') ? 'fastapi' : 'starlette' } : undefined;
    }
    if (qualifier === 'codes') {
      const key = squash(member);
      const code = requestsCodeNames.get(key) ?? commonNames.get(key);
      if (code && chain.includes('httpx')) return { code, framework: 'httpx' };
      return code && (chain.includes('requests') || file.has('requests')) ? { code, framework: 'requests' } : undefined;
    }
    if (qualifier === 'falcon') { // falcon.HTTP_404, falcon.HTTP_NOT_FOUND
      const m = /^HTTP_(?:(\d{3})|([A-Z][A-Z0-9_]*))$/.exec(member);
      const code = m ? (m[1] ? Number(m[1]) : commonNames.get(squash(m[2]))) : undefined;
      return code && code >= 100 && code <= 599 ? { code, framework: 'falcon' } : undefined;
    }
    if (qualifier === 'StatusCode') return undefined; // grpc.StatusCode.NOT_FOUND is gRPC, not HTTP
    const code = upper(member);
    if (!code) return undefined;
    if (qualifier === 'http' && !file.has('twisted')) return undefined;
    return { code, framework: 'python-http' };
  },
  bareConstant(name, file) {
    const code = drfConstant(name);
    return code ? { code, framework: file.has('rest_framework') ? 'django-rest-framework' : 'starlette' } : undefined;
  },
  requestsCodes: true,
  statusFirstReturns: true,
  conditionalExpressions: true,
  responseTriples: true,
  statusColumns: true,
  framework: pyFramework,
  returnTuples: true,
};
