// `http-status-lens check-url <url>`: every hop of a redirect chain, timed and explained.
import * as fs from 'fs';
import { checkUrl, CheckResult, CheckUrlOptions } from '../node/checkUrl/checkUrl';
import { explainStatus, notesFor, StatusLookup } from '../node/checkUrl/notes';
import { loadDataset } from '../loadDataset';
import { StatusCodeIndex } from '../service/dataset';
import { CliCommand, CliIO, ExitCode, UsageError } from './io';

const synopsis = "check-url <url> [--method M] [--data BODY] [--no-follow] [--max-redirects N] [--timeout ms] [--header 'K: V']… [--user-agent UA] [--cacert FILE] [--insecure] [--json] [--fail]";

const help = `Usage: http-status-lens ${synopsis}

Request a URL and explain every hop of its redirect chain.

Options:
  --method M          HEAD, GET, POST, PUT, PATCH, DELETE, OPTIONS… (default: HEAD, retried as GET
                      when the server refuses HEAD; POST when --data is given)
  --data BODY         request body (kept on 307/308, dropped when a 301/302/303 turns it into GET)
  --no-follow         stop at the first response
  --max-redirects N   redirects followed at most (default 10)
  --timeout ms        hard limit per hop (default 10000); the whole chain gets 3×
  --header 'K: V'     extra request header (repeatable); Authorization is not sent to other origins
  --user-agent UA     User-Agent header
  --cacert FILE       also trust this CA certificate (PEM)
  --insecure          accept an untrusted certificate (the error is still reported)
  --json              print {"url","hops":[…],"error","warnings"} as JSON
  --fail              exit 1 when the final status is 400 or more

Never reads more than 4 KB of a body; credentials and token-like query values are redacted.
Exit codes: 0 a final response came back, 1 the check failed (or --fail and status ≥ 400), 2 usage error.`;

interface Parsed {
  url: string;
  options: CheckUrlOptions;
  json: boolean;
  fail: boolean;
}

