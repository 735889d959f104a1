// Big source files are analysed in segments, and a new version reuses the segments it did not touch
// (issue 8, typing). What must hold: the incremental result equals a fresh analysis of the same text
// (detections, findings, and the text a fix produces), a segment boundary never cuts a string, comment
// or bracket, and cutting a file into segments finds what one pass over it finds.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as v8 from 'v8';
import * as vm from 'vm';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { loadDataset } from '../../../server/src/loadDataset';
import { getLanguageService, LanguageService } from '../../../server/src/service/languageService';
import { defaultSettings, parseSettings } from '../../../server/src/service/settings';
import { findStatusCodes } from '../../../server/src/service/detection/findStatusCodes';
import { analyzeDocument } from '../../../server/src/service/documentAnalysis';
import { segmentedMinLength } from '../../../server/src/service/segments/segmentBoundaries';
import { applyOffsetEdits } from '../../../server/src/service/codeActions/workspaceEdits';
import { Detection } from '../../../server/src/service/detection/types';
import { Finding } from '../../../server/src/service/diagnostics/types';
import { seededRandom, unlabel } from '../../../bench/corpus';

const dataset = loadDataset(path.join(__dirname, '..', '..', '..', 'data', 'status-codes.json'));
const corpusRoot = path.join(__dirname, '..', '..', 'fixtures', 'corpus');

/** Every corpus file of these extensions, labels removed, one after another (blank line between) until `bytes`. */
function bigFile(extensions: string[], bytes: number, seed: number): string {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (extensions.includes(path.extname(entry.name).slice(1))) files.push(unlabel(fs.readFileSync(full, 'utf8')));
    }
  };
  walk(corpusRoot);
  const random = seededRandom(seed);
  const parts: string[] = [];
  let length = 0;
  while (length < bytes) {
    const file = files[Math.floor(random() * files.length)];
    parts.push(file.endsWith('\n') ? file : `${file}\n`, '\n');
    length += file.length + 2;
  }
  return parts.join('');
}

