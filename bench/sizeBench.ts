// Figure 5: what the user downloads and what the extension host loads (production build).
import * as esbuild from 'esbuild';
import * as fs from 'fs';
import * as path from 'path';
import { BuiltProduct, packVsix, root } from './build';
import { Figure, kb, unmeasured } from './measure';

function sizeFigure(id: string, name: string, bytes: number, limitKB: number): Figure {
  return { id, name, value: kb(bytes), unit: 'KB', target: `≤ ${limitKB} KB`, pass: bytes <= limitKB * 1024 };
}

function folderBytes(dir: string): number {
  if (!fs.existsSync(dir)) return 0;
  return fs.readdirSync(dir, { withFileTypes: true })
    .reduce((n, e) => n + (e.isDirectory() ? folderBytes(path.join(dir, e.name)) : fs.statSync(path.join(dir, e.name)).size), 0);
}

/** `vscode-languageclient/node` (or `/browser`) bundled and minified on its own, as esbuild.mjs bundles the client. */
function languageClientAloneBytes(flavour: 'node' | 'browser' = 'node'): number {
  const result = esbuild.buildSync({
    stdin: { contents: `module.exports = require('vscode-languageclient/${flavour}');`, resolveDir: root },
    bundle: true, minify: true, format: 'cjs', external: ['vscode'], legalComments: 'none', write: false,
    ...(flavour === 'node'
      ? { platform: 'node', target: 'node20', mainFields: ['module', 'main'] }
      : { platform: 'browser', target: 'es2022', mainFields: ['browser', 'module', 'main'] }),
  });
  return result.outputFiles[0].contents.length;
}

export function sizes(product: BuiltProduct): Figure[] {
  // Re-based (issue 21): what we add above the language client library (a core package by design),
  // whose own minified size is the floor of the client bundle.
  const clientBytes = fs.statSync(product.clientJs).size;
  const alone = languageClientAloneBytes();
  const client = sizeFigure('5a', 'dist/client.js: our code above vscode-languageclient (minified)', clientBytes - alone, 80);
  client.detail = { bundleKB: kb(clientBytes), languageClientAloneKB: kb(alone) };
  client.note = `bundle ${kb(clientBytes)} KB, vscode-languageclient alone ${kb(alone)} KB`;
  const figures = [
    client,
    sizeFigure('5b', 'dist/server.js (minified)', fs.statSync(product.serverJs).size, 400),
    sizeFigure('5c', 'webview assets (minified)', folderBytes(product.webviewsDir), 150),
  ];
  // VS Code for the Web: the same budgets as the Node bundles; the web server carries the dataset
  // (no file system in a worker), which the Node server reads from data/.
  const webClientBytes = fs.statSync(product.webClientJs).size;
  const browserAlone = languageClientAloneBytes('browser');
  const webClient = sizeFigure('5e', 'dist/web/client.js: our code above vscode-languageclient/browser (minified)', webClientBytes - browserAlone, 80);
  webClient.detail = { bundleKB: kb(webClientBytes), languageClientAloneKB: kb(browserAlone) };
  webClient.note = `bundle ${kb(webClientBytes)} KB, vscode-languageclient/browser alone ${kb(browserAlone)} KB`;
  const dataset = fs.statSync(path.join(root, 'data', 'status-codes.json')).size;
  const webServer = sizeFigure('5f', 'dist/web/server.js (minified, dataset included)', fs.statSync(product.webServerJs).size, 400 + Math.ceil(dataset / 1024));
  try {
    const vsix = packVsix();
    figures.push(sizeFigure('5d', '.vsix', fs.statSync(vsix).size, 1536));
  } catch (error) {
    figures.push(unmeasured('5d', '.vsix', '≤ 1536 KB', `vsce package failed: ${(error as Error).message}`));
  }
  figures.push(webClient, webServer);
  return figures;
}
