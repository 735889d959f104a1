// `http-status-lens scan [paths…] [--format text|json|sarif] [--fail-on severity]`: the status codes (and problems) in files and folders.
import { loadDataset } from '../loadDataset';
import { Dataset } from '../service/dataset';
import { CliCommand, ExitCode, UsageError } from './io';
import { toSarif } from './sarif';
import { CliSeverity, cliSeverities, diagnosticJson, diagnosticLine, failsAt } from './scanDiagnostics';
import { ScanResult } from './scanFiles';
import { defaultJobs, scanFilesInParallel } from './scanWorkers';

const summary = 'Find HTTP status codes and problems in files and folders.';

const help = `Usage: http-status-lens scan [paths…] [--format text|json|sarif] [--fail-on SEVERITY] [--jobs N]

${summary}

  paths            files and folders (default: the current folder); folders are walked
                   recursively, honouring .gitignore and skipping node_modules and binary files
  --format text    one line per status code: file:line:col  404 Not Found (default)
  --format json    {"files": N, "detections": [{file, line, column, code, form, name}], "diagnostics": [...]}
  --format sarif   SARIF 2.1.0 with the diagnostics, for code-scanning tools
  --fail-on SEVERITY
                   the least severe finding that makes the exit code 1: error (default),
                   warning, information or hint (each includes the more severe ones)
  --jobs N         worker threads for large trees (default: the cores available, at most 8;
                   1 analyses on the main thread)

Exit codes: 0 no finding at the --fail-on severity or above, 1 such findings or failure, 2 usage error.`;

type Format = 'text' | 'json' | 'sarif';

function parseScanArgs(args: string[]): { paths: string[]; format: Format; failOn: CliSeverity; jobs?: number } {
  const paths: string[] = [];
  let format: Format = 'text';
  let failOn: CliSeverity = 'error';
  let jobs: number | undefined;
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
  return { paths: paths.length ? paths : ['.'], format, failOn, ...(jobs ? { jobs } : {}) };
}

function formatScan(result: ScanResult, format: Format): string {
  if (format === 'json') {
    return JSON.stringify({
      files: result.files,
      detections: result.detections.map((d) => ({ file: d.file, line: d.line, column: d.column, code: d.code, form: d.form, name: d.name })),
      diagnostics: result.diagnostics.map(diagnosticJson),
    }, null, 2);
  }
  if (format === 'sarif') return JSON.stringify(toSarif(result.diagnostics, { toolVersion: '0.1.0' }), null, 2);
  const lines = result.detections.map((d) => `${d.file}:${d.line}:${d.column}  ${d.code}${d.name ? ` ${d.name}` : ''}`);
  lines.push(...result.diagnostics.map(diagnosticLine));
  return lines.join('\n');
}

export function createScanCommand(load: () => Dataset = loadDataset): CliCommand {
  return {
    name: 'scan',
    summary,
    help,
    async run(args, io) {
      const { paths, format, failOn, jobs } = parseScanArgs(args);
      let result: ScanResult;
      try {
        result = await scanFilesInParallel(paths, { dataset: load(), jobs: jobs ?? defaultJobs() });
      } catch (error) {
        const e = error as NodeJS.ErrnoException;
        if (e.code === 'ENOENT') throw new UsageError(`no such file or folder: ${e.path ?? ''}`);
        throw error;
      }
      const output = formatScan(result, format);
      if (output) io.out(output);
      return failsAt(result.diagnostics, failOn) ? ExitCode.Failure : ExitCode.Ok;
    },
  };
}

export const scanCommand = createScanCommand();
