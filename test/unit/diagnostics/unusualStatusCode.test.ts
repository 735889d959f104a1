import * as assert from 'assert';
import { lines, problemsOf } from './helpers';

const rule = 'unusual-status-code';
const express = (code: number) => lines("const express = require('express');", `app.get('/', (req, res) => { res.sendStatus(${code}); });`);

describe('diagnostics: unusual-status-code', () => {
  it('warns on 306 (unused) and 510 (obsolete)', () => {
    const unused = problemsOf(rule, 'javascript', express(306));
    assert.strictEqual(unused.length, 1);
    assert.match(unused[0].message, /306 is reserved and unused.*RFC 9110 §15\.4\.7/);
    const obsolete = problemsOf(rule, 'javascript', express(510));
    assert.strictEqual(obsolete.length, 1);
    assert.match(obsolete[0].message, /510 Not Extended is obsolete/);
  });

  it('warns on 418 in application code but not in tests', () => {
    assert.match(problemsOf(rule, 'javascript', express(418))[0].message, /April Fools/);
    assert.deepStrictEqual(problemsOf(rule, 'javascript', express(418), 'file:///app/test/teapot.test.js'), []);
  });

  it('explains vendor codes from the dataset: NGINX 444 and 499, cPanel 509', () => {
    const nginx444 = problemsOf(rule, 'javascript', express(444));
    assert.strictEqual(nginx444.length, 1);
    assert.match(nginx444[0].message, /444 No Response comes from NGINX.*closes the connection/);
    assert.match(problemsOf(rule, 'go', lines('package main', 'import "net/http"', 'func h(w http.ResponseWriter, r *http.Request) {', '\tw.WriteHeader(499)', '}'))[0].message, /499 Client Closed Request comes from NGINX/);
    assert.match(problemsOf(rule, 'python', lines('from flask import Flask', "@app.route('/')", 'def a():', "    return 'x', 509"))[0].message, /509 Bandwidth Limit Exceeded comes from cPanel/);
  });

  it('stays silent on registered codes and on NGINX config returning 444', () => {
    assert.deepStrictEqual(problemsOf(rule, 'javascript', express(404)), []);
    assert.deepStrictEqual(problemsOf(rule, 'javascript', express(503)), []);
    assert.deepStrictEqual(problemsOf(rule, 'nginx', 'server {\n  location /admin { return 444; }\n}\n', 'file:///etc/nginx/nginx.conf'), []);
  });

  it('does not flag a vendor code that is only compared', () => {
    assert.deepStrictEqual(problemsOf(rule, 'javascript', 'if (res.status === 499) { log(); }\n'), []);
  });
});
