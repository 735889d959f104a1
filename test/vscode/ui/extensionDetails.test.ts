// The extension's details page as a user sees it after installing the .vsix: Extensions view → the
// installed extension → its README with every picture, and the gallery icon in the header.
// VS Code shows https pictures only there (its sanitizer drops relative sources, its CSP allows
// `img-src https:`), so the package script points the README's pictures at their https copy
// (scripts/packageVsix.mjs: the npm package on jsDelivr). This machine has no internet: the browser's
// requests for that copy are answered with the repository's files, so the test checks everything on
// our side — the links in the packaged README, and that VS Code renders and loads them.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { root, waitFor } from '../codeServer';
import { Workbench, workbench } from './workbench';

const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
const pictures = [...readme.matchAll(/!\[[^\]]*\]\((docs\/images\/[^)\s]+\.png)\)/g)].map((m) => m[1]);
/** As scripts/packageVsix.mjs writes the links (unless HSL_IMAGES_BASE_URL says otherwise). */
const imagesBase = process.env.HSL_IMAGES_BASE_URL ?? `https://cdn.jsdelivr.net/npm/${manifest.name}@${manifest.version}/`;
/** A PNG's width, from its IHDR chunk. */
const pngWidth = (file: string) => fs.readFileSync(file).readUInt32BE(16);

describe('vscode UI: the extension details page shows the README with its pictures', function () {
  this.timeout(180_000);
  let wb: Workbench;
  const served: string[] = [];

  before(async () => {
    wb = await workbench();
    await wb.context.route(`${imagesBase}docs/images/*.png`, (route) => {
      const file = new URL(route.request().url()).pathname.split('/').pop()!;
      served.push(file);
      return route.fulfill({ path: path.join(root, 'docs', 'images', file), contentType: 'image/png' });
    });
  });

  after(async () => {
    await wb?.context.unrouteAll({ behavior: 'ignoreErrors' }).catch(() => undefined);
    await wb?.closeAllEditors().catch(() => undefined);
    await wb?.runCommand('View: Show Explorer').catch(() => undefined);
  });

  it('every README picture is loaded in the details page, and the header shows the 128×128 icon', async () => {
    assert.ok(pictures.length >= 4, 'the README has its pictures');
    await wb.runCommand('Extensions: Show Installed Extensions');
    const entry = wb.page.locator('.extensions-viewlet .monaco-list-row', { hasText: 'HTTP Status Lens' }).first();
    await entry.waitFor({ timeout: 60_000 });
    await entry.click();
    const header = wb.page.locator('.extension-editor .header');
    await header.locator('.name', { hasText: 'HTTP Status Lens' }).waitFor({ timeout: 30_000 });

    // The icon: the packaged media/icon.png, loaded at its size.
    const icon = await waitFor('the icon loaded', async () => {
      const size = await header.locator('img.icon').evaluate((img: HTMLImageElement) => ({ complete: img.complete, width: img.naturalWidth, height: img.naturalHeight, src: img.src }));
      return size.complete && size.width > 0 ? size : undefined;
    }, 30_000, 250);
    assert.deepStrictEqual({ width: icon.width, height: icon.height }, { width: 128, height: 128 });
    assert.match(decodeURIComponent(icon.src), /media\/icon\.png/);

    // The README in the details webview: each picture linked to its https copy, and decoded
    // (a dropped or broken picture has no source or naturalWidth 0).
    const details = await wb.webviewWith('h1', 60_000);
    const images = () => details.locator('img').evaluateAll((imgs) => (imgs as HTMLImageElement[]).map((img) => ({
      src: img.getAttribute('src') ?? '', complete: img.complete, width: img.naturalWidth,
    })));
    const loaded = await waitFor('every picture decoded', async () => {
      const all = await images();
      return all.length === pictures.length && all.every((img) => img.complete && img.width > 0) ? all : undefined;
    }, 30_000, 250).catch(async (error: Error) => {
      throw new Error(`${error.message}; images: ${JSON.stringify(await images())}`);
    });
    assert.deepStrictEqual(loaded.map((img) => img.src).sort(), pictures.map((p) => imagesBase + p).sort());
    // Each picture decoded at the size of our file (the sidebar card is narrow, the workbench shots wide).
    for (const img of loaded) {
      const file = path.join(root, img.src.slice(imagesBase.length));
      assert.strictEqual(img.width, pngWidth(file), `${img.src} is decoded at its width`);
    }
    assert.deepStrictEqual([...new Set(served)].sort(), pictures.map((p) => path.basename(p)).sort());
  });
});
