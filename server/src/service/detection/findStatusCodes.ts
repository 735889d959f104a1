// Entry point of detection: picks the detector of the document's family.
// (Thin first slice: Express-style `res.status(NNN)`; the detection issue adds the real detectors.)
import { Detection } from './types';
import { LanguageFamily, languageFamily } from './languages';
import { findLogStatusCodes } from '../logs/findLogStatusCodes';

export type Detector = (text: string) => Detection[];

function findInJavaScript(text: string): Detection[] {
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

/** One detector per family; a family without one finds nothing (silence beats a wrong hover). */
const detectors: Partial<Record<LanguageFamily, Detector>> = {
  javascript: findInJavaScript,
  // Logs, HAR, .http/.rest, transcripts; an unknown or plain-text document is sniffed (silent unless it is one).
  accessLog: (text) => findLogStatusCodes(text),
  transcript: (text) => findLogStatusCodes(text),
  unknown: (text) => findLogStatusCodes(text),
  har: (text) => findLogStatusCodes(text, 'har'),
  httpFile: (text) => findLogStatusCodes(text, 'httpFile'),
};

export function findStatusCodes(text: string, languageId: string, uri?: string): Detection[] {
  const detector = detectors[languageFamily(languageId, uri)];
  return detector ? detector(text) : [];
}
