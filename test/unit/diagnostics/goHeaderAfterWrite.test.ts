import * as assert from 'assert';
import { applyFix, lines, problemsOf } from './helpers';

const rule = 'go-header-after-write';

describe('diagnostics: go-header-after-write', () => {
  it('flags a header set after WriteHeader and moves it before', () => {
    const text = lines(
      'package main',
      'import "net/http"',
      'func h(w http.ResponseWriter, r *http.Request) {',
      '\tw.WriteHeader(http.StatusServiceUnavailable)',
      '\tw.Header().Set("Retry-After", "120")',
      '\tw.Write([]byte("busy"))',
      '}');
    const found = problemsOf(rule, 'go', text);
    assert.strictEqual(found.length, 1);
    assert.match(found[0].message, /after w\.WriteHeader has no effect/);
    assert.strictEqual(applyFix(rule, 'go', text), lines(
      'package main',
      'import "net/http"',
      'func h(w http.ResponseWriter, r *http.Request) {',
      '\tw.Header().Set("Retry-After", "120")',
      '\tw.WriteHeader(http.StatusServiceUnavailable)',
      '\tw.Write([]byte("busy"))',
      '}'));
  });

  it('flags a header after fmt.Fprintf(w, …) in an enclosing block', () => {
    const text = lines(
      'package main',
      'func h(w http.ResponseWriter, r *http.Request) {',
      '\tfmt.Fprintf(w, "hello")',
      '\tif ok {',
      '\t\tw.Header().Add("X-Trace", "1")',
      '\t}',
      '}');
    assert.strictEqual(problemsOf(rule, 'go', text).length, 1);
  });

  it('stays silent when headers come first, on another writer, or after an error branch that returned', () => {
    assert.deepStrictEqual(problemsOf(rule, 'go', lines(
      'package main',
      'func h(w http.ResponseWriter, r *http.Request) {',
      '\tw.Header().Set("Content-Type", "text/plain")',
      '\tw.WriteHeader(200)',
      '}')), []);
    assert.deepStrictEqual(problemsOf(rule, 'go', lines(
      'package main',
      'func h(w http.ResponseWriter, r *http.Request) {',
      '\tif err != nil {',
      '\t\thttp.Error(w, "bad", 400)',
      '\t\treturn',
      '\t}',
      '\tw.Header().Set("Content-Type", "text/plain")',
      '\tw.WriteHeader(200)',
      '}')), []);
    assert.deepStrictEqual(problemsOf(rule, 'go', lines(
      'package main',
      'func h(w http.ResponseWriter, other http.ResponseWriter) {',
      '\tw.WriteHeader(200)',
      '\tother.Header().Set("X", "1")',
      '}')), []);
  });

  it('never runs outside Go', () => {
    assert.deepStrictEqual(problemsOf(rule, 'javascript', 'w.WriteHeader(200)\nw.Header().Set("X", "1")\n'), []);
  });

  it('moves the header before the first write of its block, not the last (a fuzz counterexample)', () => {
    assert.strictEqual(applyFix(rule, 'go', lines(
      'package main',
      'func h(w http.ResponseWriter, r *http.Request) {',
      '\tw.WriteHeader(200)',
      '\tw.Write([]byte("failed"))',
      '\tw.Header().Set("Content-Location", "/x")',
      '}')), lines(
      'package main',
      'func h(w http.ResponseWriter, r *http.Request) {',
      '\tw.Header().Set("Content-Location", "/x")',
      '\tw.WriteHeader(200)',
      '\tw.Write([]byte("failed"))',
      '}'));
  });

  it('offers no move out of a branch when a write before the branch already sent the headers', () => {
    const found = problemsOf(rule, 'go', lines(
      'package main',
      'func h(w http.ResponseWriter, r *http.Request) {',
      '\tw.WriteHeader(200)',
      '\tif verbose {',
      '\t\tw.Write([]byte("x"))',
      '\t\tw.Header().Set("X", "1")',
      '\t}',
      '}'));
    assert.strictEqual(found.length, 1);
    assert.deepStrictEqual(found[0].fixes?.(), []);
  });
});
