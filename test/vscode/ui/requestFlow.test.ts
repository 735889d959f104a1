// The request-flow drawings as a user meets them in the real workbench: 503's card in the cheat sheet
// and the 500/502 comparison, each with its drawing, its text alternative (read through the page's
// accessibility tree) and, in the comparison, the rows where the flows differ; README screenshots.
import * as assert from 'assert';
import type { FrameLocator, Locator } from 'playwright-core';
import { flowSentences } from '../../../server/src/service/requestFlow';
import { realDataset } from '../../support/realDataset';
import { waitFor } from '../codeServer';
import { readmeScreenshot } from './readmeScreenshot';
import { Workbench, workbench } from './workbench';

const dataset = realDataset();
const iana = (code: number) => dataset.codes.find((e) => e.code === code)!.meanings[0];

/** Starts recording CSP violations in a webview page (a drawing placed with inline styles would add some). */
async function recordViolations(frame: FrameLocator): Promise<void> {
  await frame.locator('body').evaluate(() => {
    const w = window as unknown as { __flowViolations?: string[] };
    if (w.__flowViolations) return;
    w.__flowViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__flowViolations!.push(`${e.effectiveDirective} ${e.sample}`));
  });
}

async function violations(frame: FrameLocator): Promise<string[]> {
  return frame.locator('body').evaluate(() => (window as unknown as { __flowViolations?: string[] }).__flowViolations ?? ['not recording']);
}

/** Horizontal centre of an element, in page pixels. */
async function centreX(locator: Locator): Promise<number> {
  const box = await locator.boundingBox();
  assert.ok(box, 'the element is drawn');
  return box.x + box.width / 2;
}

/** True when the element takes no visible room (a text alternative for screen readers only). */
async function visuallyHidden(locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  return box !== null && box.width <= 1 && box.height <= 1;
}

