// What every benchmark shares: timing, statistics, and the figure each one reports.
import * as fs from 'fs';

export interface Figure {
  id: string;
  name: string;
  /** The measured value in `unit` (a ratio for the relative figures). */
  value: number | null;
  unit: string;
  /** e.g. "≤ 1.3×", "≤ 300 KB". */
  target: string;
  pass: boolean;
  /** The raw measurements behind the value, for the JSON and the README. */
  detail?: Record<string, unknown>;
  /** Why a figure could not be measured. */
  note?: string;
}

export function now(): number {
  return performance.now();
}

export function median(samples: number[]): number {
  return percentile(samples, 50);
}

/** Nearest-rank percentile. */
export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(sorted.length, rank) - 1];
}

export function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** A figure that could not be measured counts as missed: the bench never claims what it did not see. */
export function unmeasured(id: string, name: string, target: string, note: string): Figure {
  return { id, name, value: null, unit: '', target, pass: false, note };
}

export function ratioFigure(id: string, name: string, ratio: number, limit: number, detail: Record<string, unknown>): Figure {
  return { id, name, value: round(ratio), unit: '×', target: `≤ ${limit}×`, pass: ratio <= limit, detail };
}

/** Waits until `condition()` holds, polling on the event loop; throws after `timeoutMs`. */
export async function waitFor(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
}

/** Resident set size of a process, in MB (Linux). */
export function rssMB(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1] ?? NaN);
  return kb / 1024;
}

export function kb(bytes: number): number {
  return round(bytes / 1024, 1);
}