function parseCheckUrlArgs(args: string[]): Parsed {
  let url: string | undefined;
  const options: CheckUrlOptions = { headers: {} };
  let json = false;
  let fail = false;
  let method: string | undefined;
  const value = (i: number, flag: string): string => {
    const v = args[i + 1];
    if (v === undefined) throw new UsageError(`${flag} needs a value`);
    return v;
  };
  const count = (text: string, flag: string, min: number): number => {
    if (!/^\d+$/.test(text) || Number(text) < min) throw new UsageError(`${flag} expects a whole number ≥ ${min}, not '${text}'`);
    return Number(text);
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    switch (arg) {
      case '--method': case '-X': {
        method = value(i++, arg).toUpperCase();
        if (!/^[A-Z]+$/.test(method)) throw new UsageError(`not an HTTP method: '${method}'`);
        break;
      }
      case '--data': case '-d': options.body = value(i++, arg); break;
      case '--no-follow': options.followRedirects = false; break;
      case '--max-redirects': options.maxHops = count(value(i++, arg), arg, 0); break;
      case '--timeout': options.timeoutMs = count(value(i++, arg), arg, 1); break;
      case '--header': case '-H': {
        const header = value(i++, arg);
        const colon = header.indexOf(':');
        const name = header.slice(0, colon).trim();
        if (colon <= 0 || !/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) throw new UsageError(`--header expects 'Name: value', not '${header}'`);
        options.headers![name] = header.slice(colon + 1).trim();
        break;
      }
      case '--user-agent': options.userAgent = value(i++, arg); break;
      case '--cacert': {
        const file = value(i++, arg);
        try { options.ca = fs.readFileSync(file, 'utf8'); } catch { throw new UsageError(`cannot read --cacert file '${file}'`); }
        break;
      }
      case '--insecure': case '-k': options.insecure = true; break;
      case '--json': json = true; break;
      case '--fail': fail = true; break;
      default:
        if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option '${arg}'`);
        if (url !== undefined) throw new UsageError(`one URL at a time ('${url}' and '${arg}' given)`);
        url = arg;
    }
  }
  if (url === undefined) throw new UsageError('a URL is required');
  options.method = method ?? (options.body !== undefined ? 'POST' : 'AUTO');
  return { url, options, json, fail };
}

/** The --json shape: one object, exactly these keys. */
function toJson(result: CheckResult, warnings: string[]) {
  return {
    url: result.url,
    hops: result.hops.map((h) => ({
      url: h.url, method: h.method, status: h.status, statusText: h.statusText,
      location: h.location, timeMs: h.timeMs, headers: h.headers,
    })),
    error: result.error ? { kind: result.error.kind, message: result.error.message } : null,
    warnings,
  };
}

/** Terminal control characters from a hostile server must not reach the terminal. */
function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function formatText(result: CheckResult, lookup: StatusLookup | undefined, notes: ReturnType<typeof notesFor>): string {
  const lines: string[] = [`Checking ${result.url}`];
  result.hops.forEach((hop, i) => {
    const timing = [
      hop.timings.dnsMs !== undefined && `dns ${hop.timings.dnsMs}`,
      hop.timings.connectMs !== undefined && `connect ${hop.timings.connectMs}`,
      hop.timings.tlsMs !== undefined && `tls ${hop.timings.tlsMs}`,
      hop.timings.ttfbMs !== undefined && `ttfb ${hop.timings.ttfbMs}`,
    ].filter(Boolean).join(', ');
    lines.push('', `${i + 1}. ${hop.method} ${hop.url}`);
    lines.push(`   → ${hop.status} ${hop.statusText}  (${hop.timeMs} ms${timing ? `: ${timing}` : ''})`);
    lines.push(`   ${explainStatus(hop.status, hop.statusText, hop.headers, lookup)}`);
    if (hop.location !== null) lines.push(`   Location: ${hop.location}`);
    if (hop.tls) {
      const t = hop.tls;
      lines.push(`   TLS: ${[t.protocol, t.subject && `subject ${t.subject}`, t.issuer && `issuer ${t.issuer}`,
        t.validTo && `expires ${t.validTo.slice(0, 10)} (${t.daysLeft} days left)`, !t.authorized && `NOT TRUSTED: ${t.authorizationError}`].filter(Boolean).join(', ')}`);
    }
  });
  const final = result.hops[result.hops.length - 1];
  if (final && !result.error) {
    lines.push('', 'Final response headers:');
    for (const [name, value] of Object.entries(final.headers)) lines.push(`   ${name}: ${value.replace(/\n/g, `\n   ${name}: `)}`);
  }
  if (notes.length) {
    lines.push('', 'Notes:');
    for (const note of notes) lines.push(`   ${note.level === 'warning' ? '!' : '-'} ${note.message}`);
  }
  if (result.error) lines.push('', `Error (${result.error.kind}): ${result.error.message}`);
  lines.push('', `${result.hops.length} hop${result.hops.length === 1 ? '' : 's'} in ${result.totalMs} ms.`);
  return printable(lines.join('\n'));
}

function datasetLookup(): StatusLookup | undefined {
  try {
    return new StatusCodeIndex(loadDataset());
  } catch {
    return undefined;
  }
}

export const checkUrlCommand: CliCommand = {
  name: 'check-url',
  summary: 'Request a URL and explain every hop of its redirect chain.',
  help,
  run: async (args: string[], io: CliIO) => {
    const parsed = parseCheckUrlArgs(args);
    const controller = new AbortController();
    const onSigint = () => controller.abort();
    process.once('SIGINT', onSigint);
    let result: CheckResult;
    try {
      result = await checkUrl(parsed.url, { ...parsed.options, signal: controller.signal });
    } finally {
      process.removeListener('SIGINT', onSigint);
    }
    const lookup = datasetLookup();
    const notes = notesFor(result, lookup);
    if (parsed.json) io.out(JSON.stringify(toJson(result, notes.map((n) => n.message)), null, 2));
    else io.out(formatText(result, lookup, notes));
    const final = result.hops[result.hops.length - 1];
    if (result.error || !final) return ExitCode.Failure;
    if (parsed.fail && final.status >= 400) return ExitCode.Failure;
    return ExitCode.Ok;
  },
};
