// Pasted `curl -v` and `curl -i` output: `< HTTP/2 503` (verbose, received) and `HTTP/1.1 200 OK`
// (headers included). Request lines (`> GET /x HTTP/1.1`), `*` info lines and headers such as
// `< content-length: 404` are not status lines.
import { LineReader, LogRecord, statusCode } from './types';
import { pathOf } from './requestLine';

const statusLine = /^(\s*<\s?)?HTTP\/\d(?:\.\d)? (\d{3})(?=\s|$)/;
const requestLine = /^\s*>\s?([A-Z]{3,10}) (\S+) HTTP\/\d(?:\.\d)?\s*$/;
const curlMarker = /^\s*(?:[*<>] |\$ curl |curl )/;

export function matchesCurlTranscript(line: string): boolean {
  return /^\s*<\s?HTTP\/\d(?:\.\d)? \d{3}(?=\s|$)/.test(line);
}

/** A line that only a curl transcript has: `* Connected to`, `> GET / HTTP/1.1`, `$ curl -v ...`. */
export function looksLikeCurlLine(line: string): boolean {
  return curlMarker.test(line);
}

export function curlTranscriptReader(): LineReader {
  let path: string | undefined;
  let method: string | undefined;
  return {
    format: 'curl',
    read(line: string): LogRecord | undefined {
      const request = requestLine.exec(line);
      if (request) {
        method = request[1];
        path = pathOf(request[2]);
        return undefined;
      }
      const m = statusLine.exec(line);
      if (!m) return undefined;
      const code = statusCode(m[2]);
      if (code === undefined) return undefined;
      const start = m[0].length - 3;
      return { fields: [{ field: 'status', code, start, end: start + 3, context: 'transcript:curl' }], method, path };
    },
  };
}
