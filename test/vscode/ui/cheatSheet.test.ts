// The cheat sheet, comparison and lookup as a user meets them in the real workbench: the activity-bar
// container, the search box, the card, inserting into an editor, the compare command's quick pick and
// table, the quiz, theme colours; screenshots for the README come from here.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { FrameLocator, Locator } from 'playwright-core';
import { Dataset, StatusCodeIndex } from '../../../server/src/service/dataset';
import { root, waitFor } from '../codeServer';
import { readmeScreenshot } from './readmeScreenshot';
import { Workbench, workbench } from './workbench';

const dataset = JSON.parse(fs.readFileSync(path.join(root, 'data', 'status-codes.json'), 'utf8')) as Dataset;
const index = new StatusCodeIndex(dataset);
const name = (code: number): string => index.primary(code)!.name;

/** The content frame of the first webview whose page has `selector` (views and panels alike). */
async function webviewWith(wb: Workbench, selector: string, timeoutMs = 30_000): Promise<FrameLocator> {
  return waitFor(`a webview showing ${selector}`, async () => {
    const count = await wb.page.locator('iframe.webview.ready').count();
    for (let i = 0; i < count; i++) {
      const frame = wb.webviewFrame(i);
      if (await frame.locator(selector).count().catch(() => 0)) return frame;
    }
    return undefined;
  }, timeoutMs, 200);
}

function activityBarItem(wb: Workbench): Locator {
  return wb.page.locator('.activitybar .action-item a[aria-label^="HTTP Status Lens"]');
}

async function sideBarShowsCheatSheet(wb: Workbench): Promise<boolean> {
  return await wb.page.locator('.part.sidebar').isVisible()
    && (await wb.page.locator('.sidebar .composite.title').first().innerText().catch(() => '')).includes('HTTP Status Lens');
}

/**
 * Runs a command from the palette by its exact title, returning once it is chosen (Workbench.runCommand:
 * the palette is opened and filled again until the command is listed — it can close under the test when
 * focus moves between a webview and the workbench, as seen on CI).
 */
async function runPaletteCommand(wb: Workbench, title: string): Promise<void> {
  await wb.runCommand(title, { opensInput: true });
}

/** Runs a command that opens a quick pick of its own; returns that pick's input once its placeholder shows. */
async function runPickCommand(wb: Workbench, title: string, placeholder: string): Promise<Locator> {
  await runPaletteCommand(wb, title);
  const pick = wb.page.locator(`.quick-input-widget input.input[placeholder^="${placeholder}"]`);
  await pick.waitFor({ state: 'visible', timeout: 20_000 });
  return pick;
}

/** The cheat sheet's page, once it has its data; shown with "HTTP Status Lens: Show Cheat Sheet" if hidden. */
async function openCheatSheet(wb: Workbench): Promise<FrameLocator> {
  if (!(await sideBarShowsCheatSheet(wb))) await runPaletteCommand(wb, 'HTTP Status Lens: Show Cheat Sheet');
  const view = await webviewWith(wb, '#search');
  // The page is ready once the dataset has arrived (the status line stops saying "Loading").
  await waitFor('the cheat sheet to load its data', async () => !(await view.locator('#status').innerText()).startsWith('Loading'), 30_000);
  return view;
}

async function search(view: FrameLocator, query: string): Promise<void> {
  const box = view.locator('#search');
  await box.click();
  await box.fill(query);
  await view.locator('#status', { hasText: query.trim() ? `for “${query.trim()}”` : /codes?$/ }).waitFor();
}

async function optionCodes(view: FrameLocator): Promise<number[]> {
  return (await view.locator('#code-list [role="option"]').evaluateAll((options) => options.map((o) => Number(o.getAttribute('data-code')))));
}

