// `http-status-lens scan [paths…] [--format text|json|sarif]`: the status codes (and problems) in files and folders.
import { loadDataset } from '../loadDataset';
import { Dataset } from '../service/dataset';
import { getLanguageService } from '../service/languageService';
import { CliCommand, ExitCode, UsageError } from './io';
import { toSarif } from './sarif';
import { diagnosticJson, diagnosticLine, hasErrors } from './scanDiagnostics';
import { scanFiles, ScanResult } from './scanFiles';

const summary = 'Find HTTP status codes and problems in files and folders.';

const help = `Usage: http-status-lens scan [paths…] [--format text|json|sarif]

${summary}

  paths            files and folders (default: the current folder); folders are walked
                   recursively, honouring .gitignore and skipping node_modules and binary files
  --format text    one line per status code: file:line:col  404 Not Found (default)
  --format json    {"files": N, "detections": [{file, line, column, code, form, name}], "diagnostics": [...]}
  --format sarif   SARIF 2.1.0 with the diagnostics, for code-scanning tools

Exit codes: 0 no error-severity findings, 1 error-severity findings or failure, 2 usage error.`;

type Format = 'text' | 'json' | 'sarif';

export function parseScanArgs(args: string[]): { paths: string[]; format: Format } {
  const paths: string[] = [];
  let format: Format = 'text';
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    let value: string | undefined;
    if (arg === '--format' || arg === '-f') {
      value = args[++i];
      if (value === undefined) throw new UsageError('--format needs a value: text, json or sarif');
    } else if (arg.startsWith('--format=')) {
      value = arg.slice('--format='.length);
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
  return { paths: paths.length ? paths : ['.'], format };
}

export function formatScan(result: ScanResult, format: Format): string {
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
      const { paths, format } = parseScanArgs(args);
      const service = getLanguageService({ dataset: load() });
      let result: ScanResult;
      try {
        result = scanFiles(paths, { service });
      } catch (error) {
        const e = error as NodeJS.ErrnoException;
        if (e.code === 'ENOENT') throw new UsageError(`no such file or folder: ${e.path ?? ''}`);
        throw error;
      }
      const output = formatScan(result, format);
      if (output) io.out(output);
      return hasErrors(result.diagnostics) ? ExitCode.Failure : ExitCode.Ok;
    },
  };
}

export const scanCommand = createScanCommand();
