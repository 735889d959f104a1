// `http-status-lens check-url <url>`: every hop of a redirect chain, timed and explained.
import * as fs from 'fs';
import { checkUrl, CheckResult, CheckUrlOptions } from '../node/checkUrl/checkUrl';
import { explainStatus, notesFor, StatusLookup } from '../node/checkUrl/notes';
import { loadDataset } from '../loadDataset';
import { StatusCodeIndex } from '../service/dataset';
import { CliCommand, CliIO, ExitCode, UsageError } from './io';
import { CommandSpec, helpText, jsonOption, parseOptions, wholeNumber } from './options';

const spec: CommandSpec = {
  name: 'check-url',
  summary: 'Request a URL and explain every hop of its redirect chain.',
  synopsis: '<url>',
  options: [
    { name: 'method', short: 'X', value: 'M', description: 'HEAD, GET, POST, PUT, PATCH, DELETE, OPTIONS… (default: HEAD, retried as GET\n' +
      'when the server refuses HEAD; POST when --data is given)' },
    { name: 'data', short: 'd', value: 'BODY', description: 'request body (kept on 307/308, dropped when a 301/302/303 turns it into GET)' },
    { name: 'no-follow', description: 'stop at the first response' },
    { name: 'max-redirects', value: 'N', description: 'redirects followed at most (default 10)' },
    { name: 'timeout', value: 'ms', description: 'hard limit per hop (default 10000); the whole chain gets 3×' },
    { name: 'header', short: 'H', value: "'K: V'", multiple: true, description: 'extra request header (repeatable); Authorization is not sent to other origins' },
    { name: 'user-agent', value: 'UA', description: 'User-Agent header' },
    { name: 'cacert', value: 'FILE', description: 'also trust this CA certificate (PEM)' },
    { name: 'insecure', short: 'k', description: 'accept an untrusted certificate (the error is still reported)' },
    jsonOption('{"url","hops":[…],"error","warnings"} as JSON'),
    { name: 'fail', description: 'exit 1 when the final status is 400 or more' },
  ],
  epilogue: 'Never reads more than 4 KB of a body; credentials and token-like query values are redacted.\n' +
    'Exit codes: 0 a final response came back, 1 the check failed (or --fail and status ≥ 400), 2 usage error.',
};

interface Parsed {
  url: string;
  options: CheckUrlOptions;
  json: boolean;
  fail: boolean;
}

function parseCheckUrlArgs(args: string[]): Parsed {
  const { values, positionals } = parseOptions(spec, args);
  const text = (name: string) => values[name] as string | undefined;
  const options: CheckUrlOptions = { headers: {} };
  const method = text('method')?.toUpperCase();
  if (method !== undefined && !/^[A-Z]+$/.test(method)) throw new UsageError(`not an HTTP method: '${method}'`);
  if (text('data') !== undefined) options.body = text('data');
  if (values['no-follow']) options.followRedirects = false;
  if (text('max-redirects') !== undefined) options.maxHops = wholeNumber(text('max-redirects')!, 'max-redirects', 0);
  if (text('timeout') !== undefined) options.timeoutMs = wholeNumber(text('timeout')!, 'timeout', 1);
  for (const header of (values.header as string[] | undefined) ?? []) {
    const colon = header.indexOf(':');
    const name = header.slice(0, colon).trim();
    if (colon <= 0 || !/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) throw new UsageError(`--header expects 'Name: value', not '${header}'`);
    options.headers![name] = header.slice(colon + 1).trim();
  }
  if (text('user-agent') !== undefined) options.userAgent = text('user-agent');
  const cacert = text('cacert');
  if (cacert !== undefined) {
    try { options.ca = fs.readFileSync(cacert, 'utf8'); } catch { throw new UsageError(`cannot read --cacert file '${cacert}'`); }
  }
  if (values.insecure) options.insecure = true;
  if (positionals.length === 0) throw new UsageError('a URL is required');
  if (positionals.length > 1) throw new UsageError(`one URL at a time ('${positionals[0]}' and '${positionals[1]}' given)`);
  options.method = method ?? (options.body !== undefined ? 'POST' : 'AUTO');
  return { url: positionals[0], options, json: values.json === true, fail: values.fail === true };
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
  summary: spec.summary,
  help: helpText(spec),
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
