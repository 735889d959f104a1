// The flagship fix as a VS Code user applies it: hover res.status(500) in a maintenance branch, read
// the diagnostic, open the light bulb (Ctrl+.), pick "Use 503 Service Unavailable with Retry-After",
// save, and read the file on disk.
import * as assert from 'assert';
import { Workbench, workbench } from './workbench';
import { waitFor } from '../codeServer';

const expected = [
  '// Fixture for the diagnostics quick fix: a server error sent while the site is in maintenance.',
  "const express = require('express');",
  '',
  'const app = express();',
  '',
  "app.get('/orders', (req, res) => {",
  '  if (maintenanceMode) {',
  "    res.set('Retry-After', '120');",
  "    return res.status(503).send('Down for maintenance');",
  '  }',
  '  res.json([]);',
  '});',
  '',
].join('\n');

describe('vscode UI: the flagship quick fix (503 + Retry-After)', () => {
  let wb: Workbench;

  before(async () => {
    wb = await workbench();
    await wb.openFile('src/maintenance.js');
  });

  after(async () => {
    await wb?.closeAllEditors();
  });

  it('hover shows the diagnostic, the light bulb applies the fix, the saved file has 503 and Retry-After', async () => {
    // Put the cursor on 500 and show its hover from the keyboard (Ctrl+K Ctrl+I), as reliable as the mouse
    // under load; the hover holds the diagnostic's message.
    const point = await wb.pointOfText('500');
    await wb.page.mouse.click(point.x, point.y);
    const hoverBox = wb.page.locator('.monaco-hover:not(.hidden)', { hasText: 'Use 503 Service Unavailable with Retry-After' }).first();
    const hover = await waitFor('the hover with the diagnostic', async () => {
      await wb.page.keyboard.press('Escape');
      await wb.page.keyboard.press('Control+K');
      await wb.page.keyboard.press('Control+I');
      const shown = await hoverBox.waitFor({ state: 'visible', timeout: 3_000 }).then(() => true, () => false);
      return shown ? hoverBox.innerText({ timeout: 2_000 }) : undefined;
    }, 120_000, 250);
    assert.match(hover, /RFC 9110 §15\.6\.4/);
    await wb.page.keyboard.press('Escape');

    const title = 'Use 503 Service Unavailable with Retry-After: 120';
    const row = wb.page.locator('.action-widget .monaco-list-row', { hasText: title }).first();
    await waitFor('the quick fix in the light bulb menu', async () => {
      await wb.page.keyboard.press('Escape');
      await wb.page.keyboard.press('Control+.');
      return row.waitFor({ state: 'visible', timeout: 3_000 }).then(() => true, () => undefined);
    }, 90_000, 250);
    await row.click();

    await waitFor('the edit in the editor', async () => (await wb.editorText()).includes("res.set('Retry-After', '120');") || undefined, 10_000, 100);
    await wb.page.keyboard.press('Control+S');
    await waitFor('the file saved', async () => wb.readWorkspaceFile('src/maintenance.js') === expected || undefined, 10_000, 100)
      .catch(() => assert.strictEqual(wb.readWorkspaceFile('src/maintenance.js'), expected));
  });

  it('a placeholder fix is a snippet: 405 → Add Allow header, the value is selected and typing replaces it', async () => {
    await wb.openFile('src/methodNotAllowed.js');
    const point = await wb.pointOfText('405');
    await wb.page.mouse.click(point.x, point.y);
    const row = wb.page.locator('.action-widget .monaco-list-row', { hasText: 'Add Allow header' }).first();
    await waitFor('the Add Allow header quick fix', async () => {
      await wb.page.keyboard.press('Escape');
      await wb.page.keyboard.press('Control+.');
      return row.waitFor({ state: 'visible', timeout: 3_000 }).then(() => true, () => undefined);
    }, 90_000, 250);
    await row.click();
    await waitFor('the header in the editor', async () => (await wb.editorText()).includes("res.set('Allow', 'GET, HEAD');") || undefined, 10_000, 100);
    // The tab stop selects the placeholder value: typing replaces it.
    await wb.page.keyboard.type('GET, POST');
    await wb.page.keyboard.press('Escape');
    await wb.page.keyboard.press('Control+S');
    const expected405 = [
      '// Fixture for the snippet fix: "method not allowed" sent without the header that must come with it.',
      "const express = require('express');",
      '',
      'const app = express();',
      '',
      "app.all('/reports', (req, res) => {",
      "  res.set('Allow', 'GET, POST');",
      '  res.status(405).end();',
      '});',
      '',
    ].join('\n');
    await waitFor('the file saved', async () => wb.readWorkspaceFile('src/methodNotAllowed.js') === expected405 || undefined, 10_000, 100)
      .catch(() => assert.strictEqual(wb.readWorkspaceFile('src/methodNotAllowed.js'), expected405));
  });
});
