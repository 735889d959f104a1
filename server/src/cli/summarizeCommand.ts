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

const synopsis = 'summarize <log|-> [--json] [--format FORMAT] [--top N]';

const help = `Usage: http-status-lens ${synopsis}

Summarize the status codes of an access log, HAR file, .http/.rest file or curl transcript: counts per
class and code, over time when lines carry timestamps, the top paths per failing code, each code
explained in the log's vendor context (NGINX 499, ALB 460, Cloudflare 52x…).

Formats (sniffed from the extension and the first lines unless --format is given):
  ${logFormatIds.join(', ')}

Options:
  --json        print the summary as JSON
  --format F    read the file as format F
  --top N       paths listed per failing code (default 10)

'-' reads standard input. Memory stays bounded: files of any size are streamed.
Exit codes: 0 summarized, 1 unreadable file or no requests found, 2 usage error.`;

interface Parsed {
  file: string;
  json: boolean;
  format?: LogFormatId;
  top?: number;
}

function parseArgs(args: string[]): Parsed {
  let file: string | undefined;
  let json = false;
  let format: LogFormatId | undefined;
  let top: number | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--json') json = true;
    else if (arg === '--format') {
      const value = args[++i];
      if (!value || !(logFormatIds as string[]).includes(value)) {
        throw new UsageError(`--format expects one of ${logFormatIds.join(', ')}`);
      }
      format = value as LogFormatId;
    } else if (arg === '--top') {
      const value = args[++i];
      if (!value || !/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 1000) {
        throw new UsageError('--top expects a whole number from 1 to 1000');
      }
      top = Number(value);
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new UsageError(`unknown option '${arg}'`);
    } else if (file === undefined) {
      file = arg;
    } else {
      throw new UsageError('summarize reads one file');
    }
  }
  if (file === undefined) throw new UsageError('which log? Give a file, or - for standard input');
  return { file, json, format, top };
}

async function run(args: string[], io: CliIO): Promise<number> {
  const parsed = parseArgs(args);
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
  summary: 'Summarize the status codes of an access log, HAR file or transcript.',
  help,
  run,
};
