// Layer 4 — the real VS Code (code-server 4.139.1 = VS Code 1.139.1), in two parts:
//   (a) extension host: the mocha suite test/vscode/suite/*.test.ts, bundled with esbuild, run by
//       @vscode/test-electron's runTests() inside the real node extension host (code-shim.sh stands in
//       for the desktop `code` executable, which cannot be downloaded here);
//   (b) UI: playwright-core in Debian's Chromium against code-server with the extension installed from
//       the packaged .vsix (test/vscode/ui/*.test.ts, harness ui/workbench.ts); webWorker.test.ts starts
//       a second workbench that runs the extension in the browser's web worker extension host.
// Provisions what it needs first (scripts/provision.mjs) and fails with what to install otherwise.
//
//   node test/vscode/run.mjs [host|ui]      (build first: node esbuild.mjs)
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { runTests } from '@vscode/test-electron';
import { cacheDir, provision, ProvisionError } from '../../scripts/provision.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const suiteOut = path.join(cacheDir, 'out', 'suite');
const mocha = path.join(root, 'node_modules', 'mocha', 'bin', 'mocha.js');
const lap = (t0) => `${((Date.now() - t0) / 1000).toFixed(1)} s`;
const vsixBudgetKB = 1536;

/** Bundles suite/index.ts and every suite/*.test.ts to .vscode-test/out/suite/ (vscode, mocha external). */
async function bundleSuite() {
  fs.rmSync(suiteOut, { recursive: true, force: true });
  const suiteDir = path.join(here, 'suite');
  const entries = fs.readdirSync(suiteDir).filter((f) => f === 'index.ts' || f.endsWith('.test.ts'))
    .map((f) => path.join(suiteDir, f));
  await esbuild.build({
    entryPoints: entries, outdir: suiteOut, bundle: true, platform: 'node', format: 'cjs', target: 'node20',
    external: ['vscode', 'mocha'], sourcemap: 'inline', logLevel: 'warning',
  });
}

async function runHostSuite() {
  const t0 = Date.now();
  await bundleSuite();
  const runDir = path.join(cacheDir, 'host', `run-${process.pid}`);
  const workspace = path.join(runDir, 'workspace');
  fs.rmSync(runDir, { recursive: true, force: true });
  fs.cpSync(path.join(here, 'workspace'), workspace, { recursive: true });
  console.log('(a) extension host suite via @vscode/test-electron runTests + code-server');
  try {
    await runTests({
      vscodeExecutablePath: path.join(here, 'code-shim.sh'),
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(suiteOut, 'index.js'),
      launchArgs: [workspace, `--user-data-dir=${path.join(runDir, 'user-data')}`, `--extensions-dir=${path.join(runDir, 'extensions')}`],
    });
    console.log(`(a) passed in ${lap(t0)}`);
    fs.rmSync(runDir, { recursive: true, force: true });
    return true;
  } catch (error) {
    console.error(`(a) FAILED in ${lap(t0)}: ${error.message ?? error} — logs in ${path.relative(root, runDir)}/`);
    return false;
  }
}

async function runUiTests() {
  const t0 = Date.now();
  console.log('\n(b) UI tests: npm run package, then code-server + Chromium with the .vsix installed');
  const pack = spawnSync('npm', ['run', '--silent', 'package'], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  const vsix = path.join(root, 'dist-vsix', 'http-status-lens.vsix');
  if (pack.status !== 0 || !fs.existsSync(vsix)) {
    console.error(`(b) FAILED: npm run package did not produce ${path.relative(root, vsix)}\n${pack.stdout ?? ''}`);
    return false;
  }
  console.log(`packaged ${path.relative(root, vsix)} (${(fs.statSync(vsix).size / 1024).toFixed(0)} KiB) in ${lap(t0)}`);
  // The download budget of bench figure 5d: a .vsix over it fails here already, not only in the bench.
  if (fs.statSync(vsix).size > vsixBudgetKB * 1024) {
    console.error(`(b) FAILED: the .vsix is over its budget of ${vsixBudgetKB} KB`);
    return false;
  }
  const ok = await new Promise((resolve) => {
    const child = spawn(process.execPath, [mocha, '--config', 'test/vscode/ui/.mocharc.json'], {
      cwd: root, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, HSL_VSIX: vsix },
    });
    child.on('close', (code) => resolve(code === 0));
  });
  console.log(`(b) ${ok ? 'passed' : 'FAILED'} in ${lap(t0)}`);
  return ok;
}

async function main() {
  const part = process.argv[2];
  if (part && part !== 'host' && part !== 'ui') {
    console.error('usage: node test/vscode/run.mjs [host|ui]');
    process.exit(2);
  }
  const t0 = Date.now();
  try {
    const { seconds } = provision('vscode');
    console.log(`provisioned code-server + Node 24 + Chromium in ${seconds.toFixed(1)} s`);
  } catch (error) {
    if (!(error instanceof ProvisionError)) throw error;
    console.error(`vscode layer cannot run: ${error.message}`);
    process.exit(1);
  }
  if (!fs.existsSync(path.join(root, 'dist', 'client.js'))) {
    console.error('vscode layer: dist/client.js is missing — build first (node esbuild.mjs)');
    process.exit(1);
  }
  const results = [];
  if (part !== 'ui') results.push(await runHostSuite());
  if (part !== 'host') results.push(await runUiTests());
  const failed = results.filter((ok) => !ok).length;
  console.log(`vscode: ${results.length - failed} of ${results.length} parts passed (${lap(t0)})`);
  process.exit(failed === 0 ? 0 : 1);
}

await main();
