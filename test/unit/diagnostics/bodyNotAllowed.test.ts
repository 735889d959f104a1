import * as assert from 'assert';
import { applyFix, fixTitles, lines, problemsOf } from './helpers';

const rule = 'body-not-allowed';

describe('diagnostics: body-not-allowed', () => {
  it('flags a body sent with 204 and 304, citing the RFC section', () => {
    const found = problemsOf(rule, 'javascript', lines(
      "const express = require('express');",
      "app.delete('/a', (req, res) => { res.status(204).json({ ok: true }); });",
      '', '', '', '', '', '', '', '', '', '',
      "app.get('/b', (req, res) => { res.status(304).send('cached'); });"));
    assert.strictEqual(found.length, 2);
    assert.match(found[0].message, /204 No Content cannot carry content.*RFC 9110 §15\.3\.5/);
    assert.match(found[1].message, /RFC 9110 §15\.4\.5/);
  });

  it('stays silent for an empty 204 and for 200 with a body', () => {
    assert.deepStrictEqual(problemsOf(rule, 'javascript', lines(
      "const express = require('express');",
      "app.delete('/a', (req, res) => { res.status(204).end(); });",
      "app.get('/b', (req, res) => { res.status(200).json({ ok: true }); });",
      "app.get('/c', (req, res) => { res.status(204).send(); });")), []);
    assert.deepStrictEqual(problemsOf(rule, 'python', lines(
      'from flask import Flask',
      "@app.route('/a', methods=['DELETE'])",
      'def a():',
      "    return '', 204")), []);
    assert.strictEqual(problemsOf(rule, 'python', lines(
      'from flask import Flask',
      "@app.route('/a', methods=['DELETE'])",
      'def a():',
      "    return 'gone', 204")).length, 1, 'the same shape with a body is flagged');
  });

  it('offers both fixes: drop the body, or send 200', () => {
    assert.deepStrictEqual(fixTitles(rule, 'javascript', lines(
      "const express = require('express');",
      "app.delete('/a', (req, res) => { res.status(204).json({ ok: true }); });")), ['Drop the body', 'Send 200 OK instead']);
  });

  it('Express: drop the body → .end()', () => {
    assert.strictEqual(applyFix(rule, 'javascript', lines(
      "const express = require('express');",
      "app.delete('/a', (req, res) => { res.status(204).json({ ok: true }); });"), /Drop/), lines(
      "const express = require('express');",
      "app.delete('/a', (req, res) => { res.status(204).end(); });"));
  });

  it('Express: switch to 200 keeps the body', () => {
    assert.strictEqual(applyFix(rule, 'javascript', lines(
      "const express = require('express');",
      "app.delete('/a', (req, res) => { res.status(204).json({ ok: true }); });"), /200/), lines(
      "const express = require('express');",
      "app.delete('/a', (req, res) => { res.status(200).json({ ok: true }); });"));
  });

  it('Fastify: drop the body → .send()', () => {
    assert.strictEqual(applyFix(rule, 'javascript', lines(
      "import Fastify from 'fastify';",
      "fastify.delete('/a', async (request, reply) => reply.code(204).send({ deleted: true }));"), /Drop/), lines(
      "import Fastify from 'fastify';",
      "fastify.delete('/a', async (request, reply) => reply.code(204).send());"));
  });

  it('fetch Response: the body becomes null', () => {
    assert.strictEqual(applyFix(rule, 'typescript', lines(
      'export async function DELETE() {',
      "  return new Response('deleted', { status: 204 });",
      '}'), /Drop/), lines(
      'export async function DELETE() {',
      '  return new Response(null, { status: 204 });',
      '}'));
  });

  it('gin: c.JSON(204, …) → c.Status(204)', () => {
    assert.strictEqual(applyFix(rule, 'go', lines(
      'package main',
      'import "github.com/gin-gonic/gin"',
      'func h(c *gin.Context) {',
      '\tc.JSON(http.StatusNoContent, gin.H{"ok": true})',
      '}'), /Drop/), lines(
      'package main',
      'import "github.com/gin-gonic/gin"',
      'func h(c *gin.Context) {',
      '\tc.Status(http.StatusNoContent)',
      '}'));
  });

  it('Go net/http: WriteHeader(204) then Write is flagged, with the 200 fix only', () => {
    const text = lines(
      'package main',
      'import "net/http"',
      'func h(w http.ResponseWriter, r *http.Request) {',
      '\tw.WriteHeader(http.StatusNoContent)',
      '\tw.Write([]byte("done"))',
      '}');
    assert.deepStrictEqual(fixTitles(rule, 'go', text), ['Send 200 OK instead']);
    assert.strictEqual(applyFix(rule, 'go', text), text.replace('http.StatusNoContent', 'http.StatusOK'));
  });

  it('Flask: the returned body becomes an empty string', () => {
    assert.strictEqual(applyFix(rule, 'python', lines(
      'from flask import Flask, jsonify',
      "@app.route('/items/<id>', methods=['DELETE'])",
      'def delete(id):',
      "    return jsonify(deleted=True), 204"), /Drop/), lines(
      'from flask import Flask, jsonify',
      "@app.route('/items/<id>', methods=['DELETE'])",
      'def delete(id):',
      "    return '', 204"));
  });

  it('Spring: .body(…) → .build()', () => {
    assert.strictEqual(applyFix(rule, 'java', lines(
      'class C { ResponseEntity<?> d() { return ResponseEntity.status(HttpStatus.NO_CONTENT).body(result); } }'), /Drop/), lines(
      'class C { ResponseEntity<?> d() { return ResponseEntity.status(HttpStatus.NO_CONTENT).build(); } }'));
  });

  it('ASP.NET Core: StatusCode(204, value) → StatusCode(204)', () => {
    assert.strictEqual(applyFix(rule, 'csharp', lines(
      'public IActionResult D() { return StatusCode(204, result); }'), /Drop/), lines(
      'public IActionResult D() { return StatusCode(204); }'));
  });

  it('Rails: render … status: :no_content → head :no_content', () => {
    assert.strictEqual(applyFix(rule, 'ruby', lines(
      'class C < ApplicationController',
      '  def destroy',
      '    render json: { deleted: true }, status: :no_content',
      '  end',
      'end'), /Drop/), lines(
      'class C < ApplicationController',
      '  def destroy',
      '    head :no_content',
      '  end',
      'end'));
  });

  it('Laravel: response()->json($x, 204) → response()->noContent()', () => {
    assert.strictEqual(applyFix(rule, 'php', lines(
      '<?php',
      "return response()->json(['deleted' => true], 204);"), /Drop/), lines(
      '<?php',
      'return response()->noContent();'));
  });

  it('Koa: ctx.body with ctx.status = 204 is flagged', () => {
    assert.strictEqual(problemsOf(rule, 'javascript', lines(
      "const Koa = require('koa');",
      'app.use(async (ctx) => {',
      '  ctx.status = 204;',
      "  ctx.body = { ok: true };",
      '});')).length, 1);
  });
});
