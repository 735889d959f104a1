#!/usr/bin/env node
// `http-status-lens`: the language service on the command line.
// Exit codes follow Unix conventions: 0 ok, 1 findings or failure, 2 usage error.
import { commands, usage } from './commands';
import { CliIO, ExitCode, UsageError } from './io';
import { limitHeapGrowth } from '../node/heapGrowth';
import { isMainThread } from 'worker_threads';

export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    if (!name) {
      io.err(usage());
      return ExitCode.Usage;
    }
    io.out(usage());
    return ExitCode.Ok;
  }
  if (name === '--version' || name === '-V') {
    io.out('0.1.0');
    return ExitCode.Ok;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.err(`http-status-lens: unknown command '${name}'\n\n${usage()}`);
    return ExitCode.Usage;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(command.help);
    return ExitCode.Ok;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`http-status-lens ${name}: ${error.message}\n\n${command.help}`);
      return ExitCode.Usage;
    }
    io.err(`http-status-lens ${name}: ${error instanceof Error ? error.message : String(error)}`);
    return ExitCode.Failure;
  }
}

// Not in a scan worker thread: it loads this same bundle to analyse files (see scanWorkers.ts).
if (require.main === module && isMainThread) {
  limitHeapGrowth();
  // `http-status-lens scan | head`: the reader left, so stop quietly as Unix tools do, not with a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  runCli(process.argv.slice(2), {
    out: (text) => process.stdout.write(text.endsWith('\n') ? text : text + '\n'),
    err: (text) => process.stderr.write(text.endsWith('\n') ? text : text + '\n'),
  }).then((code) => { process.exitCode = code; });
}
