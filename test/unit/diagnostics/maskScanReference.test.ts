// maskBoth jumps between possible comment and string starts and builds the masks from slices (issue 8).
// It must give exactly what the plain scan over every character gives: that scan is kept here as the
// reference and both run on every corpus file in every comment syntax and on random token soups.
import * as assert from 'assert';
import { maskBoth } from '../../../server/src/service/diagnostics/lookAround';
import { LanguageFamily } from '../../../server/src/service/detection/languages';
import { loadSnippets, seededRandom } from '../../../bench/corpus';

const hashComments = new Set<string>(['python', 'ruby', 'yaml', 'nginx', 'php']);
const slashComments = new Set<string>(['javascript', 'go', 'java', 'csharp', 'php', 'rust', 'json']);

/** The character-by-character scan maskBoth replaced. */
function referenceMasks(text: string, family: LanguageFamily): { masked: string; uncommented: string } {
  const out = text.split('');
  const hash = hashComments.has(family);
  const slash = slashComments.has(family);
  const blank = (from: number, to: number) => { for (let k = from; k < to; k++) if (out[k] !== '\n') out[k] = ' '; };
  const strings: number[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text[i];
    const next = text[i + 1];
    if ((slash && c === '/' && next === '/') || (hash && c === '#' && !(family === 'php' && next === '['))) {
      const end = text.indexOf('\n', i);
      const stop = end < 0 ? n : end;
      blank(i, stop);
      i = stop;
    } else if (slash && c === '/' && next === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end < 0 ? n : end + 2;
      blank(i, stop);
      i = stop;
    } else if (family === 'python' && (c === "'" || c === '"') && next === c && text[i + 2] === c) {
      const end = text.indexOf(c.repeat(3), i + 3);
      const stop = end < 0 ? n : end + 3;
      strings.push(i + 3, stop - 3);
      i = stop;
    } else if (c === '"' || c === "'" || c === '`') {
      let j = i + 1;
      while (j < n && text[j] !== c) {
        if (text[j] === '\\' && c !== '`') j++;
        else if (text[j] === '\n' && c !== '`') break;
        j++;
      }
      if (j >= n || text[j] !== c) { i++; continue; }
      strings.push(i + 1, j);
      i = j + 1;
    } else {
      i++;
    }
  }
  const uncommented = out.join('');
  for (let k = 0; k < strings.length; k += 2) blank(strings[k], strings[k + 1]);
  return { masked: out.join(''), uncommented };
}

const families: LanguageFamily[] = ['javascript', 'python', 'go', 'java', 'csharp', 'php', 'ruby', 'rust', 'nginx', 'yaml', 'json', 'unknown'];

function assertSame(text: string, family: LanguageFamily): void {
  const expected = referenceMasks(text, family);
  const both = maskBoth(text, family);
  assert.strictEqual(both.uncommented, expected.uncommented, `${family} uncommented: ${JSON.stringify(text.slice(0, 200))}`);
  assert.strictEqual(both.masked, expected.masked, `${family} masked: ${JSON.stringify(text.slice(0, 200))}`);
  assert.strictEqual(maskBoth(text, family, false).uncommented, expected.uncommented);
}

describe('diagnostics: masks equal the character-by-character scan', () => {
  it('on every corpus file, read in every comment syntax', () => {
    let files = 0;
    for (const texts of Object.values(loadSnippets())) {
      for (const text of texts) {
        files++;
        for (const family of families) assertSame(text, family);
      }
    }
    assert.ok(files > 30, `only ${files} corpus files`);
  });

  it('on 20,000 random strings of quotes, comment marks, escapes and line breaks', () => {
    const tokens = ['/', '*', '#', '"', "'", '`', '\\', '\n', '\r', 'a', ' ', '[', '"""', "'''", '*/', '//', '/*', '\\"', "\\'", '\t'];
    const random = seededRandom(8);
    for (let r = 0; r < 20000; r++) {
      let text = '';
      const length = 1 + Math.floor(random() * 30);
      for (let k = 0; k < length; k++) text += tokens[Math.floor(random() * tokens.length)];
      for (const family of families) assertSame(text, family);
    }
  });

  it('keeps the text\'s own characters outside the blanks (a lone surrogate stays as it is)', () => {
    const text = 'a("\ud800") // \udc00\n\ud800 b';
    assert.deepStrictEqual(maskBoth(text, 'javascript'), { masked: 'a(" ")     \n\ud800 b', uncommented: 'a("\ud800")     \n\ud800 b' });
  });
});
