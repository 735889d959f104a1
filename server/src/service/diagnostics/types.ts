// The contract between the rules, the validation runner and the code actions.
import { StatusCodeIndex } from '../dataset';
import { DocumentAnalysis } from '../documentAnalysis';
import { LanguageFamily } from '../detection/languages';
import { Detection } from '../detection/types';
import { RuleSeverity } from '../settings';
import type { ResponseSite } from './responseSite';
import type { ScopeTree } from './scopes';
import type { HeaderWrite } from './headerWrites';

/** An edit in document offsets, applied to the text the finding was computed on. */
export interface OffsetEdit {
  start: number;
  end: number;
  /** May hold placeholders written `\u0001value\u0001`: a tab stop in snippet-capable clients, plain text elsewhere. */
  newText: string;
  /**
   * The offsets count from the start of the file rather than of the text the rule saw: an import
   * added at the top of a big file whose rules ran on one segment (`RuleContext.imports`).
   */
  fromFileStart?: boolean;
}

export interface Fix {
  title: string;
  edits: OffsetEdit[];
  isPreferred?: boolean;
}

/** What every rule sees: the text, its detections, and the dataset. */
export interface RuleContext {
  text: string;
  languageId: string;
  family: LanguageFamily;
  uri: string;
  analysis: DocumentAnalysis;
  index: StatusCodeIndex;
  /** The delta-seconds a Retry-After fix writes (setting `httpStatusLens.retryAfterSeconds`). */
  retryAfterSeconds: number;
  /**
   * Where the file's imports are, for "does this file use X" questions and for import edits: the
   * whole text, or for one segment of a big file (server/src/service/segments/), the file's first
   * 16 KB. Offsets into it are file offsets: an edit there says `fromFileStart`.
   */
  imports: string;
  /** The text with comments and string contents blanked (same offsets). */
  masked: string;
  /** The text with only comments blanked: where header names in strings still count. */
  uncommented: string;
  /** Where a detection sits (memoised). */
  siteOf(detection: Detection): ResponseSite;
  /** Functions, classes and branches of the text (memoised). */
  readonly scopes: ScopeTree;
  /** The header writes of the text, in text order (memoised). */
  readonly headerWrites: readonly HeaderWrite[];
}

export interface Finding {
  rule: string;
  start: number;
  end: number;
  message: string;
  /** Overrides the rule's default severity for this finding (the user's setting still wins). */
  severity?: RuleSeverity;
  /** Rendered with the "deprecated" tag (strike-through) where the client supports it. */
  deprecated?: boolean;
  /** Built only when a code action asks, from the current text: never from an echoed range. */
  fixes?: () => Fix[];
}

export interface Rule {
  /** Stable id used in settings (`httpStatusLens.rules.<id>`) and in suppression comments. */
  id: string;
  defaultSeverity: RuleSeverity;
  /** Where the rule comes from, quoted in messages: "RFC 9110 §15.6.4". */
  basis: string;
  /** One line for settings and docs. */
  description: string;
  /** It finds only at the document's detections: a document without any is not given to it. */
  readsDetections?: boolean;
  check(context: RuleContext): Finding[];
}

/**
 * What a diagnostic carries in `data`, so a code action can find its finding again: where it starts, in
 * the server's own positions (a client echoes `data` as sent, unlike the range), and how long it is.
 * Nothing in it changes when the text changes on other lines: a big file's diagnostics are pushed again
 * as they are while someone types elsewhere.
 */
export interface DiagnosticData {
  rule: string;
  line: number;
  character: number;
  length: number;
}

/** Marks a placeholder inside OffsetEdit.newText. */
export const placeholderMark = '\u0001';

export function placeholder(value: string): string {
  return `${placeholderMark}${value}${placeholderMark}`;
}
