// What package.json promises about workspace trust, virtual workspaces and activation is what the
// code does (issue 9: "declare them truthfully"; issue 8: no work before it is needed).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { documentSelector } from '../../client/src/documentSelector';

const root = path.join(__dirname, '..', '..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const settings = manifest.contributes.configuration.properties ?? {};

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(full) : /\.ts$/.test(e.name) ? [full] : [];
  });
}

describe('manifest: workspace trust, virtual workspaces and activation are declared truthfully', () => {
  it('untrusted workspaces: limited, and every restricted setting exists', () => {
    const trust = manifest.capabilities.untrustedWorkspaces;
    assert.strictEqual(trust.supported, 'limited');
    assert.ok(trust.description.length > 20, 'says what is limited');
    for (const key of trust.restrictedConfigurations) assert.ok(settings[key], `restricted setting ${key} is not contributed`);
    // The settings that shape outgoing requests are exactly the ones a repository must not choose.
    const requestShaping = Object.keys(settings).filter((k) => /checkUrl\.(headers|userAgent)$/.test(k));
    assert.deepStrictEqual([...trust.restrictedConfigurations].sort(), requestShaping.sort());
  });

  it('only the Check URL core (run by its command) opens network connections; no eager activation', () => {
    const network = /\b(?:https?\.(?:request|get)|fetch\(|net\.connect|tls\.connect|new WebSocket)/;
    const users = sourceFiles(path.join(root, 'client', 'src')).concat(sourceFiles(path.join(root, 'server', 'src', 'service')), sourceFiles(path.join(root, 'server', 'src', 'node')))
      .filter((file) => network.test(fs.readFileSync(file, 'utf8')))
      .map((file) => path.relative(root, file));
    // And extensionFiles.ts, which in VS Code for the Web fetches the extension's own files from where
    // the workbench serves the extension itself — only below the extension's location.
    assert.deepStrictEqual(users.sort(), [path.join('client', 'src', 'extensionFiles.ts'), path.join('server', 'src', 'node', 'checkUrl', 'checkUrl.ts')]);
    const reader = fs.readFileSync(path.join(root, 'client', 'src', 'extensionFiles.ts'), 'utf8');
    assert.match(reader, /const uri = vscode\.Uri\.joinPath\(extensionUri, \.\.\.pathSegments\);/);
    assert.strictEqual(reader.match(/fetch\(/g)?.length, 1);
    assert.match(reader, /fetch\(uri\.toString\(true\)\)/);
    assert.ok(!manifest.activationEvents.some((e: string) => e === '*' || e === 'onStartupFinished'), 'no eager activation');
  });

  it('virtual workspaces: supported, and the server is only given workspace files, never text-only views', () => {
    assert.strictEqual(manifest.capabilities.virtualWorkspaces.supported, true);
    const schemes = new Set(documentSelector.map((filter) => (typeof filter === 'string' ? '*' : ('scheme' in filter ? filter.scheme : undefined) ?? '*')));
    // Disk (and vscode.dev's local folders), untitled editors, GitHub repositories (github.dev, vscode.dev),
    // a remote's files seen from a browser extension host — not git:, output:, vscode-notebook-cell:…
    assert.deepStrictEqual([...schemes].sort(), ['file', 'untitled', 'vscode-remote', 'vscode-vfs']);
    // Every language and pattern is given for every scheme (untitled editors have no file name to match).
    const perScheme = (scheme: string) => documentSelector.filter((f) => f.scheme === scheme).map((f) => f.language ?? f.pattern).sort();
    assert.deepStrictEqual(perScheme('vscode-vfs'), perScheme('file'));
    assert.deepStrictEqual(perScheme('vscode-remote'), perScheme('file'));
    assert.deepStrictEqual(perScheme('untitled'), perScheme('file').filter((x) => !x!.includes('*')));
  });

  it('activation waits for a language, a view, a command or a restored panel of ours', () => {
    for (const event of manifest.activationEvents as string[]) {
      assert.match(event, /^(onLanguage|onView|onCommand):|^onWebviewPanel:httpStatusLens\./, `activation event ${event}`);
    }
  });
});
