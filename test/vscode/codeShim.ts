// Stand-in for the `code` executable that @vscode/test-electron's runTests() spawns (via code-shim.sh).
// It translates the desktop CLI (--extensionDevelopmentPath, --extensionTestsPath, --user-data-dir,
// --extensions-dir, a folder) into: code-server with the smoke-test driver enabled + headless Chromium
// opening the workbench with a `?payload=` naming the extension and its tests. VS Code runs the tests in
// its real node extension host and reports through window.codeAutomationLog / codeAutomationExit.
// Exits with the suite's exit code.
import * as fs from 'fs';
import * as path from 'path';
import * as util from 'util';
import { cacheDir, launchChromium, prepareProfile, startCodeServer } from './codeServer';
import { SUITE_START_MARKER } from './suite/marker';

const SUITE_TIMEOUT_MS = Number(process.env.HSL_SUITE_TIMEOUT_MS || 180_000);

function parseArgs(argv: string[]) {
  const value = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const folder = argv.filter((a) => !a.startsWith('--')).pop();
  return {
    extensionDevelopmentPath: value('extensionDevelopmentPath'),
    extensionTestsPath: value('extensionTestsPath'),
    userDataDir: value('user-data-dir') ?? path.join(cacheDir, 'user-data'),
    extensionsDir: value('extensions-dir') ?? path.join(cacheDir, 'extensions'),
    folder,
  };
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (!args.extensionDevelopmentPath || !args.extensionTestsPath) {
    console.error('code-shim: needs --extensionDevelopmentPath=… and --extensionTestsPath=…');
    return 2;
  }
  const home = path.join(path.dirname(args.userDataDir), 'shim-home');
  prepareProfile(args);
  const server = await startCodeServer({ ...args, home, extraArgs: ['--vscode-option', 'enable-smoke-test-driver'] });
  const profile = fs.mkdtempSync(path.join(home, 'chromium-'));
  const context = await launchChromium(profile);
  try {
    const page = context.pages()[0] ?? await context.newPage();
    let exit!: (code: number | string) => void;
    const exited = new Promise<number | string>((resolve) => { exit = resolve; });
    // The workbench calls these (IAutomatedWindow) with mocha's output and the exit code.
    // The workbench forwards its whole console; print from the suite's start marker on, keep all in a file.
    const automationLog = fs.createWriteStream(path.join(home, 'automation.log'));
    let suiteStarted = false;
    await page.exposeFunction('codeAutomationLog', (_type: string, args: unknown[]) => {
      const line = util.format(...args);
      automationLog.write(`${line}\n`);
      if (line.includes(SUITE_START_MARKER)) suiteStarted = true;
      else if (suiteStarted) console.log(line);
    });
    await page.exposeFunction('codeAutomationExit', (code: number) => exit(code));
    const consoleLog = fs.createWriteStream(path.join(home, 'browser-console.log'));
    page.on('console', (m) => consoleLog.write(`${m.type()}: ${m.text()}\n`));
    // The remote authority must be the real host:port the page is served from.
    const remote = (p: string) => `vscode-remote://127.0.0.1:${server.port}${p}`;
    const payload = JSON.stringify([
      ['extensionDevelopmentPath', remote(path.resolve(args.extensionDevelopmentPath))],
      ['extensionTestsPath', remote(path.resolve(args.extensionTestsPath))],
      ['skipWelcome', 'true'],
    ]);
    const folder = path.resolve(args.folder ?? home);
    await page.goto(server.folderUrl(folder, { payload }));
    const timer = setTimeout(() => exit('timeout'), SUITE_TIMEOUT_MS);
    const code = await exited;
    clearTimeout(timer);
    if (code !== 0) {
      await page.screenshot({ path: path.join(home, 'failure.png') }).catch(() => undefined);
      console.error(`code-shim: suite ended with ${code}; logs in ${home} (code-server.log, browser-console.log, failure.png)`);
    }
    consoleLog.end();
    automationLog.end();
    return code === 0 ? 0 : 1;
  } finally {
    await context.close().catch(() => undefined);
    server.stop();
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

main().then((code) => process.exit(code), (error) => {
  console.error('code-shim:', error);
  process.exit(2);
});
