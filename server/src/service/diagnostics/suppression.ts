// Inline silencing of one occurrence:
//   // http-status-lens-disable-next-line retry-after-missing
//   # http-status-lens-disable-next-line            (every rule)
//   res.status(503).end(); // http-status-lens-disable-line retry-after-missing
import { lineEndAt, lineStartAt } from './lookAround';

const marker = /(?:\/\/|\/\*|#|--|;|<!--)\s*http-status-lens-disable-(next-line|line)\b([^\n]*)/g;

export interface Suppressions {
  /** Whether `rule` is silenced for the line holding `offset`. */
  suppresses(rule: string, offset: number): boolean;
}

const none: Suppressions = { suppresses: () => false };

export function findSuppressions(text: string): Suppressions {
  // A plain search first: the pattern starts with a choice of comment openers, tried at every offset.
  if (!text.includes('http-status-lens-disable-')) return none;
  // Line start offset → rule ids (empty set = every rule).
  const byLine = new Map<number, Set<string> | 'all'>();
  marker.lastIndex = 0;
  for (let m = marker.exec(text); m; m = marker.exec(text)) {
    const ids = m[2].replace(/\*\/|-->/g, '').split(/[\s,]+/).filter((id) => /^[a-z0-9-]+$/.test(id));
    let line = lineStartAt(text, m.index);
    if (m[1] === 'next-line') {
      const end = lineEndAt(text, m.index);
      if (end >= text.length) continue;
      line = end + 1;
    }
    const current = byLine.get(line);
    if (ids.length === 0 || current === 'all') byLine.set(line, 'all');
    else byLine.set(line, new Set([...(current ?? []), ...ids]));
  }
  return {
    suppresses(rule, offset) {
      if (byLine.size === 0) return false;
      const entry = byLine.get(lineStartAt(text, offset));
      return entry === 'all' || (entry !== undefined && entry.has(rule));
    },
  };
}
