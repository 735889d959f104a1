// Layer 3 — real editors: runs every test/editors/nvim/*.lua in its own headless Neovim
// (`nvim --headless --clean`) against the built `dist/server.js --stdio`.
// Each test gets fresh XDG folders and a temp workspace, a watchdog inside Neovim and an outer
// timeout here (headless Neovim never exits by itself after a hang).
//
//   node test/editors/run.mjs [name-filter]      (build first: node esbuild.mjs)
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { provision, ProvisionError } from '../../scripts/provision.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const testsDir = path.join(here, 'nvim');
const server = path.join(root, 'dist', 'server.js');
const TEST_TIMEOUT_MS = 90_000;

function runOne(file) {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'hsl-nvim-'));
  const xdg = Object.fromEntries(['CONFIG', 'DATA', 'STATE', 'CACHE'].map((k) => [`XDG_${k}_HOME`, path.join(scratch, k.toLowerCase())]));
  const workspace = path.join(scratch, 'workspace');
  fs.mkdirSync(workspace);
  const env = {
    ...process.env, ...xdg,
    HSL_SERVER: server, HSL_WORKSPACE: workspace, HSL_NODE: process.execPath, HSL_TIMEOUT_MS: '10000',
  };
  const luaPath = path.join(testsDir, 'lib', '?.lua').replace(/'/g, "\\'");
  const args = ['--headless', '--clean', '-n', '-i', 'NONE',
    '--cmd', `lua package.path = '${luaPath};' .. package.path`,
    // A test ends Neovim itself (h.run); the second command only runs when the file never got there.
    '-c', `luafile ${file.replace(/ /g, '\\ ')}`, '-c', 'cquit 4'];
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn('nvim', args, { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let output = '';
    child.stdout.on('data', (d) => { output += d; });
    child.stderr.on('data', (d) => { output += d; });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ }
    }, TEST_TIMEOUT_MS);
    child.on('error', (e) => { output += `cannot start nvim: ${e.message}\n`; });
    child.on('close', (code) => {
      clearTimeout(timer);
      const ok = code === 0 && !timedOut;
      const lspLog = path.join(xdg.XDG_CACHE_HOME, 'nvim', 'lsp.log');
      if (!ok && fs.existsSync(lspLog)) output += `\n--- nvim lsp.log (tail) ---\n${fs.readFileSync(lspLog, 'utf8').split('\n').slice(-30).join('\n')}`;
      if (timedOut) output += `\ntimed out after ${TEST_TIMEOUT_MS / 1000} s\n`;
      fs.rmSync(scratch, { recursive: true, force: true });
      resolve({ file, ok, seconds: (Date.now() - started) / 1000, output: output.trim() });
    });
  });
}

async function main() {
  try {
    provision('editors');
  } catch (error) {
    if (!(error instanceof ProvisionError)) throw error;
    console.error(`editors layer cannot run: ${error.message}`);
    process.exit(1);
  }
  if (!fs.existsSync(server)) {
    console.error(`editors layer: ${path.relative(root, server)} is missing — build first (node esbuild.mjs)`);
    process.exit(1);
  }
  const filter = process.argv[2] || '';
  const files = fs.readdirSync(testsDir).filter((f) => f.endsWith('.lua') && f.includes(filter)).sort().map((f) => path.join(testsDir, f));
  if (files.length === 0) {
    console.error(`editors layer: no test files matching "${filter}" in ${path.relative(root, testsDir)}`);
    process.exit(1);
  }
  const version = await new Promise((resolve) => {
    const c = spawn('nvim', ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    c.stdout.on('data', (d) => { out += d; });
    c.on('close', () => resolve(out.split('\n')[0]));
  });
  console.log(`${version}, ${files.length} test file(s)`);
  // Tests run two at a time: each is a separate Neovim + server pair.
  const results = [];
  const queue = [...files];
  await Promise.all([0, 1].map(async () => {
    while (queue.length > 0) {
      const result = await runOne(queue.shift());
      results.push(result);
      console.log(`${result.ok ? '  ✓' : '  ✗'} ${path.basename(result.file)} (${result.seconds.toFixed(1)} s)`);
      if (result.output) console.log(result.output.replace(/^/gm, '      '));
    }
  }));
  const failed = results.filter((r) => !r.ok);
  console.log(`editors: ${results.length - failed.length} passed, ${failed.length} failed`);
  process.exit(failed.length === 0 ? 0 : 1);
}

await main();
