// The CLI bundled from today's sources, as esbuild.mjs bundles it, into a private folder beside a
// link to data/: tests run what a user runs without racing other builds of dist/. Built once per
// test process and shared by every suite that asks for it.
import * as esbuild from 'esbuild';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const root = path.resolve(__dirname, '..', '..');
let built: Promise<string> | undefined;

/** Path of the bundled `cli.js`; the folder is removed when the test process exits. */
export function privateCli(): Promise<string> {
  built ??= (async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'hsl-cli-'));
    process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
    const cli = path.join(tmp, 'dist', 'cli.js');
    await esbuild.build({
      entryPoints: [path.join(root, 'server/src/cli/main.ts')], bundle: true, platform: 'node', target: 'node20',
      format: 'cjs', outfile: cli, logLevel: 'error',
      mainFields: ['module', 'main'], // as esbuild.mjs: ESM entries before UMD ones (jsonc-parser)
    });
    fs.symlinkSync(path.join(root, 'data'), path.join(tmp, 'data'));
    return cli;
  })();
  return built;
}
