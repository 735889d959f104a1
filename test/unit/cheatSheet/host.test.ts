// The pure host-side pieces of the cheat sheet: comparison model, command arguments, links, quick
// pick rows, dataset parsing and the webview page.
import * as assert from 'assert';
import { StatusCodeIndex } from '../../../server/src/service/dataset';
import { buildComparisonModel } from '../../../client/src/cheatSheet/comparisonModel';
import { codesFromArgs } from '../../../client/src/cheatSheet/codeArgs';
import { datasetLinks, safeExternalUrl } from '../../../client/src/cheatSheet/externalLinks';
import { codePicks } from '../../../client/src/cheatSheet/codePicks';
import { parseDataset } from '../../../client/src/cheatSheet/parseDataset';
import { contentSecurityPolicy, newNonce, webviewHtml } from '../../../client/src/webviewHost/webviewHtml';
import { isCheatSheetToHost } from '../../../client/src/webviews/shared/messages';
import { fixture } from './fixture';

const index = new StatusCodeIndex(fixture);

describe('cheat sheet: comparison model', () => {
  it('puts the table rows and the curated comparison covering the set', () => {
    const model = buildComparisonModel(index, [500, 502, 503]);
    assert.deepStrictEqual(model.codes.map((c) => [c.code, c.name, c.className]), [
      [500, 'Internal Server Error', 'Server Error'], [502, 'Bad Gateway', 'Server Error'], [503, 'Service Unavailable', 'Server Error'],
    ]);
    assert.deepStrictEqual(model.codes[1].whenToUse, ['Your proxy got a malformed response from the upstream.']);
    assert.deepStrictEqual(model.codes[2].headers, ['Retry-After']);
    assert.strictEqual(model.curated?.title, '500 vs 502 vs 503 vs 504');
    assert.strictEqual(model.curated?.exact, false);
    assert.deepStrictEqual(model.curated?.decisionGuide.map((l) => `${l.code} ${l.name}`),
      ['500 Internal Server Error', '502 Bad Gateway', '503 Service Unavailable', '504 Gateway Timeout']);
  });

  it('lines up the compared codes\' flows by actor, marking the rows where they differ', () => {
    const model = buildComparisonModel(index, [500, 502, 503, 504]);
    const flows = model.flows!;
    assert.deepStrictEqual(flows.rows.map((r) => `${r.differs ? '≠ ' : ''}${r.label}`),
      ['Client', '≠ Gateway / proxy', '≠ Server / Upstream', '≠ Gateway / proxy']);
    assert.deepStrictEqual(flows.rows[2].cells.map((c) => [c?.actorName, c?.fails, c?.producesStatus]), [
      ['Server / app', true, true], ['Upstream / origin', true, false], ['Server / app', true, true], ['Upstream / origin', true, false],
    ]);
    assert.deepStrictEqual(flows.rows[1].cells.map((c) => c?.does ?? null), [null, 'forwards it to the upstream', null, 'forwards it to the upstream']);
    assert.deepStrictEqual(flows.lines, [
      'Client → ✕ Server ⇒ 500 from the server', 'Client → Proxy → ✕ Upstream ⇒ 502 from the proxy',
      'Client → ✕ Server ⇒ 503 from the server', 'Client → Proxy → ✕ Upstream ⇒ 504 from the proxy',
    ]);
    assert.strictEqual(flows.sentences[1][2], 'Step 3, Upstream / origin: sends invalid HTTP (it fails here).');
    assert.strictEqual(flows.differences, 'Lined up by actor, the flows differ in rows 2 (Gateway / proxy), 3 (Server / Upstream) and 4 (Gateway / proxy), and agree in row 1 (Client).');
    assert.strictEqual(buildComparisonModel(index, [502, 504]).flows?.differences,
      'Lined up by actor, the flows differ in rows 3 (Upstream / origin) and 4 (Gateway / proxy), and agree in rows 1 (Client) and 2 (Gateway / proxy).');
  });

  it('has no flows to line up for one code, or for codes without flows', () => {
    assert.strictEqual(buildComparisonModel(index, [502]).flows, undefined);
    const bare = new StatusCodeIndex({ ...fixture, codes: fixture.codes.map((e) => ({ ...e, meanings: e.meanings.map((m) => ({ ...m, flow: [] })) })) });
    assert.strictEqual(buildComparisonModel(bare, [500, 502]).flows, undefined);
  });

  it('prefers the exact comparison and reports unknown codes', () => {
    const model = buildComparisonModel(index, [504, 502, 299, 502]);
    assert.deepStrictEqual(model.codes.map((c) => c.code), [504, 502]);
    assert.deepStrictEqual(model.unknown, [299]);
    assert.strictEqual(model.curated?.title, '502 vs 504');
    assert.strictEqual(model.curated?.exact, true);
    assert.strictEqual(buildComparisonModel(index, [200, 404]).curated, undefined);
    assert.strictEqual(buildComparisonModel(index, [499, 502]).codes[0].className, 'NGINX');
  });
});

