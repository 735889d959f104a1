// maskBoth builds both masks of a text in one scan (issue 8): `uncommented` (comments blanked) and
// `masked` (string contents blanked too), each the same as maskNonCode gives on its own.
import * as assert from 'assert';
import { maskBoth, maskNonCode } from '../../../server/src/service/diagnostics/lookAround';
import { languageFamily } from '../../../server/src/service/detection/languages';
import { loadSnippets } from '../../../bench/corpus';

describe('diagnostics: masks of the text', () => {
  it('blanks comments in both and string contents only in masked (JavaScript, Python)', () => {
    const js = maskBoth('a("x(y)") // c(\n/* d\ne */ b(`t`)', 'javascript');
    assert.strictEqual(js.uncommented, 'a("x(y)")      \n    \n     b(`t`)');
    assert.strictEqual(js.masked, 'a("    ")      \n    \n     b(` `)');
    const py = maskBoth('f("""a\n(b""") # c\ng(\'q\')', 'python');
    assert.strictEqual(py.uncommented, 'f("""a\n(b""")    \ng(\'q\')');
    assert.strictEqual(py.masked, 'f(""" \n  """)    \ng(\' \')');
  });

  it('gives what maskNonCode gives, on every corpus file, and differs from the text only by blanks', () => {
    let files = 0;
    for (const [languageId, texts] of Object.entries(loadSnippets())) {
      const family = languageFamily(languageId, `file:///x`);
      for (const text of texts) {
        files++;
        const both = maskBoth(text, family);
        assert.strictEqual(both.masked, maskNonCode(text, family));
        assert.strictEqual(both.uncommented, maskNonCode(text, family, true));
        assert.strictEqual(both.masked!.length, text.length);
        for (let k = 0; k < text.length; k++) {
          const u: number = both.uncommented.charCodeAt(k);
          const m: number = both.masked!.charCodeAt(k);
          if (u !== text.charCodeAt(k)) assert.strictEqual(u, 32, `${languageId}: uncommented changed a character into ${u} at ${k}`);
          if (m !== u) assert.strictEqual(m, 32, `${languageId}: masked changed a character into ${m} at ${k}`);
        }
      }
    }
    assert.ok(files > 30, `only ${files} corpus files`);
  });
});
