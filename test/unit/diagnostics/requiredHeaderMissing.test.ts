import * as assert from 'assert';
import { applyFix, lines, problemsOf } from './helpers';

const rule = 'required-header-missing';

describe('diagnostics: required-header-missing', () => {
  it('flags 405 without Allow, 401 without WWW-Authenticate, 407 without Proxy-Authenticate, 426 without Upgrade', () => {
    const handler = (code: number) => lines(
      "const express = require('express');",
      `app.all('/x', (req, res) => { res.sendStatus(${code}); });`);
    for (const [code, header] of [[405, 'an Allow'], [401, 'a WWW-Authenticate'], [407, 'a Proxy-Authenticate'], [426, 'an Upgrade']] as const) {
      const found = problemsOf(rule, 'javascript', handler(code));
      assert.strictEqual(found.length, 1, String(code));
      assert.match(found[0].message, new RegExp(`must be sent with ${header} header \\(RFC 9110 §15\\.5`));
    }
  });

  it('stays silent when the header is set, or for other codes', () => {
    assert.deepStrictEqual(problemsOf(rule, 'javascript', lines(
      "const express = require('express');",
      "app.all('/x', (req, res) => {",
      "  res.set('Allow', 'GET');",
      '  res.sendStatus(405);',
      '});')), []);
    assert.deepStrictEqual(problemsOf(rule, 'javascript', lines(
      "const express = require('express');",
      "app.all('/x', (req, res) => { res.sendStatus(403); });")), []);
    assert.deepStrictEqual(problemsOf(rule, 'python', lines(
      'from fastapi import HTTPException',
      'def a():',
      "    raise HTTPException(status_code=401, detail='no', headers={'WWW-Authenticate': 'Bearer'})")), []);
  });

  it('Express: adds Allow with a placeholder value to complete', () => {
    assert.strictEqual(applyFix(rule, 'javascript', lines(
      "const express = require('express');",
      "app.all('/x', (req, res) => {",
      '  res.status(405).end();',
      '});')), lines(
      "const express = require('express');",
      "app.all('/x', (req, res) => {",
      "  res.set('Allow', 'GET, HEAD');",
      '  res.status(405).end();',
      '});'));
  });

  it('Go: WWW-Authenticate before WriteHeader(http.StatusUnauthorized)', () => {
    assert.strictEqual(applyFix(rule, 'go', lines(
      'package main',
      'import "net/http"',
      'func h(w http.ResponseWriter, r *http.Request) {',
      '\tw.WriteHeader(http.StatusUnauthorized)',
      '}')), lines(
      'package main',
      'import "net/http"',
      'func h(w http.ResponseWriter, r *http.Request) {',
      '\tw.Header().Set("WWW-Authenticate", "Bearer")',
      '\tw.WriteHeader(http.StatusUnauthorized)',
      '}'));
  });

  it('FastAPI: HTTPException(401) gets headers=', () => {
    assert.strictEqual(applyFix(rule, 'python', lines(
      'from fastapi import HTTPException, status',
      'def a():',
      "    raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail='Not authenticated')")), lines(
      'from fastapi import HTTPException, status',
      'def a():',
      "    raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail='Not authenticated', headers={'WWW-Authenticate': 'Bearer'})"));
  });

  it('Spring: .header(HttpHeaders.ALLOW, …) when the file uses HttpHeaders', () => {
    assert.strictEqual(applyFix(rule, 'java', lines(
      'import org.springframework.http.HttpHeaders;',
      'class C { ResponseEntity<Void> a() { return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).build(); } }')), lines(
      'import org.springframework.http.HttpHeaders;',
      'class C { ResponseEntity<Void> a() { return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).header(HttpHeaders.ALLOW, "GET, HEAD").build(); } }'));
  });

  it('Laravel: 426 gets ->header(Upgrade, …)', () => {
    assert.strictEqual(applyFix(rule, 'php', lines(
      '<?php',
      "return response('Upgrade to TLS', 426);")), lines(
      '<?php',
      "return response('Upgrade to TLS', 426)->header('Upgrade', 'TLS/1.2, HTTP/1.1');"));
  });
});
