// Loaded by `npm run fuzz` (mocha --require): after every property has run, prints the cases run per
// property and in all — the figures of a long fuzz.
import { casesRun } from './property';

export const mochaHooks = {
  afterAll(): void {
    if (casesRun.size === 0) return;
    const rows = [...casesRun].sort((a, b) => a[0].localeCompare(b[0]));
    const total = rows.reduce((sum, [, n]) => sum + n, 0);
    const width = Math.max(...rows.map(([name]) => name.length));
    process.stdout.write(`\n  fuzz cases run:\n${rows.map(([name, n]) => `    ${name.padEnd(width)}  ${n.toLocaleString('en-US').padStart(11)}`).join('\n')}\n`);
    process.stdout.write(`    ${'total'.padEnd(width)}  ${total.toLocaleString('en-US').padStart(11)}\n`);
  },
};
