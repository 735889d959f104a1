// `npm run bench`: every figure of issues 8 and 21 as a ratio against a baseline measured in the same run.
// Prints one line per figure (value, target, pass/fail), writes bench/results.json, exits 1 on a miss.
//   npm run bench -- --only=1,5     run some figures only
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { analysisThroughput } from './analysisBench';
import { buildProduct } from './build';
import { cliScan } from './cliBench';
import { hoverLatency, memory, startUp, typingLatency } from './lspBench';
import { workspaceIndex } from './indexBench';
import { Figure, unmeasured } from './measure';
import { realTreeScan } from './realTreeBench';
import { sizes } from './sizeBench';

function line(f: Figure): string {
  const value = f.value === null ? 'n/a' : `${f.value}${f.unit === '×' ? '×' : ` ${f.unit}`}`;
  const verdict = f.pass ? 'pass' : 'FAIL';
  const note = f.note ? `  (${f.note})` : '';
  return `${verdict}  ${f.id.padEnd(3)} ${f.name.padEnd(72)} ${value.padStart(12)}  target ${f.target}${note}`;
}

async function main(): Promise<number> {
  const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7).split(',');
  const wanted = (id: string) => !only || only.includes(id);
  const product = await buildProduct();
  const figures: Figure[] = [];
  const measure = async (id: string, name: string, target: string, work: () => Figure | Figure[] | Promise<Figure | Figure[]>) => {
    if (!wanted(id)) return;
    try {
      const result = await work();
      for (const f of Array.isArray(result) ? result : [result]) { figures.push(f); console.log(line(f)); }
    } catch (error) {
      const f = unmeasured(id, name, target, (error as Error).message);
      figures.push(f);
      console.log(line(f));
    }
  };
  console.log(`HTTP Status Lens bench — node ${process.version}, ${os.cpus().length} cores, ${os.cpus()[0]?.model ?? ''}`);
  await measure('1', 'analysis throughput', 'information', analysisThroughput);
  await measure('2', 'hover latency', '≤ 1.3×', () => hoverLatency(product.serverJs, product.baselineServerJs));
  await measure('3', 'typing', '≤ 1.3×', () => typingLatency(product.serverJs, product.baselineServerJs));
  await measure('4', 'start-up', '≤ 1.5×', () => startUp(product.serverJs, product.baselineServerJs));
  await measure('5', 'sizes', '', () => sizes(product));
  await measure('6', 'memory', '≤ 150 MB', () => memory(product.serverJs));
  await measure('7', 'CLI scan', '≥ 3×', () => cliScan(product.cliJs));
  await measure('1r', 'scan on real code', '≤ 8×', () => realTreeScan(product.cliJs));
  await measure('8', 'workspace index', '≤ 1.5× / ≤ 50 MB', () => workspaceIndex(product.serverJs));
  const results = {
    date: new Date().toISOString(), node: process.version, cores: os.cpus().length, figures,
    passed: figures.every((f) => f.pass),
  };
  fs.writeFileSync(path.join(__dirname, 'results.json'), JSON.stringify(results, null, 2) + '\n');
  const missed = figures.filter((f) => !f.pass);
  console.log(missed.length ? `\n${missed.length} of ${figures.length} figures missed their target.` : `\nAll ${figures.length} figures met their targets.`);
  return missed.length ? 1 : 0;
}

main().then((code) => { process.exitCode = code; }, (error) => {
  console.error(error);
  process.exitCode = 2;
});
