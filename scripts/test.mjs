// `npm test`: build, typecheck, lint, then the test pyramid layer by layer:
//   unit → lsp → editors (headless Neovim) → vscode (real VS Code workbench via code-server)
// Every layer runs; the summary says which passed. Exit code 0 only when everything passed.
//
//   node scripts/test.mjs                 everything
//   node scripts/test.mjs vscode [lsp…]   only the named layers (after the build)
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const node = process.execPath;
const mocha = path.join(root, 'node_modules', 'mocha', 'bin', 'mocha.js');
const minutes = 60_000;

/** Each layer is one command; a layer's own script provisions what it needs (and says what is missing). */
const layers = {
  unit: { args: [mocha, '--config', 'test/unit/.mocharc.json'], timeout: 5 * minutes },
  lsp: { args: [mocha, '--config', 'test/lsp/.mocharc.json'], timeout: 5 * minutes },
  editors: { args: ['test/editors/run.mjs'], timeout: 8 * minutes },
  vscode: { args: ['test/vscode/run.mjs'], timeout: 12 * minutes },
};

const checks = {
  typecheck: { command: 'npm', args: ['run', '--silent', 'typecheck'], timeout: 5 * minutes },
  lint: { command: 'npm', args: ['run', '--silent', 'lint'], timeout: 5 * minutes },
};

function header(title) {
  const line = '═'.repeat(72);
  process.stdout.write(`\n${line}\n  ${title}\n${line}\n`);
}

/**
 * Runs a step in its own process group so a timeout can end its whole tree (editors, servers, browsers).
 * `log`: write its output there instead of to the terminal (a step running beside others).
 */
function runStep(name, { command = node, args, timeout, log }) {
  const started = Date.now();
  return new Promise((resolve) => {
    const out = log ? fs.openSync(log, 'w') : 'inherit';
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', out, out], detached: true });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      process.stderr.write(`\n${name}: still running after ${timeout / minutes} min — stopping it\n`);
      try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ }
    }, timeout);
    const onInterrupt = () => { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ } process.exit(130); };
    process.once('SIGINT', onInterrupt);
    child.on('error', (error) => process.stderr.write(`${name}: cannot start: ${error.message}\n`));
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      process.removeListener('SIGINT', onInterrupt);
      const seconds = (Date.now() - started) / 1000;
      const ok = code === 0 && !timedOut;
      resolve({ name, ok, seconds, detail: timedOut ? 'timed out' : ok ? '' : `exit ${code ?? signal}` });
    });
  });
}

async function main() {
  const requested = process.argv.slice(2);
  const unknown = requested.filter((l) => !(l in layers));
  if (unknown.length > 0) {
    process.stderr.write(`unknown layer(s): ${unknown.join(', ')} — choose from: ${Object.keys(layers).join(', ')}\n`);
    process.exit(2);
  }
  const selected = requested.length > 0 ? Object.keys(layers).filter((l) => requested.includes(l)) : Object.keys(layers);
  const t0 = Date.now();

  header('build (node esbuild.mjs)');
  const build = await runStep('build', { args: ['esbuild.mjs'], timeout: 5 * minutes });
  if (!build.ok) {
    process.stderr.write('\nbuild failed — no layer can run against a broken build\n');
    process.exit(1);
  }

  // The real-code corpus (issue 14) is fetched from the npm registry and Debian while the checks run: it is
  // network-bound, they are not. The unit layer scores detection on it.
  const corpusLog = path.join(root, '.cache', 'real-corpus-fetch.log');
  fs.mkdirSync(path.dirname(corpusLog), { recursive: true });
  const corpus = selected.includes('unit')
    ? runStep('real corpus', { args: ['scripts/realCorpus.mjs', 'fetch'], timeout: 10 * minutes, log: corpusLog })
    : Promise.resolve(undefined);

  const results = [];
  if (requested.length === 0) {
    for (const [name, step] of Object.entries(checks)) {
      header(name);
      results.push({ ...(await runStep(name, step)), kind: 'check' });
    }
  }
  const fetched = await corpus;
  if (fetched) {
    header('provision: real-code corpus (scripts/realCorpus.mjs fetch)');
    process.stdout.write(fs.readFileSync(corpusLog, 'utf8'));
    results.push({ ...fetched, kind: 'setup' });
  }
  // Provisioning (cached in .vscode-test/) is its own step with its own time limit, so a cold first run
  // does not eat into the layers' limits; a layer whose tools could not be provisioned fails, loudly.
  const needs = selected.filter((l) => l === 'editors' || l === 'vscode');
  let provisioned = { ok: true };
  if (needs.length > 0) {
    header(`provision: ${needs.join(', ')} (scripts/provision.mjs)`);
    provisioned = await runStep('provision', { args: ['scripts/provision.mjs', needs.length === 2 ? 'all' : needs[0]], timeout: 20 * minutes });
    results.push({ ...provisioned, kind: 'setup' });
  }
  for (const name of selected) {
    header(`layer: ${name}`);
    if (!provisioned.ok && needs.includes(name)) {
      process.stderr.write(`layer ${name} FAILED: provisioning failed (see above for what to install)\n`);
      results.push({ name, ok: false, seconds: 0, detail: 'not provisioned', kind: 'layer' });
      continue;
    }
    results.push({ ...(await runStep(name, layers[name])), kind: 'layer' });
  }

  header('summary');
  for (const r of results) {
    process.stdout.write(`  ${r.ok ? 'PASS' : 'FAIL'}  ${r.kind.padEnd(6)} ${r.name.padEnd(10)} ${r.seconds.toFixed(1).padStart(6)} s${r.detail ? `  (${r.detail})` : ''}\n`);
  }
  const layerResults = results.filter((r) => r.kind === 'layer');
  const failedChecks = results.filter((r) => r.kind !== 'layer' && !r.ok);
  const passed = layerResults.filter((r) => r.ok).length;
  const failed = layerResults.length - passed;
  if (failedChecks.length > 0) process.stdout.write(`failed before the layers: ${failedChecks.map((r) => r.name).join(', ')}\n`);
  process.stdout.write(`layers: ${passed} passed, ${failed} failed (${((Date.now() - t0) / 1000).toFixed(1)} s in all)\n`);
  process.exit(failed === 0 && failedChecks.length === 0 ? 0 : 1);
}

await main();
