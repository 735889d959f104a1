// The UI test harness: the real VS Code workbench (code-server) in Debian's Chromium, driven with
// playwright-core the way a user drives it (mouse, keyboard, what is on screen). See ../README.md.
//
//   import { workbench } from './workbench';
//   const wb = await workbench();                 // started once per test run, shared by all UI test files
//   await wb.openFile('src/app.js');
//   const hover = await wb.hoverToken('502', { contains: 'Bad Gateway' });
//
// One code-server per run (free port, isolated user-data/extensions/XDG dirs under .vscode-test/ui/),
// with the extension installed from the packaged .vsix, opening a fresh copy of test/vscode/workspace/.
// `webWorkbench()` starts a second one whose profile runs the extension in the browser's web worker
// extension host (as VS Code for the Web does) instead of the Node one.
import * as fs from 'fs';
import * as path from 'path';
import type { BrowserContext, FrameLocator, Locator, Page } from 'playwright-core';
import {
  CodeServer, cacheDir, installExtension, launchChromium, packagedVsix, prepareProfile, root, startCodeServer, waitFor,
} from '../codeServer';

export const fixtureWorkspace = path.join(root, 'test', 'vscode', 'workspace');

/** `<publisher>.<name>`, as VS Code names the extension. */
export const extensionId = (() => {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  return `${manifest.publisher}.${manifest.name}`;
})();

/** Where the extension runs: VS Code's choice for a remote (the Node extension host), or the web worker. */
export type ExtensionHostKind = 'node' | 'web';

export interface WorkbenchOptions {
  settings?: Record<string, unknown>;
  workspace?: string;
  /** `web`: `remote.extensionKind` puts the extension in the browser's web worker extension host. */
  extensionHost?: ExtensionHostKind;
}

export interface HoverOptions {
  /** Which occurrence of the text in the visible editor lines (1-based, default 1). */
  nth?: number;
  /** Keep retrying until the hover contains this text (default: any non-empty hover). */
  contains?: string | RegExp;
  timeoutMs?: number;
}

export class Workbench {
  private constructor(
    readonly page: Page,
    readonly context: BrowserContext,
    readonly server: CodeServer,
    /** The workspace folder opened in the workbench (a scratch copy: tests may change files). */
    readonly workspace: string,
    /** Scratch folder of this run: logs, profile dirs. */
    readonly runDir: string,
    readonly extensionHost: ExtensionHostKind,
  ) {}

  static async start(options: WorkbenchOptions = {}): Promise<Workbench> {
    pruneFinishedRuns(path.join(cacheDir, 'ui'));
    const extensionHost = options.extensionHost ?? 'node';
    const runDir = path.join(cacheDir, 'ui', `run-${process.pid}-${Date.now()}${extensionHost === 'web' ? '-web' : ''}`);
    const dirs = { userDataDir: path.join(runDir, 'user-data'), extensionsDir: path.join(runDir, 'extensions') };
    const workspace = path.join(runDir, 'workspace');
    fs.cpSync(options.workspace ?? fixtureWorkspace, workspace, { recursive: true });
    const kind = extensionHost === 'web' ? { 'remote.extensionKind': { [extensionId]: ['web'] } } : {};
    prepareProfile(dirs, { ...kind, ...options.settings });
    await installExtension(packagedVsix(), dirs, runDir);
    const server = await startCodeServer({ ...dirs, home: runDir });
    let context: BrowserContext | undefined;
    try {
      context = await launchChromium(path.join(runDir, 'chromium'));
      const page = context.pages()[0] ?? await context.newPage();
      const consoleLog = fs.createWriteStream(path.join(runDir, 'browser-console.log'));
      page.on('console', (m) => consoleLog.write(`${m.type()}: ${m.text()}\n`));
      await page.goto(server.folderUrl(workspace));
      await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
      // The explorer shows the folder once the remote file system is connected.
      await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
      return new Workbench(page, context, server, workspace, runDir, extensionHost);
    } catch (error) {
      await context?.close().catch(() => undefined);
      server.stop();
      throw error;
    }
  }

