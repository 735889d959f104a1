// One place that decides how property tests run, so `npm test` is deterministic and `npm run fuzz` explores:
//   npm test             every property replays its own fixed seed and its regression cases
//   npm run fuzz         FUZZ=1: a random seed per property, printed with the command that replays it,
//                        and FUZZ_SCALE (default 50) times more runs
//   FUZZ_ONLY=name       only the property of that name generates cases (the others run their regressions)
//   FUZZ_SEED=n          replays seed n; FUZZ_RUNS=n: exactly n runs per property
//   A failure prints the line that replays it: FUZZ_ONLY=… FUZZ_SEED=… FUZZ_RUNS=… npm run fuzz
// Every counterexample ever found goes into the property's `regressions`, which are always run first.
import * as fc from 'fast-check';

export const fuzzing = process.env.FUZZ === '1';

/** Cases run per property in this process, by property name (the long-fuzz report adds them up). */
export const casesRun = new Map<string, number>();

export interface PropertyRun<Ts extends [unknown, ...unknown[]]> {
  /** The property's name: printed with its seed, and what `--grep` selects to replay it. */
  name: string;
  /** The seed `npm test` replays. */
  seed: number;
  /** Runs in `npm test`. */
  runs: number;
  /** Counterexamples found before (by fuzzing or by users): checked on every run, before any generated case. */
  regressions?: Ts[];
}

function drawSeed(): number {
  return (Date.now() ^ Math.floor(Math.random() * 0x7fffffff)) | 0;
}

/** `fc.assert` parameters for a property, following the environment described above. */
export function propertyParameters<Ts extends [unknown, ...unknown[]]>(run: PropertyRun<Ts>): fc.Parameters<Ts> {
  const only = process.env.FUZZ_ONLY;
  const replay = process.env.FUZZ_SEED !== undefined ? Number(process.env.FUZZ_SEED) : undefined;
  const seed = replay ?? (fuzzing ? drawSeed() : run.seed);
  const scale = Number(process.env.FUZZ_SCALE ?? 50);
  const numRuns = only !== undefined && only !== run.name ? 0
    : process.env.FUZZ_RUNS ? Number(process.env.FUZZ_RUNS) : fuzzing ? Math.ceil(run.runs * scale) : run.runs;
  if (fuzzing && numRuns > 0) {
    process.stdout.write(`      [fuzz] ${run.name}: seed ${seed}, ${numRuns} runs` +
      ` (replay: FUZZ_ONLY=${JSON.stringify(run.name)} FUZZ_SEED=${seed} FUZZ_RUNS=${numRuns} npm run fuzz)\n`);
  }
  casesRun.set(run.name, (casesRun.get(run.name) ?? 0) + numRuns + (run.regressions?.length ?? 0));
  return { seed, numRuns, examples: run.regressions ?? [] };
}

/** Runs a property with `propertyParameters`: the one way a test here asserts a property. */
export function assertProperty<Ts extends [unknown, ...unknown[]]>(
  run: PropertyRun<Ts>, arbitraries: { [K in keyof Ts]: fc.Arbitrary<Ts[K]> }, predicate: (...args: Ts) => boolean | void,
): void {
  fc.assert(fc.property(...arbitraries, predicate), propertyParameters(run));
}

/** The async form, for properties that talk to a server or the file system. */
export async function assertAsyncProperty<Ts extends [unknown, ...unknown[]]>(
  run: PropertyRun<Ts>, arbitraries: { [K in keyof Ts]: fc.Arbitrary<Ts[K]> }, predicate: (...args: Ts) => Promise<boolean | void>,
): Promise<void> {
  await fc.assert(fc.asyncProperty(...arbitraries, predicate), propertyParameters(run));
}
