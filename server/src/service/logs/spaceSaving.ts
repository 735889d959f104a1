// Top-k heavy hitters in bounded memory (Metwally et al., "Space-Saving"): at most `capacity` keys are
// kept; a new key evicts the smallest and inherits its count as an over-estimate (`error`). Any key seen
// more than total/capacity times is guaranteed to be kept.

export interface HeavyHitter {
  key: string;
  count: number;
  /** The count may be over-estimated by up to this much (0 when exact). */
  error: number;
}

export class SpaceSaving {
  private readonly counters = new Map<string, { count: number; error: number }>();

  constructor(private readonly capacity: number) {}

  add(key: string, weight = 1): void {
    const counter = this.counters.get(key);
    if (counter) {
      counter.count += weight;
      return;
    }
    if (this.counters.size < this.capacity) {
      this.counters.set(detach(key), { count: weight, error: 0 });
      return;
    }
    let minKey = '';
    let min = Infinity;
    for (const [k, c] of this.counters) {
      if (c.count < min) {
        min = c.count;
        minKey = k;
      }
    }
    this.counters.delete(minKey);
    this.counters.set(detach(key), { count: min + weight, error: min });
  }

  /** The `k` largest, by count (ties by key, so the output is stable). */
  top(k: number): HeavyHitter[] {
    return [...this.counters]
      .map(([key, c]) => ({ key, count: c.count, error: c.error }))
      .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
      .slice(0, k);
  }

  get size(): number {
    return this.counters.size;
  }
}

/**
 * A copy of `text` that does not keep its parent alive: a key sliced out of a 1 MB chunk of a log would
 * otherwise pin the whole chunk in memory for as long as the key is kept.
 */
function detach(text: string): string {
  return (' ' + text).slice(1);
}
