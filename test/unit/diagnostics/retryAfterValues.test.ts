// invalid-retry-after tries its header pattern only where a header name can start, found from each
// "retry" (issue 8). It must find what the global search over the text finds: compared on every corpus
// file and on random strings of header names, separators and values.
import * as assert from 'assert';
import { headerValue, headerValues } from '../../../server/src/service/diagnostics/rules/invalidRetryAfter';
import { loadSnippets, seededRandom } from '../../../bench/corpus';

function globalSearch(text: string): string[] {
  const re = new RegExp(headerValue.source, headerValue.flags);
  const out: string[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(`${m.index}:${JSON.stringify([...m])}`);
  return out;
}

const anchored = (text: string) => headerValues(text).map((m) => `${m.index}:${JSON.stringify([...m])}`);

describe('diagnostics: Retry-After values found from "retry" equal the global search', () => {
  it('on every corpus file', () => {
    let found = 0;
    for (const text of Object.values(loadSnippets()).flat()) {
      const expected = globalSearch(text);
      assert.deepStrictEqual(anchored(text), expected);
      found += expected.length;
    }
    assert.ok(found > 5, `only ${found} Retry-After values in the corpus`);
  });

  it('on 30,000 random strings of header names, separators and values', () => {
    const tokens = ["'retry-after'", '"Retry-After"', "'RETRY-AFTER\"", 'HttpHeaders.RETRY_AFTER', 'HeaderNames.RetryAfter', 'Headers.RetryAfter',
      'retry', 'Retry', 'after', 'x', ' ', '\n', ':', ',', '=>', '] =', '=', "'", '"', '`', '30', '-1.5', '2 minutes', '\\', 'Http', 'Header'];
    const random = seededRandom(33);
    let matched = 0;
    for (let r = 0; r < 30000; r++) {
      let text = '';
      const length = 1 + Math.floor(random() * 12);
      for (let k = 0; k < length; k++) text += tokens[Math.floor(random() * tokens.length)];
      const expected = globalSearch(text);
      assert.deepStrictEqual(anchored(text), expected, JSON.stringify(text));
      if (expected.length) matched++;
    }
    assert.ok(matched > 1000, `only ${matched} strings with a match`);
  });
});
