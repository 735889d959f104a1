// The extension as VS Code for the Web runs it: in a second workbench whose profile puts it in the
// browser's web worker extension host (`remote.extensionKind: ["web"]`), so the web bundles run —
// dist/web/client.js in the extension host worker, dist/web/server.js in a worker of its own. A user
// hovers res.status(502), restarts the server, applies the flagship fix, compares from the hover, looks a
// code up, answers the quiz, meets Check URL's notice, and summarizes a log: a file that is not open
// needs the desktop, the same log opened is summarized here.
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import type { Worker as PlaywrightWorker } from 'playwright-core';
import * as fs from 'fs';
import * as path from 'path';
import { Dataset, StatusCodeIndex } from '../../../server/src/service/dataset';
import { root, waitFor } from '../codeServer';
import { closeWebWorkbench, Workbench, webWorkbench } from './workbench';

const fixed = [
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

const index = new StatusCodeIndex(JSON.parse(fs.readFileSync(path.join(root, 'data', 'status-codes.json'), 'utf8')) as Dataset);
const name = (code: number): string => index.primary(code)!.name;

/** The page's workers that run our server (VS Code prefixes the name we give). */
async function serverWorkers(wb: Workbench): Promise<PlaywrightWorker[]> {
  const named = await Promise.all(wb.page.workers().map(async (w) => ({ w, name: await w.evaluate(() => self.name).catch(() => '') })));
  return named.filter(({ name }) => /HTTP Status Lens server/.test(name)).map(({ w }) => w);
}

/** Command lines of the processes under code-server that run one of our server bundles. */
function nodeServerProcesses(wb: Workbench): string[] {
  const all = execFileSync('ps', ['-eo', 'args='], { encoding: 'utf8' }).split('\n');
  return all.filter((args) => args.includes(wb.runDir) && /dist\/(web\/)?server\.js/.test(args));
}

describe('vscode UI: in the web worker extension host (as VS Code for the Web runs it)', function () {
  this.timeout(240_000);
  let wb: Workbench;

  before(async () => {
    wb = await webWorkbench();
  });

  after(async () => {
    await closeWebWorkbench();
  });

  it('hovers res.status(502) with the server in a web worker, not a Node process', async () => {
    await wb.openFile('src/app.js');
    const hover = await wb.hoverToken('502', { contains: '502 Bad Gateway', timeoutMs: 90_000 });
    assert.match(hover, /gateway or proxy/i);
    // The server answering is the web bundle: code-server started no Node process for it.
    assert.deepStrictEqual(nodeServerProcesses(wb), []);
    assert.strictEqual((await serverWorkers(wb)).length, 1, 'one server worker');
  });

  it('Restart Server ends the worker and starts a new one; hovers keep working', async () => {
    const [old] = await serverWorkers(wb);
    await wb.runCommand('HTTP Status Lens: Restart Server');
    await waitFor('one new server worker, the old one gone', async () => {
      const now = await serverWorkers(wb);
      return now.length === 1 && now[0] !== old;
    }, 30_000, 200).catch(async (error: Error) => {
      throw new Error(`${error.message}; server workers: ${(await serverWorkers(wb)).length}, the old one among them: ${(await serverWorkers(wb)).includes(old)}`);
    });
    const hover = await wb.hoverToken('502', { contains: '502 Bad Gateway', timeoutMs: 60_000 });
    assert.match(hover, /gateway or proxy/i);
  });

  it('applies the flagship fix (503 + Retry-After) from the light bulb, and the saved file has it', async () => {
    await wb.openFile('src/maintenance.js');
    const point = await wb.pointOfText('500');
    await wb.page.mouse.click(point.x, point.y);
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
    await waitFor('the file saved', async () => wb.readWorkspaceFile('src/maintenance.js') === fixed || undefined, 10_000, 100)
      .catch(() => assert.strictEqual(wb.readWorkspaceFile('src/maintenance.js'), fixed));
  });

  it('the hover\'s Compare link, Look Up Status Code, the cheat sheet\'s card and its quiz work from the dataset read in the browser', async () => {
    const other = index.primary(502)!.confusedWith.find((c) => index.get(c) && c !== 502)!;
    await wb.openFile('src/app.js');
    await wb.hoverToken('502', { contains: 'Compare with' });
    await wb.page.locator('.monaco-hover:not(.hidden) a', { hasText: `${other} ${name(other)}` }).first().click();
    const panel = await wb.webviewWith('table.comparison', 30_000);
    const headers = (await panel.locator('table.comparison thead th').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
    assert.deepStrictEqual(headers, [`502 ${name(502)}`, `${other} ${name(other)}`]);

    await wb.pickFromCommand('HTTP Status Lens: Look Up Status Code', 'Type a number', '429', `429 ${name(429)}`);
    const sheet = await wb.webviewWith('.card h2', 30_000);
    await waitFor('the 429 card', async () => (await sheet.locator('.card h2').innerText()).includes(`429 ${name(429)}`), 15_000);

    await sheet.locator('.card').press('Escape');
    await sheet.locator('[role="tab"]', { hasText: 'Quiz' }).click();
    await sheet.locator('.choice').first().click();
    await sheet.locator('.score', { hasText: 'of 1' }).waitFor({ timeout: 10_000 });
    await sheet.locator('[role="tab"]', { hasText: 'Codes' }).click();
    await wb.closeAllEditors();
  });

  it('Summarize Status Codes on a log file says it needs the desktop, then summarizes the log opened from its text', async () => {
    const log = ['200', '200', '404', '499', '502', '200'].map((status, i) =>
      `203.0.113.${i} - - [24/Nov/2026:06:00:0${i} +0000] "GET /api/items HTTP/1.1" ${status} 12 "-" "curl/8.5"`).join('\n') + '\n';
    fs.writeFileSync(path.join(wb.workspace, 'access.log'), log);
    await wb.runCommand('View: Show Explorer');
    const row = wb.page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'access.log' }).first();
    await row.waitFor({ timeout: 30_000 });
    const item = wb.page.locator('.monaco-menu .action-item', { hasText: 'Summarize Status Codes' }).first();
    const focusedItem = wb.page.locator('.monaco-menu .action-item.focused', { hasText: 'Summarize Status Codes' }).first();
    // Chosen as a user does with the keyboard: the item under the pointer takes the menu's focus, then
    // Enter (a mouse click could land while the menu was still settling and leave it open, seen on CI).
    // Until the menu closes on the choice it is opened again; Escape only ever closes our own menu,
    // never a notice that may already be on screen.
    await waitFor('Summarize Status Codes chosen in the explorer context menu', async () => {
      if (await item.isVisible()) await wb.page.keyboard.press('Escape');
      await row.click({ button: 'right' });
      if (!await item.waitFor({ state: 'visible', timeout: 3_000 }).then(() => true, () => false)) return undefined;
      await item.hover();
      if (!await focusedItem.waitFor({ state: 'visible', timeout: 2_000 }).then(() => true, () => false)) return undefined;
      await wb.page.keyboard.press('Enter');
      return item.waitFor({ state: 'hidden', timeout: 3_000 }).then(() => true, () => undefined);
    }, 60_000, 250);
    // The first command also activates the extension in the worker host: slow on a loaded machine.
    const notice = await wb.notification('needs VS Code desktop', 90_000);
    assert.match(await notice.innerText(), /summarizing access\.log from disk needs VS Code desktop/);
    await notice.locator('.monaco-button', { hasText: 'Open and Summarize' }).click();

    const view = await wb.webviewWith('main#summary #codes', 60_000);
    assert.match(await view.locator('#meta').innerText(), /NGINX\/Apache access log · 6 requests in 6 lines/);
    const shown = await view.locator('#codes .row').evaluateAll((rows) => rows.map((r) => [
      Number(r.getAttribute('data-code')), r.querySelector('.count')?.textContent ?? '',
    ]));
    assert.deepStrictEqual(shown, [[200, '3'], [404, '1'], [499, '1'], [502, '1']]);
    await wb.closeAllEditors();
  });

  it('Check URL says plainly that it needs the desktop', async () => {
    await wb.runCommand('HTTP Status Lens: Check URL');
    const notice = await wb.notification('Check URL needs VS Code desktop', 60_000);
    assert.match(await notice.innerText(), /Node's HTTP stack/);
  });
});
