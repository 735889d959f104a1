// Amazon CloudFront standard (access) logs: W3C extended format, tab-separated, described by a
// `#Fields:` header. `sc-status` is the status CloudFront sent; `000` means the viewer closed the
// connection before CloudFront answered. Without a header the documented default field order is used.
import { isNonBlank, LineReader, LogRecord, statusCode } from './types';
import { parseIsoTime } from './logTime';
import { pathOf } from './requestLine';

const defaultFields = [
  'date', 'time', 'x-edge-location', 'sc-bytes', 'c-ip', 'cs-method', 'cs(Host)', 'cs-uri-stem', 'sc-status',
  'cs(Referer)', 'cs(User-Agent)', 'cs-uri-query', 'cs(Cookie)', 'x-edge-result-type', 'x-edge-request-id',
];

export function matchesCloudFrontLog(line: string): boolean {
  return line.startsWith('#Fields:') && line.includes('sc-status') ||
    /^\d{4}-\d{2}-\d{2}\t\d{2}:\d{2}:\d{2}\t[^\t]*\t\d+\t[^\t]*\t[A-Z]+\t[^\t]*\t[^\t]*\t\d{3}\t/.test(line);
}

export function cloudFrontLogReader(): LineReader {
  let names = defaultFields;
  return {
    format: 'cloudfront',
    isMalformed: (line) => isNonBlank(line) && !line.startsWith('#'),
    read(line: string): LogRecord | undefined {
      if (line.startsWith('#')) {
        if (line.startsWith('#Fields:')) names = line.slice('#Fields:'.length).trim().split(/\s+/);
        return undefined;
      }
      const values = line.split('\t');
      if (values.length < 3) return undefined;
      const at = (name: string) => {
        const i = names.indexOf(name);
        return i >= 0 && i < values.length ? i : -1;
      };
      const statusIndex = at('sc-status');
      if (statusIndex < 0 || !/^\d{3}$/.test(values[statusIndex])) return undefined;
      let start = 0;
      for (let i = 0; i < statusIndex; i++) start += values[i].length + 1;
      const dateIndex = at('date');
      const timeIndex = at('time');
      const time = dateIndex >= 0 && timeIndex >= 0 ? parseIsoTime(`${values[dateIndex]}T${values[timeIndex]}Z`) : undefined;
      const methodIndex = at('cs-method');
      const pathIndex = at('cs-uri-stem');
      return {
        fields: [{
          field: 'sc-status', code: statusCode(values[statusIndex]), start, end: start + 3, context: 'log:cloudfront:sc-status',
        }],
        time,
        method: methodIndex >= 0 ? values[methodIndex] : undefined,
        path: pathIndex >= 0 ? pathOf(values[pathIndex]) : undefined,
      };
    },
  };
}
