import * as assert from 'assert';
import { applyFix, lines, problems, problemsOf } from './helpers';
import { isTestFile } from '../../../server/src/service/diagnostics/lookAround';

// Shapes from the detection corpus that once drew wrong diagnostics.
describe('diagnostics: no findings on statuses that are not answers', () => {
  it('a rate limiter config object ({ statusCode: 429 }) is not a response', () => {
    assert.deepStrictEqual(problems('javascript', lines(
      "const express = require('express');",
      'app.use(rateLimit({ windowMs: 60000, max: 500, statusCode: 429 }));')), []);
  });

  it('Python retry lists and comparisons are not responses', () => {
    assert.deepStrictEqual(problems('python', lines(
      'import requests',
      'RETRY_ON = (500, 502, 503, 504)',
      'adapter = HTTPAdapter(max_retries=Retry(total=5, status_forcelist=[429, 500, 502, 503]))',
      'if r.status_code in (429, 503):',
      '    pass')), []);
  });

  it('tests mock and assert statuses: no sent-status findings in test files', () => {
    assert.deepStrictEqual(problems('python', lines(
      'import responses',
      'responses.add(responses.POST, "https://partner.example.com/v2/orders", status=503)'), 'file:///app/tests/test_orders.py'), []);
    assert.deepStrictEqual(problems('go', lines(
      'package main',
      'func TestX(t *testing.T) {',
      '\tsrv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(503) }))',
      '}'), 'file:///app/handler_test.go'), []);
  });

  it('a method declared after a @DeleteMapping handler is not that handler', () => {
    assert.deepStrictEqual(problemsOf('redirect-changes-method', 'java', lines(
      'class C {',
      '  @DeleteMapping("/{id}")',
      '  public ResponseEntity<Void> delete(@PathVariable long id) {',
      '    return ResponseEntity.noContent().build();',
      '  }',
      '',
      '  private void legacy(HttpServletResponse response) throws IOException {',
      '    response.setStatus(301);',
      '    response.setHeader("Location", "/api/users");',
      '  }',
      '}')), []);
  });

  it('a Location set right after the status counts (servlets, Express); in Go it does not', () => {
    assert.deepStrictEqual(problemsOf('location-missing', 'java', lines(
      'class C {',
      '  void legacy(HttpServletResponse response) {',
      '    response.setStatus(301);',
      '    response.setHeader("Location", "/api/users");',
      '  }',
      '}')), []);
    assert.strictEqual(problemsOf('location-missing', 'go', lines(
      'package main',
      'func h(w http.ResponseWriter, r *http.Request) {',
      '\tw.WriteHeader(http.StatusFound)',
      '\tw.Header().Set("Location", "/new")',
      '}')).length, 1);
  });

  it('Symfony/Laravel $response->setStatusCode(201): $response->headers->set before it', () => {
    assert.strictEqual(applyFix('location-missing', 'php', lines(
      '<?php',
      'function create() {',
      "    $response = new Response('');",
      '    $response->setStatusCode(201);',
      '    return $response;',
      '}')), lines(
      '<?php',
      'function create() {',
      "    $response = new Response('');",
      "    $response->headers->set('Location', '/resources/id');",
      '    $response->setStatusCode(201);',
      '    return $response;',
      '}'));
  });

  it('Tornado self.set_status(503) is flagged without a (wrong) headers= fix', () => {
    const found = problemsOf('retry-after-missing', 'python', lines(
      'import tornado.web',
      'class H(tornado.web.RequestHandler):',
      '    def get(self):',
      '        self.set_status(503)'));
    assert.strictEqual(found.length, 1);
    assert.deepStrictEqual(found[0].fixes!(), []);
  });
});

describe('diagnostics: what counts as a test file', () => {
  it('test folders and test file names, not folders that merely contain "test"', () => {
    for (const yes of ['file:///p/test/a.js', 'file:///p/tests/test_api.py', 'file:///p/src/a.test.ts', 'file:///p/h_test.go', 'file:///p/spec/u_spec.rb', 'file:///p/src/UserTests.cs', 'file:///p/__tests__/x.js']) {
      assert.ok(isTestFile(yes), yes);
    }
    for (const no of ['file:///w/.vscode-test/ui/run-1/workspace/src/app.js', 'file:///home/me/my-test-app/src/app.js', 'file:///p/src/contest.js', 'file:///p/latest/app.py']) {
      assert.ok(!isTestFile(no), no);
    }
  });
});
