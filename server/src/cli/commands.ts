// The table of CLI commands. Each command lives in its own file.
import { CliCommand, ExitCode } from './io';
import { checkUrlCommand } from './checkUrlCommand';
import { compareCommand } from './compareCommand';
import { explainCommand } from './explainCommand';
import { summarizeCommand } from './summarizeCommand';

function notYet(name: string, summary: string, synopsis: string): CliCommand {
  return {
    name, summary,
    help: `Usage: http-status-lens ${synopsis}\n\n${summary}`,
    run: async (_args, io) => {
      io.err(`http-status-lens ${name}: not implemented yet`);
      return ExitCode.Failure;
    },
  };
}

export const commands: CliCommand[] = [
  notYet('scan', 'Find HTTP status codes and problems in files and folders.', 'scan [paths…] [--format text|json|sarif]'),
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
