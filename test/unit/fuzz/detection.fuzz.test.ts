// Every detection family, fed its own language mutated and foreign text (issue 16): detection never
// throws, answers the same for the same text, and every detection lies inside the text and says what
// is written there — a literal is its number as written.
import * as assert from 'assert';
import * as fc from 'fast-check';
import { findStatusCodes } from '../../../server/src/service/detection/findStatusCodes';
import { loadSnippets } from '../../../bench/corpus';
import { assertProperty } from '../../support/property';
import { sourceText } from './sourceText';
import { assertDetections } from './lspInvariants';

/** One language id and file name per family the detectors know. */
const families: [string, string, string][] = [
  ['javascript', 'javascript', 'a.js'], ['python', 'python', 'a.py'], ['go', 'go', 'a.go'], ['java', 'java', 'A.java'],
  ['csharp', 'csharp', 'A.cs'], ['php', 'php', 'a.php'], ['ruby', 'ruby', 'a.rb'], ['rust', 'rust', 'a.rs'],
  ['nginx', 'nginx', 'site.conf'], ['yaml', 'yaml', 'openapi.yaml'], ['json', 'json', 'openapi.json'],
  ['logs', 'log', 'access.log'], ['har', 'json', 'a.har'], ['http file', 'plaintext', 'api.http'], ['unknown', '', 'notes'],
];

const snippets = Object.values(loadSnippets()).flat();
const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 6 }), insert: fc.string({ unit: fc.constantFrom(...'"\'`()[]{}<>;:,.#/\\*=-_ \t\n\r5040123xX'), maxLength: 5 }) });
const mutatedSnippet = fc.tuple(fc.constantFrom(...snippets), fc.array(edit, { maxLength: 8 })).map(([text, edits]) => edits.reduce((t, e) => {
  const at = e.at % (t.length + 1);
  return t.slice(0, at) + e.insert + t.slice(at + e.remove);
}, text));
const text = fc.oneof({ arbitrary: mutatedSnippet, weight: 3 }, { arbitrary: sourceText, weight: 1 });

function assertLiteralsAsWritten(source: string, detections: ReturnType<typeof findStatusCodes>): void {
  for (const d of detections) {
    if (d.form === 'literal') assert.strictEqual(source.slice(d.start, d.end), String(d.code), `literal at ${d.start}: ${JSON.stringify(source.slice(d.start, d.end))} is not ${d.code}`);
  }
}

describe('fuzz: every detection family', () => {
  families.forEach(([family, languageId, file], k) => {
    it(`${family}: no throw, same answer twice, every detection inside the text and as written`, () => {
      assertProperty({ name: `detection: ${family}`, seed: 1700 + k, runs: 60 }, [text], (source) => {
        const uri = `file:///fuzz/${file}`;
        const first = findStatusCodes(source, languageId, uri).sort((a, b) => a.start - b.start);
        assertDetections(source, first);
        assertLiteralsAsWritten(source, first);
        const again = findStatusCodes(source, languageId, uri).sort((a, b) => a.start - b.start);
        assert.deepStrictEqual(again, first, 'detection is not deterministic');
      });
    });
  });
});
