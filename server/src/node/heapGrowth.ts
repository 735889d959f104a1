// How far V8 lets the old generation grow past what was live after the last full collection. Its
// default lets it reach up to 4x live before collecting again, and that slack is most of our memory:
// - The CLI is a batch job: it reads file after file, keeping little between them (25–35 MB stay live
//   through a scan of 10,000 real files); a one-job scan of that tree peaked near 300 MB, and peaks
//   near 175 MB growing 20% past live data, for ~4% more time (issue 21, figures 1r and 7d).
// - The language server keeps each open document's analysis (~30 MB live for 100 documents of 100 KB
//   after a full collection) but allocates far more while analysing them: 166 MB RSS at default
//   growth, 138 MB at 20% (bench figure 6). The price: while someone types in a 1 MB file, each
//   keystroke's new document string fills the slack sooner, and the collector takes ~0.75 ms of the
//   ~7 ms a keystroke costs instead of ~0.3 ms (profiled); figure 3 stays within its noise. 35% gives
//   141 MB and the same collector time; 50% gives 150 MB.
// The flag is read at each collection, so setting it at start-up takes effect (unlike the young
// generation's size, fixed when the heap is made: workers get theirs through `resourceLimits`).
import * as v8 from 'v8';

const heapGrowingPercent = 20;
/** Each scan worker's young generation (V8's default is up to 48 MB per thread). */
export const workerYoungGenerationMb = 16;

/** Call once at start-up, before any worker thread starts (workers read the flags when they start). */
export function limitHeapGrowth(): void {
  v8.setFlagsFromString(`--heap-growing-percent=${heapGrowingPercent}`);
}
