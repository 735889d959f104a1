// Measuring "linear, not quadratic" in a way a loaded 2-core machine cannot break (issue 16):
// - CPU time of this process (`process.cpuUsage`), not wall time: other processes taking the cores
//   slow the wall clock, not the work this process does;
// - small and large inputs measured in turns, several rounds, and the median of each: a GC pause or a
//   moment of cache pressure lands in one round, not in the verdict;
// - sizes 8× apart, so quadratic work shows as a per-unit cost 8× higher and the bound (3×) leaves a
//   wide margin on both sides.

/** CPU time (user + system, this process) that `work` took, in milliseconds. */
export function cpuMs(work: () => void): number {
  const before = process.cpuUsage();
  work();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export interface Growth {
  /** Per-unit cost at the large size over the per-unit cost at the small size (1 = linear, sizeRatio = quadratic). */
  growth: number;
  smallMs: number;
  largeMs: number;
  /** How many measures were taken (more than one when the first read above `maxLinearGrowth`). */
  attempts: number;
}

/**
 * How the cost per unit grows from `small` to `large` (`sizeRatio` times the work): medians of CPU time
 * over `rounds` interleaved runs. `floorMs`: below this, timer resolution rules, so the small run counts
 * as at least this long (a fast small run then cannot fake growth).
 *
 * A measure above `maxLinearGrowth` is taken again, up to `attempts` times, and the lowest kept: noise
 * (another process's cache traffic, a GC in the small runs) only ever inflates the figure, while
 * quadratic work measures high every time — so a retry cannot hide it (test/unit/support/growth.test.ts).
 */
export function perUnitGrowth(small: () => void, large: () => void, sizeRatio: number, rounds = 5, floorMs = 2, attempts = 3): Growth {
  small(); // warm the JIT on both shapes first
  large();
  let best: Growth | undefined;
  let taken = 0;
  while (taken < attempts && !(best && best.growth <= maxLinearGrowth)) {
    taken++;
    const smalls: number[] = [];
    const larges: number[] = [];
    for (let i = 0; i < rounds; i++) {
      smalls.push(cpuMs(small));
      larges.push(cpuMs(large));
    }
    const smallMs = median(smalls);
    const largeMs = median(larges);
    const measured = { growth: largeMs / Math.max(smallMs, floorMs) / sizeRatio, smallMs, largeMs, attempts: 0 };
    if (!best || measured.growth < best.growth) best = measured;
  }
  return { ...best!, attempts: taken };
}

/** Quadratic work grows 8× per unit over an 8× size step; linear work stays near 1. */
export const maxLinearGrowth = 3;
