// Entry point of detection. (Thin first slice: Express-style `res.status(NNN)`; the detection
// issue replaces this with per-family detectors.)
import { Detection } from './types';
import { languageFamily } from './languages';

export function findStatusCodes(text: string, languageId: string, uri?: string): Detection[] {
  const family = languageFamily(languageId, uri);
  if (family !== 'javascript') return [];
  const found: Detection[] = [];
  const pattern = /\b(?:res|response|reply)\.(status|sendStatus|code)\(\s*([1-5]\d\d)\s*\)/g;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const literal = m[2];
    const start = m.index + m[0].indexOf(literal, m[0].indexOf('('));
    found.push({
      code: Number(literal), start, end: start + literal.length, form: 'literal', text: literal,
      context: `call:res.${m[1]}`, framework: 'express',
    });
  }
  return found;
}
