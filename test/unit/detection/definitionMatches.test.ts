// statusParameters finds helper definitions by running its patterns only where a match can start,
// walked back from the parameter lists that may name a status (issues 8 and 21). What it keeps must be
// exactly what a plain global search of each pattern keeps: compared on every corpus file, the bench
// corpus, the real-code corpus and random token soups.
import * as assert from 'assert';
import {
  definableNames, definitionPatterns, listDefinitionMatches, statusLists, statusParameters, statusParametersOf,
} from '../../../server/src/service/detection/statusParameters';
import { loadSnippets, mixedCorpus, seededRandom } from '../../../bench/corpus';
import { loadRealCorpus } from '../../support/realCorpus';

/** The oracle: each pattern searched globally over the whole text. */
function globalMatches(text: string): RegExpExecArray[][] {
  return definitionPatterns.map((pattern) => {
    const re = new RegExp(pattern.source, 'g');
    const out: RegExpExecArray[] = [];
    for (let m = re.exec(text); m; m = re.exec(text)) out.push(m);
    return out;
  });
}

const keyOf = (m: RegExpExecArray) => `${m.index}:${JSON.stringify([...m])}`;

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

/** statusParameters equals what the global search keeps, and every match it reads is one the global search finds. */
function same(text: string): number {
  const oracle = globalMatches(text);
  const full = statusParametersOf(text, oracle);
  const got = statusParameters(text);
  const where = JSON.stringify(text.slice(0, 300));
  assert.deepStrictEqual([...got.byName], [...full.byName], where);
  assert.deepStrictEqual([...got.defaults].sort(), [...full.defaults].sort(), where);
  const found = listDefinitionMatches(text, statusLists(text));
  found.forEach((list, k) => {
    const all = new Set(oracle[k].map(keyOf));
    for (const m of list) assert.ok(all.has(keyOf(m)), `${keyOf(m)} is no match of the global search in ${where}`);
  });
  return full.byName.size;
}

describe('detection: helper definitions read at the lists that may name a status equal the global search', () => {
  it('on every corpus file, the bench corpus, the real-code corpus and every shape', () => {
    const texts = Object.values(loadSnippets()).flat();
    texts.push(...mixedCorpus(256 * 1024, 8).map((d) => d.text));
    texts.push(...loadRealCorpus().files.map((f) => f.text));
    // Parameter lists at the patterns' 300-character limit.
    for (const n of [299, 300, 301]) texts.push(`void send(${'a'.repeat(n - 6)}status) {`, `send = (${'b'.repeat(n - 6)}status) => 1`, `int x(${'c'.repeat(n - 4)}code)  throws E {`);
    // Every shape, with up to three words between a value's name and its list.
    texts.push('const send = async function named(res, status) {}', 'reply: async function (code, body) {}', 'x = async (status) => 1',
      'func (s *Server) writeJSON(w http.ResponseWriter, status int) error {}', 'function json<T>(res, status: number) {}',
      'public function failure(string $m, int $code = 200) {}', 'def error(self, message, status=400):');
    let helpers = 0;
    for (const text of texts) helpers += same(text);
    assert.ok(helpers > 20, `only ${helpers} helpers`);
  });

  it('on 90,000 random token strings (names, blanks, brackets, receivers, generics, keywords, values, defaults)', () => {
    const tokens = ['f', 'send', 'json', 'status', 'code', '$x', 'a$', '1a', '9', ' ', '\n', '\t', '\u00a0', '\u2028', '\ufeff', '(', ')', '{', '}', ':',
      '=', '==', '=>', ',', 'async ', 'async', 'function ', 'function', 'function g', 'def ', 'func ', 'fn ', 'fun ', '(s *T)', '(s *T) ', 'int ',
      'void ', 'res', 'throws E ', '<T>', '<', '>', '[]', 'return ', 'if ', '.', '_', ') {', ') =>', '): T =>', 'f(a) {', 'x = (', 'y: (',
      ' = async (', 'z = function (', 'code, body', 'int status', 'st_atus', 'http_code', 'res, status', 'status=400', 'status = 404',
      'w http.ResponseWriter, ', 'error', 'self, '];
    let helpers = 0;
    for (const text of tokenStrings(tokens, 3, 90000, 25)) helpers += same(text);
    assert.ok(helpers > 1000, `only ${helpers} helpers in the random strings`);
  });

  it('keeps status parameters whose names fold to a status name only once their separators are dropped', () => {
    const found = statusParameters('function sendJson(res, st_atus) {}\ndef reply(self, message, http__code=400):\n    pass\n');
    assert.deepStrictEqual([...found.byName], [['sendJson', 1], ['reply', 1]]);
    assert.strictEqual(found.defaults.size, 1);
  });

  describe('definableNames: the names of the definitions at those lists, a superset of the helpers', () => {
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
