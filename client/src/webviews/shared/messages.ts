// The typed messages between the extension host and our webviews. Imported by both sides, so the two
// cannot drift; no `vscode` import here (webview code runs in a browser frame).
import type { Dataset, SpecLink } from '../../../../server/src/service/dataset';

export type { Dataset };

// ---- Cheat sheet (webview view) ----

export type HostToCheatSheet =
  | { type: 'dataset'; dataset: Dataset }
  | { type: 'datasetError'; message: string }
  /** Open this code's card (from "Look Up Status Code" or a comparison). */
  | { type: 'showCode'; code: number }
  /** Give the view the keyboard focus (search box, open card or quiz tab, as the user left it). */
  | { type: 'focus' };

export type CheatSheetToHost =
  | { type: 'ready' }
  | { type: 'insert'; code: number }
  | { type: 'copy'; text: string }
  | { type: 'openExternal'; url: string }
  /** One code: "compare with…" (the host asks for the others); two or more: compare these. */
  | { type: 'compare'; codes: number[] };

// ---- Comparison (webview panel) ----

export interface ComparedCode {
  code: number;
  name: string;
  /** "Server Error", or the vendor's name for a code without a standard meaning. */
  className: string;
  source: string;
  summary: string;
  description: string;
  whenToUse: string[];
  commonCauses: string[];
  headers: string[];
  cacheable: boolean;
  bodyAllowed: boolean;
  spec?: SpecLink;
  mdn?: string;
}

export interface CuratedComparison {
  title: string;
  /** The codes the curated comparison covers (may be more than were asked for). */
  codes: number[];
  /** True when it covers exactly the codes asked for. */
  exact: boolean;
  keyInsight: string;
  decisionGuide: { code: number; name: string; useWhen: string }[];
}

/** One step of a compared flow, with its actor's name resolved. */
export interface ComparedFlowStep {
  actor: string;
  actorName: string;
  does: string;
  fails: boolean;
  producesStatus: boolean;
}

/** The compared codes' flows lined up by actor (server/src/service/requestFlow.ts alignFlows). */
export interface ComparedFlows {
  rows: { label: string; differs: boolean; cells: (ComparedFlowStep | null)[] }[];
  /** Each code's flow on one line, in the order of ComparisonModel.codes (null: no flow recorded). */
  lines: (string | null)[];
  /** Each code's flow in sentences: the text alternative of the drawing. */
  sentences: string[][];
  /** Where the flows differ, in one sentence. */
  differences: string;
}

export interface ComparisonModel {
  codes: ComparedCode[];
  /** Absent when fewer than two codes have a flow. */
  flows?: ComparedFlows;
  /** Codes asked for that the dataset does not know. */
  unknown: number[];
  curated?: CuratedComparison;
}

export type HostToCompare =
  | { type: 'comparison'; model: ComparisonModel };

export type CompareToHost =
  | { type: 'ready' }
  | { type: 'openExternal'; url: string }
  | { type: 'showCode'; code: number };

/** What the comparison panel keeps across a window reload (VS Code hands it back to the serializer). */
export interface CompareState {
  codes: number[];
}

// ---- Validation of what arrives from a webview (never trust the shape) ----

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** A code the cheat sheet can look up: an integer from 100 to 599. */
export function isLookupCode(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 100 && value <= 599;
}

function isStatusNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 999;
}

export function isCheatSheetToHost(value: unknown): value is CheatSheetToHost {
  if (!isRecord(value)) return false;
  switch (value.type) {
    case 'ready': return true;
    case 'insert': return isStatusNumber(value.code);
    case 'copy': return typeof value.text === 'string' && value.text.length <= 10_000;
    case 'openExternal': return typeof value.url === 'string';
    case 'compare': return Array.isArray(value.codes) && value.codes.length <= 20 && value.codes.every(isStatusNumber);
    default: return false;
  }
}

export function isCompareToHost(value: unknown): value is CompareToHost {
  if (!isRecord(value)) return false;
  switch (value.type) {
    case 'ready': return true;
    case 'openExternal': return typeof value.url === 'string';
    case 'showCode': return isStatusNumber(value.code);
    default: return false;
  }
}
