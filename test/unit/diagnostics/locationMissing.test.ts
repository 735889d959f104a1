import * as assert from 'assert';
import { applyFix, lines, problemsOf } from './helpers';

const rule = 'location-missing';

describe('diagnostics: location-missing', () => {
  it('flags a redirect status set apart from any Location', () => {
    const found = problemsOf(rule, 'javascript', lines(
      "const express = require('express');",
      "app.get('/old', (req, res) => { res.status(301).end(); });"));
    assert.strictEqual(found.length, 1);
    assert.match(found[0].message, /without Location.*RFC 9110 §10\.2\.2/);
  });

  it('stays silent for redirect helpers that set Location themselves', () => {
    assert.deepStrictEqual(problemsOf(rule, 'javascript', lines(
      "const express = require('express');",
      "app.get('/old', (req, res) => { res.redirect(301, '/new'); });")), []);
    assert.deepStrictEqual(problemsOf(rule, 'go', lines(
      'package main',
      'import "net/http"',
      'func h(w http.ResponseWriter, r *http.Request) {',
      '\thttp.Redirect(w, r, "/new", http.StatusMovedPermanently)',
      '}')), []);
    assert.deepStrictEqual(problemsOf(rule, 'go', lines(
      'package main',
      'import "net/http"',
      'func h(w http.ResponseWriter, r *http.Request) {',
      '\tw.Header().Set("Location", "/new")',
      '\tw.WriteHeader(http.StatusFound)',
      '}')), []);
  });

  it('flags a 201 without Location as information', () => {
    const found = problemsOf(rule, 'javascript', lines(
      "const express = require('express');",
      "app.post('/items', (req, res) => { res.status(201).json(item); });"));
    assert.strictEqual(found.length, 1);
    assert.strictEqual(found[0].severity, 'information');
    assert.match(found[0].message, /201 Created without Location.*RFC 9110 §15\.3\.2/);
  });

  it('Go: Location placeholder before WriteHeader', () => {
    assert.strictEqual(applyFix(rule, 'go', lines(
      'package main',
      'import "net/http"',
      'func h(w http.ResponseWriter, r *http.Request) {',
      '\tw.WriteHeader(http.StatusFound)',
      '}')), lines(
      'package main',
      'import "net/http"',
      'func h(w http.ResponseWriter, r *http.Request) {',
      '\tw.Header().Set("Location", "/new-location")',
      '\tw.WriteHeader(http.StatusFound)',
      '}'));
  });

  it('Koa: ctx.set(Location) before ctx.status = 201', () => {
    assert.strictEqual(applyFix(rule, 'javascript', lines(
      "const Koa = require('koa');",
      'router.post(\'/items\', async (ctx) => {',
      '  ctx.status = 201;',
      '  ctx.body = item;',
      '});')), lines(
      "const Koa = require('koa');",
      'router.post(\'/items\', async (ctx) => {',
      "  ctx.set('Location', '/resources/id');",
      '  ctx.status = 201;',
      '  ctx.body = item;',
      '});'));
  });
});
