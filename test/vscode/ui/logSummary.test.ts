// The log summary as a user meets it in the real workbench: open an access log, hover a 499, run
// "HTTP Status Lens: Summarize Status Codes" from the palette, read the view from the screen.
// The log is generated into the scratch workspace so its counts are known; a path in it carries HTML
// that must show as inert text.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { FrameLocator } from 'playwright-core';
import { readmeScreenshot } from './readmeScreenshot';
import { Workbench, workbench } from './workbench';

// NGINX escapes a quote in the request as \x22 and a space is never raw: the hostile path has neither.
const evilPath = '/search/<img/src=x/onerror=window.__pwned=1>';

/** An NGINX log over six hours: mostly 200, some redirects and 404s, a burst of 499/502/504 on /api/report. */
function generateLog(): { text: string; counts: Map<number, number>; report502: number } {
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const p = (n: number) => String(n).padStart(2, '0');
  const start = Date.UTC(2026, 10, 24, 6, 0, 0);
  const counts = new Map<number, number>();
  let report502 = 0;
  const lines: string[] = [];
  const paths = ['/', '/pricing', '/docs/getting-started', '/api/items', '/static/app.js', '/login'];
  for (let i = 0; i < 3000; i++) {
    const t = new Date(start + i * 7200); // every 7.2 s: six hours
    const burst = i >= 1900 && i < 2200;
    let status = 200;
    let pathName = paths[i % paths.length];
    if (i === 2) { status = 499; pathName = '/api/report'; } // on screen when the log opens
    else if (burst && i % 3 === 0) { status = i % 2 ? 502 : 504; pathName = '/api/report'; }
    else if (burst && i % 5 === 0) { status = 499; pathName = '/api/report'; }
    else if (i % 41 === 0) { status = 404; pathName = i % 2 ? '/favicon.ico' : '/wp-login.php'; }
    else if (i % 97 === 0) { status = 404; pathName = evilPath; }
    else if (i % 13 === 0) { status = 301; pathName = '/old-pricing'; }
    else if (i % 17 === 0) status = 304;
    else if (i % 251 === 0) { status = 500; pathName = '/api/items'; }
    if (status === 502 && pathName === '/api/report') report502++;
    counts.set(status, (counts.get(status) ?? 0) + 1);
    const stamp = `${p(t.getUTCDate())}/${months[t.getUTCMonth()]}/${t.getUTCFullYear()}:${p(t.getUTCHours())}:${p(t.getUTCMinutes())}:${p(t.getUTCSeconds())} +0000`;
    lines.push(`203.0.113.${i % 250} - - [${stamp}] "GET ${pathName} HTTP/1.1" ${status} ${(i * 37) % 5000} "-" "Mozilla/5.0"`);
  }
  return { text: lines.join('\n') + '\n', counts, report502 };
}

