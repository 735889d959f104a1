// Tables of status codes (issue 14): a block whose entries are keyed by codes (`{400: BadRequest, 404:
// NotFound}`, `422 => [...]`, `readonly 306: "Switch Proxy";`) or whose named entries are codes
// (`NOT_FOUND: 404`, `StatusOK = 200`, `"Bad Gateway": 502`). One entry alone says little; a block where
// several entries are plainly statuses makes every code-shaped entry of it one — the abbreviated names
// (`StatusNonAuthoritativeInfo = 203`), the vendor codes (`CLIENT_CLOSED_REQUEST: 499`) and `_ = 306`.
import { Syntax } from './codeLexer';
import { commonNames, squash, standardName } from './names/standard';
import { isDigit, isIdentChar } from './textScan';

export interface StatusTable {
  /** The block: its opening bracket and just past its closing one (or where the scan stopped). */
  open: number;
  close: number;
  /** Its numeric keys are statuses. */
  keys: boolean;
  /** Its entries' numeric values are statuses. */
  values: boolean;
}

/** How far a table's opening bracket is looked for before a candidate, and how long a table may be. */
export const tableReach = 4000;
const tableLength = 20000;

/** The bracket opening the block that holds `pos`, looked for back to `floor` (exclusive) at most; -1 when none. */
export function tableOpenBefore(text: string, pos: number, floor: number): number {
  let depth = 0;
  const stop = Math.max(floor + 1, pos - tableReach, 0);
  for (let i = pos - 1; i >= stop; i--) {
    const c = text.charCodeAt(i);
    if (c === 41 || c === 93 || c === 125) depth++;
    else if (c === 40 || c === 91 || c === 123) {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}

/** Judges the block opened at `open`: which of its entries are statuses. */
export function judgeTable(text: string, open: number, syntax: Syntax): StatusTable {
  const opener = text.charCodeAt(open);
  const closer = opener === 40 ? 41 : opener === 91 ? 93 : 125;
  const stop = Math.min(text.length, open + tableLength);
  let depth = 0;
  let close = stop;
  let numericKeys = 0;
  let registeredKeys = 0;
  let irregularKeys = 0;
  let badKeys = 0;
  let codeValues = 0;
  let namedValues = 0;
  let badValues = 0;
  for (let i = open + 1; i < stop; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 || c === 39 || c === 96) {
      const q = stringEnd(text, i, stop);
      // A quoted name with a code after it: `"Bad Gateway": 502`.
      if (depth === 0) {
        const value = valueAfter(text, q + 1, stop);
        if (value === otherNumber) badValues++;
        else if (value >= 0) {
          const code = codeAt(text, value);
          if (code >= 100 && code <= 599) {
            codeValues++;
            if (commonNames.get(squash(text.slice(i + 1, q))) === code) namedValues++;
          } else badValues++;
        }
      }
      i = q;
      continue;
    }
    if ((c === 47 && syntax.slashComments && (text.charCodeAt(i + 1) === 47 || text.charCodeAt(i + 1) === 42)) || (c === 35 && syntax.hashComments)) {
      if (c === 47 && text.charCodeAt(i + 1) === 42) {
        const end = text.indexOf('*/', i + 2);
        i = end < 0 ? stop : end + 1;
      } else {
        const end = text.indexOf('\n', i);
        i = end < 0 ? stop : end;
      }
      continue;
    }
    if (c === 40 || c === 91 || c === 123) { depth++; continue; }
    if (c === 41 || c === 93 || c === 125) {
      if (depth === 0) { close = c === closer ? i + 1 : i; break; }
      depth--;
      continue;
    }
    if (depth !== 0) continue;
    // A numeric key: `404:` / `404 =>` (not `404::`, not part of a longer number or a name).
    // (Not a range's end: `500..=599 =>` is an arm, not a key.)
    if (isDigit(c) && !isIdentChar(text.charCodeAt(i - 1)) && text.charCodeAt(i - 1) !== 46 && text.charCodeAt(i - 1) !== 61) {
      let j = i;
      while (j < stop && isDigit(text.charCodeAt(j))) j++;
      if (isKeyOperator(text, j)) {
        const code = j - i === 3 ? codeAt(text, i) : -1;
        if (code >= 100 && code <= 599) {
          numericKeys++;
          if (standardName(code)) { registeredKeys++; if (code % 100 !== 0) irregularKeys++; }
        } else badKeys++;
      }
      i = j - 1;
      continue;
    }
    // A named entry: `NOT_FOUND: 404`, `StatusOK = 200`, `NOT_FOUND => 404`.
    if (isIdentChar(c) && !isIdentChar(text.charCodeAt(i - 1))) {
      let j = i;
      while (j < stop && isIdentChar(text.charCodeAt(j))) j++;
      const value = valueAfter(text, j, stop);
      if (value === otherNumber) badValues++;
      else if (value >= 0) {
        const code = codeAt(text, value);
        if (code >= 100 && code <= 599) {
          codeValues++;
          if (nameMatches(text.slice(i, j), code)) namedValues++;
        } else badValues++;
      }
      i = j - 1;
    }
  }
  return {
    open, close,
    // Round keys alone (100, 200 … 500) are a palette or a scale; statuses have 404s and 503s among them.
    keys: numericKeys >= 3 && badKeys === 0 && registeredKeys * 3 >= numericKeys * 2 && irregularKeys >= 2,
    values: codeValues >= 3 && namedValues >= 2 && namedValues * 3 >= codeValues && badValues * 4 <= codeValues,
  };
}

/** `:` (not `::`) or `=>` after optional blanks at `j`. */
function isKeyOperator(text: string, j: number): boolean {
  let k = j;
  while (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9) k++;
  const c = text.charCodeAt(k);
  return (c === 58 && text.charCodeAt(k + 1) !== 58) || (c === 61 && text.charCodeAt(k + 1) === 62);
}

/** `valueAfter`: the entry's value is a number, but not one of three digits. */
const otherNumber = -2;

/**
 * Where a number value starts after a name ending at `j`: `: 404`, `= 404`, `=> 404`, `:= 404` then
 * exactly digits and an entry's end (`,`, `;`, a line break, a comment, a closing bracket). -1 otherwise.
 */
function valueAfter(text: string, j: number, stop: number): number {
  let k = j;
  while (k < stop && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
  const c = text.charCodeAt(k);
  if (c === 58) { if (text.charCodeAt(k + 1) === 58) return -1; k += text.charCodeAt(k + 1) === 61 ? 2 : 1; }
  else if (c === 61) { const d = text.charCodeAt(k + 1); if (d === 61) return -1; k += d === 62 ? 2 : 1; }
  else return -1;
  while (k < stop && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
  if (!isDigit(text.charCodeAt(k))) return -1;
  let e = k;
  while (e < stop && isDigit(text.charCodeAt(e))) e++;
  if (e - k !== 3) return otherNumber;
  const after = text.charCodeAt(e);
  // The entry ends right after the number (a trailing comment or a type annotation is fine).
  if (!(after === 44 || after === 59 || after === 10 || after === 13 || after === 32 || after === 9 || after === 41 || after === 93 || after === 125 || Number.isNaN(after))) return -1;
  return k;
}

/** The entry's name says its code: `NOT_FOUND` 404, `StatusNotFound` 404, `HTTP_404` 404, `_404` 404. */
function nameMatches(name: string, code: number): boolean {
  if (name.includes(String(code))) return true;
  const bare = name.replace(/^(?:HTTP_?STATUS_?|HTTP_?|STATUS_?|Status|SC_|k(?=[A-Z]))/, '').replace(/_?(?:CODE|STATUS)$/i, '');
  return bare.length >= 2 && commonNames.get(squash(bare)) === code;
}

function stringEnd(text: string, i: number, stop: number): number {
  const q = text.charCodeAt(i);
  for (let k = i + 1; k < stop; k++) {
    const c = text.charCodeAt(k);
    if (c === 92) { k++; continue; }
    if (c === q) return k;
    if (c === 10 && q !== 96) return k;
  }
  return stop;
}

function codeAt(t: string, i: number): number {
  return (t.charCodeAt(i) - 48) * 100 + (t.charCodeAt(i + 1) - 48) * 10 + (t.charCodeAt(i + 2) - 48);
}
