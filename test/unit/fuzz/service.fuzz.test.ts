// Property-based fuzzing of the pure language service (issue 9): hostile text in every language id
// through detection, hover, completion, diagnostics and code actions — whichever the facade offers.
// `npm test` replays fixed seeds; `npm run fuzz` draws new ones (test/support/property.ts).
import * as assert from 'assert';
import * as fc from 'fast-check';
import * as path from 'path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { loadDataset } from '../../../server/src/loadDataset';
import { getLanguageService, positionIn } from '../../../server/src/service/languageService';
import { defaultSettings } from '../../../server/src/service/settings';
import { applyEdits, assertDetections, assertRange, workspaceEditFor } from './lspInvariants';
import { assertProperty, fuzzing } from '../../support/property';
import { languageId, mutatedCorpusFile, sourceText, uri } from './sourceText';

const runs = 150;
const dataset = loadDataset(path.join(__dirname, '..', '..', '..', 'data', 'status-codes.json'));

/** The facade's optional features, called by name as the other features land in it. */
type Service = ReturnType<typeof getLanguageService> & Record<string, any>;

/** Every generated text is a new version: the service caches one analysis per uri and version. */
let version = 0;
const document = fc.tuple(uri, languageId, sourceText).map(([u, id, text]) => TextDocument.create(u, id, ++version, text));

/** A cursor somewhere in the document (as an offset), or a position the document does not have. */
const cursor = fc.oneof(
  { arbitrary: fc.nat().map((n) => ({ offset: n })), weight: 4 },
  { arbitrary: fc.record({ line: fc.nat({ max: 1 << 20 }), character: fc.nat({ max: 1 << 20 }) }), weight: 1 },
);

function positionOf(doc: TextDocument, c: { offset: number } | { line: number; character: number }) {
  return 'offset' in c ? doc.positionAt(c.offset % (doc.getText().length + 1)) : c;
}

export const counts = { cases: 0, hovers: 0, completions: 0, diagnostics: 0, codeActions: 0, fixesApplied: 0 };

export function checkDocument(service: Service, doc: TextDocument, cursors: ({ offset: number } | { line: number; character: number })[]): void {
  counts.cases++;
  const text = doc.getText();
  const analysis = service.analyze(doc);
  assertDetections(text, analysis.detections);

  for (const c of cursors) {
    const position = positionOf(doc, c);
    // What the position means: the facade clamps a column past the line's end and refuses other lines.
    const effective = positionIn(doc, position);
    const hover = service.doHover(doc, position, { commandLinks: true });
    counts.hovers++;
    if (hover) {
      assert.ok(effective, `hover at a position the document does not have ${JSON.stringify(position)}`);
      assertRange(doc, hover.range, 'hover.range');
      if (hover.range) {
        const at = doc.offsetAt(effective);
        assert.ok(doc.offsetAt(hover.range.start) <= at && at <= doc.offsetAt(hover.range.end), 'hover range does not hold the cursor');
      }
    }
    if (typeof service.doComplete === 'function') {
      const result = service.doComplete(doc, position);
      counts.completions++;
      const items = Array.isArray(result) ? result : result?.items ?? [];
      for (const item of items) {
        assert.strictEqual(typeof item.label, 'string', 'completion without a label');
        const edit = item.textEdit;
        if (edit) {
          for (const r of 'range' in edit ? [edit.range] : [edit.insert, edit.replace]) assertRange(doc, r, 'completion.textEdit');
          applyEdits(doc, ['range' in edit ? edit : { range: edit.replace, newText: edit.newText }, ...(item.additionalTextEdits ?? [])], 'completion');
        }
      }
    }
  }

  if (typeof service.doValidation === 'function') {
    const diagnostics: any[] = service.doValidation(doc, defaultSettings) ?? [];
    counts.diagnostics += diagnostics.length;
    for (const d of diagnostics) assertRange(doc, d.range, `diagnostic ${d.code}`);
    if (typeof service.doCodeActions === 'function') {
      const ranges = [...diagnostics.map((d) => d.range), { start: doc.positionAt(0), end: doc.positionAt(text.length) }];
      for (const range of ranges) {
        const actions: any[] = service.doCodeActions(doc, range, { diagnostics }, defaultSettings, { snippets: false }) ?? [];
        for (const action of actions) {
          counts.codeActions++;
          assert.strictEqual(typeof action.title, 'string', 'code action without a title');
          const edits = workspaceEditFor(doc.uri, action.edit, `code action "${action.title}"`);
          if (edits.length === 0) continue;
          const fixed = applyEdits(doc, edits, `code action "${action.title}"`);
          counts.fixesApplied++;
          // The fixed text is a document like any other: analysing it must work too.
          const after = TextDocument.create(doc.uri, doc.languageId, ++version, fixed);
          assertDetections(fixed, service.analyze(after).detections);
          service.doValidation(after, defaultSettings);
        }
      }
    }
  }
}

