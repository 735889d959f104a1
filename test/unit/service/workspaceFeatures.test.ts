// The pure parts of issue 17: inlay hint choices, document highlights, the workspace's sites (references,
// workspace symbols) and the status map, on tiny documents with `|` markers.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Dataset, StatusCodeIndex } from '../../../server/src/service/dataset';
import { getLanguageService } from '../../../server/src/service/languageService';
import { parseSettings } from '../../../server/src/service/settings';
import { wantsHint } from '../../../server/src/service/inlayHints';
import { WorkspaceSites } from '../../../server/src/service/workspaceSites';
import { buildStatusMap } from '../../../server/src/service/statusMap';
import { Detection } from '../../../server/src/service/detection/types';
import { packSites, unpackSites } from '../../../server/src/service/packedSites';

const dataset = JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', '..', '..', 'data', 'status-codes.json'), 'utf8')) as Dataset;
const service = getLanguageService({ dataset });
const index = new StatusCodeIndex(dataset);
let version = 0;

function doc(text: string, languageId: string, uri = `file:///ws/f${++version}`): TextDocument {
  return TextDocument.create(uri, languageId, 1, text);
}

function cursor(marked: string, languageId: string) {
  const offset = marked.indexOf('|');
  const document = doc(marked.slice(0, offset) + marked.slice(offset + 1), languageId);
  return { document, position: document.positionAt(offset) };
}

const everything = { start: { line: 0, character: 0 }, end: { line: 1000, character: 0 } };

describe('settings: inlayHints and workspaceIndex', () => {
  it('defaults to literals and an index', () => {
    const { settings, warnings } = parseSettings({});
    assert.strictEqual(settings.inlayHints, 'literals');
    assert.strictEqual(settings.workspaceIndex, true);
    assert.deepStrictEqual(warnings, []);
  });

  it('takes the three modes in any case, true/false as literals/off, and falls back with a warning', () => {
    assert.strictEqual(parseSettings({ inlayHints: 'ALL' }).settings.inlayHints, 'all');
    assert.strictEqual(parseSettings({ inlayHints: false }).settings.inlayHints, 'off');
    assert.strictEqual(parseSettings({ inlayHints: true }).settings.inlayHints, 'literals');
    const bad = parseSettings({ inlayHints: 'everything', workspaceIndex: 'yes' });
    assert.strictEqual(bad.settings.inlayHints, 'literals');
    assert.strictEqual(bad.settings.workspaceIndex, true);
    assert.strictEqual(bad.warnings.length, 2);
    assert.match(bad.warnings[0], /httpStatusLens\.inlayHints: expected one of literals, all, off, got "everything"/);
    assert.strictEqual(parseSettings({ workspaceIndex: false }).settings.workspaceIndex, false);
  });
});

describe('inlay hints (service)', () => {
  const detection = (over: Partial<Detection>): Detection => ({ code: 404, start: 0, end: 3, form: 'literal', text: '404', context: 'call:res.status', ...over });

  it('chooses: literals in code; strings and logs only under all; never constants, symbols or written names', () => {
    assert.strictEqual(wantsHint(detection({}), 'literals'), true);
    assert.strictEqual(wantsHint(detection({}), 'off'), false);
    assert.strictEqual(wantsHint(detection({ form: 'constant', text: 'StatusNotFound' }), 'all'), false);
    assert.strictEqual(wantsHint(detection({ form: 'symbol', text: ':not_found' }), 'all'), false);
    assert.strictEqual(wantsHint(detection({ form: 'string', context: 'key:status' }), 'literals'), false);
    assert.strictEqual(wantsHint(detection({ form: 'string', context: 'key:status' }), 'all'), true);
    assert.strictEqual(wantsHint(detection({ context: 'log:nginx' }), 'literals'), false);
    assert.strictEqual(wantsHint(detection({ context: 'log:nginx' }), 'all'), true);
    assert.strictEqual(wantsHint(detection({ context: 'reason-phrase' }), 'all'), false);
    assert.strictEqual(wantsHint(detection({ context: 'named:NOT_FOUND' }), 'all'), false);
  });

  it('writes Python, Java and C# literals\' names, with the vendor for a vendor code', () => {
    const labels = (text: string, languageId: string) => service.doInlayHints(doc(text, languageId), everything, 'literals').map((h) => h.label);
    assert.deepStrictEqual(labels('from flask import abort\nabort(410)\n', 'python'), ['Gone']);
    assert.deepStrictEqual(labels('return ResponseEntity.status(HttpStatus.CONFLICT).build();\nreturn ResponseEntity.status(409).build();\n', 'java'), ['Conflict']);
    assert.deepStrictEqual(labels('return StatusCode(499);\n', 'csharp'), ['Client Closed Request (NGINX)']);
  });
});

