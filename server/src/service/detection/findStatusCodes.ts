// Entry point of detection: picks the detector of the document's family.
// Code families share one context-aware lexer (codeDetector.ts) with per-family rules (families/*.ts);
// configuration and API-description formats have their own line/structure scanners.
import { Detection } from './types';
import { DetectionScope, detectInCode } from './codeDetector';
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
import { documentFamily, LanguageFamily } from './languages';
import { findLogStatusCodes } from '../logs/findLogStatusCodes';

export type Detector = (text: string, scope?: DetectionScope) => Detection[];

/** One detector per family; a family without one finds nothing (silence beats a wrong hover). */
const detectors: Partial<Record<LanguageFamily, Detector>> = {
  javascript: (text, scope) => detectInCode(text, javascriptRules, scope),
  python: (text, scope) => detectInCode(text, pythonRules, scope),
  go: (text, scope) => detectInCode(text, goRules, scope),
  java: (text, scope) => detectInCode(text, javaRules, scope),
  csharp: (text, scope) => detectInCode(text, csharpRules, scope),
  php: (text, scope) => detectInCode(text, phpRules, scope),
  ruby: (text, scope) => detectInCode(text, rubyRules, scope),
  rust: (text, scope) => detectInCode(text, rustRules, scope),
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

/** `scope` when `text` is a segment of a bigger document (code families only read it). */
export function findStatusCodes(text: string, languageId: string, uri?: string, scope?: DetectionScope): Detection[] {
  const detector = detectors[documentFamily(languageId, uri, text)];
  return detector ? detector(text, scope) : [];
}
