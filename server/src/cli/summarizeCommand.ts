// `http-status-lens summarize <log> [--json]`: status classes and codes of a log, over time, with the top
// paths per failing code — streamed from disk in bounded memory, whatever the size of the file.
import * as fs from 'fs';
import * as path from 'path';
import { loadDataset } from '../loadDataset';
import { StatusCodeIndex } from '../service/dataset';
import { LogSummarizer } from '../service/logs/summarize';
import { explainSummary } from '../service/logs/summaryExplanations';
import { summaryText } from '../service/logs/summaryText';
import { logFormatIds } from '../service/logs/lineReaders';
import { LogFormatId } from '../service/logs/types';
import { CliCommand, CliIO, ExitCode, UsageError } from './io';
import { CommandSpec, helpText, jsonOption, parseOptions, wholeNumber } from './options';

const spec: CommandSpec = {
  name: 'summarize',
  summary: 'Summarize the status codes of an access log, HAR file or transcript.',
  synopsis: '<log|->',
  about: 'Counts per class and code, over time when lines carry timestamps, the top paths per failing code,\n' +
    'each code explained in the log\'s vendor context (NGINX 499, ALB 460, Cloudflare 52x…). Reads access\n' +
    'logs, HAR files, .http/.rest files and curl transcripts.',
  arguments: [{ name: '<log>', description: 'the file to read; - reads standard input' }],
  options: [
    jsonOption('the summary as JSON'),
    { name: 'format', value: 'FORMAT', choices: logFormatIds, description: `read the file as FORMAT (default: sniffed from the extension and the first\nlines): ${logFormatIds.join(', ')}` },
    { name: 'top', value: 'N', description: 'paths listed per failing code (default 10, at most 1000)' },
  ],
  epilogue: 'Memory stays bounded: files of any size are streamed.\n' +
    'Exit codes: 0 summarized, 1 unreadable file or no requests found, 2 usage error.',
};

interface Parsed {
  file: string;
  json: boolean;
  format?: LogFormatId;
  top?: number;
}

function parseSummarizeArgs(args: string[]): Parsed {
  const { values, positionals } = parseOptions(spec, args);
  const format = values.format as string | undefined;
  if (positionals.length === 0) throw new UsageError('which log? Give a file, or - for standard input');
  if (positionals.length > 1) throw new UsageError('summarize reads one file');
  return {
    file: positionals[0],
    json: values.json === true,
    format: format as LogFormatId | undefined,
    top: values.top !== undefined ? wholeNumber(values.top as string, 'top', 1, 1000) : undefined,
  };
}

async function run(args: string[], io: CliIO): Promise<number> {
  const parsed = parseSummarizeArgs(args);
  const fromStdin = parsed.file === '-';
  const summarizer = new LogSummarizer({
    format: parsed.format, fileName: fromStdin ? undefined : parsed.file, topPaths: parsed.top,
  });
  const input: NodeJS.ReadableStream = fromStdin
    ? process.stdin
    : fs.createReadStream(parsed.file, { highWaterMark: 64 * 1024 });
  // A decoder per stream keeps multi-byte characters split across chunks intact.
  const decoder = new TextDecoder('utf-8');
  let bytes = 0;
  try {
    for await (const chunk of input) {
      const buffer = chunk as Buffer;
      bytes += buffer.length;
      summarizer.write(decoder.decode(buffer, { stream: true }));
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (error as Error).message;
    io.err(`http-status-lens summarize: cannot read ${parsed.file}: ${reason}`);
    return ExitCode.Failure;
  }
  summarizer.write(decoder.decode());
  const summary = explainSummary(summarizer.end(), new StatusCodeIndex(loadDataset()));
  const label = fromStdin ? '(standard input)' : path.basename(parsed.file);
  if (parsed.json) io.out(JSON.stringify({ file: fromStdin ? null : parsed.file, bytes, ...summary }, null, 2));
  else io.out(summaryText(summary, label));
  if (summary.requests === 0) {
    io.err(summary.format
      ? `http-status-lens summarize: no requests found in ${label} (read as ${summary.formatName})`
      : `http-status-lens summarize: ${label} is not in a format summarize reads (${logFormatIds.join(', ')}); try --format`);
    return ExitCode.Failure;
  }
  return ExitCode.Ok;
}

export const summarizeCommand: CliCommand = {
  name: 'summarize',
  summary: spec.summary,
  help: helpText(spec),
  run,
};
