// `http-status-lens scan [paths…] [--format text|json|sarif] [--fail-on severity]`: the status codes (and problems) in files and folders.
import * as fs from 'fs';
import * as path from 'path';
import { loadDataset } from '../loadDataset';
import { Dataset } from '../service/dataset';
import { CliCommand, ExitCode, UsageError } from './io';
import { CommandSpec, helpText, parseOptions, wholeNumber } from './options';
import { ScanFormat, ScanTally, scanWriter } from './scanOutput';
import { CliSeverity, cliSeverities } from './scanDiagnostics';
import { defaultJobs, scanTree } from './scanWorkers';

const summary = 'Find HTTP status codes and problems in files and folders.';

const spec: CommandSpec = {
  name: 'scan',
  summary,
  synopsis: '[paths…]',
  arguments: [{ name: 'paths', description: 'files and folders (default: the current folder); folders are walked\n' +
    'recursively, honouring .gitignore and skipping node_modules and binary files' }],
  options: [
    { name: 'format', short: 'f', value: 'FORMAT', choices: ['text', 'json', 'sarif'], description: 'text (default): one line per status code, file:line:col  404 Not Found, then a\n' +
      'summary: files read, files that failed and files skipped, with the reason\n' +
      'json: {"detections": [{file, line, column, code, form, name}], "diagnostics": [...],\n' +
      ' "errors": [{file, message}], "skipped": [{file, reason}], "files": N}\n' +
      'sarif: SARIF 2.1.0 with the diagnostics, for code-scanning tools; failed and skipped\n' +
      'files are tool execution notifications' },
    { name: 'fail-on', value: 'SEVERITY', choices: cliSeverities, description: 'the least severe finding that makes the exit code 1: error (default),\n' +
      'warning, information or hint (each includes the more severe ones)' },
    { name: 'jobs', short: 'j', value: 'N', description: 'worker threads for large trees (default: the cores available, at most 8;\n1 analyses on the main thread)' },
    { name: 'max-file-size', value: 'MB', description: 'skip files larger than this many megabytes (default 100)' },
    { name: 'verbose', short: 'v', description: 'name every skipped file in the text summary (default: up to 10)' },
  ],
  epilogue: 'A file that cannot be read or analysed is reported and the scan goes on. A file named on the\n' +
    'command line and skipped (too large, binary, not a kind scan reads) is a warning on stderr.\n' +
    'Skip reasons: too-large, binary, ignored, unknown-kind, not-a-file.\n\n' +
    'Exit codes: 0 no finding at the --fail-on severity or above, 1 such findings or a file that failed,\n' +
    '2 usage error.',
};

interface ScanArgs { paths: string[]; format: ScanFormat; failOn: CliSeverity; jobs?: number; verbose: boolean; maxFileBytes?: number }

function parseScanArgs(args: string[]): ScanArgs {
  const { values, positionals } = parseOptions(spec, args);
  const format = (values.format as ScanFormat | undefined) ?? 'text';
  const failOn = (values['fail-on'] as CliSeverity | undefined) ?? 'error';
  const sizeRaw = values['max-file-size'] as string | undefined;
  if (sizeRaw !== undefined && (!/^\d+(?:\.\d+)?$/.test(sizeRaw) || Number(sizeRaw) <= 0)) {
    throw new UsageError(`--max-file-size needs a size in megabytes (a positive number), got '${sizeRaw}'`);
  }
  const jobs = values.jobs !== undefined ? wholeNumber(values.jobs as string, 'jobs', 1, 999) : undefined;
  return {
    paths: positionals.length ? positionals : ['.'], format, failOn, verbose: values.verbose === true,
    ...(jobs ? { jobs } : {}), ...(sizeRaw !== undefined ? { maxFileBytes: Math.round(Number(sizeRaw) * 1024 * 1024) } : {}),
  };
}

/** `runScan` is `scanTree`; tests pass a stand-in that produces outcomes a real tree cannot be made to. */
export function createScanCommand(load: () => Dataset = loadDataset, runScan: typeof scanTree = scanTree): CliCommand {
  return {
    name: 'scan',
    summary,
    help: helpText(spec),
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
