// statementStart and statementEnd read lines by character codes, and handlerRegion skips its block scans
// when no block can end the region (issue 8). They must give what the earlier versions gave, kept here as
// the reference: compared at every offset of random line soups and at every status code of the corpus
// files (on their masks, as the rules call them).
import * as assert from 'assert';
import { handlerRegion, lineEndAt, lineStartAt, maskNonCode, matchingClose, openBracketBefore, statementEnd, statementStart } from '../../../server/src/service/diagnostics/lookAround';
import { languageFamily } from '../../../server/src/service/detection/languages';
import { loadSnippets, mixedCorpus, seededRandom } from '../../../bench/corpus';

function referenceStatementStart(masked: string, offset: number): number {
  const lineBody = (lineStart: number) => masked.slice(lineStart, lineEndAt(masked, lineStart)).trim();
  let start = lineStartAt(masked, offset);
  for (let guard = 0; guard < 30 && start > 0; guard++) {
    const body = lineBody(start);
    const prevStart = lineStartAt(masked, start - 1);
    const prev = lineBody(prevStart);
    const continues = /^[.),\]?:]/.test(body) && !/^:\w/.test(body)
      || /(?:[(,[=+\-*/|&\\]|=>|\.)$/.test(prev) && !/^(?:case\b|default\b)/.test(prev);
    if (!continues || prev === '') break;
    start = prevStart;
  }
  return start + (/^[ \t]*/.exec(masked.slice(start))![0].length);
}

function referenceStatementEnd(masked: string, offset: number): number {
  const bracketDelta = (c: string) => c === '(' || c === '[' || c === '{' ? 1 : c === ')' || c === ']' || c === '}' ? -1 : 0;
  let end = lineEndAt(masked, offset);
  let depth = 0;
  for (let k = lineStartAt(masked, offset); k < end; k++) depth += bracketDelta(masked[k]);
  for (let guard = 0; guard < 30 && end < masked.length; guard++) {
    const nextStart = end + 1;
    const nextEnd = lineEndAt(masked, nextStart);
    const body = masked.slice(nextStart, nextEnd).trim();
    const prev = masked.slice(lineStartAt(masked, end), end).trim();
    // Issue 15: a PHP `->chain` line continues the statement too.
    if (!(depth > 0 || /^(?:[.)\]]|->)/.test(body) || /(?:[(,[=+\-*/|&\\]|=>|\.)$/.test(prev))) break;
    for (let k = nextStart; k < nextEnd; k++) depth += bracketDelta(masked[k]);
    end = nextEnd;
  }
  return end;
}

/** handlerRegion as it was: the enclosing block looked for 4,000 characters back and 8,000 ahead every time. */
function referenceHandlerRegion(text: string, masked: string, offset: number, linesBack: number, linesAfter: number): { start: number; end: number } {
  const lineStartBack = (at: number, lines: number) => {
    let start = lineStartAt(text, at);
    for (let k = 0; k < lines && start > 0; k++) start = lineStartAt(text, start - 1);
    return start;
  };
  const lineEndForward = (at: number, lines: number) => {
    let end = lineEndAt(text, at);
    for (let k = 0; k < lines && end < text.length; k++) end = lineEndAt(text, end + 1);
    return end;
  };
  const stmt = referenceStatementStart(masked, offset);
  let end = referenceStatementEnd(masked, offset);
  if (linesAfter > 0) {
    const open = openBracketBefore(masked, offset, '{', 4000);
    const close = open < 0 ? -1 : matchingClose(masked, open, 8000);
    const limit = lineEndForward(end, linesAfter);
    end = close >= 0 ? Math.max(end, Math.min(limit, close)) : limit;
  }
  return { start: Math.max(lineStartBack(stmt, linesBack), stmt - 20000), end };
}

describe('diagnostics: statementStart, statementEnd and handlerRegion equal their earlier versions', () => {
  it('at every offset of 3,000 random texts of continuation marks, labels and blanks', () => {
    const tokens = ['.', ')', ',', ']', '?', ':', ':a', ':(', '\n', '\n', '\n', ' ', '\t', '\u00a0', '\r', '=>', '=', '>', '(', '[', '+', '-', '*', '/', '|',
      '&', '\\', '{', '}', 'case', 'case:', 'cases', 'default', 'default_', 'x', 'return'];
    const random = seededRandom(21);
    for (let r = 0; r < 3000; r++) {
      let text = '';
      const length = 1 + Math.floor(random() * 40);
      for (let k = 0; k < length; k++) text += tokens[Math.floor(random() * tokens.length)];
      for (let offset = 0; offset <= text.length; offset++) {
        assert.strictEqual(statementStart(text, offset), referenceStatementStart(text, offset), `${JSON.stringify(text)} at ${offset}`);
        assert.strictEqual(statementEnd(text, offset), referenceStatementEnd(text, offset), `end: ${JSON.stringify(text)} at ${offset}`);
        assert.deepStrictEqual(handlerRegion(text, text, offset, 3, 2), referenceHandlerRegion(text, text, offset, 3, 2), `region: ${JSON.stringify(text)} at ${offset}`);
      }
    }
  });

  it('at every three-digit number of the corpus files and the bench corpus, on their masks', () => {
    let checked = 0;
    const documents = Object.entries(loadSnippets()).flatMap(([languageId, texts]) => texts.map((text) => ({ languageId, text })));
    documents.push(...mixedCorpus(128 * 1024, 8));
    for (const { languageId, text } of documents) {
      const family = languageFamily(languageId, 'file:///x');
      {
        const masked = maskNonCode(text, family);
        for (const m of text.matchAll(/\b\d{3}\b/g)) {
          assert.strictEqual(statementStart(masked, m.index!), referenceStatementStart(masked, m.index!));
          assert.strictEqual(statementEnd(masked, m.index!), referenceStatementEnd(masked, m.index!));
          for (const after of [0, 6]) {
            assert.deepStrictEqual(handlerRegion(text, masked, m.index!, 25, after), referenceHandlerRegion(text, masked, m.index!, 25, after));
          }
          checked++;
        }
      }
    }
    assert.ok(checked > 1000, `only ${checked} numbers`);
  });
});
