// The Status Map tree as data, apart from VS Code: class → code (name, count, vendor) → site, filtered
// by what the user typed in the filter box. The view (statusMapView.ts) turns these nodes into tree items.
import type { StatusMapResult } from '../../../server/src/protocol';

type Entry = StatusMapResult['entries'][number];

export interface SiteNode {
  kind: 'site';
  /** The file's uri. */
  uri: string;
  /** 1-based, as the server sends them; the column in UTF-16 code units. */
  line: number;
  column: number;
  /** "app.js:12" */
  label: string;
  /** The code as written: "http.StatusNotFound". */
  text: string;
}

export interface CodeNode {
  kind: 'code';
  code: number;
  /** "404 Not Found" */
  label: string;
  vendor?: string;
  count: number;
  sites: SiteNode[];
}

export interface ClassNode {
  kind: 'class';
  /** "4xx Client Error" */
  label: string;
  count: number;
  codes: CodeNode[];
}

export type StatusMapNode = ClassNode | CodeNode | SiteNode;

/** Classes in order, codes in order, sites by file then line; only the codes the filter keeps. */
export function statusMapTree(result: StatusMapResult, filter = ''): ClassNode[] {
  const classes = new Map<number, ClassNode>();
  for (const entry of result.entries) {
    if (!matchesFilter(entry, filter)) continue;
    const digit = Math.floor(entry.code / 100);
    let node = classes.get(digit);
    if (!node) classes.set(digit, (node = { kind: 'class', label: `${digit}xx${entry.class ? ` ${entry.class}` : ''}`, count: 0, codes: [] }));
    const sites = [...entry.sites]
      .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column))
      .map((s): SiteNode => ({ kind: 'site', uri: s.file, line: s.line, column: s.column, label: `${baseName(s.file)}:${s.line}`, text: s.text }));
    node.codes.push({
      kind: 'code', code: entry.code, label: `${entry.code}${entry.name ? ` ${entry.name}` : ''}`,
      ...(entry.vendor ? { vendor: entry.vendor } : {}), count: entry.count, sites,
    });
    node.count += entry.count;
  }
  return [...classes.entries()].sort(([a], [b]) => a - b).map(([, node]) => node);
}

/**
 * `40` keeps the codes starting with 40, `not found` / `NOT_FOUND` the codes so named, `nginx` the
 * vendor's codes, `4xx` a class; words must all appear. An empty filter keeps everything.
 */
export function matchesFilter(entry: Entry, filter: string): boolean {
  const words = normalize(filter).split(' ').filter(Boolean);
  if (words.length === 0) return true;
  const haystack = normalize(`${entry.code} ${Math.floor(entry.code / 100)}xx ${entry.name ?? ''} ${entry.vendor ?? ''} ${entry.class ?? ''}`);
  const code = String(entry.code);
  return words.every((word) => (/^\d+$/.test(word) ? code.startsWith(word) : haystack.includes(word)));
}

function normalize(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

function baseName(uri: string): string {
  const path = uri.replace(/[?#].*$/, '');
  return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1));
}
