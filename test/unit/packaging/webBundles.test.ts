// The web bundles' build check (scripts/noNodeBuiltins.mjs, used by esbuild.mjs for dist/web/* and the
// webviews): an import of a Node built-in fails the build with the importing file named; the real web
// entries pass it and bundle the browser flavours of the LSP libraries.
import * as assert from 'assert';
import * as esbuild from 'esbuild';
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

const root = path.join(__dirname, '..', '..', '..');

type Plugin = (bundle: string) => esbuild.Plugin;

/** Every module a file names: import and export … from declarations, import() and require() calls (parsed by TypeScript). */
function moduleSpecifiers(file: string): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && (node.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(node.expression) && node.expression.text === 'require'))
      && node.arguments[0] && ts.isStringLiteralLike(node.arguments[0])) {
      found.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}
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

  it('the pure service imports no vscode, no connection and no Node built-in: the same code runs in the worker', () => {
    const service = path.join(root, 'server', 'src', 'service');
    const files = (fs.readdirSync(service, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts')).map((f) => path.join(service, f));
    assert.ok(files.length > 50);
    const outside: string[] = [];
    for (const file of files) {
      for (const specifier of moduleSpecifiers(file)) {
        const inService = specifier.startsWith('.') && !path.relative(service, path.resolve(path.dirname(file), specifier)).startsWith('..');
        const allowed = ['vscode-languageserver-types', 'vscode-languageserver-textdocument', 'jsonc-parser'].includes(specifier);
        if (!inService && !allowed) outside.push(`${path.relative(root, file)}: ${specifier}`);
      }
    }
    assert.deepStrictEqual(outside, []);
  });
});
