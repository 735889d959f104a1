import * as assert from 'assert';
import { applyFix, lines, problemsOf } from './helpers';

const rule = 'redirect-changes-method';

describe('diagnostics: redirect-changes-method', () => {
  it('flags 302 answering an Express POST handler', () => {
    const found = problemsOf(rule, 'javascript', lines(
      "const express = require('express');",
      "app.post('/orders', (req, res) => {",
      '  save(req.body);',
      "  res.redirect(302, '/orders/1');",
      '});'));
    assert.strictEqual(found.length, 1);
    assert.match(found[0].message, /POST handler.*303 See Other.*307.*RFC 9110 §15\.4\.3/);
  });

  it('stays silent in a GET handler, and for 303/307', () => {
    assert.deepStrictEqual(problemsOf(rule, 'javascript', lines(
      "const express = require('express');",
      "app.post('/a', (req, res) => { res.redirect(303, '/b'); });",
      "app.get('/old', (req, res) => { res.redirect(301, '/new'); });")), []);
  });

  it('Express: 303 fix (preferred) and 307 fix', () => {
    const text = lines(
      "const express = require('express');",
      "app.post('/orders', (req, res) => {",
      "  res.redirect(302, '/orders/1');",
      '});');
    assert.strictEqual(applyFix(rule, 'javascript', text, /303/), text.replace('302', '303'));
    assert.strictEqual(applyFix(rule, 'javascript', text, /307/), text.replace('302', '307'));
  });

  it('Flask route with methods=[POST]: 301 → 308 keeps the method', () => {
    const text = lines(
      'from flask import redirect',
      "@app.route('/submit', methods=['POST'])",
      'def submit():',
      "    return redirect('/done', code=301)");
    assert.strictEqual(applyFix(rule, 'python', text, /308/), text.replace('301', '308'));
  });

  it('Spring @PostMapping with HttpStatus.FOUND → HttpStatus.SEE_OTHER', () => {
    const text = lines(
      'class C {',
      '  @PostMapping("/orders")',
      '  ResponseEntity<Void> create() {',
      '    return ResponseEntity.status(HttpStatus.FOUND).location(uri).build();',
      '  }',
      '}');
    assert.strictEqual(applyFix(rule, 'java', text, /303/), text.replace('HttpStatus.FOUND', 'HttpStatus.SEE_OTHER'));
  });

  it('Go: case http.MethodPost with http.StatusFound → http.StatusSeeOther', () => {
    const text = lines(
      'package main',
      'import "net/http"',
      'func h(w http.ResponseWriter, r *http.Request) {',
      '\tswitch r.Method {',
      '\tcase http.MethodPost:',
      '\t\thttp.Redirect(w, r, "/done", http.StatusFound)',
      '\t}',
      '}');
    assert.strictEqual(applyFix(rule, 'go', text, /303/), text.replace('http.StatusFound', 'http.StatusSeeOther'));
  });

  it('Rails create action: :found → :see_other', () => {
    const text = lines(
      'class OrdersController < ApplicationController',
      '  def create',
      '    redirect_to order_path(@order), status: :found',
      '  end',
      'end');
    assert.strictEqual(applyFix(rule, 'ruby', text, /303/), text.replace(':found', ':see_other'));
  });
});
