// AWS Application Load Balancer access logs. The load balancer writes two status fields:
// `elb_status_code` (what the client got) and `target_status_code` (what the target answered, `-` when it
// never answered), then near the end a quoted `target_status_code_list`.
//   http 2018-07-02T22:23:00.186641Z app/my-lb/50dc6c495c0c9188 192.168.131.39:2817 10.0.0.1:80 0.000 0.001 0.000 200 200 34 366 "GET http://www.example.com:80/ HTTP/1.1" "curl/7.46.0" - - arn:... "Root=1-..." "-" "-" 0 2018-07-02T22:22:48.364000Z "forward" "-" "-" "10.0.0.1:80" "200" "-" "-"
import { LineReader, LogRecord, StatusField, statusCode } from './types';
import { splitFields, LineField } from './fieldSplitter';
import { parseIsoTime } from './logTime';
import { parseRequestLine } from './requestLine';

const prefix = /^(?:https?|h2|grpcs|wss?) \d{4}-\d{2}-\d{2}T\S+ \S+ \S+ \S+ -?[\d.]+ -?[\d.]+ -?[\d.]+ (?:\d{3}|-) (?:\d{3}|-) (?:\d+|-) (?:\d+|-) "/;

export function matchesAlbLog(line: string): boolean {
  return prefix.test(line);
}

export function readAlbLine(line: string): LogRecord | undefined {
  if (!prefix.test(line)) return undefined;
  const f = splitFields(line, 27);
  const elb = field(f[8], 'elb_status_code');
  const target = field(f[9], 'target_status_code');
  const fields: StatusField[] = [elb, target];
  const list = f[26];
  if (list && list.text !== '-') {
    for (const m of list.text.matchAll(/\d{3}/g)) {
      const code = statusCode(m[0]);
      if (code === undefined) continue;
      const start = list.start + m.index!;
      fields.push({ field: 'target_status_code_list', code, start, end: start + 3, context: 'log:alb:target_status_code_list' });
    }
  }
  const { method, path } = parseRequestLine(f[12]?.text ?? '');
  return { fields, time: parseIsoTime(f[1].text), method, path };
}

function field(f: LineField, name: string): StatusField {
  return {
    field: name, code: statusCode(f.text), start: f.start, end: f.start + f.text.length, context: `log:alb:${name}`,
  };
}

export function albLogReader(): LineReader {
  return { format: 'alb', read: readAlbLine };
}
