// AWS Application Load Balancer access logs. The load balancer writes two status fields:
// `elb_status_code` (what the client got) and `target_status_code` (what the target answered, `-` when it
// never answered), then near the end a quoted `target_status_code_list`.
//   http 2018-07-02T22:23:00.186641Z app/my-lb/50dc6c495c0c9188 192.168.131.39:2817 10.0.0.1:80 0.000 0.001 0.000 200 200 34 366 "GET http://www.example.com:80/ HTTP/1.1" "curl/7.46.0" - - arn:... "Root=1-..." "-" "-" 0 2018-07-02T22:22:48.364000Z "forward" "-" "-" "10.0.0.1:80" "200" "-" "-"
import { isNonBlank, LineReader, LogRecord, StatusField, statusCode } from './types';
import { splitFields } from './fieldSplitter';
import { parseIsoTime } from './logTime';
import { parseRequestLine } from './requestLine';
import { statusFieldAt } from './statusFieldAt';

// The status fields are read where this pattern finds them, not by counting split fields (see classicElbLog.ts).
const prefix = /^(?:https?|h2|grpcs|wss?) (\d{4}-\d{2}-\d{2}T[^\s"]+) [^\s"]+ [^\s"]+ [^\s"]+ -?[\d.]+ -?[\d.]+ -?[\d.]+ (\d{3}|-) (\d{3}|-) (?:\d+|-) (?:\d+|-) "/d;

/** Fields from the request (field 12) on: the quoted target_status_code_list is field 26, the 14th of them. */
const statusListFromRequest = 14;

export function matchesAlbLog(line: string): boolean {
  return prefix.test(line);
}

export function readAlbLine(line: string): LogRecord | undefined {
  const m = prefix.exec(line);
  if (!m) return undefined;
  const fields: StatusField[] = [statusFieldAt(m, 2, 'elb_status_code', 'log:alb'), statusFieldAt(m, 3, 'target_status_code', 'log:alb')];
  const restStart = m[0].length - 1;
  const rest = splitFields(line.slice(restStart), statusListFromRequest + 1);
  const list = rest[statusListFromRequest];
  if (list && list.text !== '-') {
    for (const code of list.text.matchAll(/\d{3}/g)) {
      const value = statusCode(code[0]);
      if (value === undefined) continue;
      const start = restStart + list.start + code.index!;
      fields.push({ field: 'target_status_code_list', code: value, start, end: start + 3, context: 'log:alb:target_status_code_list' });
    }
  }
  const { method, path } = parseRequestLine(rest[0]?.text ?? '');
  return { fields, time: parseIsoTime(m[1]), method, path };
}

export function albLogReader(): LineReader {
  return { format: 'alb', read: readAlbLine, isMalformed: isNonBlank };
}
