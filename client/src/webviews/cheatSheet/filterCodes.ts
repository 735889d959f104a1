// Which codes the cheat sheet lists, in which groups, and how a search ranks them. Pure: no DOM, no
// `vscode`; unit-tested in test/unit/cheatSheet/filterCodes.test.ts.
import type { Dataset, StatusMeaning } from '../../../../server/src/service/dataset';

/** The vendor sub-groups the issue names; any other non-standard source lands in "other". */
const vendorKeys = ['nginx', 'cloudflare', 'aws-elb', 'iis'] as const;
const vendorFallbackTitles: Record<string, string> = {
  nginx: 'NGINX', cloudflare: 'Cloudflare', 'aws-elb': 'AWS Elastic Load Balancing', iis: 'Microsoft IIS',
};

export type GroupKey = '1' | '2' | '3' | '4' | '5' | `vendor:${string}`;

/** One row of the list: one meaning of one code (a code with vendor meanings also appears under them). */
export interface CodeItem {
  id: string;
  code: number;
  meaningIndex: number;
  meaning: StatusMeaning;
  group: GroupKey;
  standard: boolean;
  /** Unused or obsolete in the IANA registry. */
  retired: boolean;
}

export interface Filters {
  /** "standard": only IETF/IANA meanings; "all": also the vendor group. */
  scope: 'standard' | 'all';
  hideRetired: boolean;
}

export const defaultFilters: Filters = { scope: 'all', hideRetired: false };

export interface Group {
  key: GroupKey | 'results';
  title: string;
  items: CodeItem[];
}

export interface FilterResult {
  /** "grouped" with no query or a number prefix; "ranked" (one list, best first) for words. */
  mode: 'grouped' | 'ranked';
  groups: Group[];
  count: number;
  /** Matches of the query that the filters hide. */
  hiddenByFilters: number;
}

export function codeItems(dataset: Dataset): CodeItem[] {
  const items: CodeItem[] = [];
  for (const entry of dataset.codes ?? []) {
    (entry.meanings ?? []).forEach((meaning, meaningIndex) => {
      const standard = isStandardSource(dataset, meaning.source);
      const digit = String(Math.floor(entry.code / 100));
      const group: GroupKey = standard && /^[1-5]$/.test(digit) ? (digit as GroupKey) : `vendor:${vendorKey(meaning.source)}`;
      const status = meaning.registry?.status;
      items.push({
        id: `${entry.code}-${meaningIndex}`, code: entry.code, meaningIndex, meaning, group, standard,
        retired: status === 'unused' || status === 'obsolete',
      });
    });
  }
  return items.sort((a, b) => groupOrder(a.group) - groupOrder(b.group) || a.code - b.code || a.meaningIndex - b.meaningIndex);
}

function isStandardSource(dataset: Dataset, source: string): boolean {
  return source === 'iana' || dataset.sources?.[source]?.kind === 'standard';
}

function vendorKey(source: string): string {
  return (vendorKeys as readonly string[]).includes(source) ? source : 'other';
}

function groupOrder(group: GroupKey): number {
  if (!group.startsWith('vendor:')) return Number(group);
  const index = (vendorKeys as readonly string[]).indexOf(group.slice('vendor:'.length));
  return 10 + (index < 0 ? vendorKeys.length : index);
}

export function groupTitle(dataset: Dataset, group: GroupKey): string {
  if (!group.startsWith('vendor:')) {
    const klass = (dataset.classes as Record<string, { title: string } | undefined>)?.[group];
    return `${group}xx ${klass?.title ?? ''}`.trim();
  }
  const key = group.slice('vendor:'.length);
  if (key === 'other') return 'Vendor: other unofficial';
  return `Vendor: ${dataset.sources?.[key]?.name ?? vendorFallbackTitles[key] ?? key}`;
}

export interface ParsedQuery {
  /** Digit tokens ("5", "50", "503", also "5xx"): the code must start with one of them. */
  codePrefixes: string[];
  /** Word tokens, lower-case: each must match a word of the item. */
  words: string[];
  /** The words joined by one space, for phrase bonuses. */
  phrase: string;
}

export function parseQuery(query: string): ParsedQuery {
  const tokens = query.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-z0-9]+/).filter(Boolean);
  const codePrefixes: string[] = [];
  const words: string[] = [];
  for (const token of tokens) {
    const code = /^(\d{1,3})x*$/.exec(token);
    if (code && token.length <= 3) codePrefixes.push(code[1]);
    else words.push(token);
  }
  return { codePrefixes, words, phrase: words.join(' ') };
}

