// A status field from a capture group of a line pattern compiled with the `d` (indices) flag.
import { StatusField, statusCode } from './types';

export function statusFieldAt(match: RegExpExecArray, group: number, name: string, contextPrefix: string): StatusField {
  const [start, end] = match.indices![group];
  return { field: name, code: statusCode(match[group]), start, end, context: `${contextPrefix}:${name}` };
}