  /** Opens <workspace>/<relPath> with Quick Open (Ctrl+P) and waits until its editor is active. */
  async openFile(relPath: string): Promise<void> {
    const name = path.basename(relPath);
    await this.page.keyboard.press('Control+P');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill(relPath);
    // Enter opens the first row: wait until it is the file (the list of recent files shows first).
    const first = this.page.locator('.quick-input-list .monaco-list-row[data-index="0"]', { hasText: name });
    await first.waitFor({ state: 'visible', timeout: 20_000 });
    await this.page.keyboard.press('Enter');
    await this.page.locator('.tabs-container .tab.active', { hasText: name }).waitFor({ timeout: 20_000 });
    await this.editorLines().first().waitFor({ timeout: 20_000 });
  }

  /** The rendered lines of the active editor. */
  editorLines(): Locator {
    return this.page.locator('.editor-instance .monaco-editor .view-lines .view-line');
  }

  /**
   * Moves the mouse over the nth occurrence of `text` in the active editor and returns the hover's text.
   * Monaco asks providers again only when the mouse moves, and the first hover can be empty while the
   * extension starts: move away and back until the hover (containing `contains`) shows, re-measuring
   * the token each time (lines re-render).
   */
  async hoverToken(text: string, options: HoverOptions = {}): Promise<string> {
    const { nth = 1, contains, timeoutMs = 30_000 } = options;
    // The editor's content hover (workbench tooltips are .monaco-hover too, but not in a resizable hover).
    const hover = this.page.locator('.monaco-resizable-hover > .monaco-hover:not(.hidden)').first();
    let last = '';
    const what = `a hover over "${text}"${contains ? ` containing ${contains}` : ''}`;
    return waitFor(what, async () => {
      const point = await this.pointOfText(text, nth);
      // Away first (bottom-left corner of the editor, outside any token), then onto the token.
      const editor = await this.page.locator('.editor-instance').first().boundingBox();
      await this.page.mouse.move(editor ? editor.x + 2 : 1, editor ? editor.y + editor.height - 2 : 1);
      await this.page.mouse.move(point.x, point.y, { steps: 3 });
      const shown = await hover.waitFor({ state: 'visible', timeout: 3_000 }).then(() => true, () => false);
      if (!shown) return undefined;
      last = (await hover.evaluate((e) => (e as HTMLElement).innerText, undefined, { timeout: 2_000 }).catch(() => '')).trim();
      if (!last) return undefined;
      if (contains === undefined) return last;
      return (typeof contains === 'string' ? last.includes(contains) : contains.test(last)) ? last : undefined;
    }, timeoutMs, 250).catch((error: Error) => {
      throw new Error(`${error.message}; last hover seen: ${JSON.stringify(last)}`);
    });
  }

