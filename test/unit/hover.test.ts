import * as assert from 'assert';
import * as path from 'path';
import * as fs from 'fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Dataset } from '../../server/src/service/dataset';
import { getLanguageService } from '../../server/src/service/languageService';

const dataset = JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', '..', 'data', 'status-codes.json'), 'utf8')) as Dataset;
const service = getLanguageService({ dataset });
let version = 0;

/** Hover at the `|` marker, as the editor gets it: markdown text and the range. */
function hoverAt(marked: string, languageId: string, commandLinks = false) {
  const offset = marked.indexOf('|');
  const text = marked.slice(0, offset) + marked.slice(offset + 1);
  const document = TextDocument.create(`file:///work/f${++version}`, languageId, 1, text);
  const hover = service.doHover(document, document.positionAt(offset), { commandLinks });
  if (!hover) return null;
  const value = (hover.contents as { value: string }).value;
  return { value, range: hover.range!, text: document.getText(hover.range) };
}

describe('hover', () => {
  it('shows the full card for a literal: name, class, summary, when to use, causes, links', () => {
    const h = hoverAt('res.status(50|3).send("down");', 'javascript')!;
    assert.match(h.value, /\*\*503 Service Unavailable\*\* · Server Error/);
    assert.match(h.value, /\*\*When to use\*\*\n- /);
    assert.match(h.value, /\*\*Common causes\*\*\n- /);
    assert.match(h.value, /Retry-After/);
    assert.match(h.value, /\[RFC 9110[^\]]*\]\(https:\/\/www\.rfc-editor\.org\/rfc\/rfc9110#status\.503\)/);
    assert.match(h.value, /\[MDN\]\(https:\/\/developer\.mozilla\.org\/[^)]*503\)/);
    assert.strictEqual(h.text, '503');
  });

  it('shows where the status comes from on one line, for the meaning shown', () => {
    const h = hoverAt('res.status(50|2)', 'javascript')!;
    assert.ok(h.value.includes('*Flow:* `Client → Proxy → ✕ Upstream ⇒ 502 from the proxy`'), h.value);
    const summaryAt = h.value.indexOf('A gateway or proxy got an invalid response');
    const flowAt = h.value.indexOf('*Flow:*');
    assert.ok(summaryAt > 0 && flowAt > summaryAt && flowAt < h.value.indexOf('**When to use**'), 'after the summary, before the lists');
    assert.ok(hoverAt('head :unauth|orized', 'ruby')!.value.includes('*Flow:* `Client → ✕ Server ⇒ 401 from the server · then Client retries with credentials in Authorization …`'));
  });

  it('works on constants and maps them to their number', () => {
    const h = hoverAt('return ResponseEntity.status(HttpStatus.BAD_GA|TEWAY).build();', 'java')!;
    assert.match(h.value, /`HttpStatus\.BAD_GATEWAY` → \*\*502\*\*/);
    assert.match(h.value, /502 Bad Gateway/);
    assert.strictEqual(h.text, 'HttpStatus.BAD_GATEWAY');
  });

  it('works on Rails symbols and Go constants', () => {
    assert.match(hoverAt('head :not_fo|und', 'ruby')!.value, /404 Not Found/);
    assert.match(hoverAt('w.WriteHeader(http.StatusTooMany|Requests)', 'go')!.value, /429 Too Many Requests/);
    assert.match(hoverAt('return Response(status=status.HTTP_201_CR|EATED)', 'python')!.value, /201 Created/);
  });

  it('offers "compare with" as command links in VS Code and as plain text elsewhere', () => {
    const vscode = hoverAt('res.status(5|02)', 'javascript', true)!.value;
    const link = /\[(5\d\d)[^\]]*\]\((command:httpStatusLens\.compare\?[^ )]+)/.exec(vscode);
    assert.ok(link, vscode);
    const args = JSON.parse(decodeURIComponent(link[2].slice('command:httpStatusLens.compare?'.length)));
    assert.deepStrictEqual(args, [[502, Number(link[1])]]);
    const plain = hoverAt('res.status(5|02)', 'javascript', false)!.value;
    assert.match(plain, /\*\*Compare with:\*\* 5\d\d [A-Z]/);
    assert.doesNotMatch(plain, /command:/);
  });

  it('lists every meaning of a code that has several, naming the vendor', () => {
    const h = hoverAt('error_page 49|9 /x.html;', 'nginx')!;
    assert.match(h.value, /\*\*499 Client Closed Request\*\*.*NGINX.*vendor code/);
    assert.match(h.value, /Other meanings of 499/);
  });

  it('writes each card once: the same text for the same code, with the constant\'s own line only on the constant', () => {
    const first = hoverAt('res.status(40|4)', 'javascript')!.value;
    const constant = hoverAt('w.WriteHeader(http.StatusNot|Found)', 'go')!.value;
    const again = hoverAt('res.status(40|4)', 'javascript')!.value;
    assert.strictEqual(again, first);
    assert.ok(constant.startsWith('`http.StatusNotFound` → **404**\n\n'), constant);
    assert.strictEqual(constant.slice(constant.indexOf('\n\n') + 2), first);
    assert.ok(!first.includes('StatusNotFound'), 'a literal\'s card carries no constant');
    // The link style is part of what a card depends on.
    assert.notStrictEqual(hoverAt('res.status(40|4)', 'javascript', true)!.value, first);
  });

  it('stays silent on numbers that are not statuses', () => {
    assert.strictEqual(hoverAt('setTimeout(f, 5|00);', 'javascript'), null);
    assert.strictEqual(hoverAt('app.listen(4|43);', 'javascript'), null);
    assert.strictEqual(hoverAt('// res.status(4|04)', 'javascript'), null);
  });

  it('uses UTF-16 positions: astral characters before the code do not shift the range', () => {
    const h = hoverAt('const s = "😀😀"; res.status(4|04); // ✓', 'typescript')!;
    assert.deepStrictEqual(h.range, { start: { line: 0, character: 29 }, end: { line: 0, character: 32 } });
    assert.strictEqual(h.text, '404');
  });
});
