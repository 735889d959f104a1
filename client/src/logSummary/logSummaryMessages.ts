// The typed messages between the extension host and the log summary webview; imported by both sides.
// No `vscode` import (the webview runs in a browser frame). What arrives from the webview is validated.
import type { ExplainedLogSummary } from '../../../server/src/service/logs/summaryExplanations';
import { isLookupCode, isRecord } from '../webviews/shared/messages';

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
  if (!isRecord(value)) return false;
  switch (value.type) {
    case 'ready': case 'refresh': return true;
    case 'lookup': return isLookupCode(value.code);
    default: return false;
  }
}
