// Builds what the bench measures, away from dist/ (other work builds there) and outside the working
// tree (linters and TypeScript must not see a second copy of the sources): a production copy of the
// package (dist/ + data/ + manifest, the layout the .vsix ships) and the baseline server bundle.
import { execFileSync } from 'child_process';
import * as esbuild from 'esbuild';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export const root = path.join(__dirname, '..');
export const buildDir = path.join(os.tmpdir(), 'http-status-lens-bench');
export const packageDir = path.join(buildDir, 'package');

export interface BuiltProduct {
  serverJs: string;
  cliJs: string;
  clientJs: string;
  webClientJs: string;
  webServerJs: string;
  webviewsDir: string;
  baselineServerJs: string;
}

/** Files git would ship (tracked or not ignored), without the test and bench trees. */
function packageFiles(): string[] {
  const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' });
  return listed.split('\n').filter((f) => f && !/^(test|bench|dist)\//.test(f) && fs.existsSync(path.join(root, f)));
}

export async function buildProduct(): Promise<BuiltProduct> {
  fs.rmSync(packageDir, { recursive: true, force: true });
  fs.mkdirSync(packageDir, { recursive: true });
  for (const file of packageFiles()) {
    const target = path.join(packageDir, file);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(path.join(root, file), target);
  }
  execFileSync(process.execPath, ['esbuild.mjs', '--production', `--outdir=${path.join(packageDir, 'dist')}`], { cwd: root, stdio: 'inherit' });
  const baselineServerJs = path.join(buildDir, 'baseline', 'server.js');
  await esbuild.build({
    entryPoints: [path.join(root, 'bench', 'baselineServer.ts')], outfile: baselineServerJs,
    bundle: true, minify: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning',
  });
  const dist = path.join(packageDir, 'dist');
  return {
    serverJs: path.join(dist, 'server.js'), cliJs: path.join(dist, 'cli.js'), clientJs: path.join(dist, 'client.js'),
    webClientJs: path.join(dist, 'web', 'client.js'), webServerJs: path.join(dist, 'web', 'server.js'),
    webviewsDir: path.join(dist, 'webviews'), baselineServerJs,
  };
}

/** Packs the copy with vsce; returns the .vsix path, or throws with vsce's own message. */
export function packVsix(): string {
  const out = path.join(buildDir, 'http-status-lens.vsix');
  fs.rmSync(out, { force: true });
  const vsce = path.join(root, 'node_modules', '.bin', 'vsce');
  try {
    execFileSync(vsce, ['package', '--no-dependencies', '--no-rewrite-relative-links', '--allow-missing-repository', '--skip-license', '--out', out], {
      cwd: packageDir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, VSCE_STORE: 'file' },
    });
  } catch (error) {
    const e = error as { stderr?: string; stdout?: string; message: string };
    throw new Error((e.stderr || e.stdout || e.message).trim().split('\n').slice(-3).join(' '), { cause: error });
  }
  return out;
}
