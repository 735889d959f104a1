// One way to read a command line: each command declares its arguments and options in a table, Node's
// `util.parseArgs` reads them, and `--help` is written from the same table — so an option is spelt and
// documented once, and an unknown option is always a usage error that names it.
import { parseArgs } from 'util';
import { UsageError } from './io';

export interface OptionSpec {
  /** The long name, without dashes: `max-file-size` is `--max-file-size`. */
  name: string;
  /** One letter, for the options curl users type (`-H`, `-X`). */
  short?: string;
  /** The value's placeholder in the help (`MB`, `N`); an option without one is a flag. */
  value?: string;
  /** May be given more than once; its values are collected in order. */
  multiple?: boolean;
  /** The only values it takes; anything else is a usage error that lists them. */
  choices?: readonly string[];
  /** The help text; further lines are indented under the first. */
  description: string;
}

export interface CommandSpec {
  name: string;
  /** One sentence: the command list of `http-status-lens --help` and the help's first paragraph. */
  summary: string;
  /** The positional arguments as the usage line shows them, e.g. `[paths…]`, `<url>`. */
  synopsis: string;
  /** More about what the command does, after the summary. */
  about?: string;
  arguments?: { name: string; description: string }[];
  options: OptionSpec[];
  /** What follows the options: notes and the exit codes. */
  epilogue: string;
}

export interface ParsedOptions {
  positionals: string[];
  /** A flag is `true`; a value option is its string (or strings, when `multiple`); absent options are absent. */
  values: Record<string, string | boolean | string[] | undefined>;
}

const column = 20;

function label(option: OptionSpec): string {
  const long = `--${option.name}${option.value ? ` ${option.value}` : ''}`;
  return option.short ? `-${option.short}, ${long}` : long;
}

function entry(name: string, description: string): string {
  const [first, ...rest] = description.split('\n');
  const head = name.length + 2 < column - 2 ? `  ${name.padEnd(column - 2)}${first}` : `  ${name}\n${' '.repeat(column)}${first}`;
  return [head, ...rest.map((line) => ' '.repeat(column) + line)].join('\n');
}

/** The usage line: the command, its arguments and every option, as the table declares them. */
export function usageLine(spec: CommandSpec): string {
  const options = spec.options.map((o) => `[--${o.name}${o.value ? ` ${o.value}` : ''}]${o.multiple ? '…' : ''}`);
  return `Usage: http-status-lens ${[spec.name, spec.synopsis, ...options].filter(Boolean).join(' ')}`;
}

/** `http-status-lens <command> --help`, written from the command's table. */
export function helpText(spec: CommandSpec): string {
  const sections = [usageLine(spec), spec.about ? `${spec.summary}\n${spec.about}` : spec.summary];
  if (spec.arguments?.length) sections.push(spec.arguments.map((a) => entry(a.name, a.description)).join('\n'));
  if (spec.options.length) sections.push(['Options:', ...spec.options.map((o) => entry(label(o), o.description))].join('\n'));
  sections.push(spec.epilogue);
  return sections.join('\n\n');
}

/** Reads `args` against the table; misuse (an unknown option, a missing value) is a UsageError naming the option. */
export function parseOptions(spec: CommandSpec, args: string[]): ParsedOptions {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }> = {};
  for (const o of spec.options) options[o.name] = { type: o.value ? 'string' : 'boolean', ...(o.short ? { short: o.short } : {}), ...(o.multiple ? { multiple: true } : {}) };
  let parsed: { values: Record<string, unknown>; positionals: string[] };
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(usageMessage(error as NodeJS.ErrnoException, spec));
  }
  for (const o of spec.options) {
    const given = parsed.values[o.name];
    for (const value of o.choices && given !== undefined ? [given].flat() : []) {
      if (!o.choices!.includes(value as string)) throw new UsageError(`--${o.name} needs one of: ${o.choices!.join(', ')}; got '${value}'`);
    }
  }
  return { positionals: parsed.positionals, values: parsed.values as ParsedOptions['values'] };
}

/** Node's parseArgs messages, said the way the rest of the CLI says them. */
function usageMessage(error: NodeJS.ErrnoException, spec: CommandSpec): string {
  const named = /'(-{1,2}[^' ,]+)/.exec(error.message)?.[1] ?? '';
  // Node names an option as '--size' or '-q, --quiet'.
  const option = spec.options.find((o) => new RegExp(`--${o.name}(?![\\w-])`).test(error.message))
    ?? spec.options.find((o) => o.short !== undefined && named === `-${o.short}`);
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option '${named}'`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      if (option?.choices && /missing/.test(error.message)) return `--${option.name} needs one of: ${option.choices.join(', ')}`;
      if (option?.value) return `--${option.name} needs a value (${option.value})${/ambiguous/.test(error.message) ? `; write --${option.name}=VALUE for a value that starts with '-'` : ''}`;
      return `--${option?.name ?? named.replace(/^-+/, '')} takes no value`;
    default:
      return error.message;
  }
}

/** A whole number from `min` to `max` given to `--name`. */
export function wholeNumber(raw: string, name: string, min: number, max = Number.MAX_SAFE_INTEGER): number {
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new UsageError(`--${name} expects a whole number ${max === Number.MAX_SAFE_INTEGER ? `≥ ${min}` : `from ${min} to ${max}`}, not '${raw}'`);
  }
  return Number(raw);
}

/** `--json`, the same in every command; `shape` says what it prints. */
export function jsonOption(shape: string): OptionSpec {
  return { name: 'json', description: `print ${shape}` };
}
