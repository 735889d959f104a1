// .http / .rest files (VS Code REST Client, JetBrains HTTP Client): response status lines written or
// pasted into the file (`HTTP/1.1 404 Not Found`) and response-handler assertions
// (`client.assert(response.status === 200)`). Request lines end in `HTTP/1.1` without a code.
import { LineReader, LogRecord, StatusField, statusCode } from './types';
import { pathOf } from './requestLine';

const responseLine = /^\s*HTTP\/\d(?:\.\d)? (\d{3})(?=\s|$)/;
const requestLine = /^\s*([A-Z]{3,10}) (\S+)(?: HTTP\/\d(?:\.\d)?)?\s*$/;
const assertion = /\bresponse\.status(?:Code)?\s*(?:===?|!==?)\s*(\d{3})\b|\b(\d{3})\s*(?:===?|!==?)\s*response\.status(?:Code)?\b/g;

export function httpFileReader(): LineReader {
  let path: string | undefined;
  let method: string | undefined;
  return {
    format: 'httpFile',
    read(line: string): LogRecord | undefined {
      const request = requestLine.exec(line);
      if (request) {
        method = request[1];
        path = pathOf(request[2]);
        return undefined;
      }
      const m = responseLine.exec(line);
      if (m) {
        const code = statusCode(m[1]);
        if (code === undefined) return undefined;
        const start = m[0].length - 3;
        return { fields: [{ field: 'status', code, start, end: start + 3, context: 'http:response' }], method, path };
      }
      const fields: StatusField[] = [];
      for (const a of line.matchAll(assertion)) {
        const literal = a[1] ?? a[2];
        const code = statusCode(literal);
        if (code === undefined) continue;
        const start = a.index! + a[0].indexOf(literal, a[1] ? a[0].length - 3 : 0);
        fields.push({ field: 'response.status', code, start, end: start + 3, context: 'http:assert' });
      }
      // Assertions describe expectations, not responses: found for hovers, not counted as requests.
      return fields.length > 0 ? { fields, method, path, expectation: true } : undefined;
    },
  };
}
