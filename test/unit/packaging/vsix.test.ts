// What the .vsix holds (`vsce ls`): what runs in VS Code, desktop and web, and what the gallery shows —
// derived from the manifest and the webview sources, so a new entry point or icon cannot be left out,
// and nothing else (source maps, the CLI, sources, tests, the README's pictures, which VS Code loads
// over https only: scripts/packageVsix.mjs) slips in. Needs a build (`node esbuild.mjs`; npm test builds first).
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const root = path.join(__dirname, '..', '..', '..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');

const relative = (p: string) => p.replace(/^\.\//, '');

/** `![alt](path)` pictures of the README that are files of this repository. */
const readmePictures = [...readme.matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)].map((m) => m[1]).filter((link) => !/^[a-z]+:/i.test(link));

/** Each client/src/webviews/<name>/main.ts is bundled to dist/webviews/<name>.js, with .css when it imports one. */
function webviewAssets(): string[] {
  const dir = path.join(root, 'client', 'src', 'webviews');
  return fs.readdirSync(dir).filter((name) => fs.existsSync(path.join(dir, name, 'main.ts'))).flatMap((name) => {
    const imports = /^import '\.\/[^']+\.css';/m.test(fs.readFileSync(path.join(dir, name, 'main.ts'), 'utf8'));
    return [`dist/webviews/${name}.js`, ...(imports ? [`dist/webviews/${name}.css`] : [])];
  });
}

/** Width and height from a PNG's IHDR chunk; throws when the file is not a PNG. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = fs.readFileSync(file);
  assert.ok(bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), `${file} is a PNG`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('packaging: the .vsix holds what runs and what the gallery shows, nothing else', function () {
  this.timeout(60_000);

  it('vsce ls lists exactly the entries, their servers, the dataset, the webviews, the icons and the documents', () => {
    assert.ok(fs.existsSync(path.join(root, 'dist', 'web', 'client.js')), 'build first: node esbuild.mjs');
    const listed = execFileSync(path.join(root, 'node_modules', '.bin', 'vsce'), ['ls', '--no-dependencies'], { cwd: root, encoding: 'utf8' })
      .split('\n').filter(Boolean).sort();
    const expected = [
      'package.json', 'README.md', 'CHANGELOG.md', 'LICENSE',
      relative(manifest.main), relative(manifest.browser),
      // The servers the two entries start: a Node process (extension.ts), a web worker (web/workerLanguageClient.ts).
      'dist/server.js', 'dist/web/server.js',
      // Read by the client's views in both hosts and by the Node server (the web server has it bundled).
      'data/status-codes.json',
      ...webviewAssets(),
      manifest.icon,
      ...manifest.contributes.viewsContainers.activitybar.map((c: { icon: string }) => c.icon),
    ].sort();
    assert.deepStrictEqual(listed, [...new Set(expected)].sort());
  });

  it('the gallery icon is a 128×128 PNG, and the activity bar keeps its SVG', () => {
    assert.match(manifest.icon, /\.png$/);
    assert.deepStrictEqual(pngSize(path.join(root, manifest.icon)), { width: 128, height: 128 });
    assert.ok(fs.statSync(path.join(root, manifest.icon)).size <= 8 * 1024, 'the icon is optimised (≤ 8 KB)');
    assert.match(manifest.contributes.viewsContainers.activitybar[0].icon, /\.svg$/);
    assert.match(manifest.galleryBanner.color, /^#[0-9a-f]{6}$/i);
    assert.ok(['dark', 'light'].includes(manifest.galleryBanner.theme));
  });

  it('the README pictures exist, are PNGs and small (optimised: ≤ 120 KB each, ≤ 400 KB together)', () => {
    assert.ok(readmePictures.length >= 4, 'the README shows its pictures');
    let total = 0;
    for (const picture of readmePictures) {
      const file = path.join(root, picture);
      assert.ok(fs.existsSync(file), `${picture} exists`);
      pngSize(file);
      const size = fs.statSync(file).size;
      assert.ok(size <= 120 * 1024, `${picture} is ${Math.round(size / 1024)} KB (node scripts/renderImages.mjs shrinks it)`);
      total += size;
    }
    assert.ok(total <= 400 * 1024, `README pictures: ${Math.round(total / 1024)} KB together`);
  });

  it('categories and keywords match how people search; no repository, bugs or homepage until there is one', () => {
    for (const keyword of ['http', 'status code', 'rest', 'api', 'lint', 'openapi', 'nginx']) assert.ok(manifest.keywords.includes(keyword), keyword);
    assert.ok(manifest.keywords.length <= 30, 'the Marketplace takes at most 30 keywords');
    assert.ok(manifest.categories.includes('Linters') && manifest.categories.includes('Programming Languages'));
    for (const field of ['repository', 'bugs', 'homepage']) assert.strictEqual(manifest[field], undefined, field);
    assert.match(readme, /`repository`, `bugs` and `homepage`/, 'the README says where to set them');
  });

  it('the changelog the gallery shows opens with this release', () => {
    const changelog = fs.readFileSync(path.join(root, 'CHANGELOG.md'), 'utf8');
    const first = /^## (.+)$/m.exec(changelog)?.[1] ?? '';
    assert.match(first, new RegExp(`^${manifest.version.replace(/\./g, '\\.')}\\b`), `first section: ${first}`);
    assert.match(changelog, /VS Code for the Web/);
  });
});
