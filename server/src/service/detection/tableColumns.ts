// Table-driven tests: a row's column is a status when the test names that column like one or compares it
// with a response's status. pytest `@pytest.mark.parametrize("title,expected", [("", 400), …])` used as
// `assert resp.status_code == expected`; Go `[]struct{ body string; want int }{ {"{", 400}, … }` used as
// `if rec.Code != tc.want`. Everything is looked up within a bounded window around the table.
import { isStatusName } from './familyRules';
import { enclosingBracket, Enclosing } from './textScan';

const USE_WINDOW = 2500;
const TABLE_WINDOW = 4000;
/** Characters the backward table scans may read per document (pathological input: megabytes of rows). */
const SCAN_BUDGET = 2_000_000;

export interface TableState {
  /** (table offset, column) → status column name, or null when that column is not a status. */
  columns: Map<number, string | null>;
  budget: number;
  /** enclosingWide's answers by position: every number of a row asks from the same bracket (key: pos and where the scan stops). */
  wide: Map<number, { stop: number; found: Enclosing | undefined }>;
}

export function newTableState(): TableState {
  return { columns: new Map(), budget: SCAN_BUDGET, wide: new Map() };
}

/** Like enclosingBracket, over a longer window: a table's later rows sit far below its opening bracket. */
function enclosingWide(text: string, pos: number, state: TableState): Enclosing | undefined {
  const stop = Math.max(0, pos - Math.min(TABLE_WINDOW, state.budget));
  // The budget counts what a scan would read, remembered or not: where it runs out stays the same.
  state.budget -= pos - stop;
  const known = state.wide.get(pos);
  if (known && known.stop === stop) return known.found;
  const found = scanBack(text, pos, stop);
  state.wide.set(pos, { stop, found });
  return found;
}

function scanBack(text: string, pos: number, stop: number): Enclosing | undefined {
  let depth = 0;
  let commas = 0;
  for (let i = pos - 1; i >= stop; i--) {
    const c = text.charCodeAt(i);
    if (c === 41 || c === 93 || c === 125) depth++;
    else if (c === 40 || c === 91 || c === 123) {
      if (depth === 0) return { kind: c, open: i, argIndex: commas };
      depth--;
    } else if (c === 44 && depth === 0) commas++;
    else if (c === 34 || c === 39 || c === 96) {
      const q = text.lastIndexOf(text[i], i - 1);
      if (q < stop) return undefined;
      i = q;
    }
  }
  return undefined;
}

/** The column name when the literal at `s` sits in a test-table row whose column is a status, else undefined. */
export function statusColumn(text: string, s: number, family: string, state: TableState): string | undefined {
  if (state.budget <= 0) return undefined;
  const row = enclosingBracket(text, s);
  if (!row || row.argIndex > 16) return undefined;
  if (!(family === 'python' && (row.kind === 40 || row.kind === 91)) && !(family === 'go' && row.kind === 123)) {
    // No table of this family has such rows: only what the table scan would have read is counted.
    state.budget -= row.open - Math.max(0, row.open - Math.min(TABLE_WINDOW, state.budget));
    return undefined;
  }
  const table = enclosingWide(text, row.open, state);
  if (!table) return undefined;
  const cache = state.columns;
  if (family === 'python' && (row.kind === 40 || row.kind === 91) && (table.kind === 91 || table.kind === 40)) {
    return cached(cache, table.open * 32 + row.argIndex, () => pytestColumn(text, table, row.argIndex, state));
  }
  if (family === 'go' && row.kind === 123 && table.kind === 123) {
    return cached(cache, table.open * 32 + row.argIndex, () => goColumn(text, table, row.argIndex));
  }
  return undefined;
}

/** The code that uses a table: from the table to the end of the test function after it (bounded). */
function useWindow(text: string, from: number, nextDefinition: RegExp): string {
  const window = text.slice(from, from + USE_WINDOW);
  nextDefinition.lastIndex = 0;
  const first = nextDefinition.exec(window); // the test's own definition (pytest) or none (Go: the table is inside it)
  if (!first) return window;
  const second = nextDefinition.exec(window);
  return second ? window.slice(0, second.index) : window;
}

function cached(cache: Map<number, string | null>, key: number, compute: () => string | undefined): string | undefined {
  let v = cache.get(key);
  if (v === undefined) { v = compute() ?? null; cache.set(key, v); }
  return v ?? undefined;
}

function pytestColumn(text: string, table: Enclosing, column: number, state: TableState): string | undefined {
  const call = enclosingWide(text, table.open, state);
  if (!call || call.kind !== 40 || call.argIndex !== 1 || !text.startsWith('parametrize', call.open - 11)) return undefined;
  // argnames: "a,b" / "a, b" / ("a", "b") / ["a", "b"]
  const head = text.slice(call.open + 1, table.open);
  const names = (/^\s*["']([^"']*)["']\s*,\s*$/.exec(head)?.[1].split(',') ?? head.match(/["'][^"']+["']/g)?.map((q) => q.slice(1, -1)) ?? [])
    .map((n) => n.trim());
  const name = names[column];
  if (!name || !/^\w+$/.test(name)) return undefined;
  if (isStatusName(name)) return name;
  const use = useWindow(text, table.open, /^[ \t]*(?:async[ \t]+)?def[ \t]/gm);
  const re = new RegExp(String.raw`(?:status(?:_code)?|\.code)\s*(?:==|!=)\s*${name}\b|\b${name}\s*(?:==|!=)\s*[\w.()]*(?:status|\.code\b)|(?:assert_status|assertStatus|status_code=)\(?\s*${name}\b`);
  return re.test(use) ? name : undefined;
}

function goColumn(text: string, table: Enclosing, column: number): string | undefined {
  // The row type: `[]struct{ … }{` or `map[string]struct{ … }{` right before the table's brace.
  let i = table.open - 1;
  while (i >= 0 && /\s/.test(text[i])) i--;
  if (text[i] !== '}') return undefined;
  const open = text.lastIndexOf('{', i);
  if (open < 0 || i - open > 600 || !/struct\s*$/.test(text.slice(Math.max(0, open - 12), open))) return undefined;
  const fields: string[] = [];
  for (const decl of text.slice(open + 1, i).split(/[\n;]/)) {
    const m = /^\s*([A-Za-z_]\w*(?:\s*,\s*[A-Za-z_]\w*)*)\s+[\w.*[\]]/.exec(decl);
    if (m) fields.push(...m[1].split(',').map((f) => f.trim()));
  }
  const name = fields[column];
  if (!name) return undefined;
  if (isStatusName(name)) return name;
  const use = text.slice(table.open, table.open + USE_WINDOW).split(/\nfunc /)[0];
  const re = new RegExp(String.raw`(?:Code|StatusCode|Status)\s*(?:!=|==)\s*\w+\.${name}\b|\w+\.${name}\s*(?:!=|==)\s*[\w.()]*(?:Code|Status)\b|Equal\w*\(\s*t\s*,\s*\w+\.${name}\s*,\s*[\w.()]*(?:Code|Status)`);
  return re.test(use) ? name : undefined;
}
