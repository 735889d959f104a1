// Table-driven detection checks: `«…»` marks what must be found (with `=code` for constants/symbols);
// every other 3-digit number in the snippet must stay silent.
import * as assert from 'assert';
import { findStatusCodes } from '../../../server/src/service/detection/findStatusCodes';
import { parseLabelled } from './corpusScorer';

export function expectDetections(languageId: string, marked: string, uri?: string): void {
  const { text, labels } = parseLabelled(marked);
  const found = findStatusCodes(text, languageId, uri);
  const got = found.map((d) => `${text.slice(d.start, d.end)}=${d.code}/${d.form}`);
  const want = labels.map((l) => `${text.slice(l.start, l.end)}=${l.code}/${l.form}`);
  assert.deepStrictEqual(got, want, `in:\n${text}`);
}

export function cases(languageId: string, list: string[], uri?: string): void {
  for (const marked of list) {
    it(marked.replace(/\s+/g, ' ').slice(0, 90), () => expectDetections(languageId, marked, uri));
  }
}
