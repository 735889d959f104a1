import * as assert from 'assert';
import { applyFix, lines, problemsOf } from './helpers';

const rule = 'retry-after-missing';

describe('diagnostics: retry-after-missing', () => {
  it('flags 503 and 429 sent without Retry-After, citing the RFCs', () => {
    const found = problemsOf(rule, 'javascript', lines(
      "const express = require('express');",
      "app.get('/a', (req, res) => { res.sendStatus(503); });",
      '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '',
      "app.get('/b', (req, res) => { res.status(429).json({ error: 'slow down' }); });"));
    assert.deepStrictEqual(found.map((f) => f.message.slice(0, 3)), ['503', '429']);
    assert.match(found[0].message, /RFC 9110 §15\.6\.4, §10\.2\.3/);
    assert.match(found[1].message, /RFC 6585 §4/);
  });

  it('stays silent when the handler sets Retry-After', () => {
    assert.deepStrictEqual(problemsOf(rule, 'javascript', lines(
      "const express = require('express');",
      "app.get('/', (req, res) => {",
      "  res.set('Retry-After', '30');",
      '  res.sendStatus(503);',
      '});')), []);
    assert.deepStrictEqual(problemsOf(rule, 'go', lines(
      'package main',
      'import "net/http"',
      'func h(w http.ResponseWriter, r *http.Request) {',
      '\tw.Header().Set("Retry-After", "30")',
      '\tw.WriteHeader(http.StatusTooManyRequests)',
      '}')), []);
  });

  it('a Retry-After mentioned only in a comment does not count', () => {
    assert.strictEqual(problemsOf(rule, 'javascript', lines(
      "const express = require('express');",
      "app.get('/', (req, res) => {",
      '  // TODO: send Retry-After',
      '  res.sendStatus(503);',
      '});')).length, 1);
  });

  it('stays silent on a 503 that is compared or asserted', () => {
    assert.deepStrictEqual(problemsOf(rule, 'javascript', 'if (response.status === 503) { retry(); }\n'), []);
    assert.deepStrictEqual(problemsOf(rule, 'javascript', "expect(res.status).toBe(503);\n", 'file:///app/test/a.test.js'), []);
  });

  it('Express: res.set before res.status(429)', () => {
    assert.strictEqual(applyFix(rule, 'javascript', lines(
      "const express = require('express');",
      "app.post('/login', (req, res) => {",
      '  if (attempts > 5) {',
      "    return res.status(429).json({ error: 'too many attempts' });",
      '  }',
      '});')), lines(
      "const express = require('express');",
      "app.post('/login', (req, res) => {",
      '  if (attempts > 5) {',
      "    res.set('Retry-After', '120');",
      "    return res.status(429).json({ error: 'too many attempts' });",
      '  }',
      '});'));
  });

  it('Node http: writeHead gets a headers object', () => {
    assert.strictEqual(applyFix(rule, 'javascript', lines(
      "const http = require('http');",
      'http.createServer((req, res) => {',
      '  res.writeHead(503);',
      '  res.end();',
      '});')), lines(
      "const http = require('http');",
      'http.createServer((req, res) => {',
      "  res.writeHead(503, { 'Retry-After': '120' });",
      '  res.end();',
      '});'));
  });

  it('AWS Lambda result object: a headers property next to statusCode', () => {
    assert.strictEqual(applyFix(rule, 'javascript', lines(
      'exports.handler = async () => {',
      '  return {',
      '    statusCode: 503,',
      "    body: 'busy',",
      '  };',
      '};')), lines(
      'exports.handler = async () => {',
      '  return {',
      '    statusCode: 503,',
      "    headers: { 'Retry-After': '120' },",
      "    body: 'busy',",
      '  };',
      '};'));
  });

  it('FastAPI: response.status_code assignment gets response.headers', () => {
    assert.strictEqual(applyFix(rule, 'python', lines(
      'from fastapi import FastAPI, Response',
      "@app.get('/')",
      'def index(response: Response):',
      '    response.status_code = 429',
      "    return {'error': 'slow down'}")), lines(
      'from fastapi import FastAPI, Response',
      "@app.get('/')",
      'def index(response: Response):',
      "    response.headers['Retry-After'] = '120'",
      '    response.status_code = 429',
      "    return {'error': 'slow down'}"));
  });

  it('FastAPI: JSONResponse gets headers=', () => {
    assert.strictEqual(applyFix(rule, 'python', lines(
      'from fastapi.responses import JSONResponse',
      'def index():',
      "    return JSONResponse({'error': 'busy'}, status_code=503)")), lines(
      'from fastapi.responses import JSONResponse',
      'def index():',
      "    return JSONResponse({'error': 'busy'}, status_code=503, headers={'Retry-After': '120'})"));
  });

  it('Spring without any org.springframework.http import: the header name as a string', () => {
    assert.strictEqual(applyFix(rule, 'java', lines(
      'import com.example.Web;',
      'class C { ResponseEntity<Void> a() { return ResponseEntity.status(503).build(); } }')), lines(
      'import com.example.Web;',
      'class C { ResponseEntity<Void> a() { return ResponseEntity.status(503).header("Retry-After", "120").build(); } }'));
  });

  it('Spring: imports HttpHeaders next to the other org.springframework.http imports', () => {
    assert.strictEqual(applyFix(rule, 'java', lines(
      'import org.springframework.http.HttpStatus;',
      'import org.springframework.http.ResponseEntity;',
      '',
      'class C { ResponseEntity<Void> a() { return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).build(); } }')), lines(
      'import org.springframework.http.HttpStatus;',
      'import org.springframework.http.ResponseEntity;',
      'import org.springframework.http.HttpHeaders;',
      '',
      'class C { ResponseEntity<Void> a() { return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "120").build(); } }'));
  });

  it('Servlet: response.setHeader before setStatus', () => {
    assert.strictEqual(applyFix(rule, 'java', lines(
      'class S extends HttpServlet {',
      '  protected void doGet(HttpServletRequest request, HttpServletResponse response) {',
      '    response.setStatus(503);',
      '  }',
      '}')), lines(
      'class S extends HttpServlet {',
      '  protected void doGet(HttpServletRequest request, HttpServletResponse response) {',
      '    response.setHeader("Retry-After", "120");',
      '    response.setStatus(503);',
      '  }',
      '}'));
  });

  it('ASP.NET Core: context.Response.Headers before StatusCode assignment', () => {
    assert.strictEqual(applyFix(rule, 'csharp', lines(
      'app.Use(async (context, next) => {',
      '    context.Response.StatusCode = 503;',
      '});')), lines(
      'app.Use(async (context, next) => {',
      '    context.Response.Headers["Retry-After"] = "120";',
      '    context.Response.StatusCode = 503;',
      '});'));
  });

  it('Rails: head :too_many_requests', () => {
    assert.strictEqual(applyFix(rule, 'ruby', lines(
      'class ApiController < ApplicationController',
      '  def throttle',
      '    head :too_many_requests',
      '  end',
      'end')), lines(
      'class ApiController < ApplicationController',
      '  def throttle',
      "    response.headers['Retry-After'] = '120'",
      '    head :too_many_requests',
      '  end',
      'end'));
  });

  it('Laravel: abort(503) gets a headers array', () => {
    assert.strictEqual(applyFix(rule, 'php', lines(
      '<?php',
      'function down() {',
      '    abort(503);',
      '}')), lines(
      '<?php',
      'function down() {',
      "    abort(503, '', ['Retry-After' => 120]);",
      '}'));
  });

  it('echo: c.Response().Header().Set before c.JSON', () => {
    assert.strictEqual(applyFix(rule, 'go', lines(
      'package main',
      'import "github.com/labstack/echo/v4"',
      'func h(c echo.Context) error {',
      '\treturn c.JSON(http.StatusServiceUnavailable, map[string]string{"error": "busy"})',
      '}')), lines(
      'package main',
      'import "github.com/labstack/echo/v4"',
      'func h(c echo.Context) error {',
      '\tc.Response().Header().Set("Retry-After", "120")',
      '\treturn c.JSON(http.StatusServiceUnavailable, map[string]string{"error": "busy"})',
      '}'));
  });

  it('Kotlin servlet: no semicolon', () => {
    assert.strictEqual(applyFix(rule, 'kotlin', lines(
      'fun doGet(request: HttpServletRequest, response: HttpServletResponse) {',
      '    response.setStatus(503)',
      '}')), lines(
      'fun doGet(request: HttpServletRequest, response: HttpServletResponse) {',
      '    response.setHeader("Retry-After", "120")',
      '    response.setStatus(503)',
      '}'));
  });

  it('OpenAPI findings can be silenced with a # comment too', () => {
    const found = problemsOf('openapi-responses', 'yaml', lines(
      'openapi: 3.0.0',
      'paths:',
      '  /a:',
      '    # http-status-lens-disable-next-line openapi-responses',
      '    get:',
      '      responses:',
      "        '404':",
      '          description: x'), 'file:///api/openapi.yaml');
    assert.deepStrictEqual(found, []);
  });

  it('no fix where the shape is not recognised (Rails trailing condition)', () => {
    const found = problemsOf(rule, 'ruby', lines(
      'class C < ApplicationController',
      '  def a',
      '    head :service_unavailable if down?',
      '  end',
      'end'));
    assert.strictEqual(found.length, 1);
    assert.deepStrictEqual(found[0].fixes!(), []);
  });
});
