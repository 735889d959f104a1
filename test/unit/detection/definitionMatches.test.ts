// statusParameters finds helper definitions by running two of its patterns only where a match can start,
// walked back from an anchor character (issue 8). The matches must be exactly those of the plain global
// search over the text: compared on every corpus file, the bench corpus and random token soups.
import * as assert from 'assert';
import { definableNames, definitionMatches, definitionPatterns, statusParameters, statusParametersOf } from '../../../server/src/service/detection/statusParameters';
import { loadSnippets, mixedCorpus, seededRandom } from '../../../bench/corpus';
import { loadRealCorpus } from '../../support/realCorpus';

function globalSearch(text: string): string[][] {
  return definitionPatterns.map((pattern) => {
    const re = new RegExp(pattern.source, 'g');
    const out: string[] = [];
    for (let m = re.exec(text); m; m = re.exec(text)) out.push(`${m.index}:${JSON.stringify([...m])}`);
    return out;
  });
}

/** `rounds` strings of 1 to `maxTokens` tokens drawn with a fixed seed (the same strings every run). */
function tokenStrings(tokens: readonly string[], seed: number, rounds: number, maxTokens: number): string[] {
  const random = seededRandom(seed);
  const out: string[] = [];
  for (let r = 0; r < rounds; r++) {
    let text = '';
    const length = 1 + Math.floor(random() * maxTokens);
    for (let k = 0; k < length; k++) text += tokens[Math.floor(random() * tokens.length)];
    out.push(text);
  }
  return out;
}

function anchored(text: string): string[][] {
  return definitionMatches(text).map((list) => list.map((m) => `${m.index}:${JSON.stringify([...m])}`));
}

