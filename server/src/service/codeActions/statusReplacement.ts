// Writing another status code in the same form as the one written: 502 → 503,
// http.StatusBadGateway → http.StatusServiceUnavailable, HttpStatus.BAD_GATEWAY → HttpStatus.SERVICE_UNAVAILABLE,
// status.HTTP_502_BAD_GATEWAY → status.HTTP_503_SERVICE_UNAVAILABLE, :bad_gateway → :service_unavailable…
// Only for codes whose constant names every library agrees on; otherwise undefined (no fix).
import { Detection } from '../detection/types';

/** Words of the constant names shared by the common libraries (Go, Spring, Starlette, Rack, ASP.NET, http-status-codes). */
export const constantWords: Record<number, string[]> = {
  100: ['Continue'], 101: ['Switching', 'Protocols'],
  200: ['OK'], 201: ['Created'], 202: ['Accepted'], 204: ['No', 'Content'], 205: ['Reset', 'Content'],
  206: ['Partial', 'Content'],
  300: ['Multiple', 'Choices'], 301: ['Moved', 'Permanently'], 302: ['Found'], 303: ['See', 'Other'],
  304: ['Not', 'Modified'], 307: ['Temporary', 'Redirect'], 308: ['Permanent', 'Redirect'],
  400: ['Bad', 'Request'], 401: ['Unauthorized'], 402: ['Payment', 'Required'], 403: ['Forbidden'],
  404: ['Not', 'Found'], 405: ['Method', 'Not', 'Allowed'], 406: ['Not', 'Acceptable'],
  408: ['Request', 'Timeout'], 409: ['Conflict'], 410: ['Gone'], 411: ['Length', 'Required'],
  412: ['Precondition', 'Failed'], 415: ['Unsupported', 'Media', 'Type'], 417: ['Expectation', 'Failed'],
  423: ['Locked'], 424: ['Failed', 'Dependency'], 426: ['Upgrade', 'Required'],
  428: ['Precondition', 'Required'], 429: ['Too', 'Many', 'Requests'],
  431: ['Request', 'Header', 'Fields', 'Too', 'Large'], 451: ['Unavailable', 'For', 'Legal', 'Reasons'],
  500: ['Internal', 'Server', 'Error'], 501: ['Not', 'Implemented'], 502: ['Bad', 'Gateway'],
  503: ['Service', 'Unavailable'], 504: ['Gateway', 'Timeout'], 507: ['Insufficient', 'Storage'],
  508: ['Loop', 'Detected'], 511: ['Network', 'Authentication', 'Required'],
};

const screaming = (code: number) => constantWords[code]?.map((w) => w.toUpperCase()).join('_');
const pascal = (code: number) => constantWords[code]?.map((w) => (w === 'OK' ? 'OK' : w[0].toUpperCase() + w.slice(1))).join('');
const snake = (code: number) => constantWords[code]?.map((w) => w.toLowerCase()).join('_');

/** The replacement text for `detection` meaning `code` instead, in the same form; undefined when unsure. */
export function statusText(detection: Detection, code: number): string | undefined {
  const written = detection.text;
  if (/^\d{3}$/.test(written)) return String(code);
  if (!constantWords[code]) return undefined;
  let m: RegExpExecArray | null;
  // Starlette / FastAPI / DRF: status.HTTP_503_SERVICE_UNAVAILABLE
  if ((m = /^(.*\b)HTTP_\d{3}_[A-Z_]+$/.exec(written))) return `${m[1]}HTTP_${code}_${screaming(code)}`;
  // ASP.NET Core: StatusCodes.Status503ServiceUnavailable
  if ((m = /^(.*\b)Status\d{3}[A-Za-z]+$/.exec(written))) return `${m[1]}Status${code}${pascal(code)}`;
  // Go: http.StatusServiceUnavailable
  if ((m = /^(.*\.)Status[A-Z][A-Za-z]*$/.exec(written))) return `${m[1]}Status${pascal(code)}`;
  // Symfony / Laravel: Response::HTTP_SERVICE_UNAVAILABLE
  if ((m = /^(.*::)HTTP_[A-Z_]+$/.exec(written))) return `${m[1]}HTTP_${screaming(code)}`;
  // Rack / Rails symbols: :service_unavailable
  if (/^:[a-z_]+$/.test(written)) return `:${snake(code)}`;
  // Spring HttpStatus.X, Python HTTPStatus.X, http-status-codes StatusCodes.X, Rust StatusCode::X
  if ((m = /^(.*(?:\.|::))[A-Z][A-Z_]*$/.exec(written))) return `${m[1]}${screaming(code)}`;
  // .NET HttpStatusCode.ServiceUnavailable
  if ((m = /^(.*\.)[A-Z][a-z][A-Za-z]*$/.exec(written))) return `${m[1]}${pascal(code)}`;
  // "HTTP/1.1 503" or "503 Service Unavailable" strings: replace the number only.
  if (/\b\d{3}\b/.test(written) && detection.form === 'string') return written.replace(/\b\d{3}\b/, String(code));
  return undefined;
}