/** Lower-case words of a text, with apostrophes dropped ("I'm" → "im") and camel case split. */
export function wordsOf(text: string | undefined): string[] {
  if (!text) return [];
  return text.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().replace(/['’]/g, '')
    .split(/[^a-z0-9]+/).filter(Boolean);
}

function normalized(text: string | undefined): string {
  return wordsOf(text).join(' ');
}

interface Field { words: string[]; text: string; weight: number }

/** Word lists per meaning, computed once (the search runs on every key press). */
const fieldCache = new WeakMap<StatusMeaning, Field[]>();

function fieldsOf(meaning: StatusMeaning): Field[] {
  let fields = fieldCache.get(meaning);
  if (!fields) {
    fields = computeFields(meaning);
    fieldCache.set(meaning, fields);
  }
  return fields;
}

function computeFields(meaning: StatusMeaning): Field[] {
  const field = (text: string | undefined, weight: number): Field => ({ words: wordsOf(text), text: normalized(text), weight });
  return [
    field(meaning.name, 40),
    ...(meaning.aliases ?? []).map((alias) => field(alias, 35)),
    field(meaning.summary, 12),
    field(meaning.description, 6),
    // Header names are identifiers: "retry-after" should find the codes that use the header.
    field((meaning.headers ?? []).join(' '), 20),
    field((meaning.whenToUse ?? []).join(' '), 3),
    field((meaning.commonCauses ?? []).join(' '), 3),
    field(meaning.onTheWire, 2),
  ];
}

/** How well an item matches; 0 when it does not. Every token must match somewhere. */
export function scoreItem(item: CodeItem, query: ParsedQuery): number {
  const code = String(item.code);
  if (query.codePrefixes.length > 0 && !query.codePrefixes.some((prefix) => code.startsWith(prefix))) return 0;
  let score = 1;
  if (query.codePrefixes.includes(code)) score += 1000;
  if (query.words.length === 0) return score;

  const fields = fieldsOf(item.meaning);
  for (const token of query.words) {
    let best = 0;
    for (const field of fields) {
      for (const word of field.words) {
        const match = word === token ? 2 : word.startsWith(token) ? 1 : 0;
        best = Math.max(best, match * field.weight);
      }
    }
    if (best === 0) return 0;
    score += best;
  }
  // Phrases: an exact name or alias first, then a name starting with it, then the phrase anywhere.
  const [name, ...rest] = fields;
  const aliases = rest.slice(0, item.meaning.aliases?.length ?? 0);
  if (name.text === query.phrase) score += 500;
  else if (aliases.some((alias) => alias.text === query.phrase)) score += 400;
  else if (name.text.startsWith(query.phrase)) score += 200;
  else if (query.words.length > 1) {
    const withPhrase = fields.find((field) => (` ${field.text} `).includes(` ${query.phrase}`));
    if (withPhrase) score += 10 * withPhrase.weight;
  }
  if (item.standard) score += 1;
  return score;
}

function passesFilters(item: CodeItem, filters: Filters): boolean {
  if (filters.scope === 'standard' && !item.standard) return false;
  if (filters.hideRetired && item.retired) return false;
  return true;
}

export function filterCodes(dataset: Dataset, items: readonly CodeItem[], query: string, filters: Filters): FilterResult {
  const parsed = parseQuery(query);
  const scored = items
    .map((item) => ({ item, score: scoreItem(item, parsed) }))
    .filter((entry) => entry.score > 0);
  const visible = scored.filter((entry) => passesFilters(entry.item, filters));
  const hiddenByFilters = parsed.codePrefixes.length + parsed.words.length > 0 ? scored.length - visible.length : 0;

  if (parsed.words.length > 0) {
    // One row per code, for its best-matching meaning: the card shows all of them.
    const seen = new Set<number>();
    const ranked = visible
      .sort((a, b) => b.score - a.score || a.item.code - b.item.code || a.item.meaningIndex - b.item.meaningIndex)
      .map((entry) => entry.item)
      .filter((item) => !seen.has(item.code) && seen.add(item.code));
    return {
      mode: 'ranked', groups: ranked.length ? [{ key: 'results', title: 'Best matches', items: ranked }] : [],
      count: ranked.length, hiddenByFilters,
    };
  }
  const groups: Group[] = [];
  for (const { item } of visible) {
    let group = groups[groups.length - 1];
    if (!group || group.key !== item.group) {
      group = { key: item.group, title: groupTitle(dataset, item.group), items: [] };
      groups.push(group);
    }
    group.items.push(item);
  }
  return { mode: 'grouped', groups, count: visible.length, hiddenByFilters };
}

/** "3 codes", "1 match for “gateway”", plus what the filters hide: the text of the live region. */
export function describeResult(result: FilterResult, query: string): string {
  const trimmed = query.trim();
  const noun = trimmed ? (result.count === 1 ? 'match' : 'matches') : (result.count === 1 ? 'code' : 'codes');
  let text = `${result.count} ${noun}${trimmed ? ` for “${trimmed}”` : ''}`;
  if (result.hiddenByFilters > 0) text += ` (${result.hiddenByFilters} more hidden by filters)`;
  return text;
}
