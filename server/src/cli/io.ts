// What every CLI command shares: where it writes, how it exits, how it reports misuse.

export interface CliIO {
  out(text: string): void;
  err(text: string): void;
}

export const ExitCode = { Ok: 0, Failure: 1, Usage: 2 } as const;

/** Thrown for a wrong invocation: the CLI prints the message and the command's help, and exits 2. */
export class UsageError extends Error {}

export interface CliCommand {
  name: string;
  summary: string;
  help: string;
  run(args: string[], io: CliIO): Promise<number>;
}
