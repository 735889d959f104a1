// Check URL as a user runs it in the real workbench: the command palette, the input box, the progress,
// then the result view (a webview panel) read from the screen. The URLs are served by a local server
// this test starts; its header values and status text carry HTML that must show as inert text.
import * as assert from 'assert';
import * as http from 'http';
import type { AddressInfo } from 'net';
import type { FrameLocator } from 'playwright-core';
import { waitFor } from '../codeServer';
import { readmeScreenshot } from './readmeScreenshot';
import { Workbench, workbench } from './workbench';

const evilHeader = '<img src=x onerror="window.__pwned=\'header\'"><script>window.__pwned="script"</script>';
const evilStatus = '<b>Found</b>';

describe('vscode UI: Check URL (command → result view)', function () {
  this.timeout(120_000);
  let wb: Workbench;
  let server: http.Server;
  let origin: string;
  const apiRequests: string[] = [];

  before(async () => {
    server = http.createServer((req, res) => {
      const url = req.url ?? '/';
      if (url === '/old-pricing') return void res.writeHead(301, { Location: '/pricing', 'Cache-Control': 'max-age=86400' }).end();
      if (url === '/pricing') {
        res.statusMessage = evilStatus;
        return void res.writeHead(302, { Location: '/pricing/2026?ref=old', 'X-Evil': evilHeader }).end();
      }
      if (url.startsWith('/pricing/2026')) {
        return void res.writeHead(200, {
          'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'public, max-age=300', 'X-Evil': evilHeader,
          'RateLimit-Limit': '100', 'RateLimit-Remaining': '97', 'RateLimit-Reset': '42',
        }).end('<h1>Pricing</h1>');
      }
      if (url === '/api/items') {
        let body = '';
        req.on('data', (c) => { body += c; });
        return void req.on('end', () => {
          apiRequests.push(`${req.method} ${req.headers['content-type'] ?? ''} ${body}`);
          res.writeHead(201, { 'Content-Type': 'application/json', Location: '/api/items/7' })
            .end(JSON.stringify({ id: 7, received: body ? JSON.parse(body) : null, note: '<script>window.__pwned="json"</script>' }));
        });
      }
      res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    wb = await workbench();
  });

  after(async () => {
    await wb?.closeAllEditors().catch(() => undefined);
    await new Promise<void>((resolve) => server?.close(() => resolve()));
  });

  async function runCheckUrlCommand(): Promise<void> {
    await wb.runCommand('HTTP Status Lens: Check URL', { opensInput: true });
    // The palette closes and the command's own input box (title "Check URL") opens.
    await wb.page.locator('.quick-input-widget .quick-input-title', { hasText: 'Check URL' }).waitFor({ state: 'visible', timeout: 20_000 });
  }

  function resultView(): Promise<FrameLocator> {
    return wb.webviewWith('main.check-url table.hops', 60_000);
  }

  it('asks for a URL, follows the chain and shows every hop explained, with hostile text inert', async () => {
    await runCheckUrlCommand();
    const input = wb.page.locator('.quick-input-widget input');
    await waitFor('the Check URL input box', async () => (await input.inputValue()) === '' || (await input.inputValue()).startsWith('http'), 10_000);
    await input.fill(`${origin}/old-pricing`);
    await wb.page.keyboard.press('Enter');

    const view = await resultView();
    const rows = view.locator('table.hops tr.hop');
    await waitFor('three hops', async () => (await rows.count()) === 3, 30_000);
    const cells = async (i: number) => (await rows.nth(i).locator('td').allInnerTexts()).map((t) => t.trim());
    const [first, second, third] = [await cells(0), await cells(1), await cells(2)];
    assert.deepStrictEqual(first.slice(0, 5), ['1', 'HEAD', `${origin}/old-pricing`, '301 Moved Permanently', '/pricing']);
    assert.deepStrictEqual(second.slice(0, 5), ['2', 'HEAD', `${origin}/pricing`, `302 ${evilStatus}`, '/pricing/2026?ref=old']);
    assert.deepStrictEqual(third.slice(0, 5), ['3', 'HEAD', `${origin}/pricing/2026?ref=old`, '200 OK', '—']);
    assert.match(third[5], /^\d+(\.\d+)? ms$/);

    // One-line explanations from the dataset, and notes.
    const explanations = await view.locator('tr.explanation').allInnerTexts();
    assert.match(explanations[0], /301 Moved Permanently — /);
    const notes = await view.locator('.notes li').allInnerTexts();
    assert.ok(notes.some((n) => /browsers cache this 301 for 24 h/.test(n)), notes.join('\n'));
    assert.ok(notes.some((n) => /97 of 100 requests left, resets in 42 s/.test(n)), notes.join('\n'));

    // The final headers show the hostile value as text; nothing was injected or ran.
    const headerText = await view.locator('table.headers').innerText();
    assert.ok(headerText.includes(evilHeader), headerText);
    const injected = await view.locator('body').evaluate(() => ({
      elements: document.querySelectorAll('img, b, iframe, object, embed, svg').length,
      // VS Code itself injects #_vscodeApiScript (acquireVsCodeApi); every other script must be our bundle.
      scripts: Array.from(document.querySelectorAll('script')).filter((s) => s.id !== '_vscodeApiScript')
        .map((s) => (s.getAttribute('src') ? 'bundle' : `inline: ${s.outerHTML.slice(0, 200)}`)),
      handlers: Array.from(document.querySelectorAll('*')).filter((e) => Array.from(e.attributes).some((a) => /^on/i.test(a.name))).length,
      pwned: (window as unknown as { __pwned?: string }).__pwned ?? 'nothing ran',
    }));
    assert.deepStrictEqual(injected, { elements: 0, scripts: ['bundle'], handlers: 0, pwned: 'nothing ran' });

    // The README's screenshot: the real result view, with the side bar out of the way.
    await wb.runCommand('View: Close Primary Side Bar');
    await wb.screenshot(readmeScreenshot('check-url.png'));
    await wb.runCommand('View: Toggle Primary Side Bar Visibility');
  });

  it('the API playground sends a POST only when Send is clicked and shows the JSON pretty-printed', async () => {
    const view = await resultView();
    await view.locator('#playground summary').click();
    await view.locator('#pg-method').selectOption('POST');
    await view.locator('#pg-url').fill(`${origin}/api/items`);
    await view.locator('#pg-headers').fill('Content-Type: application/json');
    await view.locator('#pg-body').fill('{"name":"widget","qty":2}');
    assert.deepStrictEqual(apiRequests, [], 'nothing is sent before the click');
    await view.locator('#pg-send').click();
    const status = view.locator('#pg-result .pg-status');
    await status.waitFor({ timeout: 30_000 });
    assert.match(await status.innerText(), /^201 Created/);
    assert.deepStrictEqual(apiRequests, ['POST application/json {"name":"widget","qty":2}']);
    const body = await view.locator('#pg-result pre.body').innerText();
    assert.strictEqual(body, JSON.stringify({ id: 7, received: { name: 'widget', qty: 2 }, note: '<script>window.__pwned="json"</script>' }, null, 2));
    assert.strictEqual(await view.locator('body').evaluate(() => (window as unknown as { __pwned?: string }).__pwned ?? 'nothing ran'), 'nothing ran');
  });

  it('re-checks from "More options" with following off: one hop', async () => {
    const view = await resultView();
    await view.locator('#more-options summary').click();
    await view.locator('#follow').uncheck();
    await view.locator('#check').click();
    const rows = view.locator('table.hops tr.hop');
    await waitFor('a single hop', async () => (await rows.count()) === 1, 30_000);
    assert.match(await rows.first().innerText(), /301 Moved Permanently/);
  });
});
