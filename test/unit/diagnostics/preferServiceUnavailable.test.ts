import * as assert from 'assert';
import { applyFix, lines, problemsOf } from './helpers';

const rule = 'prefer-503-for-unavailable';

describe('diagnostics: prefer-503-for-unavailable (flagship)', () => {
  it('flags 500 in a maintenance branch with a message citing RFC 9110', () => {
    const found = problemsOf(rule, 'javascript', lines(
      "const express = require('express');",
      "app.get('/', (req, res) => {",
      '  if (maintenanceMode) {',
      "    return res.status(500).send('Down for maintenance');",
      '  }',
      '});'));
    assert.strictEqual(found.length, 1);
    assert.match(found[0].message, /503 Service Unavailable with Retry-After/);
    assert.match(found[0].message, /RFC 9110 §15\.6\.4/);
  });

  it('stays silent on a 500 in an ordinary error handler', () => {
    assert.deepStrictEqual(problemsOf(rule, 'javascript', lines(
      "const express = require('express');",
      "app.get('/', async (req, res) => {",
      '  try { await work(); } catch (err) {',
      "    res.status(500).send('Something broke');",
      '  }',
      '});')), []);
  });

  it('stays silent when the words are in another, distant handler', () => {
    const text = lines(
      "const express = require('express');",
      "app.get('/status', (req, res) => {",
      "  res.json({ maintenance: false });",
      '});',
      '', '', '', '', '', '', '', '',
      "app.get('/', (req, res) => {",
      '  try { work(); } catch (err) {',
      "    res.status(500).send('error');",
      '  }',
      '});');
    assert.deepStrictEqual(problemsOf(rule, 'javascript', text), []);
  });

  it('a 502 for an unavailable upstream is what 502 means: silent; a 500 for an unavailable database is flagged', () => {
    assert.deepStrictEqual(problemsOf(rule, 'javascript', lines(
      "const express = require('express');",
      "app.get('/upstream', async (req, res) => {",
      '  try { res.json(await inventory()); } catch (error) {',
      "    res.status(502).send('upstream unavailable');",
      '  }',
      '});')), []);
    assert.strictEqual(problemsOf(rule, 'javascript', lines(
      "const express = require('express');",
      "app.get('/', async (req, res) => {",
      "  if (!db.connected) return res.status(500).send('database unavailable');",
      '});')).length, 1);
  });

  it('does not flag a 500 that is only compared', () => {
    assert.deepStrictEqual(problemsOf(rule, 'javascript', lines(
      "// rate limit handling",
      'if (res.statusCode === 500) { retryLater(); }')), []);
  });

  it('Express: changes to 503 and adds res.set(Retry-After) before the statement', () => {
    const out = applyFix(rule, 'javascript', lines(
      "const express = require('express');",
      "app.get('/', (req, res) => {",
      '  if (maintenanceMode) {',
      "    return res.status(500).send('Down for maintenance');",
      '  }',
      '});'));
    assert.strictEqual(out, lines(
      "const express = require('express');",
      "app.get('/', (req, res) => {",
      '  if (maintenanceMode) {',
      "    res.set('Retry-After', '120');",
      "    return res.status(503).send('Down for maintenance');",
      '  }',
      '});'));
  });

  it('Express: one-line arrow handler gets the header chained inline', () => {
    const out = applyFix(rule, 'javascript', lines(
      "const express = require('express');",
      "app.get('/', (req, res) => res.status(502).send('overloaded, try again later'));"));
    assert.strictEqual(out, lines(
      "const express = require('express');",
      "app.get('/', (req, res) => res.set('Retry-After', '120').status(503).send('overloaded, try again later'));"));
  });

  it('Express: the Retry-After value comes from the setting', () => {
    const out = applyFix(rule, 'javascript', lines(
      "const express = require('express');",
      'function down(req, res) {',
      '  // maintenance window',
      '  res.sendStatus(500);',
      '}'), undefined, 300);
    assert.strictEqual(out, lines(
      "const express = require('express');",
      'function down(req, res) {',
      '  // maintenance window',
      "  res.set('Retry-After', '300');",
      '  res.sendStatus(503);',
      '}'));
  });

  it('Koa: ctx.set before ctx.status = 503', () => {
    const out = applyFix(rule, 'javascript', lines(
      "const Koa = require('koa');",
      'app.use(async (ctx) => {',
      '  if (tooManyRequests(ctx)) {',
      '    ctx.status = 500;',
      "    ctx.body = 'busy';",
      '  }',
      '});'));
    assert.strictEqual(out, lines(
      "const Koa = require('koa');",
      'app.use(async (ctx) => {',
      '  if (tooManyRequests(ctx)) {',
      "    ctx.set('Retry-After', '120');",
      '    ctx.status = 503;',
      "    ctx.body = 'busy';",
      '  }',
      '});'));
  });

  it('Fastify: reply.header before reply.code', () => {
    const out = applyFix(rule, 'javascript', lines(
      "import Fastify from 'fastify';",
      "fastify.get('/', async (request, reply) => {",
      '  if (overloaded()) {',
      "    return reply.code(500).send({ error: 'overloaded' });",
      '  }',
      '});'));
    assert.strictEqual(out, lines(
      "import Fastify from 'fastify';",
      "fastify.get('/', async (request, reply) => {",
      '  if (overloaded()) {',
      "    reply.header('Retry-After', '120');",
      "    return reply.code(503).send({ error: 'overloaded' });",
      '  }',
      '});'));
  });

  it('fetch / Next.js: headers in the ResponseInit object', () => {
    const out = applyFix(rule, 'typescript', lines(
      "import { NextResponse } from 'next/server';",
      'export async function GET() {',
      '  if (isMaintenance()) {',
      "    return NextResponse.json({ error: 'maintenance' }, { status: 500 });",
      '  }',
      '}'));
    assert.strictEqual(out, lines(
      "import { NextResponse } from 'next/server';",
      'export async function GET() {',
      '  if (isMaintenance()) {',
      "    return NextResponse.json({ error: 'maintenance' }, { status: 503, headers: { 'Retry-After': '120' } });",
      '  }',
      '}'));
  });

  it('fetch Response: adds into an existing headers object', () => {
    const out = applyFix(rule, 'typescript', lines(
      'export default {',
      '  async fetch(request: Request) {',
      '    // rate limited',
      "    return new Response('slow down', { status: 500, headers: { 'Content-Type': 'text/plain' } });",
      '  },',
      '};'));
    assert.strictEqual(out, lines(
      'export default {',
      '  async fetch(request: Request) {',
      '    // rate limited',
      "    return new Response('slow down', { status: 503, headers: { 'Retry-After': '120', 'Content-Type': 'text/plain' } });",
      '  },',
      '};'));
  });

  it('Go net/http: w.Header().Set before WriteHeader, constant renamed', () => {
    const out = applyFix(rule, 'go', lines(
      'package main',
      '',
      'import "net/http"',
      '',
      'func handler(w http.ResponseWriter, r *http.Request) {',
      '\tif maintenance {',
      '\t\tw.WriteHeader(http.StatusInternalServerError)',
      '\t\treturn',
      '\t}',
      '}'));
    assert.strictEqual(out, lines(
      'package main',
      '',
      'import "net/http"',
      '',
      'func handler(w http.ResponseWriter, r *http.Request) {',
      '\tif maintenance {',
      '\t\tw.Header().Set("Retry-After", "120")',
      '\t\tw.WriteHeader(http.StatusServiceUnavailable)',
      '\t\treturn',
      '\t}',
      '}'));
  });

  it('Go http.Error: header set on the writer first', () => {
    const out = applyFix(rule, 'go', lines(
      'package main',
      'import "net/http"',
      'func handler(w http.ResponseWriter, r *http.Request) {',
      '\tif overloaded() {',
      '\t\thttp.Error(w, "server overloaded", http.StatusBadGateway)',
      '\t}',
      '}'));
    assert.strictEqual(out, lines(
      'package main',
      'import "net/http"',
      'func handler(w http.ResponseWriter, r *http.Request) {',
      '\tif overloaded() {',
      '\t\tw.Header().Set("Retry-After", "120")',
      '\t\thttp.Error(w, "server overloaded", http.StatusServiceUnavailable)',
      '\t}',
      '}'));
  });

  it('gin: c.Header before c.JSON', () => {
    const out = applyFix(rule, 'go', lines(
      'package main',
      'import "github.com/gin-gonic/gin"',
      'func handler(c *gin.Context) {',
      '\tif rateLimited(c) {',
      '\t\tc.JSON(500, gin.H{"error": "rate limit"})',
      '\t}',
      '}'));
    assert.strictEqual(out, lines(
      'package main',
      'import "github.com/gin-gonic/gin"',
      'func handler(c *gin.Context) {',
      '\tif rateLimited(c) {',
      '\t\tc.Header("Retry-After", "120")',
      '\t\tc.JSON(503, gin.H{"error": "rate limit"})',
      '\t}',
      '}'));
  });

  it('Flask: headers dict as the third tuple element', () => {
    const out = applyFix(rule, 'python', lines(
      'from flask import Flask, jsonify',
      "@app.route('/')",
      'def index():',
      '    if maintenance_mode:',
      "        return jsonify(error='maintenance'), 500",
      "    return 'ok'"));
    assert.strictEqual(out, lines(
      'from flask import Flask, jsonify',
      "@app.route('/')",
      'def index():',
      '    if maintenance_mode:',
      "        return jsonify(error='maintenance'), 503, {'Retry-After': '120'}",
      "    return 'ok'"));
  });

  it('Flask abort: retry_after argument (Werkzeug ServiceUnavailable)', () => {
    const out = applyFix(rule, 'python', lines(
      'from flask import abort',
      'def index():',
      '    if overloaded():',
      '        abort(500)'));
    assert.strictEqual(out, lines(
      'from flask import abort',
      'def index():',
      '    if overloaded():',
      '        abort(503, retry_after=120)'));
  });

  it('Django: headers= keyword on HttpResponse', () => {
    const out = applyFix(rule, 'python', lines(
      'from django.http import HttpResponse',
      'def view(request):',
      '    if settings.MAINTENANCE:',
      "        return HttpResponse('Down for maintenance', status=500)"));
    assert.strictEqual(out, lines(
      'from django.http import HttpResponse',
      'def view(request):',
      '    if settings.MAINTENANCE:',
      "        return HttpResponse('Down for maintenance', status=503, headers={'Retry-After': '120'})"));
  });

  it('FastAPI: HTTPException gets headers=, status constant renamed', () => {
    const out = applyFix(rule, 'python', lines(
      'from fastapi import FastAPI, HTTPException, status',
      "@app.get('/')",
      'def index():',
      '    if limiter.exceeded():',
      '        raise HTTPException(',
      '            status_code=status.HTTP_500_INTERNAL_SERVER_ERROR,',
      "            detail='rate limit exceeded',",
      '        )'));
    assert.strictEqual(out, lines(
      'from fastapi import FastAPI, HTTPException, status',
      "@app.get('/')",
      'def index():',
      '    if limiter.exceeded():',
      '        raise HTTPException(',
      '            status_code=status.HTTP_503_SERVICE_UNAVAILABLE,',
      "            detail='rate limit exceeded',",
      "            headers={'Retry-After': '120'},",
      '        )'));
  });

  it('Spring: ResponseEntity.status(...).header(HttpHeaders.RETRY_AFTER, ...)', () => {
    const out = applyFix(rule, 'java', lines(
      'import org.springframework.http.HttpHeaders;',
      'import org.springframework.http.HttpStatus;',
      'class C {',
      '  ResponseEntity<String> get() {',
      '    if (maintenance) {',
      '      return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body("maintenance");',
      '    }',
      '  }',
      '}'));
    assert.strictEqual(out, lines(
      'import org.springframework.http.HttpHeaders;',
      'import org.springframework.http.HttpStatus;',
      'class C {',
      '  ResponseEntity<String> get() {',
      '    if (maintenance) {',
      '      return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "120").body("maintenance");',
      '    }',
      '  }',
      '}'));
  });

  it('ASP.NET Core: Response.Headers before StatusCode(...)', () => {
    const out = applyFix(rule, 'csharp', lines(
      'public class C : ControllerBase {',
      '  public IActionResult Get() {',
      '    if (_maintenance.IsOn) {',
      '      return StatusCode(500, "maintenance");',
      '    }',
      '  }',
      '}'));
    assert.strictEqual(out, lines(
      'public class C : ControllerBase {',
      '  public IActionResult Get() {',
      '    if (_maintenance.IsOn) {',
      '      Response.Headers["Retry-After"] = "120";',
      '      return StatusCode(503, "maintenance");',
      '    }',
      '  }',
      '}'));
  });

  it('Rails: response.headers before render, symbol renamed', () => {
    const out = applyFix(rule, 'ruby', lines(
      'class PagesController < ApplicationController',
      '  def show',
      '    if maintenance?',
      "      render plain: 'maintenance', status: :internal_server_error",
      '    end',
      '  end',
      'end'));
    assert.strictEqual(out, lines(
      'class PagesController < ApplicationController',
      '  def show',
      '    if maintenance?',
      "      response.headers['Retry-After'] = '120'",
      "      render plain: 'maintenance', status: :service_unavailable",
      '    end',
      '  end',
      'end'));
  });

  it('Laravel: ->header(Retry-After, 120) on the response', () => {
    const out = applyFix(rule, 'php', lines(
      '<?php',
      'class C {',
      '  public function index() {',
      '    if (app()->isDownForMaintenance()) {',
      "      return response()->json(['error' => 'maintenance'], 500);",
      '    }',
      '  }',
      '}'));
    assert.strictEqual(out, lines(
      '<?php',
      'class C {',
      '  public function index() {',
      '    if (app()->isDownForMaintenance()) {',
      "      return response()->json(['error' => 'maintenance'], 503)->header('Retry-After', 120);",
      '    }',
      '  }',
      '}'));
  });

  it('keeps an existing Retry-After and only changes the code', () => {
    const out = applyFix(rule, 'javascript', lines(
      "const express = require('express');",
      'function down(req, res) {',
      '  // maintenance',
      "  res.set('Retry-After', '60');",
      '  res.status(500).end();',
      '}'));
    assert.strictEqual(out, lines(
      "const express = require('express');",
      'function down(req, res) {',
      '  // maintenance',
      "  res.set('Retry-After', '60');",
      '  res.status(503).end();',
      '}'));
  });
});