describe('vscode UI: cheat sheet, compare and lookup', function () {
  this.timeout(120_000);
  let wb: Workbench;

  before(async () => {
    wb = await workbench();
  });

  after(async () => {
    await wb?.closeAllEditors().catch(() => undefined);
  });

  it('opens from its activity-bar icon, lists every class and the vendor codes', async () => {
    if (!(await sideBarShowsCheatSheet(wb))) await activityBarItem(wb).click();
    const view = await openCheatSheet(wb);
    await search(view, '');
    const groups = await view.locator('.group-title').allInnerTexts();
    for (const title of ['Informational', 'Success', 'Redirection', 'Client Error', 'Server Error', 'NGINX', 'Cloudflare']) {
      assert.ok(groups.some((g) => g.toLowerCase().includes(title.toLowerCase())), `group ${title} in ${groups.join(' | ')}`);
    }
    const listed = new Set(await optionCodes(view));
    for (const entry of dataset.codes) assert.ok(listed.has(entry.code), `${entry.code} listed`);
    assert.strictEqual(await view.locator('#code-list').getAttribute('role'), 'listbox');
    assert.match(await view.locator('#status').innerText(), new RegExp(`^${(await view.locator('[role="option"]').count())} codes$`));
  });

  it('searching "gateway" shows 502 and 504; arrows move the active option', async () => {
    const view = await openCheatSheet(wb);
    await search(view, 'gateway');
    const codes = await optionCodes(view);
    assert.ok(codes.includes(502) && codes.includes(504), `gateway → ${codes.join(', ')}`);
    assert.ok(!codes.includes(200) && !codes.includes(404));
    const box = view.locator('#search');
    const first = await box.getAttribute('aria-activedescendant');
    await box.press('ArrowDown');
    const second = await box.getAttribute('aria-activedescendant');
    assert.ok(first && second && first !== second, `active option moved from ${first} to ${second}`);
    assert.strictEqual(await view.locator(`[id="${second}"]`).getAttribute('aria-selected'), 'true');
    await wb.screenshot(readmeScreenshot('cheat-sheet.png'));
  });

  it('"50" narrows to the 50x codes', async () => {
    const view = await openCheatSheet(wb);
    await search(view, '50');
    const codes = await optionCodes(view);
    assert.ok(codes.length > 0 && codes.every((c) => c >= 500 && c <= 509), codes.join(', '));
  });

  it('Enter on 503 shows its full card; Escape returns to the list', async () => {
    const view = await openCheatSheet(wb);
    await search(view, '503');
    await view.locator('#search').press('Enter');
    const card = view.locator('.card');
    await card.waitFor();
    const meaning = index.primary(503)!;
    assert.strictEqual((await card.locator('h2').innerText()).replace(/\s+/g, ' ').trim(), `503 ${meaning.name}`);
    const text = await card.innerText();
    assert.ok(text.includes(meaning.summary), 'summary');
    for (const line of meaning.whenToUse) assert.ok(text.includes(line), `when to use: ${line}`);
    for (const header of meaning.headers) assert.ok(text.includes(header), `header ${header}`);
    assert.ok(await card.locator('h2').evaluate((h) => h === document.activeElement), 'the card title has focus');
    await card.locator('h2').press('Escape');
    await view.locator('#code-list').waitFor();
    assert.ok(await view.locator('#search').evaluate((s) => s === document.activeElement), 'focus back in the search box');
  });

  it('a code with several meanings shows all of them on its card', async () => {
    const several = dataset.codes.find((e) => e.meanings.length > 1);
    assert.ok(several, 'the dataset has a code with several meanings');
    const view = await openCheatSheet(wb);
    await search(view, String(several.code));
    await view.locator(`[role="option"][data-code="${several.code}"]`).first().click();
    const articles = view.locator('.card article.meaning');
    await articles.first().waitFor();
    assert.strictEqual(await articles.count(), several.meanings.length);
    const text = await view.locator('.card').innerText();
    for (const m of several.meanings) assert.ok(text.includes(m.name), m.name);
    await view.locator('.card').press('Escape');
  });

  it('"Insert" puts the code at the cursor of the editor', async () => {
    fs.writeFileSync(path.join(wb.workspace, 'src', 'insert-here.js'), 'const status = ;\n');
    await wb.openFile('src/insert-here.js');
    await wb.page.keyboard.press('Control+Home');
    await wb.page.keyboard.press('End');
    await wb.page.keyboard.press('ArrowLeft');
    const view = await openCheatSheet(wb);
    await search(view, '503');
    await view.locator('#search').press('Enter');
    await view.locator('.card button', { hasText: 'Insert 503' }).click();
    // The line may also show the name as an inlay hint after 503 (decoration, not text).
    await waitFor('the editor to show the inserted code', async () => /const status = 503(?:\s*Service Unavailable)?;/.test(await wb.editorText()), 15_000);
    // Typing goes on in the editor: the insert gives it the focus back.
    await wb.page.locator('.editor-instance .monaco-editor.focused').waitFor({ timeout: 15_000 });
  });

  it('"HTTP Status Lens: Compare Status Codes" for 500, 502, 503 shows the side-by-side table', async () => {
    const input = await runPickCommand(wb, 'HTTP Status Lens: Compare Status Codes', 'Pick two or more codes');
    for (const code of [500, 502, 503]) {
      await input.fill(String(code));
      const row = wb.page.locator('.quick-input-list .monaco-list-row', { hasText: `${code} ${name(code)}` }).first();
      await row.locator('.quick-input-list-checkbox, input[type="checkbox"], .monaco-checkbox').first().click();
    }
    await input.fill('');
    await input.press('Enter');
    const panel = await webviewWith(wb, 'table.comparison');
    const headers = (await panel.locator('table.comparison thead th').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
    assert.deepStrictEqual(headers, [500, 502, 503].map((c) => `${c} ${name(c)}`));
    const rows = await panel.locator('table.comparison tbody th').allInnerTexts();
    for (const row of ['Name', 'Class', 'Meaning', 'When to use', 'Common causes', 'Headers', 'Cacheable', 'Body']) {
      assert.ok(rows.includes(row), `row ${row} in ${rows.join(', ')}`);
    }
    const curated = index.findComparison([500, 502, 503]);
    assert.ok(curated, 'the dataset has a comparison covering 500, 502 and 503');
    assert.strictEqual((await panel.locator('.key-insight').innerText()).trim(), curated.keyInsight);
    const guide = await panel.locator('table.decision-guide tbody td').allInnerTexts();
    assert.deepStrictEqual(guide.map((t) => t.trim()), curated.decisionGuide.map((l) => l.useWhen));
    await wb.screenshot(readmeScreenshot('compare.png'));
  });

  it('the comparison comes back with the same codes after the window reloads', async () => {
    // The workbench's own reload shuts down in order (its state saved), as a user's reload does; a
    // bare page reload in the browser may leave before the open editors are stored.
    await wb.runCommand('Developer: Reload Window');
    await wb.page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    // VS Code restores a webview panel's tab at once and its content when the tab is shown.
    const tab = wb.page.locator('.tabs-container .tab', { hasText: 'Compare 500 · 502 · 503' });
    await tab.waitFor({ timeout: 90_000 });
    await tab.click();
    const panel = await webviewWith(wb, 'table.comparison', 60_000);
    const headers = (await panel.locator('table.comparison thead th').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
    assert.deepStrictEqual(headers, [500, 502, 503].map((c) => `${c} ${name(c)}`));
  });

  it('the hover\'s "Compare with" link opens the comparison without asking', async () => {
    const other = index.primary(502)!.confusedWith.find((c) => index.get(c) && c !== 502);
    assert.ok(other, '502 names a code it is confused with');
    await wb.openFile('src/app.js');
    await wb.hoverToken('502', { contains: 'Compare with' });
    await wb.page.locator('.monaco-hover:not(.hidden) a', { hasText: `${other} ${name(other)}` }).first().click();
    const panel = await waitFor(`a comparison of 502 and ${other}`, async () => {
      const count = await wb.page.locator('iframe.webview.ready').count();
      for (let i = 0; i < count; i++) {
        const frame = wb.webviewFrame(i);
        const headers = await frame.locator('table.comparison thead th').allInnerTexts().catch(() => [] as string[]);
        if (headers.map((t) => t.replace(/\s+/g, ' ').trim()).join('|') === `502 ${name(502)}|${other} ${name(other)}`) return frame;
      }
      return undefined;
    }, 30_000, 200);
    assert.ok(panel);
    assert.strictEqual(await wb.page.locator('.quick-input-widget').isVisible(), false, 'no quick pick was needed');
  });

  it('"Look Up Status Code" opens the card in the cheat sheet', async () => {
    await wb.pickFromCommand('HTTP Status Lens: Look Up Status Code', 'Type a number', '429', `429 ${name(429)}`);
    const view = await webviewWith(wb, '.card h2');
    await waitFor('the 429 card', async () => (await view.locator('.card h2').innerText()).includes(`429 ${name(429)}`), 15_000);
    await view.locator('.card').press('Escape');
  });

  it('keeps the quiz score and the tab when hidden and shown again', async () => {
    let view = await openCheatSheet(wb);
    await view.locator('[role="tab"]', { hasText: 'Quiz' }).click();
    await view.locator('.choice').first().click();
    await view.locator('.score', { hasText: 'of 1' }).waitFor();
    const score = await view.locator('.score').innerText();
    await view.locator('body').evaluate(() => { (window as unknown as { __samePage: boolean }).__samePage = true; });
    await activityBarItem(wb).click(); // hides the side bar: without retainContextWhenHidden the page goes away
    await waitFor('the side bar to hide', async () => !(await wb.page.locator('.part.sidebar').isVisible()), 10_000);
    await waitFor('the cheat sheet page to go away', async () => {
      const count = await wb.page.locator('iframe.webview.ready').count();
      for (let i = 0; i < count; i++) if (await wb.webviewFrame(i).locator('.score').count().catch(() => 0)) return false;
      return true;
    }, 15_000);
    view = await openCheatSheet(wb);
    await view.locator('.score').waitFor();
    assert.strictEqual(await view.locator('body').evaluate(() => (window as unknown as { __samePage?: boolean }).__samePage ?? 'new page'), 'new page');
    assert.strictEqual(await view.locator('.score').innerText(), score);
    assert.strictEqual(await view.locator('[role="tab"][aria-selected="true"]').innerText(), 'Quiz');
    await view.locator('[role="tab"]', { hasText: 'Codes' }).click();
  });

  it('follows the colour theme (light ↔ dark, high contrast)', async () => {
    const view = await openCheatSheet(wb);
    const colours = () => view.locator('body').evaluate((body) => {
      const style = getComputedStyle(body);
      return { className: body.className, background: style.backgroundColor, color: style.color };
    });
    const switchTheme = async (theme: string, bodyClass: string) => {
      const input = await runPickCommand(wb, 'Preferences: Color Theme', 'Select Color Theme');
      await input.fill(theme);
      await wb.page.locator('.quick-input-list .monaco-list-row', { has: wb.page.locator('.label-name', { hasText: new RegExp(`^${theme}$`) }) }).first().click();
      return waitFor(`the cheat sheet in ${theme}`, async () => {
        const now = await colours();
        return now.className.split(/\s+/).includes(bodyClass) ? now : undefined;
      }, 15_000);
    };
    const startedLight = (await colours()).className.includes('vscode-light');
    const light = await switchTheme('Light Modern', 'vscode-light');
    const dark = await switchTheme('Dark Modern', 'vscode-dark');
    assert.notStrictEqual(dark.background, light.background, 'background follows the theme');
    assert.notStrictEqual(dark.color, light.color, 'text colour follows the theme');
    // High contrast: controls get the theme's contrast border.
    await switchTheme('Dark High Contrast', 'vscode-high-contrast');
    const border = await view.locator('#search').evaluate((input) => {
      const style = getComputedStyle(input);
      return { width: style.borderTopWidth, style: style.borderTopStyle, colour: style.borderTopColor };
    });
    const contrast = await view.locator('body').evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--vscode-contrastBorder').trim());
    assert.ok(contrast, 'the theme defines a contrast border');
    assert.deepStrictEqual([border.width, border.style], ['1px', 'solid']);
    assert.notStrictEqual(border.colour, 'rgba(0, 0, 0, 0)');
    await switchTheme(startedLight ? 'Light Modern' : 'Dark Modern', startedLight ? 'vscode-light' : 'vscode-dark');
  });
});
