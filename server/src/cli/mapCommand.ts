// `http-status-lens map [paths…] [--json]`: which status codes a tree sends or checks — per code its
// name, count and sites — for API reviews and docs. The same walk and analysis as `scan`, grouped by
// code (server/src/service/statusMap.ts, which the editor's Status Map view shares).
import * as fs from 'fs';
import * as path from 'path';
import { loadDataset } from '../loadDataset';
import { Dataset, StatusCodeIndex } from '../service/dataset';
import { buildStatusMap, StatusMapEntry, StatusMapSite } from '../service/statusMap';
import { CliCommand, ExitCode, UsageError } from './io';
import { CommandSpec, helpText, jsonOption, parseOptions, wholeNumber } from './options';
import { defaultJobs, scanTree } from './scanWorkers';

const summary = 'Map the status codes of files and folders: per code its name, count and sites.';

const spec: CommandSpec = {
  name: 'map',
  summary,
  synopsis: '[paths…]',
  arguments: [{ name: 'paths', description: 'files and folders (default: the current folder), walked as `scan` walks them:\n' +
    '.gitignore honoured, node_modules and binary files skipped' }],
  options: [
    jsonOption('{"codes": [{code, name, class, vendor?, count, sites: [{file, line, column, form, text}]}],\n' +
      ' "files": N, "errors": [{file, message}], "skipped": N}'),
    { name: 'jobs', short: 'j', value: 'N', description: 'worker threads for large trees (default: the cores available, at most 8)' },
  ],
  epilogue: 'Text output: one block per class, one line per code with its count, one line per site\n' +
    '(file:line:col and the code as written), then a summary line.\n\n' +
    'Exit codes: 0 mapped, 1 a file could not be read or analysed (the map covers the rest), 2 usage error.',
};

interface MapArgs { paths: string[]; json: boolean; jobs?: number }

function parseMapArgs(args: string[]): MapArgs {
  const { values, positionals } = parseOptions(spec, args);
  const jobs = values.jobs !== undefined ? wholeNumber(values.jobs as string, 'jobs', 1, 999) : undefined;
  return { paths: positionals.length ? positionals : ['.'], json: values.json === true, ...(jobs ? { jobs } : {}) };
}

export function createMapCommand(load: () => Dataset = loadDataset): CliCommand {
  return {
    name: 'map',
    summary,
    help: helpText(spec),
    async run(args, io) {
      const { paths, json, jobs } = parseMapArgs(args);
      for (const given of paths) {
        if (!fs.existsSync(path.resolve(given))) throw new UsageError(`no such file or folder: ${given}`);
      }
      const dataset = load();
      const sites: (StatusMapSite & { code: number })[] = [];
      const errors: { file: string; message: string }[] = [];
      let files = 0;
      let skipped = 0;
      await scanTree(paths, { dataset, diagnostics: false, siteText: true, jobs: jobs ?? defaultJobs() }, (outcome) => {
        if (outcome.status === 'read') {
          files++;
          for (const d of outcome.result.detections) {
            sites.push({ code: d.code, file: d.file, line: d.line, column: d.column, form: d.form, text: d.text ?? String(d.code) });
          }
        } else if (outcome.status === 'failed') {
          errors.push({ file: outcome.file, message: outcome.message });
        } else {
          skipped++;
        }
      });
      const map = buildStatusMap(sites, new StatusCodeIndex(dataset));
      if (json) {
        io.out(JSON.stringify({ codes: map, files, errors, skipped }, null, 2));
      } else {
        io.out(mapText(map, files));
        for (const e of errors) io.err(`http-status-lens map: ${e.file}: ${e.message}`);
      }
      return errors.length > 0 ? ExitCode.Failure : ExitCode.Ok;
    },
  };
}

export const mapCommand = createMapCommand();

/** One block per class ("4xx Client Error"), a line per code with its count, a line per site. */
export function mapText(map: StatusMapEntry[], files: number): string {
  const lines: string[] = [];
  let klass: number | undefined;
  for (const entry of map) {
    const digit = Math.floor(entry.code / 100);
    if (digit !== klass) {
      if (klass !== undefined) lines.push('');
      lines.push(`${digit}xx${entry.class ? ` ${entry.class}` : ''}`);
      klass = digit;
    }
    const vendor = entry.vendor ? ' · vendor code' : '';
    lines.push(`  ${entry.code}${entry.name ? ` ${entry.name}` : ''}${vendor}  ×${entry.count}`);
    for (const site of entry.sites) lines.push(`    ${site.file}:${site.line}:${site.column}  ${site.text}`);
  }
  const total = map.reduce((n, e) => n + e.count, 0);
  const withCodes = new Set(map.flatMap((e) => e.sites.map((s) => s.file))).size;
  if (lines.length) lines.push('');
  lines.push(`${plural(map.length, 'status code')}, ${plural(total, 'site')} in ${plural(withCodes, 'file')} (${plural(files, 'file')} read)`);
  return lines.join('\n');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
