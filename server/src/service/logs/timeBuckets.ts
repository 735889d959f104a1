// Counts per status class over time in at most `maxBuckets` buckets: the bucket width starts at one
// second and widens along a ladder of round widths whenever the covered range would need more buckets,
// so memory stays bounded whatever the log's time span.

const second = 1000;
const minute = 60 * second;
const hour = 60 * minute;
const day = 24 * hour;
const ladder = [
  second, 5 * second, 15 * second, 30 * second, minute, 5 * minute, 15 * minute, 30 * minute, hour, 3 * hour,
  6 * hour, 12 * hour, day, 7 * day, 30 * day, 365 * day,
];

export interface TimeBucket {
  /** Start of the bucket, ms since the epoch. */
  start: number;
  /** Requests per class: [1xx, 2xx, 3xx, 4xx, 5xx]. */
  classes: [number, number, number, number, number];
}

export interface Timeline {
  bucketMs: number;
  first: number;
  last: number;
  buckets: TimeBucket[];
}

export class TimeBuckets {
  private width = ladder[0];
  private readonly buckets = new Map<number, TimeBucket['classes']>();
  private minIndex = Infinity;
  private maxIndex = -Infinity;
  private first = Infinity;
  private last = -Infinity;

  constructor(private readonly maxBuckets = 120) {}

  /** `klass` is 1..5. */
  add(time: number, klass: number): void {
    if (!Number.isFinite(time) || klass < 1 || klass > 5) return;
    if (time < this.first) this.first = time;
    if (time > this.last) this.last = time;
    let index = Math.floor(time / this.width);
    if (index < this.minIndex || index > this.maxIndex) {
      const lo = Math.min(index, this.minIndex);
      const hi = Math.max(index, this.maxIndex);
      if (hi - lo + 1 > this.maxBuckets) {
        this.widen();
        index = Math.floor(time / this.width);
      }
      this.minIndex = Math.min(this.minIndex, index);
      this.maxIndex = Math.max(this.maxIndex, index);
    }
    let counts = this.buckets.get(index);
    if (!counts) {
      counts = [0, 0, 0, 0, 0];
      this.buckets.set(index, counts);
    }
    counts[klass - 1]++;
  }

  private widen(): void {
    const span = this.last - this.first;
    let next = ladder.find((w) => w > this.width && Math.floor(this.last / w) - Math.floor(this.first / w) + 1 <= this.maxBuckets);
    if (next === undefined) next = Math.max(ladder[ladder.length - 1], Math.ceil(span / (this.maxBuckets - 2)));
    const oldWidth = this.width;
    const old = [...this.buckets];
    this.buckets.clear();
    this.width = next;
    this.minIndex = Infinity;
    this.maxIndex = -Infinity;
    for (const [oldIndex, counts] of old) {
      const index = Math.floor((oldIndex * oldWidth) / next);
      this.minIndex = Math.min(this.minIndex, index);
      this.maxIndex = Math.max(this.maxIndex, index);
      const target = this.buckets.get(index);
      if (target) for (let k = 0; k < 5; k++) target[k] += counts[k];
      else this.buckets.set(index, counts);
    }
  }

  timeline(): Timeline | undefined {
    if (this.buckets.size === 0) return undefined;
    const buckets: TimeBucket[] = [];
    for (let i = this.minIndex; i <= this.maxIndex; i++) {
      buckets.push({ start: i * this.width, classes: this.buckets.get(i) ?? [0, 0, 0, 0, 0] });
    }
    return { bucketMs: this.width, first: this.first, last: this.last, buckets };
  }
}