describe('fuzz: the language service survives hostile text', function () {
  this.timeout(fuzzing ? 0 : 60_000);
  const service = getLanguageService({ dataset }) as Service;

  after(() => {
    console.log(`      fuzzed ${counts.cases} documents: ${counts.hovers} hovers, ${counts.completions} completions, ` +
      `${counts.diagnostics} diagnostics, ${counts.codeActions} code actions, ${counts.fixesApplied} fixes applied`);
  });

  it('detection, hover, completion, diagnostics and code actions keep every range and edit inside the document', () => {
    assertProperty({ name: 'language service: hostile documents', seed: 20261124, runs },
      [document, fc.array(cursor, { minLength: 1, maxLength: 8 })], (doc, cursors) => {
        checkDocument(service, doc, cursors);
        service.forget(doc.uri);
      });
  });

  it('every language id gets the same guarantees on the same text', () => {
    assertProperty({ name: 'language service: one text in every language', seed: 20261125, runs: Math.ceil(runs / 10) },
      [sourceText, fc.array(cursor, { minLength: 1, maxLength: 4 })], (text, cursors) => {
        for (const id of ['javascript', 'typescript', 'python', 'go', 'java', 'kotlin', 'csharp', 'php', 'ruby', 'rust', 'nginx', 'yaml', 'json', 'log', 'plaintext']) {
          checkDocument(service, TextDocument.create(`file:///fuzz/same.${id}`, id, ++version, text), cursors);
        }
      });
  });

  it('real corpus files, mutated, in their own language: every diagnostic and fix stays inside the document', () => {
    assertProperty({ name: 'language service: mutated corpus files', seed: 20261126, runs: Math.ceil(runs / 3) },
      [mutatedCorpusFile, fc.array(cursor, { minLength: 1, maxLength: 4 })], ({ languageId: id, text }, cursors) => {
        const doc = TextDocument.create(`file:///fuzz/corpus.${id}`, id, ++version, text);
        checkDocument(service, doc, cursors);
        service.forget(doc.uri);
      });
  });

  it('the checks catch a service that answers outside the document or with overlapping edits', () => {
    const doc = TextDocument.create('file:///fuzz/broken.js', 'javascript', 1, 'a\r\nres.status(404)\n');
    const broken = (overrides: Record<string, unknown>): Service => ({ ...service, ...overrides }) as Service;
    const pastLineEnd = { start: { line: 0, character: 0 }, end: { line: 0, character: 5 } };
    assert.throws(() => checkDocument(broken({ doHover: () => ({ contents: 'x', range: pastLineEnd }) }), doc, [{ offset: 0 }]), /past its line's end/);
    const diagnostic = { range: { start: { line: 1, character: 11 }, end: { line: 1, character: 14 } }, message: 'x' };
    const fix = (edits: unknown[]) => broken({
      doValidation: () => [diagnostic],
      doCodeActions: () => [{ title: 'fix', edit: { changes: { [doc.uri]: edits } } }],
    });
    assert.throws(() => checkDocument(fix([{ range: diagnostic.range, newText: 'a' }, { range: diagnostic.range, newText: 'b' }]), doc, [{ offset: 0 }]), /overlap/);
    assert.throws(() => checkDocument(fix([{ range: { start: { line: 0, character: 1 }, end: { line: 0, character: 1 } }, newText: '' }, { range: { start: { line: 9, character: 0 }, end: { line: 9, character: 0 } }, newText: 'x' }]), doc, [{ offset: 0 }]), /beyond the last line/);
    assert.throws(() => checkDocument(broken({ analyze: () => ({ detections: [{ start: 20, end: 40, code: 404 }] }) }), doc, [{ offset: 0 }]), /out of the text/);
  });

  it('line ends \\n, \\r\\n and \\r put a detection on the same line and column', () => {
    const lines = ['app.get("/", (req, res) => {', '  res.status(502).send("x");', '});', ''];
    const seen = ['\n', '\r\n', '\r'].map((eol) => {
      const doc = TextDocument.create('file:///fuzz/eol.js', 'javascript', ++version, lines.join(eol));
      const hover = service.doHover(doc, { line: 1, character: 14 }, { commandLinks: false });
      service.forget(doc.uri);
      return hover?.range;
    });
    assert.ok(seen[0], 'the \\n version has a hover');
    assert.deepStrictEqual(seen[1], seen[0], '\\r\\n moves the hover range');
    assert.deepStrictEqual(seen[2], seen[0], '\\r moves the hover range');
  });
});
