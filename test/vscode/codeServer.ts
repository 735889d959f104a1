// Starting and stopping the real VS Code workbench (code-server) and Debian's Chromium for tests.
// Shared by the UI harness (ui/workbench.ts), the runTests stand-in (codeShim.ts) and scripts/start.mjs's
// browser route follows the same recipe. Tools come from scripts/provision.mjs (cached in .vscode-test/).
import { ChildProcess, execFileSync, spawn } from 'child_process';
import * as fs from 'fs';
import * as net from 'net';
import * as path from 'path';
import { BrowserContext, chromium } from 'playwright-core';

export const root = path.resolve(__dirname, '..', '..');
export const cacheDir = path.join(root, '.vscode-test');

export interface Tools {
  codeServer: string;
  chromium: string;
  /** PATH with Node 24 first, npm_config_nodedir, … */
  env: NodeJS.ProcessEnv;
}

let tools: Promise<Tools> | undefined;

/** Provisions (idempotent, cached) and returns the tools; throws with what to install otherwise. */
export function provisionedTools(): Promise<Tools> {
  tools ??= (async () => {
    // A plain absolute path: works both as import() and as require(esm) after transpiling.
    const provisionModule = await import(path.join(root, 'scripts', 'provision.mjs'));
    return provisionModule.provision('vscode') as Tools;
  })();
  return tools;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Polls `check` until it returns a value (not undefined/false), or throws after `timeoutMs`. */
export async function waitFor<T>(what: string, check: () => Promise<T | undefined | false> | T | undefined | false, timeoutMs = 30_000, everyMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined && value !== false) return value as T;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${lastError ? ` (last error: ${lastError})` : ''}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** Every descendant of pid (depth first), read from /proc via ps. */
function descendants(pid: number): number[] {
  let out = '';
  try { out = execFileSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' }); } catch { /* none */ }
  const children = out.split('\n').map((s) => Number(s.trim())).filter((n) => n > 0);
  return children.flatMap((c) => [...descendants(c), c]);
}

/**
 * Ends a process tree by PID: freeze everything (so nothing respawns), re-collect what was spawned
 * meanwhile, then SIGKILL — code-server otherwise keeps extension hosts and servers alive.
 */
export function killTree(pid: number): void {
  const signal = (pids: number[], sig: NodeJS.Signals) => pids.forEach((p) => { try { process.kill(p, sig); } catch { /* gone */ } });
  let pids = [...descendants(pid), pid];
  signal(pids, 'SIGSTOP');
  pids = [...new Set([...pids, ...descendants(pid)])];
  signal(pids, 'SIGSTOP');
  signal(pids, 'SIGKILL');
}

export interface ProfileDirs {
  userDataDir: string;
  extensionsDir: string;
}

export const defaultSettings = {
  'chat.disableAIFeatures': true,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'editor.hover.delay': 200,
  'security.workspace.trust.enabled': false,
  'update.mode': 'none',
  'files.hotExit': 'off',
  // Test workspaces live inside this repository's .vscode-test/: no "open the parent repository?" toast.
  'git.openRepositoryInParentFolders': 'never',
  'git.autoRepositoryDetection': false,
  'workbench.enableExperiments': false,
};

/** Creates the user-data/extensions folders and writes user settings (merged over the defaults). */
export function prepareProfile(dirs: ProfileDirs, settings: Record<string, unknown> = {}): void {
  fs.mkdirSync(path.join(dirs.userDataDir, 'User'), { recursive: true });
  fs.mkdirSync(dirs.extensionsDir, { recursive: true });
  const file = path.join(dirs.userDataDir, 'User', 'settings.json');
  const existing = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8') || '{}') : {};
  fs.writeFileSync(file, JSON.stringify({ ...defaultSettings, ...existing, ...settings }, null, 2));
}

/** XDG folders + an empty config file inside `home`, so nothing lands in the real home folder. */
function isolatedEnv(t: Tools, home: string): NodeJS.ProcessEnv {
  for (const d of ['config', 'data', 'cache']) fs.mkdirSync(path.join(home, d), { recursive: true });
  return {
    ...t.env,
    XDG_CONFIG_HOME: path.join(home, 'config'), XDG_DATA_HOME: path.join(home, 'data'), XDG_CACHE_HOME: path.join(home, 'cache'),
  };
}

/** `code-server --install-extension <vsix>` into the given profile. */
export async function installExtension(vsix: string, dirs: ProfileDirs, home: string): Promise<void> {
  const t = await provisionedTools();
  const config = path.join(home, 'config.yaml');
  if (!fs.existsSync(config)) fs.writeFileSync(config, 'auth: none\n');
  execFileSync(t.codeServer, ['--config', config, '--user-data-dir', dirs.userDataDir, '--extensions-dir', dirs.extensionsDir,
    '--install-extension', vsix, '--force'], { env: isolatedEnv(t, home), stdio: 'pipe', timeout: 120_000 });
}

export interface CodeServer {
  port: number;
  /** http://127.0.0.1:PORT */
  origin: string;
  process: ChildProcess;
  logFile: string;
  /** `/?folder=…` (plus any extra query) for a workspace folder. */
  folderUrl(folder: string, query?: Record<string, string>): string;
  stop(): void;
}

export interface StartOptions extends ProfileDirs {
  /** A scratch folder for code-server's config, logs and XDG dirs. */
  home: string;
  port?: number;
  extraArgs?: string[];
  env?: NodeJS.ProcessEnv;
}

/** Starts code-server on 127.0.0.1 (free port unless given) and waits until /healthz answers. */
export async function startCodeServer(options: StartOptions): Promise<CodeServer> {
  const t = await provisionedTools();
  const port = options.port ?? await freePort();
  fs.mkdirSync(options.home, { recursive: true });
  const config = path.join(options.home, 'config.yaml');
  if (!fs.existsSync(config)) fs.writeFileSync(config, 'auth: none\n');
  const logFile = path.join(options.home, 'code-server.log');
  const log = fs.openSync(logFile, 'a');
  const child = spawn(t.codeServer, [
    '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check',
    '--disable-workspace-trust', '--disable-getting-started-override', '--reconnection-grace-time', '5',
    '--user-data-dir', options.userDataDir, '--extensions-dir', options.extensionsDir, '--config', config,
    ...(options.extraArgs ?? []),
  ], { env: { ...isolatedEnv(t, options.home), ...options.env }, stdio: ['ignore', log, log] });
  fs.closeSync(log);
  const origin = `http://127.0.0.1:${port}`;
  let exited = false;
  child.once('exit', () => { exited = true; });
  const server: CodeServer = {
    port, origin, process: child, logFile,
    folderUrl: (folder, query = {}) => `${origin}/?${new URLSearchParams({ folder, ...query }).toString()}`,
    stop: () => { if (child.pid && !exited) killTree(child.pid); },
  };
  try {
    await waitFor('code-server /healthz', async () => {
      if (exited) throw new Error(`code-server exited; log: ${fs.readFileSync(logFile, 'utf8').slice(-2000)}`);
      const res = await fetch(`${origin}/healthz`).catch(() => undefined);
      return res?.ok ? true : undefined;
    }, 30_000);
  } catch (error) {
    server.stop();
    throw error;
  }
  return server;
}

/** Debian's Chromium, headless, in a throwaway profile (Playwright refuses --user-data-dir in args). */
export async function launchChromium(profileDir: string): Promise<BrowserContext> {
  const t = await provisionedTools();
  return chromium.launchPersistentContext(profileDir, {
    executablePath: t.chromium,
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Packages the extension once per process (`npm run package`) unless HSL_VSIX names a built one. */
let vsix: string | undefined;
export function packagedVsix(): string {
  if (process.env.HSL_VSIX && fs.existsSync(process.env.HSL_VSIX)) return process.env.HSL_VSIX;
  if (!vsix) {
    execFileSync('npm', ['run', '--silent', 'package'], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
    vsix = path.join(root, 'dist-vsix', 'http-status-lens.vsix');
  }
  return vsix;
}
