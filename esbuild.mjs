// Bundles the client, the server, the CLI and the webview scripts into dist/, and the client and the
// server for VS Code for the Web into dist/web/ (a web bundle that imports a Node built-in fails the build).
//   node esbuild.mjs                 development build (source maps)
//   node esbuild.mjs --production    minified, no source maps
//   node esbuild.mjs --watch         rebuild on change
//   node esbuild.mjs --outdir=<dir>  write somewhere else than dist/ (the bench builds a package copy)
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { noNodeBuiltins } from './scripts/noNodeBuiltins.mjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const out = process.argv.find((a) => a.startsWith('--outdir='))?.slice('--outdir='.length) ?? 'dist';

const common = {
  bundle: true,
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'warning',
  legalComments: 'none',
};

// ESM entries first: UMD builds (jsonc-parser) hide their requires from the bundler.
const node = { ...common, platform: 'node', target: 'node20', format: 'cjs', mainFields: ['module', 'main'] };
// The browser's extension host loads `browser` as CommonJS; the server is a plain web worker script.
const web = { ...common, platform: 'browser', target: 'es2022', mainFields: ['browser', 'module', 'main'] };

/** Every client/src/webviews/<name>/main.ts becomes dist/webviews/<name>.js (+ .css when it imports CSS). */
function webviewEntries() {
  const root = 'client/src/webviews';
  if (!fs.existsSync(root)) return {};
  return Object.fromEntries(
    fs.readdirSync(root, { withFileTypes: true })
      .filter((d) => d.isDirectory() && fs.existsSync(path.join(root, d.name, 'main.ts')))
      .map((d) => [d.name, path.join(root, d.name, 'main.ts')]),
  );
}

const builds = [
  { ...node, entryPoints: { client: 'client/src/extension.ts' }, outdir: out, external: ['vscode'] },
  { ...node, entryPoints: { server: 'server/src/main.ts', cli: 'server/src/cli/main.ts' }, outdir: out },
  { ...web, format: 'cjs', entryPoints: { client: 'client/src/web/extension.ts' }, outdir: `${out}/web`, external: ['vscode'], plugins: [noNodeBuiltins('dist/web/client.js')] },
  { ...web, format: 'iife', entryPoints: { server: 'server/src/browserMain.ts' }, outdir: `${out}/web`, plugins: [noNodeBuiltins('dist/web/server.js')] },
  { ...common, platform: 'browser', target: 'es2022', format: 'iife', entryPoints: webviewEntries(), outdir: `${out}/webviews`, plugins: [noNodeBuiltins('the webview scripts')] },
].filter((b) => Object.keys(b.entryPoints).length > 0);

if (watch) {
  for (const options of builds) {
    const context = await esbuild.context(options);
    await context.watch();
  }
  console.log('esbuild: watching for changes…');
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
  for (const file of [`${out}/server.js`, `${out}/cli.js`]) if (fs.existsSync(file)) fs.chmodSync(file, 0o755);
}
