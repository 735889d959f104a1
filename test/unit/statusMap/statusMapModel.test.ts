// The Status Map view's tree as data (client/src/statusMap/statusMapModel.ts): class → code → site, filtered.
import * as assert from 'assert';
import { matchesFilter, statusMapTree } from '../../../client/src/statusMap/statusMapModel';
import { StatusMapResult } from '../../../server/src/protocol';

const result: StatusMapResult = {
  indexing: false,
  files: 3,
  entries: [
    { code: 404, name: 'Not Found', class: 'Client Error', count: 2, sites: [
      { file: 'file:///ws/src/z%20z.go', line: 3, column: 16, form: 'constant', text: 'http.StatusNotFound' },
      { file: 'file:///ws/src/app.js', line: 9, column: 14, form: 'literal', text: '404' },
    ] },
    { code: 499, name: 'Client Closed Request (NGINX)', class: 'Client Error', vendor: 'NGINX', count: 1, sites: [
      { file: 'file:///ws/src/app.js', line: 2, column: 34, form: 'literal', text: '499' },
    ] },
    { code: 503, name: 'Service Unavailable', class: 'Server Error', count: 1, sites: [
      { file: 'file:///ws/routes.rb', line: 1, column: 7, form: 'symbol', text: ':service_unavailable' },
    ] },
  ],
};

describe('status map view: the tree', () => {
  it('groups class → code → site, with counts, vendors and file:line labels sorted by file', () => {
    const tree = statusMapTree(result);
    assert.deepStrictEqual(tree.map((c) => [c.label, c.count]), [['4xx Client Error', 3], ['5xx Server Error', 1]]);
    assert.deepStrictEqual(tree[0].codes.map((c) => [c.label, c.count, c.vendor]), [
      ['404 Not Found', 2, undefined], ['499 Client Closed Request (NGINX)', 1, 'NGINX'],
    ]);
    assert.deepStrictEqual(tree[0].codes[0].sites.map((s) => [s.label, s.text]), [['app.js:9', '404'], ['z z.go:3', 'http.StatusNotFound']]);
  });

  it('filters by code prefix, name, vendor and class; an empty filter keeps everything', () => {
    const labels = (filter: string) => statusMapTree(result, filter).flatMap((c) => c.codes.map((x) => x.code));
    assert.deepStrictEqual(labels(''), [404, 499, 503]);
    assert.deepStrictEqual(labels('4'), [404, 499]);
    assert.deepStrictEqual(labels('NOT_FOUND'), [404]);
    assert.deepStrictEqual(labels('nginx'), [499]);
    assert.deepStrictEqual(labels('5xx'), [503]);
    assert.deepStrictEqual(labels('server unavailable'), [503]);
    assert.deepStrictEqual(labels('418'), []);
    assert.strictEqual(matchesFilter(result.entries[0], '  '), true);
  });
});
