// enclosingCall starts its callee regex after the last character no callee can hold (issue 8: trying
// all 200 starts was 13% of a validation). The result must be exactly what the regex gives on the
// whole 200-character window: checked on every bracket and comma of the corpus and of random text
// made of the characters that matter (words, `new`, `$@:.->?()`, generics, spaces).
import * as assert from 'assert';
import { enclosingCall, maskNonCode } from '../../../server/src/service/diagnostics/lookAround';
import { languageFamily } from '../../../server/src/service/detection/languages';
import { loadSnippets, seededRandom } from '../../../bench/corpus';

/** The callee as the regex finds it on the whole window: the definition the bound must not change. */
function calleeByRegex(masked: string, open: number): { callee: string; calleeStart: number } {
  const head = /((?:new\s+)?[A-Za-z_$@:][\w$@]*(?:(?:\.|->|::|\?\.)[A-Za-z_$][\w$]*|\(\))*)\s*(?:<[^<>()]*>)?\s*$/.exec(masked.slice(Math.max(0, open - 200), open));
  return head ? { callee: head[1].replace(/\s+/g, ' '), calleeStart: open - head[0].length } : { callee: '', calleeStart: open };
}

function compareAll(masked: string): number {
  let n = 0;
  for (let k = 0; k < masked.length; k++) {
    const c = masked.charCodeAt(k);
    if (c !== 40 && c !== 44) continue;
    const call = enclosingCall(masked, k + 1);
    if (!call) continue;
    n++;
    const expected = calleeByRegex(masked, call.open);
    assert.deepStrictEqual({ callee: call.callee, calleeStart: call.calleeStart }, expected,
      `at ${call.open}: ${JSON.stringify(masked.slice(Math.max(0, call.open - 80), call.open + 1))}`);
  }
  return n;
}

describe('diagnostics: enclosingCall', () => {
  it('finds callees as written: chains, new, generics, PHP arrows', () => {
    const text = 'x = new Foo.Bar<T, U> (a); y = response()->json(b); z = a?.b::c(d)';
    const callee = (marker: string) => enclosingCall(text, text.indexOf(marker) + 1)!.callee;
    assert.strictEqual(callee('(a'), 'new Foo.Bar');
    assert.strictEqual(callee('(b'), 'response()->json');
    assert.strictEqual(callee('(d'), 'a?.b::c');
  });

  it('gives what the regex gives on the whole window, on the corpus', () => {
    let n = 0;
    for (const [languageId, texts] of Object.entries(loadSnippets())) {
      for (const text of texts) n += compareAll(maskNonCode(text, languageFamily(languageId, 'file:///x')));
    }
    assert.ok(n > 1000, `only ${n} calls compared`);
  });

  it('gives what the regex gives on the whole window, on random text of callee characters', () => {
    const random = seededRandom(8);
    const pieces = ['a', 'b_', '$', '@', ':', '::', '.', '->', '?.', '?', '()', '(', ')', '<', '>', '<T>', ' ', '\n', '\u00a0', 'new ', ',', ';', '{', '=', '1'];
    let n = 0;
    for (let r = 0; r < 2000; r++) {
      let s = '';
      const len = 1 + Math.floor(random() * 120);
      for (let i = 0; i < len; i++) s += pieces[Math.floor(random() * pieces.length)];
      n += compareAll(s + '(x)');
    }
    assert.ok(n > 2000, `only ${n} calls compared`);
  });
});
