// AWS Classic Load Balancer access logs: `elb_status_code` and `backend_status_code` (`-` or `0` when the
// back end never answered — `-1 -1 -1 504 0 0 0` is a back-end timeout — and `-` for TCP listeners).
//   2015-05-13T23:39:43.945958Z my-loadbalancer 192.168.131.39:2817 10.0.0.1:80 0.000073 0.001048 0.000057 200 200 0 29 "GET http://www.example.com:80/ HTTP/1.1" "curl/7.38.0" - -
// The status fields are read where the line pattern finds them, never by counting split fields: a stray
// quote earlier in a malformed line would shift every field after it.
import { isNonBlank, LineReader, LogRecord } from './types';
import { splitFields } from './fieldSplitter';
import { parseIsoTime } from './logTime';
import { parseRequestLine } from './requestLine';
import { statusFieldAt } from './statusFieldAt';

const prefix = /^(\d{4}-\d{2}-\d{2}T[^\s"]+) [^\s"]+ [^\s"]+ [^\s"]+ -?[\d.]+ -?[\d.]+ -?[\d.]+ (\d{3}|-) (\d{3}|-|0) (?:\d+|-) (?:\d+|-) (?:"|$)/d;

export function matchesClassicElbLog(line: string): boolean {
  return prefix.test(line);
}

export function readClassicElbLine(line: string): LogRecord | undefined {
  const m = prefix.exec(line);
  if (!m) return undefined;
  const fields = [statusFieldAt(m, 2, 'elb_status_code', 'log:elb'), statusFieldAt(m, 3, 'backend_status_code', 'log:elb')];
  const request = m[0].endsWith('"') ? splitFields(line.slice(m[0].length - 1), 1)[0] : undefined;
  const { method, path } = parseRequestLine(request?.text ?? '');
  return { fields, time: parseIsoTime(m[1]), method, path };
}

export function classicElbLogReader(): LineReader {
  return { format: 'elb', read: readClassicElbLine, isMalformed: isNonBlank };
}
