// `npm start`: build the extension and open the demo workspace (demo/) with it.
//   - desktop VS Code (`code` on PATH): `code --extensionDevelopmentPath=<repo> demo`, then esbuild in
//     watch mode (reload the window to pick up changes);
//   - otherwise code-server (the real VS Code workbench, provisioned into .vscode-test/) in the browser,
//     with the packaged .vsix installed; prints the URL.
// Runs until Ctrl-C. Options: --browser (force code-server), HSL_PORT=NNNN (default 3600, or a free port).
import { execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { cacheDir, codeServerBin, node24Env, provision, ProvisionError, root } from './provision.mjs';

const demo = path.join(root, 'demo');

function onPath(command) {
  return (process.env.PATH || '').split(path.delimiter).some((dir) => {
    try { fs.accessSync(path.join(dir, command), fs.constants.X_OK); return true; } catch { return false; }
  });
}

function run(command, args) {
  execFileSync(command, args, { cwd: root, stdio: 'inherit' });
}

function portIsFree(port) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

async function choosePort() {
  const wanted = Number(process.env.HSL_PORT || 3600);
  if (await portIsFree(wanted)) return wanted;
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Every descendant of pid, then pid: frozen first so nothing respawns, then killed. */
function killTree(pid) {
  const tree = (p) => {
    let out = '';
    try { out = execFileSync('ps', ['-o', 'pid=', '--ppid', String(p)], { encoding: 'utf8' }); } catch { /* none */ }
    return [...out.split('\n').map(Number).filter((n) => n > 0).flatMap(tree), p];
  };
  const send = (pids, signal) => pids.forEach((p) => { try { process.kill(p, signal); } catch { /* gone */ } });
  const first = tree(pid);
  send(first, 'SIGSTOP');
  const all = [...new Set([...first, ...tree(pid)])];
  send(all, 'SIGSTOP');
  send(all, 'SIGKILL');
}

function desktop() {
  console.log('Opening desktop VS Code with the extension under development on demo/ …');
  spawn('code', [`--extensionDevelopmentPath=${root}`, '--new-window', demo], { stdio: 'inherit' });
  console.log('Rebuilding on change (reload the VS Code window to pick changes up). Ctrl-C to stop.');
  const watch = spawn(process.execPath, ['esbuild.mjs', '--watch'], { cwd: root, stdio: 'inherit' });
  process.on('SIGINT', () => { watch.kill('SIGTERM'); process.exit(0); });
}

async function browser() {
  try {
    provision('code-server');
  } catch (error) {
    if (!(error instanceof ProvisionError)) throw error;
    console.error(`npm start needs code-server here (no desktop \`code\` on PATH): ${error.message}`);
    process.exit(1);
  }
  console.log('Packaging the extension (npm run package) …');
  run('npm', ['run', '--silent', 'package']);
  const vsix = path.join(root, 'dist-vsix', 'http-status-lens.vsix');
  const home = path.join(cacheDir, 'start');
  const userDataDir = path.join(home, 'user-data');
  const extensionsDir = path.join(home, 'extensions');
  for (const dir of [path.join(userDataDir, 'User'), extensionsDir, path.join(home, 'xdg-config'), path.join(home, 'xdg-data'), path.join(home, 'xdg-cache')]) {
    fs.mkdirSync(dir, { recursive: true });
  }
  const settingsFile = path.join(userDataDir, 'User', 'settings.json');
  if (!fs.existsSync(settingsFile)) {
    fs.writeFileSync(settingsFile, JSON.stringify({
      'chat.disableAIFeatures': true, 'telemetry.telemetryLevel': 'off', 'extensions.autoUpdate': false,
      'extensions.autoCheckUpdates': false, 'workbench.startupEditor': 'none',
      'git.openRepositoryInParentFolders': 'never', 'editor.hover.delay': 300,
    }, null, 2));
  }
  const config = path.join(home, 'config.yaml');
  fs.writeFileSync(config, 'auth: none\n');
  const env = {
    ...node24Env(),
    XDG_CONFIG_HOME: path.join(home, 'xdg-config'), XDG_DATA_HOME: path.join(home, 'xdg-data'), XDG_CACHE_HOME: path.join(home, 'xdg-cache'),
  };
  const profile = ['--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, '--config', config];
  execFileSync(codeServerBin(), [...profile, '--install-extension', vsix, '--force'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  const port = await choosePort();
  const server = spawn(codeServerBin(), [
    '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check',
    '--disable-workspace-trust', ...profile,
  ], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  const stop = () => { if (server.pid) killTree(server.pid); };
  process.on('SIGINT', () => { stop(); process.exit(0); });
  process.on('SIGTERM', () => { stop(); process.exit(0); });
  server.on('exit', (code) => { console.error(`code-server exited (${code})`); process.exit(1); });

  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    const ok = await fetch(`${origin}/healthz`).then((r) => r.ok, () => false);
    if (ok) break;
    if (Date.now() > deadline) { console.error('code-server did not answer /healthz within 60 s'); stop(); process.exit(1); }
    await new Promise((r) => setTimeout(r, 200));
  }
  const url = `${origin}/?folder=${encodeURIComponent(demo)}`;
  console.log(`\nHTTP Status Lens demo is running in VS Code (code-server) at:\n\n    ${url}\n\nOpen it in your browser. Ctrl-C to stop.`);
}

console.log('Building (node esbuild.mjs) …');
run(process.execPath, ['esbuild.mjs']);
if (onPath('code') && !process.argv.includes('--browser')) desktop();
else await browser();
