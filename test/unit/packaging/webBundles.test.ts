// The web bundles' build check (scripts/noNodeBuiltins.mjs, used by esbuild.mjs for dist/web/* and the
// webviews): an import of a Node built-in fails the build with the importing file named; the real web
// entries pass it and bundle the browser flavours of the LSP libraries.
import * as assert from 'assert';
import * as esbuild from 'esbuild';
import * as path from 'path';

const root = path.join(__dirname, '..', '..', '..');

type Plugin = (bundle: string) => esbuild.Plugin;
let noNodeBuiltins: Plugin;

async function webBuild(options: esbuild.BuildOptions): Promise<esbuild.BuildResult & { metafile: esbuild.Metafile }> {
  return esbuild.build({
    bundle: true, write: false, metafile: true, logLevel: 'silent', platform: 'browser', target: 'es2022',
    mainFields: ['browser', 'module', 'main'], plugins: [noNodeBuiltins('dist/web/test.js')], ...options,
  }) as Promise<esbuild.BuildResult & { metafile: esbuild.Metafile }>;
}

describe('web bundles: no Node built-ins', function () {
  this.timeout(60_000);
  before(async () => {
    // A computed path: the build script is plain JavaScript without type declarations.
    ({ noNodeBuiltins } = await import(path.join(root, 'scripts', 'noNodeBuiltins.mjs')));
  });

  for (const builtin of ['fs', 'node:net', 'tls', 'child_process', 'worker_threads', 'fs/promises', 'node:path', 'path', 'http', 'http2']) {
    it(`an import of "${builtin}" fails the build, naming the file`, async () => {
      const failure = await webBuild({ stdin: { contents: `import * as m from '${builtin}';\nexport const used = m;\n`, resolveDir: root, sourcefile: 'client/src/web/culprit.ts', loader: 'ts' } })
        .then(() => undefined, (error: esbuild.BuildFailure) => error);
      assert.ok(failure, 'the build failed');
      assert.deepStrictEqual(failure.errors.map((e) => e.text), [
        `dist/web/test.js must not use the Node built-in "${builtin}" (imported by client/src/web/culprit.ts); it runs in a browser: use a web API, or keep the code on the Node side`,
      ]);
    });
  }

  it('the web client and server entries pass, with the browser flavours of the language client and server', async () => {
    const client = await webBuild({ entryPoints: [path.join(root, 'client/src/web/extension.ts')], format: 'cjs', external: ['vscode'], outdir: '/tmp/out' });
    const server = await webBuild({ entryPoints: [path.join(root, 'server/src/browserMain.ts')], format: 'iife', outdir: '/tmp/out' });
    const clientInputs = Object.keys(client.metafile.inputs);
    const serverInputs = Object.keys(server.metafile.inputs);
    assert.ok(clientInputs.some((i) => i.includes('vscode-languageclient/lib/browser/main.js')), 'vscode-languageclient/browser');
    assert.ok(serverInputs.some((i) => i.includes('vscode-languageserver/lib/browser/main.js')), 'vscode-languageserver/browser');
    for (const input of [...clientInputs, ...serverInputs]) assert.doesNotMatch(input, /\/lib\/node\/|client\/src\/checkUrl\/core\/|summarizeLogFile/, input);
    // The dataset is bundled into the server (a worker has no file system); the client reads it on demand.
    assert.ok(serverInputs.some((i) => i.endsWith('data/status-codes.json')));
    assert.ok(!clientInputs.some((i) => i.endsWith('data/status-codes.json')));
  });
});