describe('document highlights (service)', () => {
  it('highlights a Python literal and its http.HTTPStatus constant, not another code', () => {
    const { document, position } = cursor('from http import HTTPStatus\nreturn body, HTTPStatus.NOT_FO|UND\nif r.status_code == 404: pass\nreturn body, 400\n', 'python');
    const found = service.doDocumentHighlights(document, position).map((h) => document.getText(h.range));
    assert.deepStrictEqual(found, ['HTTPStatus.NOT_FOUND', '404']);
  });

  it('answers nothing off a code and for a position the document has not', () => {
    const { document, position } = cursor('setTimeout(f, 4|04);\nres.status(404);\n', 'javascript');
    assert.deepStrictEqual(service.doDocumentHighlights(document, position), []);
    assert.deepStrictEqual(service.doDocumentHighlights(document, { line: 99, character: 0 }), []);
  });
});

describe('workspace sites: references and workspace symbols', () => {
  const sites = new WorkspaceSites();
  const js = doc('res.status(503).end();\nres.status(404).end();\n', 'javascript', 'file:///ws/b/app.js');
  const go = doc('package x\nfunc h(w http.ResponseWriter) { w.WriteHeader(http.StatusServiceUnavailable) }\n', 'go', 'file:///ws/a/h.go');
  const rb = doc('head :service_unavailable\n', 'ruby', 'file:///ws/c/app.rb');
  for (const d of [js, go, rb]) sites.set(d.uri, service.statusSites(d));

  it('lists every site of a code in every form, files in uri order', () => {
    assert.deepStrictEqual(sites.references(503).map((l) => `${l.uri}:${l.range.start.line}:${l.range.start.character}`), [
      'file:///ws/a/h.go:1:46', 'file:///ws/b/app.js:0:11', 'file:///ws/c/app.rb:0:5',
    ]);
    assert.deepStrictEqual(sites.references(500), []);
  });

  it('finds symbols by code, code prefix, name, name as symbols are named, and text as written', () => {
    const names = (query: string) => sites.symbols(query, index).map((s) => `${s.name} | ${s.containerName}`);
    assert.deepStrictEqual(names('503'), [
      '503 Service Unavailable | http.StatusServiceUnavailable', '503 Service Unavailable | 503', '503 Service Unavailable | :service_unavailable',
    ]);
    assert.strictEqual(names('Service Unavailable').length, 3);
    assert.strictEqual(names('service_unavailable').length, 3);
    assert.strictEqual(names('503 Service Unavailable').length, 3);
    assert.deepStrictEqual(names('40'), ['404 Not Found | 404']);
    assert.deepStrictEqual(names('not found'), ['404 Not Found | 404']);
    assert.deepStrictEqual(names(''), []);
    assert.deepStrictEqual(names('   '), []);
    assert.strictEqual(sites.symbols('50', index, 2).length, 2, 'the limit holds');
  });

  it('forgets files, and folders with everything under them', () => {
    const copy = new WorkspaceSites();
    for (const d of [js, go, rb]) copy.set(d.uri, service.statusSites(d));
    copy.deleteUnder('file:///ws/b');
    assert.deepStrictEqual(copy.references(503).map((l) => l.uri), ['file:///ws/a/h.go', 'file:///ws/c/app.rb']);
    copy.delete('file:///ws/a/h.go');
    assert.strictEqual(copy.fileCount, 1);
  });
});

describe('status map', () => {
  it('groups by code in ascending order with name, class, vendor and count', () => {
    const map = buildStatusMap([
      { code: 503, file: 'a.js', line: 1, column: 12, form: 'literal', text: '503' },
      { code: 499, file: 'b.js', line: 2, column: 5, form: 'literal', text: '499' },
      { code: 503, file: 'c.go', line: 3, column: 1, form: 'constant', text: 'http.StatusServiceUnavailable' },
    ], index);
    assert.deepStrictEqual(map.map((e) => [e.code, e.name, e.class, e.vendor, e.count]), [
      [499, 'Client Closed Request (NGINX)', 'Client Error', 'NGINX', 1],
      [503, 'Service Unavailable', 'Server Error', undefined, 2],
    ]);
    assert.deepStrictEqual(map[1].sites.map((s) => s.file), ['a.js', 'c.go']);
  });
});

describe('packed sites', () => {
  it('round-trips every field: code, range, form, text as written, vendor source', () => {
    const document = doc('res.status(404);\nhead :not_found\nres.status(HttpStatus.NOT_FOUND);\n', 'javascript');
    const sites = [
      ...service.statusSites(document),
      { code: 499, range: { start: { line: 7, character: 1 }, end: { line: 7, character: 4 } }, form: 'literal' as const, text: '499', vendorSource: 'nginx' },
      { code: 503, range: { start: { line: 8, character: 0 }, end: { line: 9, character: 2 } }, form: 'string' as const, text: 'HTTP/1.1 503' },
    ];
    const packed = packSites(sites);
    assert.strictEqual(packed.nums.length, sites.length * 8);
    assert.deepStrictEqual(unpackSites(packed), sites);
    assert.deepStrictEqual(unpackSites(packSites([])), []);
  });
});
