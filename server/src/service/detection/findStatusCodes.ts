// Entry point of detection: picks the detector of the document's family.
// Code families share one context-aware lexer (codeDetector.ts) with per-family rules (families/*.ts);
// configuration and API-description formats have their own line/structure scanners.
import { Detection } from './types';
import { detectInCode } from './codeDetector';
import { javascriptRules } from './families/javascript';
import { pythonRules } from './families/python';
import { goRules } from './families/go';
import { javaRules } from './families/java';
import { csharpRules } from './families/csharp';
import { phpRules } from './families/php';
import { rubyRules } from './families/ruby';
import { rustRules } from './families/rust';
import { detectInNginx } from './nginxDetector';
import { detectInYaml } from './yamlDetector';
import { detectInJson } from './jsonDetector';
import { LanguageFamily, languageFamily } from './languages';
import { findLogStatusCodes } from '../logs/findLogStatusCodes';

export type Detector = (text: string) => Detection[];

/** One detector per family; a family without one finds nothing (silence beats a wrong hover). */
const detectors: Partial<Record<LanguageFamily, Detector>> = {
  javascript: (text) => detectInCode(text, javascriptRules),
  python: (text) => detectInCode(text, pythonRules),
  go: (text) => detectInCode(text, goRules),
  java: (text) => detectInCode(text, javaRules),
  csharp: (text) => detectInCode(text, csharpRules),
  php: (text) => detectInCode(text, phpRules),
  ruby: (text) => detectInCode(text, rubyRules),
  rust: (text) => detectInCode(text, rustRules),
  nginx: detectInNginx,
  yaml: detectInYaml,
  json: detectInJson,
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