  /** Screen centre of the nth occurrence of `text` within the active editor's rendered lines. */
  async pointOfText(text: string, nth = 1): Promise<{ x: number; y: number }> {
    const point = await this.page.evaluate(({ text, nth }) => {
      const lines = Array.from(document.querySelectorAll('.editor-instance .monaco-editor .view-lines .view-line'))
        .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);
      let seen = 0;
      for (const line of lines) {
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const value = (node.nodeValue ?? '').replace(/\u00a0/g, ' ');
          for (let at = value.indexOf(text); at >= 0; at = value.indexOf(text, at + 1)) {
            if (++seen < nth) continue;
            const range = document.createRange();
            range.setStart(node, at);
            range.setEnd(node, at + text.length);
            const r = range.getBoundingClientRect();
            return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
          }
        }
      }
      return undefined;
    }, { text, nth });
    if (!point) throw new Error(`"${text}" (#${nth}) is not on screen in the active editor`);
    return point;
  }

  /**
   * Runs a command by its exact palette title. The palette does not refresh its list when the
   * extension's contributions arrive after it opened, so it is re-opened until the command is listed.
   * With `{ opensInput: true }` (a command that asks with a quick pick or input box of its own) it
   * returns as soon as the command was chosen instead of waiting for the palette to close.
   */
  async runCommand(title: string, options: { opensInput?: boolean; timeoutMs?: number } = {}): Promise<void> {
    const input = this.page.locator('.quick-input-widget input');
    const exact = new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
    const row = this.page.locator('.quick-input-list .monaco-list-row', {
      has: this.page.locator('.label-name', { hasText: exact }),
    }).first();
    await waitFor(`"${title}" in the command palette`, async () => {
      await this.page.keyboard.press('Escape');
      await this.page.keyboard.press('F1');
      // Short waits: a palette that closes under the test (focus moving to or from a webview) is
      // opened again by the next round instead of being waited on for the whole action timeout.
      await input.waitFor({ state: 'visible', timeout: 5_000 });
      await input.fill(`>${title}`, { timeout: 3_000 });
      if (!await row.waitFor({ state: 'visible', timeout: 3_000 }).then(() => true, () => false)) return false;
      await row.click({ timeout: 3_000 }); // throws (and the round is tried again) if the palette closed first
      return true;
    }, options.timeoutMs ?? 60_000, 500);
    if (!options.opensInput) await input.waitFor({ state: 'hidden', timeout: 10_000 }).catch(() => undefined);
  }

  /**
   * Runs a command that asks with a quick pick of its own (its input's placeholder starts with
   * `placeholder`), types `text` and accepts the row showing `row`. Round by round with short waits, as
   * runCommand: the pick can close under the test when focus moves between a webview and the workbench
   * (seen on CI right after a comparison panel opened), and is then opened again.
   */
  async pickFromCommand(title: string, placeholder: string, text: string, row: string, timeoutMs = 60_000): Promise<void> {
    const input = this.page.locator(`.quick-input-widget input[placeholder^="${placeholder}"]`);
    const choice = this.page.locator('.quick-input-list .monaco-list-row', { hasText: row }).first();
    await waitFor(`"${row}" picked in "${title}"`, async () => {
      await this.runCommand(title, { opensInput: true });
      if (!await input.waitFor({ state: 'visible', timeout: 5_000 }).then(() => true, () => false)) return false;
      await input.fill(text, { timeout: 3_000 });
      if (!await choice.waitFor({ state: 'visible', timeout: 5_000 }).then(() => true, () => false)) return false;
      await input.press('Enter', { timeout: 3_000 });
      return true;
    }, timeoutMs, 500);
  }

  /**
   * The content frame of a webview (webview views and panels alike): VS Code nests the content in
   * iframe.webview.ready > iframe#active-frame. `nth` picks among several open webviews (0-based).
   */
  webviewFrame(nth = 0): FrameLocator {
    return this.page.frameLocator('iframe.webview.ready').nth(nth).frameLocator('iframe#active-frame');
  }

  /**
   * The content frame of the first webview that shows a visible element matching `selector` (hidden
   * webviews stay in the page, so picking by index alone can land on one the user cannot see).
   */
  async webviewWith(selector: string, timeoutMs = 30_000): Promise<FrameLocator> {
    return waitFor(`a visible webview showing ${selector}`, async () => {
      const iframes = this.page.locator('iframe.webview.ready');
      const count = await iframes.count();
      for (let i = 0; i < count; i++) {
        const frame = this.webviewFrame(i);
        if (!await frame.locator(selector).first().isVisible().catch(() => false)) continue;
        // Held by the iframe's own name, not its index: webviews that come or go later (a view
        // re-rendered in the side bar) must not shift the test onto another page.
        const name = await iframes.nth(i).getAttribute('name').catch(() => null);
        return name ? this.page.frameLocator(`iframe.webview.ready[name="${name}"]`).frameLocator('iframe#active-frame') : frame;
      }
      return undefined;
    }, timeoutMs, 200);
  }

  /**
   * The notification whose text contains `text`, as a toast or, failing that, in the notification
   * centre. A toast can leave the screen before it is looked for (Escape hides every toast, and the
   * palette presses it), so waiting on toasts alone can miss a notice that was shown.
   */
  async notification(text: string, timeoutMs = 60_000): Promise<Locator> {
    const inToasts = this.page.locator('.notifications-toasts .notification-list-item', { hasText: text }).first();
    const inCentre = this.page.locator('.notifications-center .notification-list-item', { hasText: text }).first();
    const deadline = Date.now() + timeoutMs;
    return waitFor(`the notification "${text}"`, async () => {
      if (await inToasts.isVisible()) return inToasts;
      if (await inCentre.isVisible()) return inCentre;
      if (Date.now() < deadline - timeoutMs / 2) return undefined; // the first half: toasts only
      await this.runCommand('Notifications: Show Notifications').catch(() => undefined);
      return inCentre.waitFor({ state: 'visible', timeout: 3_000 }).then(() => inCentre, () => undefined);
    }, timeoutMs, 250);
  }

  /** The text of the active editor's rendered (visible) lines, in line order, joined by "\n". */
  async editorText(): Promise<string> {
    return this.page.evaluate(() => Array.from(document.querySelectorAll('.editor-instance .monaco-editor .view-lines .view-line'))
      .map((line) => ({ top: line.getBoundingClientRect().top, text: (line.textContent ?? '').replace(/\u00a0/g, ' ') }))
      .sort((a, b) => a.top - b.top)
      .map((l) => l.text)
      .join('\n'));
  }

  /** The text of a file in the workspace copy on disk (after a save). */
  readWorkspaceFile(relPath: string): string {
    return fs.readFileSync(path.join(this.workspace, relPath), 'utf8');
  }

  async screenshot(file: string): Promise<void> {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    await this.page.screenshot({ path: file });
  }

  /** Reverts and closes every editor, so the next test file starts from an empty editor area. */
  async closeAllEditors(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await this.runCommand('View: Revert and Close Editor').catch(() => undefined);
    await this.runCommand('View: Close All Editors');
    await waitFor('all editors to close', async () => (await this.page.locator('.tabs-container .tab').count()) === 0, 10_000);
  }

  /** Closes the browser and kills code-server's whole process tree. */
  async close(): Promise<void> {
    await this.context.close().catch(() => undefined);
    this.server.stop();
  }
}

