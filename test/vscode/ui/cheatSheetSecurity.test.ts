// Hostile data in the cheat sheet renders as text, and its CSP blocks inline script: run in the real
// webview of the real workbench. The hostile dataset is handed to the page the way the extension hands
// it the real one: a "dataset" message.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { FrameLocator } from 'playwright-core';
import type { Dataset, FlowActorId, StatusMeaning } from '../../../server/src/service/dataset';
import { root, waitFor } from '../codeServer';
import { Workbench, workbench } from './workbench';

const real = JSON.parse(fs.readFileSync(path.join(root, 'data', 'status-codes.json'), 'utf8')) as Dataset;

const payloads = {
  script: '<script>window.__pwned = "script"</script>',
  img: '<img src=x onerror="window.__pwned = \'img\'">',
  svg: '<svg onload="window.__pwned = \'svg\'"></svg>',
  bold: '<b>not bold</b>',
};

const hostileMeaning: StatusMeaning = {
  source: 'evil', name: `Evil ${payloads.script}`, aliases: [payloads.svg], summary: payloads.img,
  description: `${payloads.bold} and ${payloads.img}`, whenToUse: [payloads.svg], commonCauses: [payloads.script],
  headers: [payloads.img], cacheable: false, bodyAllowed: true, confusedWith: [502],
  spec: { title: payloads.bold, url: 'javascript:window.__pwned="link"' }, mdn: 'javascript:alert(1)', onTheWire: payloads.img,
  flow: [
    { actor: 'client', does: payloads.script },
    { actor: 'proxy', does: payloads.svg, fails: true, producesStatus: true },
    // An actor outside the fixed set would become a class name: the step is dropped.
    { actor: 'x" onmouseover="window.__pwned=1' as FlowActorId, does: payloads.img },
  ],
};

const hostile: Dataset = {
  ...real,
  sources: { ...real.sources, evil: { name: payloads.img, kind: 'vendor' } },
  actors: { ...real.actors, proxy: { name: payloads.bold, short: payloads.svg } },
  codes: [...real.codes, { code: 597, meanings: [hostileMeaning] }],
  comparisons: [...real.comparisons, {
    id: 'evil', codes: [502, 597], title: payloads.script, keyInsight: payloads.img,
    decisionGuide: [{ code: 597, useWhen: payloads.svg }, { code: 502, useWhen: payloads.bold }],
  }],
};

async function cheatSheet(wb: Workbench): Promise<FrameLocator> {
  const open = await wb.page.locator('.part.sidebar').isVisible()
    && (await wb.page.locator('.sidebar .composite.title').first().innerText().catch(() => '')).includes('HTTP Status Lens');
  if (!open) await wb.page.locator('.activitybar .action-item a[aria-label^="HTTP Status Lens"]').click();
  const view = await waitFor('the cheat sheet webview', async () => {
    const count = await wb.page.locator('iframe.webview.ready').count();
    for (let i = 0; i < count; i++) {
      const frame = wb.webviewFrame(i);
      if (await frame.locator('#code-list [role="option"]').count().catch(() => 0)) return frame;
    }
    return undefined;
  }, 30_000, 200);
  // Start from the list: the Codes tab, no card open.
  await view.locator('[role="tab"]', { hasText: 'Codes' }).click();
  if (await view.locator('.card').isVisible()) await view.locator('.card').press('Escape');
  return view;
}

function sendDataset(view: FrameLocator, dataset: Dataset): Promise<void> {
  return view.locator('body').evaluate((_body, data) => {
    window.dispatchEvent(new MessageEvent('message', { data: { type: 'dataset', dataset: data } }));
  }, dataset);
}

describe('vscode UI: cheat sheet security (hostile data, CSP)', function () {
  this.timeout(120_000);
  let wb: Workbench;
  let view: FrameLocator;

  before(async () => {
    wb = await workbench();
    view = await cheatSheet(wb);
  });

  after(async () => {
    if (view) await sendDataset(view, real).catch(() => undefined);
  });

  it('renders markup in data as text and runs none of it', async () => {
    await sendDataset(view, hostile);
    await view.locator('#search').fill('597');
    const option = view.locator('[role="option"][data-code="597"]');
    await option.waitFor();
    assert.ok((await option.innerText()).includes(payloads.script), 'the name shows as text in the list');
    await option.click();
    const card = view.locator('.card');
    await card.waitFor();
    const text = await card.innerText();
    for (const payload of Object.values(payloads)) assert.ok(text.includes(payload), `shown as text: ${payload}`);
    const injected = await view.locator('body').evaluate(() => ({
      elements: document.querySelectorAll('img, svg, b, iframe, object, embed').length,
      // VS Code adds its own bootstrap script; none may carry our data.
      scripts: Array.from(document.querySelectorAll('script')).filter((s) => (s.textContent ?? '').includes('__pwned')).length,
      handlers: Array.from(document.querySelectorAll('*')).filter((e) => Array.from(e.attributes).some((a) => /^on/i.test(a.name))).length,
      pwned: (window as unknown as { __pwned?: string }).__pwned ?? 'nothing ran',
    }));
    assert.deepStrictEqual(injected, { elements: 0, scripts: 0, handlers: 0, pwned: 'nothing ran' });
    // The flow drawing shows the two well-formed steps, its text alternative too, and nothing else.
    assert.strictEqual(await card.locator('.flow-diagram .flow-step').count(), 2);
    assert.strictEqual(await card.locator('.flow-alt li').count(), 2);
    assert.strictEqual(await card.locator('.flow-head').nth(1).innerText(), payloads.svg);

    await view.locator('[role="tab"]', { hasText: 'Quiz' }).click();
    await view.locator('.choice').first().waitFor();
    await view.locator('[role="tab"]', { hasText: 'Codes' }).click();
    assert.strictEqual(await view.locator('body').evaluate(() => document.querySelectorAll('img, svg, b').length), 0);
  });

  it('its Content-Security-Policy blocks inline script and reports the violation', async () => {
    const result = await view.locator('body').evaluate(() => {
      const w = window as unknown as { __violations: string[]; __inline?: number; __attr?: number };
      w.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(e.effectiveDirective));
      const script = document.createElement('script');
      script.textContent = 'window.__inline = 1';
      document.body.appendChild(script);
      const div = document.createElement('div');
      div.setAttribute('onclick', 'window.__attr = 1');
      document.body.appendChild(div);
      div.click();
      return { inline: w.__inline ?? 'blocked', attr: w.__attr ?? 'blocked', csp: document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') };
    });
    assert.deepStrictEqual([result.inline, result.attr], ['blocked', 'blocked'], 'nothing ran');
    assert.match(result.csp ?? '', /^default-src 'none'; style-src [^;]+; script-src 'nonce-[A-Za-z0-9+/=]{16,}';/);
    const violations = await waitFor('two CSP violation reports', async () => {
      const seen = await view.locator('body').evaluate(() => (window as unknown as { __violations: string[] }).__violations);
      return seen.length >= 2 ? seen : undefined;
    }, 10_000);
    assert.deepStrictEqual([...violations].sort(), ['script-src-attr', 'script-src-elem']);
  });
});