describe('cheat sheet: command arguments', () => {
  it('reads the hover link form [[502, 503]] and simpler forms', () => {
    assert.deepStrictEqual(codesFromArgs([502, 503]), [502, 503]);
    assert.deepStrictEqual(codesFromArgs(502), [502]);
    assert.deepStrictEqual(codesFromArgs(['502', ' 503 ']), [502, 503]);
    assert.deepStrictEqual(codesFromArgs([502, 502, 1000, 99, 5.5, '5O2', null, {}, [500]]), [502]);
    assert.deepStrictEqual(codesFromArgs(undefined), []);
    assert.deepStrictEqual(codesFromArgs({ codes: [500] }), []);
    assert.strictEqual(codesFromArgs(Array.from({ length: 100 }, (_, i) => 100 + i)).length, 12);
  });

  it('checks messages from the webview', () => {
    assert.ok(isCheatSheetToHost({ type: 'insert', code: 503 }));
    assert.ok(!isCheatSheetToHost({ type: 'insert', code: '503' }));
    assert.ok(!isCheatSheetToHost({ type: 'compare', codes: [500, 'x'] }));
    assert.ok(!isCheatSheetToHost({ type: 'runShell' }));
    assert.ok(!isCheatSheetToHost(null));
    assert.ok(!isCheatSheetToHost('ready'));
  });
});

describe('cheat sheet: external links', () => {
  const allowed = datasetLinks(fixture);
  it('opens only https links the dataset names', () => {
    assert.strictEqual(safeExternalUrl('https://www.rfc-editor.org/rfc/rfc9110#status.404', allowed), 'https://www.rfc-editor.org/rfc/rfc9110#status.404');
    assert.strictEqual(safeExternalUrl('https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/404', allowed),
      'https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/404');
    assert.strictEqual(safeExternalUrl('https://evil.example/', allowed), undefined);
    assert.strictEqual(safeExternalUrl(42, allowed), undefined);
  });
  it('refuses non-https links even when the data names them', () => {
    for (const url of ['http://example.com/', 'javascript:alert(1)', 'file:///etc/passwd', 'command:workbench.action.terminal.new', 'https://user:pw@example.com/']) {
      assert.strictEqual(safeExternalUrl(url, new Set([url])), undefined, url);
    }
  });
});

describe('cheat sheet: quick pick rows', () => {
  it('lists every code with its name, aliases and other meanings', () => {
    const picks = codePicks(index);
    assert.strictEqual(picks.length, fixture.codes.length);
    assert.deepStrictEqual(picks.find((p) => p.code === 413), {
      code: 413, label: '413 Content Too Large', description: 'Payload Too Large · Request Entity Too Large',
      detail: 'The request content is larger than the server allows.',
    });
    assert.strictEqual(picks.find((p) => p.code === 451)?.description, 'IIS: Redirect');
    assert.strictEqual(picks.find((p) => p.code === 499)?.description, 'NGINX');
  });
});

describe('cheat sheet: dataset parsing', () => {
  it('keeps well-formed entries and drops broken ones', () => {
    const text = JSON.stringify({ ...fixture, codes: [...fixture.codes, { code: 'x', meanings: [] }, { code: 299 }, null], comparisons: undefined });
    const dataset = parseDataset(text);
    assert.strictEqual(dataset.codes.length, fixture.codes.length);
    assert.deepStrictEqual(dataset.comparisons, []);
  });
  it('says what is wrong with a broken file', () => {
    assert.throws(() => parseDataset('{'), /not valid JSON/);
    assert.throws(() => parseDataset('[]'), /no "codes" list/);
  });
});

describe('cheat sheet: webview page', () => {
  const page = { cspSource: 'https://*.vscode-cdn.net', scriptUri: 'https://x/dist/webviews/cheatSheet.js', styleUri: 'https://x/dist/webviews/cheatSheet.css', title: 'A "title" <b>' };

  it('has a strict CSP with a nonce on its only script', () => {
    const html = webviewHtml(page, 'abc123');
    assert.strictEqual(contentSecurityPolicy(page.cspSource, 'abc123'),
      "default-src 'none'; style-src https://*.vscode-cdn.net; script-src 'nonce-abc123'; img-src https://*.vscode-cdn.net; font-src https://*.vscode-cdn.net");
    assert.ok(html.includes(`content="default-src 'none'; style-src https://*.vscode-cdn.net; script-src 'nonce-abc123';`));
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    assert.deepStrictEqual(scripts, ['<script nonce="abc123" src="https://x/dist/webviews/cheatSheet.js">']);
    assert.ok(!/unsafe-inline|unsafe-eval/.test(html));
    assert.ok(html.includes('<title>A &quot;title&quot; &lt;b&gt;</title>'));
  });

  it('makes a fresh unguessable nonce each time', () => {
    const nonces = new Set(Array.from({ length: 50 }, () => newNonce()));
    assert.strictEqual(nonces.size, 50);
    for (const nonce of nonces) assert.match(nonce, /^[A-Za-z0-9+/]{24}$/);
  });
});
