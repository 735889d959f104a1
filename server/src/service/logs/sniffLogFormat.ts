// Which log format a file holds: by its extension (.har, .http, .rest), else by sniffing its first lines.
import { LogFormatId } from './types';
import { matchesAlbLog } from './albLog';
import { matchesClassicElbLog } from './classicElbLog';
import { matchesCloudFrontLog } from './cloudFrontLog';
import { matchesCloudflareLog } from './cloudflareLog';
import { matchesCombinedLog } from './combinedLog';
import { matchesJsonLinesLog } from './jsonLinesLog';
import { matchesCurlTranscript, looksLikeCurlLine } from './curlTranscript';
import { looksLikeHar } from './harFile';

/** How much of a file the sniffer reads. */
export const sniffLines = 50;
export const sniffBytes = 64 * 1024;

/** Line formats in order of precedence (the most specific first) and what recognises one of their lines. */
const lineMatchers: [LogFormatId, (line: string) => boolean][] = [
  ['alb', matchesAlbLog],
  ['elb', matchesClassicElbLog],
  ['cloudfront', matchesCloudFrontLog],
  ['cloudflare', matchesCloudflareLog],
  ['nginx', matchesCombinedLog],
  ['jsonLines', matchesJsonLinesLog],
  ['curl', matchesCurlTranscript],
];

function formatByFileName(fileName: string | undefined): LogFormatId | undefined {
  const base = (fileName ?? '').split(/[\\/]/).pop() ?? '';
  if (/\.har$/i.test(base)) return 'har';
  if (/\.(?:http|rest)$/i.test(base)) return 'httpFile';
  return undefined;
}

/** The format of a file from its name and its first bytes (`head`), or undefined when none fits. */
export function sniffLogFormat(head: string, fileName?: string): LogFormatId | undefined {
  const byName = formatByFileName(fileName);
  if (byName) return byName;
  const text = head.length > sniffBytes ? head.slice(0, sniffBytes) : head;
  if (looksLikeHar(text)) return 'har';
  const lines = text.split(/\r?\n/, sniffLines + 1).slice(0, sniffLines);
  let best: LogFormatId | undefined;
  let bestCount = 0;
  for (const [format, matches] of lineMatchers) {
    let count = 0;
    for (const line of lines) if (line.length < 16384 && matches(line)) count++;
    if (count > bestCount) {
      best = format;
      bestCount = count;
    }
  }
  if (best) return best;
  // `curl -i` output has no `<`: `HTTP/1.1 200 OK` lines count when curl's own lines are there too.
  const statusLines = lines.filter((l) => /^\s*HTTP\/\d(?:\.\d)? \d{3}(?=\s|$)/.test(l)).length;
  if (statusLines > 0 && lines.some(looksLikeCurlLine)) return 'curl';
  return undefined;
}
