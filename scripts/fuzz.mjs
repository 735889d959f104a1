// `npm run fuzz [-- mocha options]`: every property test with a random seed per property (printed with
// the command that replays it) and FUZZ_SCALE (default 50) times the runs of `npm test`.
//   npm run fuzz                                   all properties, random seeds
//   FUZZ_ONLY="rule: location-missing" npm run fuzz           one property
//   FUZZ_ONLY="…" FUZZ_SEED=123 FUZZ_RUNS=800 npm run fuzz     replay a failure exactly (printed with it)
//   FUZZ_SCALE=2000 npm run fuzz                   a long run (the figures in the closing note of issue 16)
// A counterexample found here goes into the property's regressions (see test/support/property.ts).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Test files that assert a property: the ones importing test/support/property. */
function propertyTests(dir) {
  const found = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...propertyTests(full));
    else if (entry.name.endsWith('.test.ts') && /support\/property'/.test(fs.readFileSync(full, 'utf8'))) found.push(full);
  }
  return found;
}

const files = propertyTests(path.join(root, 'test', 'unit')).sort().map((f) => path.relative(root, f));
const mocha = path.join(root, 'node_modules', 'mocha', 'bin', 'mocha.js');
const result = spawnSync(process.execPath, [
  mocha, '--require', 'tsx/cjs', '--require', 'test/support/fuzzReport.ts', '--timeout', '0', '--reporter', 'spec', ...files, ...process.argv.slice(2),
], { cwd: root, stdio: 'inherit', env: { ...process.env, FUZZ: '1' } });
process.exit(result.status ?? 1);