describe('vscode UI: request flows in the cheat sheet and the comparison', function () {
  this.timeout(120_000);
  let wb: Workbench;
  let view: FrameLocator;

  before(async () => {
    wb = await workbench();
  });

  after(async () => {
    await wb?.closeAllEditors().catch(() => undefined);
  });

  it('503\'s card draws its flow, with a text alternative and no CSP violation', async () => {
    await wb.runCommand('HTTP Status Lens: Show Cheat Sheet');
    view = await wb.webviewWith('#search');
    await waitFor('the cheat sheet to load its data', async () => !(await view.locator('#status').innerText()).startsWith('Loading'), 30_000);
    await recordViolations(view);
    if (await view.locator('.card').isVisible()) await view.locator('.card').press('Escape');
    await view.locator('#search').fill('503');
    await view.locator('#status', { hasText: 'for “503”' }).waitFor();
    await view.locator('#search').press('Enter');

    const meaning = iana(503);
    const figure = view.locator('.card figure.flow').first();
    await figure.waitFor();
    assert.strictEqual(await figure.getAttribute('aria-label'), `Request flow of 503 ${meaning.name}`);
    assert.strictEqual(await view.locator('.card figure.flow').count(), dataset.codes.find((e) => e.code === 503)!.meanings.length, 'one per meaning');

    // The drawing: a lane per actor, a row per step, ✕ and the code on the server's lane.
    const diagram = figure.locator('.flow-diagram');
    assert.ok(await diagram.isVisible());
    assert.strictEqual(await diagram.getAttribute('aria-hidden'), 'true');
    assert.deepStrictEqual(await diagram.locator('.flow-head').allInnerTexts(), ['Client', 'Server']);
    const steps = diagram.locator('.flow-step');
    assert.strictEqual(await steps.count(), meaning.flow.length);
    const failing = diagram.locator('.flow-step.fails.sends-status');
    assert.strictEqual(await failing.count(), 1);
    assert.strictEqual((await failing.locator('.flow-mark').innerText()).trim(), '✕ 503');
    assert.strictEqual(await failing.locator('.flow-does').innerText(), `Server / app ${meaning.flow[1].does}`);
    // The arrow into the server runs from the client's lane to the server's (placed by classes alone).
    const arrow = failing.locator('.flow-arrow');
    const [client, server] = [await centreX(diagram.locator('.flow-head').nth(0)), await centreX(diagram.locator('.flow-head').nth(1))];
    const box = (await arrow.boundingBox())!;
    assert.ok(Math.abs(box.x - client) <= 3 && Math.abs(box.x + box.width - server) <= 3, `arrow ${box.x}–${box.x + box.width}, lanes at ${client} and ${server}`);

    // The text alternative: hidden from sight, read by screen readers instead of the drawing.
    const alternative = figure.locator('.flow-alt');
    assert.ok(await visuallyHidden(alternative), 'the text alternative takes no room on screen');
    assert.deepStrictEqual(await alternative.locator('li').allTextContents(), flowSentences(503, meaning, dataset.actors));
    const tree = await figure.ariaSnapshot();
    assert.match(tree, /figure "Request flow of 503 Service Unavailable"/);
    assert.ok(tree.includes('listitem: "Step 2, Server / app: is overloaded or in maintenance, sends 503 (it fails here; 503 comes from here)."'), tree);
    assert.ok(!tree.includes('✕') && !tree.includes('Client sends the request'), `the drawing itself is not read out: ${tree}`);

    assert.deepStrictEqual(await violations(view), []);
    await figure.scrollIntoViewIfNeeded();
    await wb.page.locator('.part.sidebar').screenshot({ path: readmeScreenshot('request-flow-card.png') });
  });

  it('the 500/502 comparison lines the flows up by actor and marks the rows where they differ', async () => {
    await view.locator('.card').press('Escape');
    await view.locator('#code-list').waitFor();
    await view.locator('#search').fill('500');
    await view.locator('#status', { hasText: 'for “500”' }).waitFor();
    await view.locator('#search').press('Enter');
    await view.locator('.card h2', { hasText: '500' }).waitFor();
    await view.locator('.card button', { hasText: 'Compare 500 with 502' }).click();

    const panel = await wb.webviewWith('.flows table.flow-compare', 30_000);
    const section = panel.locator('section.flows');
    const table = section.locator('table.flow-compare');
    assert.strictEqual(await table.getAttribute('aria-hidden'), 'true');
    const headers = (await table.locator('thead tr').first().locator('th').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
    assert.deepStrictEqual(headers, [`500 ${iana(500).name}`, `502 ${iana(502).name}`]);
    assert.deepStrictEqual((await table.locator('.flow-lines td.hint').allInnerTexts()).map((t) => t.trim()),
      ['Client → ✕ Server ⇒ 500 from the server', 'Client → Proxy → ✕ Upstream ⇒ 502 from the proxy']);

    const rows = table.locator('tbody tr');
    const labels = (await rows.locator('th').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
    assert.deepStrictEqual(labels, ['Client', '≠ Gateway / proxy', '≠ Server / Upstream', '≠ Gateway / proxy']);
    assert.deepStrictEqual(await rows.evaluateAll((trs) => trs.map((tr) => tr.className)), ['same', 'differs', 'differs', 'differs']);
    // The leg where they differ: the 500 fails at the server that sends it, the 502 at the upstream behind the proxy.
    const leg = rows.nth(2).locator('td');
    assert.match(await leg.nth(0).getAttribute('class') ?? '', /\bfails\b.*\bsends-status\b/);
    assert.strictEqual((await leg.nth(0).locator('.flow-mark').innerText()).trim(), '✕ 500');
    assert.match(await leg.nth(1).getAttribute('class') ?? '', /\bfails\b/);
    assert.strictEqual((await leg.nth(1).locator('.flow-mark').innerText()).trim(), '✕');
    assert.strictEqual((await rows.nth(1).locator('td').nth(0).innerText()).trim(), '—', '500 passes no proxy');
    const marked = await rows.nth(2).locator('th').evaluate((th) => getComputedStyle(th).borderLeftWidth);
    assert.strictEqual(marked, '3px', 'a differing row is marked on screen');

    const alternative = section.locator('.flow-alt');
    assert.ok(await visuallyHidden(alternative));
    const tree = await section.ariaSnapshot();
    assert.match(tree, /the flows differ in rows 2 \(Gateway \/ proxy\), 3 \(Server \/ Upstream\) and 4 \(Gateway \/ proxy\), and agree in row 1 \(Client\)\./);
    assert.match(tree, /500 Internal Server Error: Step 1, Client: sends the request\. Step 2, Server \/ app: hits an unexpected error and sends 500 \(it fails here; 500 comes from here\)\./);
    assert.match(tree, /502 Bad Gateway: .*Step 3, Upstream \/ origin: crashes, resets or sends invalid HTTP \(it fails here\)\./);
    assert.ok(!/table|cell|≠/.test(tree), `the drawing is not read out: ${tree}`);

    await wb.page.locator('.part.editor').screenshot({ path: readmeScreenshot('request-flow-compare.png') });
  });
});
