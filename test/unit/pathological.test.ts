// Pathological input is time-bounded (issue 9): a minified 5 MB line and regex-hostile lines go
// through detection and diagnostics in time proportional to their length. Nothing is compared with a
// fixed number of milliseconds, and nothing reads the wall clock: each input's CPU time is measured
// against a bare /\b\d{3}\b/g pass over the same text (the cheapest thing that looks at every
// character), and at two sizes 8× apart, where quadratic work shows as a cost per byte that grows 8×
// (test/support/growth.ts: medians of interleaved rounds, so a loaded machine cannot break it — issue 16).
// (The 50 MB file is refused by the size guard before any analysis: test/lsp/sizeLimit.test.ts.)
import * as assert from 'assert';
import * as path from 'path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { loadDataset } from '../../server/src/loadDataset';
import { getLanguageService } from '../../server/src/service/languageService';
import { defaultSettings } from '../../server/src/service/settings';
import { loadSnippets } from '../../bench/corpus';
import { cpuMs, maxLinearGrowth, median, perUnitGrowth } from '../support/growth';

const service = getLanguageService({ dataset: loadDataset(path.join(__dirname, '..', '..', 'data', 'status-codes.json')) });
let version = 0;

function analyse(text: string, languageId: string): void {
  const document = TextDocument.create(`file:///pathological/input.${languageId}`, languageId, ++version, text);
  service.analyze(document);
  service.doValidation(document, defaultSettings);
  service.forget(document.uri);
}

function regexPass(text: string): void {
  const pattern = /\b\d{3}\b/g;
  while (pattern.exec(text));
}

/** Cost of the analysis in units of the regex pass (medians of CPU time); the regex pass is floored at 1 ms of work per MB. */
function ratio(text: string, languageId: string, rounds = 3): number {
  const analysis: number[] = [];
  const regex: number[] = [];
  for (let i = 0; i < rounds; i++) {
    analysis.push(cpuMs(() => analyse(text, languageId)));
    regex.push(cpuMs(() => regexPass(text)));
  }
  const floor = text.length / (1024 * 1024);
  return median(analysis) / Math.max(median(regex), floor);
}

const minifiedSource = Object.values(loadSnippets()).flat().join('\n').replace(/\s*\n\s*/g, ' ');
const repeat = (unit: string, bytes: number) => unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);

/** Text built to make scanners backtrack or walk: one line, no newline anywhere (but the last). */
const hostile: Record<string, (bytes: number) => string> = {
  'minified code': (n) => repeat(minifiedSource, n),
  'spaces before a code': (n) => ' '.repeat(n - 15) + 'res.status(404)',
  'a dotted chain without a call': (n) => repeat('a.', n - 7) + 'status(',
  'unclosed calls': (n) => repeat('res.status(', n),
  'digits': (n) => '4'.repeat(n),
  'codes and nothing else': (n) => repeat('404 ', n),
  'unbalanced quotes': (n) => repeat('"\'`', n),
  'status-line starts': (n) => repeat('HTTP/1.1 ', n),
  'backslashes before a quote': (n) => '\\'.repeat(n - 1) + '"',
  'nested brackets': (n) => '('.repeat(n >> 1) + ')'.repeat(n >> 1),
  'comment openers': (n) => repeat('/* # // <!-- ', n),
  // Many lines, top-level ones among them: from 64 KB a source file is analysed in segments.
  'table rows between top-level lines': (n) => repeat('(404, 500),\n\nx = 1\n', n),
};

/** Linear work, however heavy per character, stays within this many regex passes. */
const maxRatio = 2000;

describe('pathological input: bounded time, measured against a bare regex pass', function () {
  this.timeout(120_000);

  before(() => {
    // Warm the JIT, so the first measurement is not the compiler's.
    for (const id of ['javascript', 'python', 'go', 'yaml']) analyse(repeat(minifiedSource, 64 * 1024), id);
  });

  it(`a minified 5 MB line of JavaScript costs at most ${maxRatio}× a regex pass`, () => {
    const text = repeat(minifiedSource, 5 * 1024 * 1024);
    const r = ratio(text, 'javascript', 1);
    console.log(`      5 MB minified line: ${r.toFixed(0)}× a regex pass`);
    assert.ok(r <= maxRatio, `${r.toFixed(0)}× a regex pass`);
  });

  for (const [name, make] of Object.entries(hostile)) {
    for (const languageId of ['javascript', 'python', 'go', 'yaml']) {
      it(`${name} (${languageId}): linear in length and at most ${maxRatio}× a regex pass`, () => {
        // From 64 KB, where big source files start being analysed in segments, so both sizes take the same path.
        const small = make(64 * 1024);
        const large = make(512 * 1024);
        const { growth, smallMs, largeMs } = perUnitGrowth(() => analyse(small, languageId), () => analyse(large, languageId), 8, 3);
        assert.ok(growth <= maxLinearGrowth, `per-byte cost grew ${growth.toFixed(1)}× from 64 KB (${smallMs.toFixed(1)} ms) to 512 KB (${largeMs.toFixed(1)} ms)`);
        const r = ratio(large, languageId);
        assert.ok(r <= maxRatio, `${r.toFixed(0)}× a regex pass on 512 KB`);
      });
    }
  }
});
