// Finds the http(s) URL at a position in a line of code, and whether it sits in a string literal.

export interface FoundUrl {
  url: string;
  /** Character offsets in the line, end exclusive. */
  start: number;
  end: number;
  /** The URL is (the start of) a quoted string literal: '…', "…" or `…`. */
  inString: boolean;
}

const urlPattern = /https?:\/\/[^\s"'`<>()[\]{}\\]+/gi;

/** The URL whose span contains `character` (or touches it), trimmed of trailing punctuation. */
export function urlAt(line: string, character: number): FoundUrl | undefined {
  for (const match of line.matchAll(urlPattern)) {
    const start = match.index ?? 0;
    const url = match[0].replace(/[.,;:!?]+$/, '');
    const end = start + url.length;
    if (character < start || character > end) continue;
    const before = line[start - 1];
    const inString = before === '"' || before === "'" || before === '`';
    return { url, start, end, inString };
  }
  return undefined;
}

/** A selection that is a URL (or a bare host name) worth pre-filling. */
export function urlFromSelection(text: string): string | undefined {
  const trimmed = text.trim().replace(/^["'`]|["'`]$/g, '');
  if (!trimmed || /\s/.test(trimmed) || trimmed.length > 2048) return undefined;
  if (/^https?:\/\//i.test(trimmed)) return trimmed;
  if (/^[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?(\/\S*)?$/i.test(trimmed)) return trimmed;
  return undefined;
}
