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
    const users = sourceFiles(path.join(root, 'client', 'src')).concat(sourceFiles(path.join(root, 'server', 'src', 'service')))
      .filter((file) => network.test(fs.readFileSync(file, 'utf8')))
      .map((file) => path.relative(root, file));
    assert.deepStrictEqual(users, [path.join('client', 'src', 'checkUrl', 'core', 'checkUrl.ts')]);
    assert.ok(!manifest.activationEvents.some((e: string) => e === '*' || e === 'onStartupFinished'), 'no eager activation');
  });

  it('virtual workspaces: unsupported, and the server is only given files on disk and untitled editors', () => {
    assert.strictEqual(manifest.capabilities.virtualWorkspaces.supported, false);
    const schemes = new Set(documentSelector.map((filter) => (typeof filter === 'string' ? '*' : ('scheme' in filter ? filter.scheme : undefined) ?? '*')));
    assert.deepStrictEqual([...schemes].sort(), ['file', 'untitled']);
  });

  it('activation waits for a language, a view, a command or a restored panel of ours', () => {
    for (const event of manifest.activationEvents as string[]) {
      assert.match(event, /^(onLanguage|onView|onCommand):|^onWebviewPanel:httpStatusLens\./, `activation event ${event}`);
    }
  });
});
