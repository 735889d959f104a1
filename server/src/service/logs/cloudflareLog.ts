// Cloudflare Logpush (HTTP requests dataset), JSON lines: `EdgeResponseStatus` is what Cloudflare sent
// to the client, `OriginResponseStatus` what the origin answered (0 when Cloudflare never reached it or
// served from cache). 52x at the edge are Cloudflare's own codes for a failing origin.
import { isNonBlank, LineReader, LogRecord, StatusField } from './types';
import { jsonLineValues, jsonStatusField } from './jsonLinesLog';
import { parseAnyTime } from './logTime';
import { pathOf } from './requestLine';

export function matchesCloudflareLog(line: string): boolean {
  return line.includes('"EdgeResponseStatus"') && readCloudflareLine(line) !== undefined;
}

export function readCloudflareLine(line: string): LogRecord | undefined {
  if (!line.includes('ResponseStatus"')) return undefined;
  const values = jsonLineValues(line);
  if (!values) return undefined;
  const fields: StatusField[] = [];
  for (const key of ['EdgeResponseStatus', 'OriginResponseStatus']) {
    const scalar = values.scalars.get(key);
    const field = scalar && jsonStatusField(scalar, `log:cloudflare:${key}`);
    if (field) fields.push(field);
  }
  if (fields.length === 0) return undefined;
  const text = (key: string) => values.scalars.get(key)?.text;
  const timeText = text('EdgeStartTimestamp') ?? text('EdgeEndTimestamp');
  return {
    fields,
    time: timeText === undefined ? undefined : parseAnyTime(timeText),
    method: text('ClientRequestMethod'),
    path: pathOf(text('ClientRequestPath') ?? text('ClientRequestURI') ?? ''),
  };
}

export function cloudflareLogReader(): LineReader {
  return { format: 'cloudflare', read: readCloudflareLine, isMalformed: isNonBlank };
}
