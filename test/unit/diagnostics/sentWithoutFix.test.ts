import * as assert from 'assert';
import { lines, problems } from './helpers';

// Sent statuses in shapes no fix knows: the diagnostic stands, without a (wrong) fix.
describe('diagnostics: sent in a shape without a safe edit', () => {
  const only = (languageId: string, text: string, rule: string) => problems(languageId, text).filter((f) => f.rule === rule);

  it('Spring new ResponseEntity<>(…, SERVICE_UNAVAILABLE): retry-after-missing without a fix', () => {
    const found = only('java', lines(
      'import org.springframework.http.HttpStatus;',
      'class C { Object a() { return new ResponseEntity<>(body, HttpStatus.SERVICE_UNAVAILABLE); } }'), 'retry-after-missing');
    assert.strictEqual(found.length, 1);
    assert.deepStrictEqual(found[0].fixes!(), []);
  });

  it('Koa ctx.throw(503): flagged, no fix (Koa drops headers set before a throw)', () => {
    const found = only('javascript', lines("const Koa = require('koa');", "app.use(async (ctx) => { ctx.throw(503, 'busy'); });"), 'retry-after-missing');
    assert.strictEqual(found.length, 1);
    assert.deepStrictEqual(found[0].fixes!(), []);
  });

  it('FastAPI route decorator status_code=503: flagged, and no headers= pushed into the decorator', () => {
    const found = only('python', lines('from fastapi import FastAPI', "@app.get('/', status_code=503)", 'def a():', '    pass'), 'retry-after-missing');
    assert.strictEqual(found.length, 1);
    assert.deepStrictEqual(found[0].fixes!(), []);
  });

  it('Spring @ResponseStatus(I_AM_A_TEAPOT) is an unusual code sent by the app', () => {
    assert.strictEqual(only('java', lines('import org.springframework.http.HttpStatus;', 'class C { @ResponseStatus(HttpStatus.I_AM_A_TEAPOT) void c() {} }'), 'unusual-status-code').length, 1);
  });

  it('Go http.StatusText(503) only names the code: nothing', () => {
    assert.deepStrictEqual(problems('go', lines('package main', 'import "net/http"', 'func h() { s := http.StatusText(503); fmt.Println(s) }')), []);
  });
});
