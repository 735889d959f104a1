// AWS Classic Load Balancer access logs: `elb_status_code` and `backend_status_code` (`-` or `0` when the
// back end never answered — `-1 -1 -1 504 0 0 0` is a back-end timeout — and `-` for TCP listeners).
//   2015-05-13T23:39:43.945958Z my-loadbalancer 192.168.131.39:2817 10.0.0.1:80 0.000073 0.001048 0.000057 200 200 0 29 "GET http://www.example.com:80/ HTTP/1.1" "curl/7.38.0" - -
import { LineReader, LogRecord, StatusField, statusCode } from './types';
import { splitFields, LineField } from './fieldSplitter';
import { parseIsoTime } from './logTime';
import { parseRequestLine } from './requestLine';

const prefix = /^\d{4}-\d{2}-\d{2}T\S+ \S+ \S+ \S+ -?[\d.]+ -?[\d.]+ -?[\d.]+ (?:\d{3}|-) (?:\d{3}|-|0) (?:\d+|-) (?:\d+|-) (?:"|$)/;

export function matchesClassicElbLog(line: string): boolean {
  return prefix.test(line);
}

export function readClassicElbLine(line: string): LogRecord | undefined {
  if (!prefix.test(line)) return undefined;
  const f = splitFields(line, 12);
  const fields: StatusField[] = [field(f[7], 'elb_status_code'), field(f[8], 'backend_status_code')];
  const { method, path } = parseRequestLine(f[11]?.text ?? '');
  return { fields, time: parseIsoTime(f[0].text), method, path };
}

function field(f: LineField, name: string): StatusField {
  return {
    field: name, code: statusCode(f.text), start: f.start, end: f.start + f.text.length, context: `log:elb:${name}`,
  };
}

export function classicElbLogReader(): LineReader {
  return { format: 'elb', read: readClassicElbLine };
}
