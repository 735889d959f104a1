// Figure 5: what the user downloads and what the extension host loads (production build).
import * as fs from 'fs';
import * as path from 'path';
import { BuiltProduct, packVsix } from './build';
import { Figure, kb, unmeasured } from './measure';

function sizeFigure(id: string, name: string, bytes: number, limitKB: number): Figure {
  return { id, name, value: kb(bytes), unit: 'KB', target: `≤ ${limitKB} KB`, pass: bytes <= limitKB * 1024 };
}

function folderBytes(dir: string): number {
  if (!fs.existsSync(dir)) return 0;
  return fs.readdirSync(dir, { withFileTypes: true })
    .reduce((n, e) => n + (e.isDirectory() ? folderBytes(path.join(dir, e.name)) : fs.statSync(path.join(dir, e.name)).size), 0);
}

export function sizes(product: BuiltProduct): Figure[] {
  const figures = [
    sizeFigure('5a', 'dist/client.js (minified)', fs.statSync(product.clientJs).size, 300),
    sizeFigure('5b', 'dist/server.js (minified)', fs.statSync(product.serverJs).size, 400),
    sizeFigure('5c', 'webview assets (minified)', folderBytes(product.webviewsDir), 150),
  ];
  try {
    const vsix = packVsix();
    figures.push(sizeFigure('5d', '.vsix', fs.statSync(vsix).size, 1536));
  } catch (error) {
    figures.push(unmeasured('5d', '.vsix', '≤ 1536 KB', `vsce package failed: ${(error as Error).message}`));
  }
  return figures;
}