/** `text` with its one-line imports moved to its head (a file made of many files has them all through it). */
function importsFirst(text: string): string {
  const importLine = /^(?:import\s[^\n(]*|from\s+\S+\s+import\s[^\n(]*|require\s[^\n]*|use\s[^\n{]*)$/gm;
  const imports = new Set(text.match(importLine) ?? []);
  return `${[...imports].join('\n')}\n\n${text.replace(importLine, '')}`;
}

const languages: { languageId: string; extensions: string[] }[] = [
  { languageId: 'typescript', extensions: ['ts', 'js', 'tsx', 'jsx', 'mjs'] },
  { languageId: 'python', extensions: ['py'] },
  { languageId: 'go', extensions: ['go'] },
  { languageId: 'ruby', extensions: ['rb'] },
  { languageId: 'rust', extensions: ['rs'] },
  { languageId: 'csharp', extensions: ['cs'] },
];

const key = (d: Detection) => `${d.start}:${d.end}:${d.code}:${d.form}:${d.context}:${d.framework ?? ''}`;
const findingKey = (f: Finding) => `${f.start}:${f.end}:${f.rule}:${f.message}`;

function uriOf(languageId: string): string {
  return `file:///big/file.${{ typescript: 'ts', python: 'py', go: 'go', ruby: 'rb', rust: 'rs', csharp: 'cs', java: 'java' }[languageId]}`;
}

describe('segmented analysis of big files', function () {
  this.timeout(120_000);

  for (const { languageId, extensions } of languages) {
    it(`${languageId}: cutting a big file into segments finds what one pass over it finds`, () => {
      const text = bigFile(extensions, 3 * segmentedMinLength, 7);
      const document = TextDocument.create(uriOf(languageId), languageId, 1, text);
      const analysis = analyzeDocument(document);
      assert.ok((analysis.segments?.length ?? 0) > 5, `only ${analysis.segments?.length} segments in ${text.length} bytes`);
      const whole = new Set(findStatusCodes(text, languageId, document.uri).map(key));
      const segmented = new Set(analysis.detections.map(key));
      const missed = [...whole].filter((k) => !segmented.has(k));
      const added = [...segmented].filter((k) => !whole.has(k));
      assert.deepStrictEqual(missed, [], 'segments lost what one pass finds');
      // One pass over files glued together lets a file's hints silence the next one (a function
      // about SMTP codes above an httpx client); a segment sees its own file. Rarely, and never more.
      assert.ok(added.length <= whole.size / 100, `segments found ${added.length} more: ${added.slice(0, 5).join(', ')}`);
    });

    it(`${languageId}: a service that reads each document once (scan, the workspace index) reads a big file in one pass`, () => {
      // Its imports at its head, as in a real file: segments read a big file's imports and hints from its head.
      const text = importsFirst(bigFile(extensions, 3 * segmentedMinLength, 7));
      const document = TextDocument.create(uriOf(languageId), languageId, 1, text);
      const once = getLanguageService({ dataset, readOnce: true });
      const analysis = once.analyze(document);
      assert.strictEqual(analysis.segments, undefined);
      const whole = findStatusCodes(text, languageId, document.uri).sort((a, b) => a.start - b.start).map(key);
      assert.ok(whole.length > 20, `only ${whole.length} detections: the file tests nothing`);
      assert.deepStrictEqual(analysis.detections.map(key), whole);
      // Its findings are those of the editor's segmented analysis wherever the two find the same statuses.
      const editor = getLanguageService({ dataset });
      const segmented = editor.analyze(document);
      assert.ok((segmented.segments?.length ?? 0) > 5);
      if (segmented.detections.map(key).join() === whole.join()) {
        assert.deepStrictEqual(once.findProblems(document, defaultSettings).map(findingKey), editor.findProblems(document, defaultSettings).map(findingKey));
      }
    });

    it(`${languageId}: no segment boundary falls inside a string, comment or bracket`, () => {
      const text = bigFile(extensions, 2 * segmentedMinLength, 11);
      const analysis = analyzeDocument(TextDocument.create(uriOf(languageId), languageId, 1, text));
      for (const { start } of analysis.segments!.slice(1)) {
        assert.match(text.slice(start - 2, start + 1), /\n\n\S/, `boundary at ${start} is not a top-level line after a blank line`);
      }
      // Every segment but the last is whole code: it ends outside any string, comment or bracket.
      for (const { result } of analysis.segments!.slice(0, -1)) assert.ok(result.neutral);
      // Every segment on its own is whole code: detection in it equals detection in the file there.
      for (const { start, result } of analysis.segments!) {
        const inFile = analysis.detections.filter((d) => d.start >= start && d.end <= start + result.text.length).length;
        assert.strictEqual(result.detections.length, inFile);
      }
    });
  }

  it('a boundary candidate inside a template literal, a docstring or an open bracket is passed over', () => {
    // 400 top-level candidates, each inside a construct that spans it: none may become a boundary.
    const filler = (i: number) => `const v${i} = 1;\n`;
    const inTemplate = (i: number) => `const t${i} = \`\n\nfunction f${i}() {}\n\`;\nres.status(404);\n`;
    const inBracket = (i: number) => `app.use((req, res) => {\n\nfunction g${i}() {}\n  res.status(503).end();\n});\n`;
    const js = Array.from({ length: 400 }, (_, i) => filler(i) + (i % 2 ? inTemplate(i) : inBracket(i)) + '\n').join('').padEnd(segmentedMinLength, '\n');
    const analysis = analyzeDocument(TextDocument.create('file:///t.ts', 'typescript', 1, js));
    for (const { start } of analysis.segments!.slice(1)) {
      assert.ok(!/^function [fg]\d/.test(js.slice(start, start + 12)), `split inside a construct at ${start}: ${JSON.stringify(js.slice(start, start + 20))}`);
    }
    const py = Array.from({ length: 400 }, (_, i) => `x${i} = 1\n"""\nDocs\n\ndef h${i}():\n    abort(404)\n"""\n\n`).join('').padEnd(segmentedMinLength, '\n');
    const pyAnalysis = analyzeDocument(TextDocument.create('file:///t.py', 'python', 1, py));
    for (const { start } of pyAnalysis.segments!.slice(1)) {
      assert.ok(!/^def h\d/.test(py.slice(start, start + 6)), `split inside a docstring at ${start}`);
    }
    // And what those strings hold is read as code only as a documentation example (issue 14: `abort(404)` in a
    // docstring), never by the main pass as if the string were not there.
    assert.ok(pyAnalysis.detections.length > 0 && pyAnalysis.detections.every((d) => d.context.startsWith('doc:')), JSON.stringify(pyAnalysis.detections.slice(0, 3)));
  });

  describe('a new version reuses what did not change, and gives what a fresh analysis gives', () => {
    /** Edits that move boundaries, open and close strings and comments, and change what the file imports or defines. */
    const edits = [
      ' ', 'x', '\n', '\n\n', '\n\nfunction z() {}\n\n', '/*', '*/', '`', '"""', '{', '}', '(', ')', '"', "'",
      '\nimport { StatusCodes } from "http-status-codes";\n', 'res.status(503).end();\n', ' 404', 'status = 418\n',
      '\ndef error(message, status=400):\n    return message, status\n\n', '\nfunc writeJSON(w http.ResponseWriter, status int, v any) {}\n\n',
      'from fastapi import status\n', 'import express from "express";\n',
    ];

    for (const { languageId, extensions } of languages) {
      it(`${languageId}: 80 random edits, each compared with a fresh analysis`, () => {
        const random = seededRandom(languageId.length * 7919);
        const incremental: LanguageService = getLanguageService({ dataset });
        const fresh: LanguageService = getLanguageService({ dataset });
        let text = bigFile(extensions, segmentedMinLength + 16 * 1024, 3);
        const uri = uriOf(languageId);
        let document = TextDocument.create(uri, languageId, 1, text);
        incremental.doValidation(document, defaultSettings);
        for (let round = 0; round < 80; round++) {
          const at = Math.floor(random() * text.length);
          const remove = random() < 0.3 ? Math.floor(random() * 40) : 0;
          // Edits near the start change the file's imports (its first 16 KB); the rest go anywhere.
          const where = random() < 0.15 ? Math.floor(random() * 2000) : at;
          if (random() < 0.25) {
            // Same length: nothing moves, so only the texts tell the changed segment from the others.
            const swap = ['0', 'x', '"', '{', '}', '#', '/', '\n', ' '][Math.floor(random() * 9)];
            text = text.slice(0, where) + swap + text.slice(where + 1);
          } else {
            const insert = edits[Math.floor(random() * edits.length)];
            text = text.slice(0, where) + insert + text.slice(Math.min(text.length, where + remove));
          }
          document = TextDocument.create(uri, languageId, round + 2, text);
          const analysis = incremental.analyze(document);
          const expected = fresh.analyze(TextDocument.create(`${uri}?fresh=${round}`, languageId, 1, text));
          assert.deepStrictEqual(analysis.detections.map(key), expected.detections.map(key), `detections after edit ${round}`);
          const findings = incremental.findProblems(document, defaultSettings).map(findingKey);
          const expectedFindings = fresh.findProblems(TextDocument.create(`${uri}?fresh=${round}`, languageId, 1, text), defaultSettings).map(findingKey);
          assert.deepStrictEqual(findings, expectedFindings, `findings after edit ${round}`);
          // Diagnostics are made segment by segment, reusing those of segments the edit did not move.
          const diagnostics = incremental.doValidation(document, defaultSettings);
          const expectedDiagnostics = fresh.doValidation(TextDocument.create(`${uri}?fresh=${round}`, languageId, 1, text), defaultSettings);
          assert.deepStrictEqual(diagnostics, expectedDiagnostics, `diagnostics after edit ${round}`);
          fresh.forget(`${uri}?fresh=${round}`);
        }
      });

      it(`${languageId}: typing inside a function analyses one segment again, and reuses every other`, () => {
        const service: LanguageService = getLanguageService({ dataset });
        let text = bigFile(extensions, 2 * segmentedMinLength, 5);
        const uri = uriOf(languageId);
        const first = service.analyze(TextDocument.create(uri, languageId, 1, text));
        service.findProblems(TextDocument.create(uri, languageId, 1, text), defaultSettings);
        // A space typed at the start of an indented line in the middle of the file.
        const at = text.indexOf('\n    ', text.length >> 1) + 1;
        text = `${text.slice(0, at)} ${text.slice(at)}`;
        const second = service.analyze(TextDocument.create(uri, languageId, 2, text));
        const before = new Set(first.segments!.map((s) => s.result));
        const redone = second.segments!.filter((s) => !before.has(s.result));
        assert.strictEqual(second.segments!.length, first.segments!.length);
        assert.strictEqual(redone.length, 1, `${redone.length} of ${second.segments!.length} segments analysed again`);
        assert.ok(redone[0].start <= at && at < redone[0].start + redone[0].result.text.length);
      });
    }

    /** Analyses `before`, then `after` as the next version; returns both and a fresh analysis of `after`. */
    function edited(languageId: string, before: string, after: string) {
      const service = getLanguageService({ dataset });
      const uri = uriOf(languageId);
      const first = service.analyze(TextDocument.create(uri, languageId, 1, before));
      const second = service.analyze(TextDocument.create(uri, languageId, 2, after));
      const fresh = getLanguageService({ dataset }).analyze(TextDocument.create(uri, languageId, 1, after));
      return { first, second, fresh };
    }

    it('an import added at the top changes what segments far down the file mean', () => {
      let handlers = '';
      for (let i = 0; handlers.length < segmentedMinLength; i++) handlers += `func handler${i}(c *gin.Context) {\n\tc.JSON(404, nil)\n}\n\n`;
      const before = `package main\n\n${handlers}`;
      const after = `package main\n\nimport "github.com/gin-gonic/gin"\n\n${handlers}`;
      const { first, second, fresh } = edited('go', before, after);
      assert.ok(first.segments!.length > 10);
      const last = (a: typeof first) => a.detections[a.detections.length - 1].framework;
      assert.strictEqual(last(fresh), 'gin');
      assert.notStrictEqual(last(first), 'gin', 'the import must change the meaning, or this test tests nothing');
      assert.deepStrictEqual(second.detections.map(key), fresh.detections.map(key));
    });

    it('a helper defined at the bottom changes what calls far up the file mean', () => {
      let views = '';
      for (let i = 0; views.length < segmentedMinLength; i++) views += `def view${i}(request):\n    return fail("no", 404)\n\n\n`;
      const helper = 'def fail(message, status=400):\n    return message, status\n';
      const { first, second, fresh } = edited('python', views, `${views}${helper}`);
      assert.ok(first.segments!.length > 10);
      assert.strictEqual(first.detections.filter((d) => d.code === 404).length, 0, 'without the helper, 404 is not a status here');
      assert.ok(fresh.detections.filter((d) => d.code === 404).length > 100);
      assert.deepStrictEqual(second.detections.map(key), fresh.detections.map(key));
    });

    it('completion far down a big file offers the codes it offers in a small one, and only where a status goes', () => {
      const service = getLanguageService({ dataset });
      const filler = bigFile(['ts', 'js'], segmentedMinLength + 8 * 1024, 9);
      const tail = "app.get('/x', (req, res) => {\n  res.status(\n  setTimeout(done, \n});\n";
      const text = `${filler}\n${tail}`;
      const document = TextDocument.create('file:///complete/big.ts', 'typescript', 1, text);
      assert.ok(service.analyze(document).segments!.length > 1);
      const at = (needle: string) => document.positionAt(text.lastIndexOf(needle) + needle.length);
      const statusItems = service.doComplete(document, at('res.status('))?.items.map((i) => i.label);
      const smallDocument = TextDocument.create('file:///complete/small.ts', 'typescript', 1, tail);
      const smallItems = service.doComplete(smallDocument, smallDocument.positionAt(tail.indexOf('res.status(') + 11))?.items.map((i) => i.label);
      assert.ok(statusItems && statusItems.length > 20);
      assert.deepStrictEqual(statusItems, smallItems);
      assert.strictEqual(service.doComplete(document, at('setTimeout(done, ')), null);
    });

    it('what a new version reuses keeps no older version of the document alive', () => {
      v8.setFlagsFromString('--expose-gc');
      const gc = vm.runInNewContext('gc') as () => void;
      const service = getLanguageService({ dataset });
      const uri = 'file:///memory/big.ts';
      let text = bigFile(['ts', 'js'], 1024 * 1024, 13);
      const heap = () => { gc(); gc(); return process.memoryUsage().heapUsed / 1024 / 1024; };
      const edit = (version: number) => {
        // Each version is a new 1 MB string; an edit in a different segment each time.
        const at = text.indexOf('\n  ', Math.floor((version * 7919 % 97) / 97 * text.length)) + 1;
        text = `${text.slice(0, at)} ${text.slice(at)}`;
        const document = TextDocument.create(uri, 'typescript', version, text);
        service.doValidation(document, defaultSettings);
        service.doHover(document, document.positionAt(at), { commandLinks: false });
      };
      for (let v = 1; v <= 5; v++) edit(v);
      const before = heap();
      for (let v = 6; v <= 65; v++) edit(v);
      const grown = heap() - before;
      // Keeping each version would cost ~60 MB (60 strings of 1 MB); keeping none costs nothing.
      assert.ok(grown < 15, `the heap grew ${grown.toFixed(1)} MB over 60 versions of a 1 MB document`);
    });

    it('diagnostics of a big file follow new settings as a fresh analysis does', () => {
      const incremental = getLanguageService({ dataset });
      const fresh = getLanguageService({ dataset });
      const text = bigFile(['ts', 'js'], segmentedMinLength * 2, 11);
      const uri = 'file:///settings/big.ts';
      let version = 1;
      const first = incremental.doValidation(TextDocument.create(uri, 'typescript', version, text), defaultSettings);
      const rule = first[0]?.code as string;
      assert.ok(first.length > 10 && rule, 'the file has diagnostics to turn off and raise');
      for (const rules of [{ [rule]: 'off' }, { [rule]: 'error' }, {}]) {
        const settings = parseSettings({ rules }).settings;
        const got = incremental.doValidation(TextDocument.create(uri, 'typescript', ++version, text), settings);
        const expected = fresh.doValidation(TextDocument.create(`${uri}?fresh=${version}`, 'typescript', 1, text), settings);
        assert.deepStrictEqual(got, expected, JSON.stringify(rules));
      }
      const off = incremental.doValidation(TextDocument.create(uri, 'typescript', version + 1, text), parseSettings({ rules: { [rule]: 'off' } }).settings);
      assert.ok(off.length < first.length && off.every((d) => d.code !== rule));
    });

    it('a quick fix in a segment far down a big file edits the file as in a small one', () => {
      const service = getLanguageService({ dataset });
      const handler = "app.get('/health', (req, res) => {\n  res.status(503).send('warming up');\n});\n";
      const head = "import express from 'express';\nconst app = express();\n\n";
      const filler = bigFile(['ts', 'js'], segmentedMinLength + 8 * 1024, 5).replace(/\b503\b/g, '200');
      const big = `${head}${filler}\n${handler}`;
      const small = `${head}${handler}`;
      const fixed = (text: string): string => {
        const document = TextDocument.create(`file:///fix/${text.length}.ts`, 'typescript', 1, text);
        const finding = service.findProblems(document, defaultSettings)
          .find((f) => f.rule === 'retry-after-missing' && f.start > text.length - handler.length);
        assert.ok(finding, 'no retry-after-missing finding in the handler');
        const fix = finding.fixes?.()[0];
        assert.ok(fix, 'no fix');
        return applyOffsetEdits(text, fix.edits);
      };
      const smallFixed = fixed(small);
      assert.ok(service.analyze(TextDocument.create('file:///fix/check.ts', 'typescript', 1, big)).segments!.length > 1);
      assert.strictEqual(fixed(big), `${head}${filler}\n${smallFixed.slice(head.length)}`);
    });

    it('an import a fix adds goes to the top of a big file, not to the top of its segment', () => {
      const service = getLanguageService({ dataset });
      const head = 'package com.example;\n\nimport org.springframework.http.HttpStatus;\nimport org.springframework.http.ResponseEntity;\n\n';
      const controller = (i: number) => `@RestController\nclass Controller${i} {\n  @GetMapping("/x${i}")\n  ResponseEntity<String> get() {\n    return ResponseEntity.status(HttpStatus.OK).body("ok");\n  }\n}\n\n`;
      const busy = '@RestController\nclass Busy {\n  @GetMapping("/busy")\n  ResponseEntity<String> busy() {\n    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body("busy");\n  }\n}\n';
      let body = '';
      for (let i = 0; body.length < segmentedMinLength; i++) body += controller(i);
      const text = `${head}${body}${busy}`;
      const document = TextDocument.create('file:///big/Controllers.java', 'java', 1, text);
      const analysis = service.analyze(document);
      assert.ok(analysis.segments!.length > 1, 'the file was not segmented');
      const finding = service.findProblems(document, defaultSettings).find((f) => f.rule === 'retry-after-missing');
      assert.ok(finding, 'no retry-after-missing finding');
      const fix = finding.fixes!()[0];
      const result = applyOffsetEdits(text, fix.edits);
      assert.ok(result.startsWith(`${head.trimEnd()}\nimport org.springframework.http.HttpHeaders;\n\n`), result.slice(0, 300));
      assert.ok(result.endsWith('.header(HttpHeaders.RETRY_AFTER, "120").body("busy");\n  }\n}\n'), result.slice(-200));
    });
  });
});
