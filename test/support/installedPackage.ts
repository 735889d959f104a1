// The npm package as a user or a CI job gets it: `npm pack` in a copy of the repository's tracked files
// (its prepack script makes the production bundles), then the tarball installed into an empty project
// with production dependencies only, offline (the package has none: a network fetch would be a bug).
// Built once per test process and shared by every suite that asks for it.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const root = path.resolve(__dirname, '..', '..');

export interface InstalledPackage {
  /** The packed .tgz. */
  tarball: string;
  /** Paths inside the tarball, e.g. `dist/cli.js`, sorted. */
  packedFiles: string[];
  /** An npm project folder with the package installed in node_modules/ (tests may add files). */
  project: string;
  /** Environment for `npx` there: offline, no update checks. */
  env: NodeJS.ProcessEnv;
}

/** Files git tracks or would track, without the test and bench trees (what a clean clone has). */
function sourceFiles(): string[] {
  return execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' })
    .split('\n').filter((f) => f && !/^(test|bench)\//.test(f) && fs.existsSync(path.join(root, f)));
}

/** Our environment without what an npm script run leaves in it (npm_config_local_prefix would point npx at this repository). */
function cleanEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(npm_|INIT_CWD$)/i.test(name)));
}

const npmEnv = (cache: string): NodeJS.ProcessEnv => ({
  ...cleanEnv(), npm_config_offline: 'true', npm_config_update_notifier: 'false', npm_config_fund: 'false',
  npm_config_audit: 'false', npm_config_loglevel: 'error', npm_config_cache: cache,
});

let installed: Promise<InstalledPackage> | undefined;

export function installedPackage(): Promise<InstalledPackage> {
  installed ??= (async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'hsl-npm-'));
    process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
    const source = path.join(tmp, 'source');
    for (const file of sourceFiles()) {
      fs.mkdirSync(path.dirname(path.join(source, file)), { recursive: true });
      fs.copyFileSync(path.join(root, file), path.join(source, file));
    }
    // prepack runs esbuild.mjs, which needs the build tools; the copy borrows ours.
    fs.symlinkSync(path.join(root, 'node_modules'), path.join(source, 'node_modules'));
    // An empty cache of our own: the install cannot quietly take anything from the user's cache or the network.
    const env = npmEnv(path.join(tmp, 'npm-cache'));
    const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', tmp], { cwd: source, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }));
    const tarball = path.join(tmp, packed[0].filename);
    const project = path.join(tmp, 'project');
    fs.mkdirSync(project);
    fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'ci-project', version: '1.0.0', private: true }));
    execFileSync('npm', ['install', '--omit=dev', '--no-save', tarball], { cwd: project, env, stdio: 'pipe' });
    return {
      tarball, project, env,
      packedFiles: (packed[0].files as { path: string }[]).map((f) => f.path).sort(),
    };
  })();
  return installed;
}
