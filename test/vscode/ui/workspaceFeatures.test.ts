// Issue 17 in the real workbench: the name after a literal as an inlay hint, Find All References across
// files and forms (the workspace index), and the Status Map view opening a site.
import * as assert from 'assert';
import { waitFor } from '../codeServer';
import { Workbench, workbench } from './workbench';

describe('vscode UI: across the workspace — inlay hints, references, the status map', function () {
  this.timeout(180_000);
  let wb: Workbench;

  before(async () => {
    wb = await workbench();
  });

  after(async () => {
    await wb?.page.keyboard.press('Escape').catch(() => undefined);
    await wb?.closeAllEditors().catch(() => undefined);
    await wb?.runCommand('View: Show Explorer').catch(() => undefined);
  });

  it('shows "Bad Gateway" as an inlay hint right after the 502 of res.status(502)', async () => {
    await wb.openFile('src/app.js');
    const line = wb.page.locator('.editor-instance .view-line', { hasText: 'upstream unavailable' }).first();
    const hinted = await waitFor('the inlay hint after 502', async () => {
      const text = ((await line.textContent()) ?? '').replace(/\u00a0/g, ' ');
      return /res\.status\(502\s*Bad Gateway\s*\)\.send/.test(text) ? text : undefined;
    }, 60_000, 250);
    assert.match(hinted, /502\s*Bad Gateway\s*\)/);
    // The hint is decoration, not text: the document still says res.status(502).
    assert.strictEqual(wb.readWorkspaceFile('src/app.js').includes('res.status(502 Bad Gateway'), false);
  });

  it('Peek References on 502 lists the literal of app.js and the Go constant of another file', async () => {
    await wb.openFile('src/app.js');
    const point = await wb.pointOfText('502');
    await wb.page.mouse.click(point.x, point.y);
    const rows = wb.page.locator('.reference-zone-widget .ref-tree .monaco-list-row');
    const files = await waitFor('the references of 502 in app.js and upstream.go', async () => {
      // The index builds in the background: ask again until it has read the other file.
      await wb.page.keyboard.press('Escape');
      await wb.page.mouse.click(point.x, point.y);
      await wb.page.keyboard.press('Shift+F12');
      const shown = await rows.first().waitFor({ state: 'visible', timeout: 5_000 }).then(() => true, () => false);
      if (!shown) return undefined;
      const text = (await rows.allInnerTexts()).join('\n');
      return text.includes('app.js') && text.includes('upstream.go') ? text : undefined;
    }, 90_000, 500);
    assert.match(files, /upstream\.go/);
    assert.match(files, /app\.js/);
    await wb.page.keyboard.press('Escape');
  });

  it('the Status Map lists the workspace\'s codes and opens a site on click', async () => {
    await wb.closeAllEditors();
    await wb.runCommand('HTTP Status Lens: Focus on Status Map View');
    const view = wb.page.locator('.pane', { has: wb.page.locator('.pane-header', { hasText: 'Status Map' }) });
    const row = (text: string) => view.locator('.monaco-list-row', { hasText: text }).first();
    // The tree renders only the rows that fit: give the map the side bar (collapse the cheat sheet).
    const cheatSheetHeader = wb.page.locator('.pane-header', { hasText: 'Cheat Sheet' }).first();
    if ((await cheatSheetHeader.getAttribute('aria-expanded')) === 'true') await cheatSheetHeader.click();
    await waitFor('5xx in the status map', async () => (await row('5xx').count()) > 0 || undefined, 90_000, 500);
    if ((await row('502 Bad Gateway').count()) === 0) await row('5xx').click();
    await row('502 Bad Gateway').waitFor({ timeout: 30_000 });
    assert.match(await row('502 Bad Gateway').innerText(), /502 Bad Gateway/);
    if ((await row('upstream.go').count()) === 0) await row('502 Bad Gateway').click();
    await row('upstream.go:').waitFor({ timeout: 30_000 });
    await row('upstream.go:').click();
    await wb.page.locator('.tabs-container .tab.active', { hasText: 'upstream.go' }).waitFor({ timeout: 20_000 });
    await waitFor('the cursor on the site', async () => ((await wb.editorText()).includes('http.StatusBadGateway') ? true : undefined), 10_000, 200);
  });
});