/**
 * Removes earlier run folders (run-<pid>-<time>) whose process has ended, keeping the newest finished
 * one for its logs; folders of runs still going (another test process) are left alone.
 */
function pruneFinishedRuns(dir: string): void {
  if (!fs.existsSync(dir)) return;
  const alive = (pid: number) => { try { process.kill(pid, 0); return true; } catch { return false; } };
  const finished = fs.readdirSync(dir)
    .map((name) => ({ name, match: /^run-(\d+)-(\d+)(?:-web)?$/.exec(name) }))
    .filter((r) => r.match && !alive(Number(r.match[1])))
    .sort((a, b) => Number(b.match![2]) - Number(a.match![2]));
  for (const r of finished.slice(1)) fs.rmSync(path.join(dir, r.name), { recursive: true, force: true });
}

const shared = new Map<ExtensionHostKind, Promise<Workbench>>();

function sharedWorkbench(extensionHost: ExtensionHostKind): Promise<Workbench> {
  let started = shared.get(extensionHost);
  if (!started) {
    started = Workbench.start({ extensionHost });
    shared.set(extensionHost, started);
  }
  return started;
}

/** The workbench shared by all UI test files of this run (started on first use). */
export function workbench(): Promise<Workbench> {
  return sharedWorkbench('node');
}

/** The second workbench, with the extension in the web worker extension host (started on first use). */
export function webWorkbench(): Promise<Workbench> {
  return sharedWorkbench('web');
}

/** Closes the web worker workbench early: its tests are done, and two workbenches are heavy for the rest. */
export async function closeWebWorkbench(): Promise<void> {
  const started = shared.get('web');
  shared.delete('web');
  await (await started?.catch(() => undefined))?.close();
}

/** Called once after all UI tests (see hooks.ts). */
export async function closeSharedWorkbench(): Promise<void> {
  const all = [...shared.values()];
  shared.clear();
  for (const started of all) await (await started.catch(() => undefined))?.close();
}

/** Saves a screenshot of each started workbench under test-results/ (used after a failed test). */
export async function screenshotShared(name: string): Promise<string[]> {
  const files: string[] = [];
  for (const [kind, started] of shared) {
    const wb = await started.catch(() => undefined);
    if (!wb) continue;
    const file = path.join(root, 'test-results', `${name.replace(/[^\w.-]+/g, '_').slice(0, 110)}${kind === 'web' ? '-web' : ''}.png`);
    await wb.screenshot(file).catch(() => undefined);
    files.push(file);
  }
  return files;
}
