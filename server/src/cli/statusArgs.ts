// Parsing status-code arguments shared by `explain` and `compare`.
import { StatusCodeIndex } from '../service/dataset';
import { UsageError } from './io';

export interface StatusArg {
  code: number;
  /** "404.13" when an IIS sub-status was given. */
  subStatus?: string;
}

/** "404", "404.13"; throws a UsageError for anything that is not a three-digit code from 100 to 599. */
export function parseStatusArg(text: string): StatusArg {
  const match = /^(\d{3})(?:\.(\d{1,3}))?$/.exec(text.trim());
  if (!match) throw new UsageError(`'${text}' is not a status code (expected three digits, such as 404, or an IIS sub-status such as 404.13)`);
  const code = Number(match[1]);
  if (code < 100 || code > 599) throw new UsageError(`${code} is outside the range of HTTP status codes (100-599)`);
  return { code, subStatus: match[2] !== undefined ? text.trim() : undefined };
}

/** A code, or a name such as "Payload Too Large" or PAYLOAD_TOO_LARGE (all words of `args`). */
export function parseStatusOrName(args: string[], index: StatusCodeIndex): StatusArg {
  if (args.length === 1 && /^\d/.test(args[0])) return parseStatusArg(args[0]);
  const name = args.join(' ');
  const code = index.codeForName(name);
  if (code === undefined) {
    throw new UsageError(`'${name}' is not a status code (expected three digits, such as 404) nor a known status name`);
  }
  return { code };
}
