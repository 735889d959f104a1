// Build-asset step, run by hand when an image source changes (its output is committed, so packaging
// needs no browser): renders media/marketplace-icon.svg to the gallery's 128×128 media/icon.png in
// Debian's Chromium (playwright-core), then shrinks it and the README pictures in docs/images/ with
// pngquant and optipng when installed (Debian: apt-get install pngquant optipng).
//
//   node scripts/renderImages.mjs
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumPath } from './provision.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const icon = path.join(root, 'media', 'icon.png');

async function renderIcon() {
  const svg = fs.readFileSync(path.join(root, 'media', 'marketplace-icon.svg'), 'utf8');
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ viewport: { width: 128, height: 128 }, deviceScaleFactor: 1 });
    await page.setContent(`<!DOCTYPE html><style>html,body{margin:0;background:transparent}svg{display:block}</style>${svg}`);
    await page.locator('svg').screenshot({ path: icon, omitBackground: true });
  } finally {
    await browser.close();
  }
}

function has(tool) {
  try { execFileSync(tool, ['--version'], { stdio: 'ignore' }); return true; } catch { return false; }
}

/** Lossy palette (pngquant, only when smaller and still good), then lossless recompression (optipng). */
function optimise(files) {
  for (const file of files) {
    const before = fs.statSync(file).size;
    if (has('pngquant')) {
      try {
        execFileSync('pngquant', ['--force', '--skip-if-larger', '--strip', '--quality=70-95', '--ext', '.png', file], { stdio: 'ignore' });
      } catch (error) {
        // Exit 98/99: the result would be larger or worse than asked; keep the original.
        if (![98, 99].includes(error.status)) throw error;
      }
    }
    if (has('optipng')) execFileSync('optipng', ['-quiet', '-o5', '-strip', 'all', file]);
    console.log(`${path.relative(root, file)}: ${(before / 1024).toFixed(0)} → ${(fs.statSync(file).size / 1024).toFixed(0)} KB`);
  }
  if (!has('pngquant') || !has('optipng')) console.warn('pngquant/optipng not installed: pictures left as they are');
}

await renderIcon();
const pictures = fs.readdirSync(path.join(root, 'docs', 'images')).filter((f) => f.endsWith('.png')).map((f) => path.join(root, 'docs', 'images', f));
optimise([icon, ...pictures]);
