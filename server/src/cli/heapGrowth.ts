// The CLI is a batch job: it reads file after file, keeping little between them (25–35 MB stay live
// through a scan of 10,000 real files). V8's default lets the old generation grow to up to 4× what was
// live after the last full collection, so a one-job scan of that tree peaked near 300 MB. Growing 20%
// past live data peaks near 175 MB for ~4% more time (issue 21, figures 1r and 7d).
import * as v8 from 'v8';

const heapGrowingPercent = 20;
/** Each scan worker's young generation (V8's default is up to 48 MB per thread). */
export const workerYoungGenerationMb = 16;

/** Call once at start-up, before any worker thread starts. */
export function limitHeapGrowth(): void {
  v8.setFlagsFromString(`--heap-growing-percent=${heapGrowingPercent}`);
}
