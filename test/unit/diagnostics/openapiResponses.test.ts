import * as assert from 'assert';
import { lines, problemsOf } from './helpers';

const rule = 'openapi-responses';

const yaml = (responses: string[]) => lines(
  'openapi: 3.1.0',
  'info:',
  '  title: Shop',
  '  version: 1.0.0',
  'paths:',
  '  /orders/{id}:',
  '    delete:',
  '      description: |',
  '        Deletes it.',
  '        paths: not a key',
  '      responses:',
  ...responses.map((r) => `        ${r}`),
  '');

describe('diagnostics: openapi-responses', () => {
  it('flags an operation without any 2xx/3xx response, at the operation key', () => {
    const text = yaml(["'404':", '  description: Not found']);
    const found = problemsOf(rule, 'yaml', text, 'file:///api/openapi.yaml');
    assert.strictEqual(found.length, 1);
    assert.match(found[0].message, /DELETE \/orders\/\{id\} declares no 2xx or 3xx response/);
    assert.strictEqual(text.slice(found[0].start, found[0].end), 'delete');
  });

  it('flags a 204 with content', () => {
    const text = yaml(["'204':", '  description: Deleted', '  content:', '    application/json: {}']);
    const found = problemsOf(rule, 'yaml', text, 'file:///api/openapi.yaml');
    assert.strictEqual(found.length, 1);
    assert.match(found[0].message, /A 204 response cannot carry content.*RFC 9110 §15\.3\.5/);
    assert.strictEqual(text.slice(found[0].start, found[0].end), "'204'"); // on the response's key (issue 15: test/fixtures/lint labels)
  });

  it('flags invalid status keys as errors', () => {
    const text = yaml(["'200':", '  description: ok', "'2xx':", '  description: lower case', '"600":', '  description: too big', 'ok:', '  description: words']);
    const found = problemsOf(rule, 'yaml', text, 'file:///api/openapi.yaml');
    assert.deepStrictEqual(found.map((f) => text.slice(f.start, f.end)), ["'2xx'", '"600"', 'ok']);
    assert.ok(found.every((f) => f.severity === 'error'));
  });

  it('accepts 2XX ranges, default next to a success, and $ref responses', () => {
    assert.deepStrictEqual(problemsOf(rule, 'yaml', yaml(["'2XX':", '  description: ok', 'default:', '  description: error']), 'file:///api/openapi.yaml'), []);
  });

  it('JSON documents, with key positions', () => {
    const text = JSON.stringify({
      openapi: '3.0.3', info: { title: 't', version: '1' },
      paths: { '/a': { get: { responses: { 500: { description: 'x' } } }, post: { responses: { 204: { description: 'x', content: {} }, 'abc': { description: 'x' } } } } },
    }, null, 2);
    const found = problemsOf(rule, 'json', text, 'file:///api/openapi.json');
    assert.deepStrictEqual(found.map((f) => text.slice(f.start, f.end)), ['"get"', '"204"', '"abc"']);
  });

  it('ignores YAML that is not an OpenAPI document', () => {
    assert.deepStrictEqual(problemsOf(rule, 'yaml', lines('paths:', '  /a:', '    get:', '      responses:', "        '404': {}"), 'file:///x.yaml'), []);
  });
});
