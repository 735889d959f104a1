// The OpenAPI rule's YAML key tree reads lines in place and runs its key pattern only on lines with a
// colon (issue 8). It must give exactly the tree the split-and-regex version gave: that version is kept
// here as the reference, compared on the OpenAPI fixtures, on the bench's YAML and on random YAML-ish text.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { KeyNode, yamlKeyTree } from '../../../server/src/service/diagnostics/rules/openapiResponses';
import { mixedCorpus, seededRandom } from '../../../bench/corpus';

function referenceKeyTree(text: string): KeyNode[] {
  const root: KeyNode = { key: '', start: 0, end: 0, children: [] };
  const stack: { indent: number; node: KeyNode }[] = [{ indent: -1, node: root }];
  const keyLine = /^([ \t]*)(?:-[ \t]+)?(?:(["'])(.*?)\2|([^\s"'#:][^:#]*?))[ \t]*:(?:[ \t]+(.*))?$/;
  let offset = 0;
  let blockIndent = -1;
  for (const line of text.split('\n')) {
    const lineStart = offset;
    offset += line.length + 1;
    const trimmed = line.replace(/\r$/, '');
    if (trimmed.trim() === '' || /^\s*#/.test(trimmed)) continue;
    const indentWidth = /^[ \t]*/.exec(trimmed)![0].length;
    if (blockIndent >= 0) {
      if (indentWidth > blockIndent) continue;
      blockIndent = -1;
    }
    const m = keyLine.exec(trimmed);
    if (!m) continue;
    const dash = /^[ \t]*-[ \t]+/.exec(trimmed);
    const indent = dash ? dash[0].length : indentWidth;
    const key = m[3] ?? m[4];
    const keyStart = lineStart + trimmed.indexOf(m[2] ? `${m[2]}${m[3]}${m[2]}` : key, indent);
    const node: KeyNode = { key, start: keyStart, end: keyStart + key.length + (m[2] ? 2 : 0), children: [] };
    while (stack.length > 1 && stack[stack.length - 1].indent >= indent) stack.pop();
    stack[stack.length - 1].node.children.push(node);
    stack.push({ indent, node });
    if (m[5] !== undefined && /^[|>][-+0-9]*\s*(?:#.*)?$/.test(m[5])) blockIndent = indentWidth;
  }
  return root.children;
}

/** The top-level keys up to the first named `key` (all of them when none is). */
function upToFirst(tree: KeyNode[], key: string): KeyNode[] {
  const at = tree.findIndex((n) => n.key === key);
  return at < 0 ? tree : tree.slice(0, at + 1);
}

describe('diagnostics: OpenAPI YAML key tree equals the split-and-regex reference', () => {
  it('on the OpenAPI fixtures and the bench YAML', () => {
    const dir = path.join(__dirname, '..', '..', 'fixtures', 'corpus', 'openapi');
    const texts = fs.readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
    assert.ok(texts.length >= 3, `only ${texts.length} YAML fixtures`);
    texts.push(mixedCorpus(256 * 1024, 8).find((d) => d.languageId === 'yaml')!.text);
    for (const text of texts) {
      const tree = yamlKeyTree(text);
      assert.ok(tree.length > 0);
      assert.deepStrictEqual(tree, referenceKeyTree(text));
      assert.deepStrictEqual(yamlKeyTree(text.replace(/\n/g, '\r\n')), referenceKeyTree(text.replace(/\n/g, '\r\n')));
      assert.deepStrictEqual(yamlKeyTree(text, 'paths'), upToFirst(referenceKeyTree(text), 'paths'));
    }
  });

  it('on 20,000 random texts of keys, dashes, quotes, comments, block scalars and odd blanks', () => {
    const pick = <T>(random: () => number, list: T[]): T => list[Math.floor(random() * list.length)];
    const indents = ['', ' ', '  ', '    ', '\t', ' \t', '      '];
    const blanks = ['', ' ', '  ', '\t', '\u00a0', '\u2028', '\ufeff', '\r'];
    const keys = ['a', 'paths', 'paths', '200', "'404'", '"2XX"', 'get', 'x y', 'a#b', '"a', "'b: c'", '-a', ':', '#c', '{a', '[b'];
    const values = ['', ' 1', ' |', ' >-', ' |+2', ' | # c', ' "x"', ' a: b', ' #c', '  {a: 1}', ':x', ' \u2028'];
    const random = seededRandom(12);
    for (let r = 0; r < 20000; r++) {
      const lines: string[] = [];
      const count = 1 + Math.floor(random() * 8);
      for (let k = 0; k < count; k++) {
        const shape = random();
        if (shape < 0.15) lines.push(pick(random, indents) + pick(random, blanks) + pick(random, blanks));
        else if (shape < 0.25) lines.push(pick(random, indents) + '#' + pick(random, keys) + ':');
        else lines.push(pick(random, indents) + (random() < 0.3 ? pick(random, ['- ', '-\t', '-  ', '-']) : '') + pick(random, keys)
          + pick(random, ['', ' ', '\t']) + (random() < 0.85 ? ':' : '') + pick(random, values) + (random() < 0.1 ? '\r' : ''));
      }
      const text = lines.join(random() < 0.5 ? '\n' : '\r\n');
      const expected = referenceKeyTree(text);
      assert.deepStrictEqual(yamlKeyTree(text), expected, JSON.stringify(text));
      assert.deepStrictEqual(yamlKeyTree(text, 'paths'), upToFirst(expected, 'paths'), JSON.stringify(text));
    }
  });
});