describe('detection: helper definitions found from anchors equal the global search', () => {
  it('on every corpus file and the bench corpus', () => {
    const texts = Object.values(loadSnippets()).flat();
    texts.push(...mixedCorpus(256 * 1024, 8).map((d) => d.text));
    // Parameter lists at the patterns' 300-character limit.
    for (const n of [299, 300, 301]) texts.push(`void send(${'a'.repeat(n)}) {`, `send = (${'b'.repeat(n)}) => 1`, `int x(${'c'.repeat(n)})  throws E {`);
    let found = 0;
    for (const text of texts) {
      const expected = globalSearch(text);
      assert.deepStrictEqual(anchored(text), expected);
      found += expected[1].length + expected[2].length;
    }
    assert.ok(found > 100, `only ${found} method and function-value matches`);
  });

  it('on 50,000 random token strings (names, blanks, brackets, arrows, keywords)', () => {
    const tokens = ['f', 'send', 'json', 'status', '$x', '1a', '9', ' ', '\n', '\t', '\u00a0', '\u2028', '\ufeff', '(', ')', '{', '}', ':', '=', '==',
      '=>', ',', 'async ', 'async', 'function ', 'function g', 'def ', 'func ', 'int ', 'res', 'throws E ', '<T>', '[]', 'return ', '.', '_',
      ') {', ') =>', '): T =>', 'f(a) {', 'x = (', 'y: (', ' = async (', 'z = function (', 'code, body', 'int status'];
    let matched = 0;
    for (const text of tokenStrings(tokens, 3, 50000, 25)) {
      const expected = globalSearch(text);
      assert.deepStrictEqual(anchored(text), expected, JSON.stringify(text));
      if (expected[1].length + expected[2].length > 0) matched++;
    }
    assert.ok(matched > 1000, `only ${matched} strings with a method or function-value match`);
  });

  it('keeps status parameters whose names fold to a status name only once their separators are dropped', () => {
    const found = statusParameters('function sendJson(res, st_atus) {}\ndef reply(self, message, http__code=400):\n    pass\n');
    assert.deepStrictEqual([...found.byName], [['sendJson', 1], ['reply', 1]]);
    assert.strictEqual(found.defaults.size, 1);
  });

  describe('statusParameters looks for definitions only at the lists that may name a status, and finds what the full search finds', () => {
    const same = (text: string) => {
      const full = statusParametersOf(text, definitionMatches(text));
      const got = statusParameters(text);
      assert.deepStrictEqual([...got.byName], [...full.byName], JSON.stringify(text.slice(0, 300)));
      assert.deepStrictEqual([...got.defaults].sort(), [...full.defaults].sort(), JSON.stringify(text.slice(0, 300)));
      return full.byName.size;
    };

    it('on every corpus file, the bench corpus and the real-code corpus', () => {
      const texts = Object.values(loadSnippets()).flat();
      texts.push(...mixedCorpus(256 * 1024, 8).map((d) => d.text));
      texts.push(...loadRealCorpus().files.map((f) => f.text));
      // Every shape, with up to three words between a value's name and its list.
      texts.push('const send = async function named(res, status) {}', 'reply: async function (code, body) {}', 'x = async (status) => 1',
        'func (s *Server) writeJSON(w http.ResponseWriter, status int) error {}', 'function json<T>(res, status: number) {}',
        'public function failure(string $m, int $code = 200) {}', 'def error(self, message, status=400):');
      let helpers = 0;
      for (const text of texts) helpers += same(text);
      assert.ok(helpers > 20, `only ${helpers} helpers`);
    });

    it('on 40,000 random token strings (receivers, generics, keywords, values, defaults)', () => {
      const tokens = ['send', 'json', 'status', 'code', '$x', 'a$', ' ', '\n', '\t', '(', ')', '{', '}', ':', '=', '==', '=>', ',', 'async ', 'async',
        'function ', 'function', 'def ', 'func ', 'fn ', 'fun ', '(s *T)', '(s *T) ', 'int ', 'void ', 'throws E ', '<T>', '<', '>', 'return ', 'if ',
        '.', 'st_atus', 'http_code', 'res, status', 'int status', 'status=400', 'status = 404', 'w http.ResponseWriter, ', ') {', ') =>', 'x = (',
        'y: (', ' = async (', 'z = function (', 'error', 'self, '];
      let helpers = 0;
      for (const text of tokenStrings(tokens, 9, 40000, 24)) helpers += same(text);
      assert.ok(helpers > 500, `only ${helpers} helpers in the random strings`);
    });
  });

  describe('definableNames: a superset of the helpers, in one pass', () => {
    /** Every name statusParameters keeps must be in definableNames. */
    function check(text: string): { helpers: number; names: number } {
      const { byName } = statusParameters(text);
      const names = definableNames(text);
      for (const name of byName.keys()) assert.ok(names.has(name), `${name} is a helper of ${JSON.stringify(text.slice(0, 300))} but not a definable name`);
      return { helpers: byName.size, names: names.size };
    }

    it('on every corpus file, the bench corpus and the real-code corpus, and rules out most called names', () => {
      const texts = Object.values(loadSnippets()).flat();
      texts.push(...mixedCorpus(64 * 1024, 9).map((d) => d.text));
      texts.push(...loadRealCorpus().files.map((f) => f.text));
      let helpers = 0;
      let called = 0;
      let ruledOut = 0;
      for (const text of texts) {
        helpers += check(text).helpers;
        const names = definableNames(text);
        for (const [, name] of text.matchAll(/([A-Za-z_$][\w$]*)\(\s*[1-5]\d\d\b/g)) {
          called++;
          if (!names.has(name)) ruledOut++;
        }
      }
      assert.ok(helpers > 20, `only ${helpers} helpers: the check tests little`);
      assert.ok(ruledOut > called * 0.6, `only ${ruledOut} of ${called} names called with a 3-digit number ruled out`);
    });

    it('on 40,000 random token strings (receivers, generics, blanks, keywords, values)', () => {
      const tokens = ['send', 'json', 'status', 'code', '$x', 'a$', ' ', '\n', '\t', '\u00a0', '(', ')', '{', '}', ':', '=', '=>', ',', 'async ', 'async',
        'function ', 'function', 'def ', 'func ', 'fn ', 'fun ', '(s *T)', '(s *T) ', 'int ', 'throws E ', '<T>', 'return ', 'if ', '.', 'st_atus', 'http_code',
        'res, status', 'int status', 'status=400', 'w http.ResponseWriter, ', ') {', ') =>', 'x = (', 'y: (', ' = async (', 'z = function (', 'error'];
      let helpers = 0;
      for (const text of tokenStrings(tokens, 5, 40000, 20)) helpers += check(text).helpers;
      assert.ok(helpers > 250, `only ${helpers} helpers in the random strings`);
    });

    it('finds Go methods (a receiver before the name, with or without a blank after it) and values of every shape', () => {
      for (const text of [
        'func (s *Server) writeJSON(w http.ResponseWriter, status int) error {}', 'func (s *T)reply(status int) error {}',
        'const send = async function named(res, status) {}', 'reply: async (code, body) => {}', 'fail = functionx(statusCode) {}',
        'function json<T>(res, status: number) {}', 'public function failure(string $m, int $code = 200) {}',
      ]) {
        const helpers = [...statusParameters(text).byName.keys()];
        assert.ok(helpers.length > 0, `no helper in ${text}`);
        for (const name of helpers) assert.ok(definableNames(text).has(name), `${name} in ${text}`);
      }
    });
  });
});
