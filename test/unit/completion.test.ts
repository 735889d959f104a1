import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CompletionItem, TextEdit } from 'vscode-languageserver-types';
import { Dataset } from '../../server/src/service/dataset';
import { getLanguageService } from '../../server/src/service/languageService';
import { findStatusCodes } from '../../server/src/service/detection/findStatusCodes';

const dataset = JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', '..', 'data', 'status-codes.json'), 'utf8')) as Dataset;
const service = getLanguageService({ dataset });
let n = 0;

function complete(marked: string, languageId: string) {
  const offset = marked.indexOf('|');
  const text = marked.slice(0, offset) + marked.slice(offset + 1);
  const document = TextDocument.create(`file:///work/c${++n}`, languageId, 1, text);
  const list = service.doComplete(document, document.positionAt(offset));
  return { document, items: list ? [...list.items].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? '')) : [] };
}

/** Applies an item the way the editor does and returns the new text. */
function apply(document: TextDocument, item: CompletionItem): string {
  return TextDocument.applyEdits(document, [item.textEdit as TextEdit]);
}

describe('completion', () => {
  it('offers status codes with names in status contexts, most common first', () => {
    for (const [marked, lang] of [
      ['res.status(|', 'javascript'], ['return Response(data, status_code=|)', 'python'], ['w.WriteHeader(|)', 'go'],
      ['return StatusCode(|);', 'csharp'], ['http_response_code(|);', 'php'], ['  return |;', 'nginx'],
    ] as const) {
      const { items } = complete(marked, lang);
      assert.ok(items.length > 40, `${marked}: ${items.length} items`);
      assert.deepStrictEqual(items.slice(0, 3).map((i) => i.label), ['200', '201', '204'], marked);
      const notFound = items.find((i) => i.label === '404')!;
      assert.strictEqual(notFound.detail, 'Not Found');
      assert.match((notFound.documentation as { value: string }).value, /404 Not Found/);
    }
  });

  it('replaces the digits already typed', () => {
    const { document, items } = complete('res.status(40|);', 'javascript');
    assert.strictEqual(apply(document, items.find((i) => i.label === '404')!), 'res.status(404);');
  });

  it('offers codes as OpenAPI response keys', () => {
    const yaml = 'paths:\n  /x:\n    get:\n      responses:\n        \'200\':\n          description: ok\n        \'|';
    const { items } = complete(yaml, 'yaml');
    assert.ok(items.some((i) => i.label === '404'));
  });

  it('stays out of the way elsewhere', () => {
    assert.strictEqual(complete('setTimeout(f, |', 'javascript').items.length, 0);
    assert.strictEqual(complete('const port = |', 'javascript').items.length, 0);
    assert.strictEqual(complete('// res.status(|', 'javascript').items.length, 0);
  });

  it('offers member names after status-constant qualifiers, and each one is detected as its code', () => {
    for (const [marked, lang, expected] of [
      ['throw new HttpException("x", HttpStatus.|', 'typescript', 'NOT_FOUND'],
      ['w.WriteHeader(http.Status|', 'go', 'StatusNotFound'],
      ['return Response(status=status.HTTP_|', 'python', 'HTTP_404_NOT_FOUND'],
      ['x = HTTPStatus.|', 'python', 'NOT_FOUND'],
      ['return ResponseEntity.status(HttpStatus.|', 'java', 'NOT_FOUND'],
      ['return StatusCode(StatusCodes.|', 'csharp', 'Status404NotFound'],
      ['if (r.StatusCode == HttpStatusCode.|', 'csharp', 'NotFound'],
      ['(StatusCode::|', 'rust', 'NOT_FOUND'],
      ['return new JsonResponse($d, Response::|', 'php', 'HTTP_NOT_FOUND'],
      ['head :|', 'ruby', ':not_found'],
    ] as const) {
      const { document, items } = complete(marked, lang);
      const item = items.find((i) => i.label === expected);
      assert.ok(item, `${marked} offers ${expected}: ${items.slice(0, 5).map((i) => i.label)}`);
      assert.match(item.detail!, /^404 Not Found/);
      const text = apply(document, item);
      for (const other of items) {
        const code = Number(/^\d+/.exec(other.detail!)![0]);
        const inserted = apply(document, other);
        const found = findStatusCodes(inserted, lang).filter((d) => d.form === 'constant' || d.form === 'symbol');
        assert.ok(found.some((d) => d.code === code), `${inserted} is detected as ${code}`);
      }
      assert.ok(text.includes(expected));
    }
  });

  it('never throws, wherever the cursor is, in any family (every 61st offset of the corpus files)', function () {
    this.timeout(20000);
    const root = path.resolve(__dirname, '..', 'fixtures', 'corpus');
    for (const eco of fs.readdirSync(root).filter((d) => fs.statSync(path.join(root, d)).isDirectory())) {
      for (const name of fs.readdirSync(path.join(root, eco))) {
        const text = fs.readFileSync(path.join(root, eco, name), 'utf8').replace(/[«»]/g, '');
        const document = TextDocument.create(`file:///corpus/${eco}/${name}`, '', 1, text);
        for (let offset = 0; offset <= text.length; offset += 61) {
          const position = document.positionAt(offset);
          service.doComplete(document, position);
          service.doHover(document, position, { commandLinks: true });
        }
      }
    }
  });
});
