// JSON (and JSONC): OpenAPI `"responses": { "404": … }` keys, and status values (`"status": 404`,
// `"statusCode": 200`, `"expectedStatuses": [200, 201]`). One pass with a stack of owning keys.
import { Detection } from './types';
import { isStatusListName, isStatusName, squashLower } from './familyRules';
import { isDigit, isSpace } from './textScan';

interface Frame { key: string; isArray: boolean }

export function detectInJson(text: string): Detection[] {
  const found: Detection[] = [];
  const stack: Frame[] = [];
  const n = text.length;
  let key = '';          // the key whose value comes next (in an object)
  let i = 0;
  const push = (code: number, start: number, form: 'literal' | 'string', context: string, framework?: string) => {
    if (code >= 100 && code <= 599) found.push({ code, start, end: start + 3, form, text: text.slice(start, start + 3), context, framework });
  };
  const owner = () => (stack.length ? stack[stack.length - 1] : undefined);
  const valueKey = () => { const o = owner(); return o && o.isArray ? o.key : key; };
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) { i++; continue; }
    if (c === 47 && text.charCodeAt(i + 1) === 47) { const nl = text.indexOf('\n', i); i = nl < 0 ? n : nl; continue; }
    if (c === 47 && text.charCodeAt(i + 1) === 42) { const e = text.indexOf('*/', i + 2); i = e < 0 ? n : e + 2; continue; }
    if (c === 34) {
      let j = i + 1;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d === 34) break;
        if (d === 10) break;
        j += d === 92 ? 2 : 1;
      }
      const s = i + 1;
      const e = Math.min(j, n);
      i = e + 1;
      let k = i;
      while (k < n && isSpace(text.charCodeAt(k))) k++;
      const three = e - s === 3 && isDigit(text.charCodeAt(s)) && isDigit(text.charCodeAt(s + 1)) && isDigit(text.charCodeAt(s + 2));
      const o = owner();
      if (text.charCodeAt(k) === 58 && (!o || !o.isArray)) {
        key = e - s <= 64 ? text.slice(s, e) : '';
        if (three && o) {
          const p = squashLower(o.key);
          if (p === 'responses' || p === 'response') push(Number(key), s, 'string', 'openapi:responses', 'openapi');
        }
        i = k + 1;
      } else if (three || (e - s > 3 && e - s < 40 && text.charCodeAt(s + 3) === 32 && isDigit(text.charCodeAt(s)))) {
        const vk = valueKey();
        if (vk && isStatusName(vk) && isDigit(text.charCodeAt(s + 1)) && isDigit(text.charCodeAt(s + 2))) push(Number(text.slice(s, s + 3)), s, 'string', `key:${vk}`);
      }
      continue;
    }
    if (c === 123 || c === 91) { stack.push({ key: valueKey(), isArray: c === 91 }); key = ''; i++; continue; }
    if (c === 125 || c === 93) { stack.pop(); key = ''; i++; continue; }
    if (c === 44) { const o = owner(); if (!o || !o.isArray) key = ''; i++; continue; }
    if (isDigit(c) || c === 45) {
      let j = i + 1;
      while (j < n) { const d = text.charCodeAt(j); if (isDigit(d) || d === 46 || d === 101 || d === 69 || d === 43 || d === 45) j++; else break; }
      if (j - i === 3 && c !== 45) {
        const o = owner();
        const vk = valueKey();
        if (o && o.isArray ? isStatusListName(vk) : isStatusName(vk)) push(Number(text.slice(i, j)), i, 'literal', `key:${vk}`);
      }
      i = j;
      continue;
    }
    i++;
  }
  return found;
}
