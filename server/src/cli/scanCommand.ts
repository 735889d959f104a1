// `http-status-lens scan [paths…] [--format text|json|sarif] [--fail-on severity]`: the status codes (and problems) in files and folders.
import * as fs from 'fs';
import * as path from 'path';
import { loadDataset } from '../loadDataset';
import { Dataset } from '../service/dataset';
import { CliCommand, ExitCode, UsageError } from './io';
import { ScanFormat, ScanTally, scanWriter } from './scanOutput';
import { CliSeverity, cliSeverities } from './scanDiagnostics';
import { defaultJobs, scanTree } from './scanWorkers';

const summary = 'Find HTTP status codes and problems in files and folders.';

const help = `Usage: http-status-lens scan [paths…] [--format text|json|sarif] [--fail-on SEVERITY] [--jobs N] [--verbose]

${summary}

  paths            files and folders (default: the current folder); folders are walked
                   recursively, honouring .gitignore and skipping node_modules and binary files
  --format text    one line per status code: file:line:col  404 Not Found (default), then a
                   summary: files read, files that failed and files skipped, with the reason
  --format json    {"detections": [{file, line, column, code, form, name}], "diagnostics": [...],
                    "errors": [{file, message}], "skipped": [{file, reason}], "files": N}
  --format sarif   SARIF 2.1.0 with the diagnostics, for code-scanning tools; failed and skipped
                   files are tool execution notifications
  --fail-on SEVERITY
                   the least severe finding that makes the exit code 1: error (default),
                   warning, information or hint (each includes the more severe ones)
  --jobs N         worker threads for large trees (default: the cores available, at most 8;
                   1 analyses on the main thread)
  --max-file-size MB
                   skip files larger than this many megabytes (default 100)
  --verbose        name every skipped file in the text summary (default: up to 10)

A file that cannot be read or analysed is reported and the scan goes on. A file named on the
command line and skipped (too large, binary, not a kind scan reads) is a warning on stderr.
Skip reasons: too-large, binary, ignored, unknown-kind, not-a-file.

Exit codes: 0 no finding at the --fail-on severity or above, 1 such findings or a file that failed,
2 usage error.`;

type Format = ScanFormat;

function parseScanArgs(args: string[]): { paths: string[]; format: Format; failOn: CliSeverity; jobs?: number; verbose: boolean; maxFileBytes?: number } {
  const paths: string[] = [];
  let maxFileBytes: number | undefined;
  let format: Format = 'text';
  let failOn: CliSeverity = 'error';
  let jobs: number | undefined;
  let verbose = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    let value: string | undefined;
    if (arg === '--format' || arg === '-f') {
      value = args[++i];
      if (value === undefined) throw new UsageError('--format needs a value: text, json or sarif');
    } else if (arg.startsWith('--format=')) {
      value = arg.slice('--format='.length);
    } else if (arg === '--jobs' || arg === '-j' || arg.startsWith('--jobs=')) {
      const raw = arg.startsWith('--jobs=') ? arg.slice('--jobs='.length) : args[++i];
      if (!raw || !/^[1-9]\d{0,2}$/.test(raw)) throw new UsageError(`--jobs needs a whole number from 1 to 999, got '${raw ?? ''}'`);
      jobs = Number(raw);
      continue;
    } else if (arg === '--fail-on' || arg.startsWith('--fail-on=')) {
      const raw = arg.startsWith('--fail-on=') ? arg.slice('--fail-on='.length) : args[++i];
      const severity = cliSeverities.find((s) => s === raw);
      if (!severity) throw new UsageError(`--fail-on needs a severity: ${cliSeverities.join(', ')}; got '${raw ?? ''}'`);
      failOn = severity;
      continue;
    } else if (arg === '--max-file-size' || arg.startsWith('--max-file-size=')) {
      const raw = arg.startsWith('--max-file-size=') ? arg.slice('--max-file-size='.length) : args[++i];
      if (!raw || !/^\d+(?:\.\d+)?$/.test(raw) || Number(raw) <= 0) throw new UsageError(`--max-file-size needs a size in megabytes (a positive number), got '${raw ?? ''}'`);
      maxFileBytes = Math.round(Number(raw) * 1024 * 1024);
      continue;
    } else if (arg === '--verbose' || arg === '-v') {
      verbose = true;
      continue;
    } else if (arg === '--') {
      paths.push(...args.slice(i + 1));
      break;
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new UsageError(`unknown option '${arg}'`);
    } else {
      paths.push(arg);
      continue;
    }
    if (value !== 'text' && value !== 'json' && value !== 'sarif') throw new UsageError(`unknown format '${value}' (expected text, json or sarif)`);
    format = value;
  }
  return { paths: paths.length ? paths : ['.'], format, failOn, verbose, ...(jobs ? { jobs } : {}), ...(maxFileBytes ? { maxFileBytes } : {}) };
}

/** `runScan` is `scanTree`; tests pass a stand-in that produces outcomes a real tree cannot be made to. */
export function createScanCommand(load: () => Dataset = loadDataset, runScan: typeof scanTree = scanTree): CliCommand {
  return {
    name: 'scan',
    summary,
    help,
    async run(args, io) {
      const { paths, format, failOn, jobs, verbose, maxFileBytes } = parseScanArgs(args);
      // Nothing is written before the paths are known to exist: a usage error leaves stdout empty.
      for (const given of paths) {
        if (!fs.existsSync(path.resolve(given))) throw new UsageError(`no such file or folder: ${given}`);
      }
      const writer = scanWriter(format, (chunk) => io.out(chunk), { verbose, warn: (message) => io.err(`http-status-lens scan: ${message}`), toolVersion: '0.1.0' });
      await runScan(paths, { dataset: load(), jobs: jobs ?? defaultJobs(), maxFileBytes }, (outcome) => writer.add(outcome));
      const tally = writer.end();
      return tally.errors.length > 0 || failsAt(tally, failOn) ? ExitCode.Failure : ExitCode.Ok;
    },
  };
}

export const scanCommand = createScanCommand();

/** A finding at least as severe as `failOn` (`warning`: errors and warnings). */
function failsAt(tally: ScanTally, failOn: CliSeverity): boolean {
  return cliSeverities.slice(0, cliSeverities.indexOf(failOn) + 1).some((severity) => tally.bySeverity[severity] > 0);
}
