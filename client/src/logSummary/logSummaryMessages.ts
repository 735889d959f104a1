// The typed messages between the extension host and the log summary webview; imported by both sides.
// No `vscode` import (the webview runs in a browser frame). What arrives from the webview is validated.
import type { ExplainedLogSummary } from '../../../server/src/service/logs/summaryExplanations';

export type { ExplainedLogSummary };

export interface LogSummaryModel {
  /** The file's name (not its full path: the view has no use for it). */
  fileName: string;
  bytes: number;
  /** ms the summary took (read + count). */
  elapsedMs: number;
  summary: ExplainedLogSummary;
}

export type HostToLogSummary =
  | { type: 'summary'; model: LogSummaryModel };

export type LogSummaryToHost =
  | { type: 'ready' }
  /** "Look up" a code in the cheat sheet. */
  | { type: 'lookup'; code: number }
  | { type: 'refresh' };

export function isLogSummaryToHost(value: unknown): value is LogSummaryToHost {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  switch (v.type) {
    case 'ready': case 'refresh': return true;
    case 'lookup': return typeof v.code === 'number' && Number.isInteger(v.code) && v.code >= 100 && v.code <= 599;
    default: return false;
  }
}
