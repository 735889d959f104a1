// The table of CLI commands. Each command lives in its own file.
import { CliCommand } from './io';
import { checkUrlCommand } from './checkUrlCommand';
import { compareCommand } from './compareCommand';
import { explainCommand } from './explainCommand';
import { summarizeCommand } from './summarizeCommand';
import { scanCommand } from './scanCommand';
import { mapCommand } from './mapCommand';

export const commands: CliCommand[] = [
  scanCommand,
  mapCommand,
  explainCommand,
  compareCommand,
  checkUrlCommand,
  summarizeCommand,
];

export function usage(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'Usage: http-status-lens <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run `http-status-lens <command> --help` for a command\'s options.',
    'Exit codes: 0 ok, 1 findings or failure, 2 usage error.',
  ].join('\n');
}