describe('vscode UI: log summary (open a log → hover → Summarize Status Codes → view)', function () {
  this.timeout(180_000);
  let wb: Workbench;
  const log = generateLog();

  before(async () => {
    wb = await workbench();
    fs.mkdirSync(path.join(wb.workspace, 'logs'), { recursive: true });
    fs.writeFileSync(path.join(wb.workspace, 'logs', 'access.log'), log.text);
  });

  after(async () => {
    await wb?.closeAllEditors().catch(() => undefined);
  });

  function summaryView(): Promise<FrameLocator> {
    return wb.webviewWith('main#summary #codes', 90_000);
  }

  it('explains 499 on hover in the NGINX log', async () => {
    await wb.openFile('logs/access.log');
    // Log lines are wider than the editor: wrap them so the status column is on screen.
    await wb.runCommand('View: Toggle Word Wrap');
    const hover = await wb.hoverToken('499', { contains: 'Client Closed Request', timeoutMs: 60_000 });
    assert.match(hover, /nothing was sent/);
  });

  it('summarizes the log: classes, codes with counts, top paths, meanings, a timeline — text only', async () => {
    await wb.runCommand('HTTP Status Lens: Summarize Status Codes', { opensInput: true });

    const view = await summaryView();
    assert.match(await view.locator('#meta').innerText(), /NGINX\/Apache access log · 3,000 requests in 3,000 lines/);

    // Every code with its count, as the generator wrote them.
    const shown = await view.locator('#codes .row').evaluateAll((rows) => rows.map((r) => [
      Number(r.getAttribute('data-code')), (r.querySelector('.count')?.textContent ?? '').replace(/,/g, ''),
    ]));
    assert.deepStrictEqual(shown, [...log.counts].sort((a, b) => a[0] - b[0]).map(([code, n]) => [code, String(n)]));
    assert.match(await view.locator('#codes .row[data-code="499"] .label').innerText(), /499 Client Closed Request/);

    // Top paths of a failing code; the hostile path is shown as text.
    const paths502 = await view.locator('#paths .paths[data-code="502"] tbody tr').allInnerTexts();
    assert.match(paths502[0], new RegExp(`^${log.report502}\\s+/api/report$`));
    const paths404 = await view.locator('#paths .paths[data-code="404"] td.path').allInnerTexts();
    assert.ok(paths404.includes(evilPath), paths404.join('\n'));

    // Meanings in the log's vendor context.
    const meaning499 = await view.locator('#meanings dt[data-code="499"]').innerText();
    assert.match(meaning499, /Client Closed Request · NGINX/);
    assert.match(await view.locator('#meanings dd').nth(await indexOfCode(view, 499)).innerText(), /only logged/);

    // A timeline of stacked bars, one group per bucket.
    assert.ok(await view.locator('#timeline svg g').count() > 10);

    const page = await view.locator('body').evaluate(() => ({
      csp: document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '',
      injected: document.querySelectorAll('img, iframe, object, embed').length,
      handlers: Array.from(document.querySelectorAll('*')).filter((e) => Array.from(e.attributes).some((a) => /^on/i.test(a.name))).length,
      // VS Code's own acquireVsCodeApi script aside, only our bundle runs.
      inlineScripts: Array.from(document.querySelectorAll('script'))
        .filter((s) => !s.getAttribute('src') && s.id !== '_vscodeApiScript').map((s) => s.outerHTML.slice(0, 300)),
      pwned: (window as unknown as { __pwned?: number }).__pwned ?? 0,
    }));
    assert.match(page.csp, /default-src 'none'/);
    assert.match(page.csp, /script-src 'nonce-[A-Za-z0-9+/=]{16,}'/);
    assert.deepStrictEqual({ ...page, csp: undefined }, { csp: undefined, injected: 0, handlers: 0, inlineScripts: [], pwned: 0 });

    // The README picture: the log beside its summary, without the side bars.
    await tryCommand('View: Toggle Primary Side Bar Visibility');
    await tryCommand('View: Hide Secondary Side Bar');
    // Hiding the side bars re-orders the webview frames: find the summary again.
    await (await summaryView()).locator('#timeline').waitFor({ state: 'visible' });
    await wb.screenshot(readmeScreenshot('log-summary.png'));
    await tryCommand('View: Toggle Primary Side Bar Visibility');
    await tryCommand('View: Toggle Word Wrap');
  });
});

/** Layout commands for the picture only: their titles vary between VS Code versions. */
async function tryCommand(title: string): Promise<void> {
  const wb = await workbench();
  await wb.runCommand(title).catch(() => wb.page.keyboard.press('Escape'));
}

async function indexOfCode(view: FrameLocator, code: number): Promise<number> {
  const codes = await view.locator('#meanings dt').evaluateAll((dts) => dts.map((d) => Number(d.getAttribute('data-code'))));
  const at = codes.indexOf(code);
  assert.ok(at >= 0, `${code} in the meanings`);
  return at;
}
