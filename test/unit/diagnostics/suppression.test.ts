import * as assert from 'assert';
import { lines, problems } from './helpers';

describe('diagnostics: inline suppression comments', () => {
  const js = (comment: string) => lines(
    "const express = require('express');",
    "app.get('/', (req, res) => {",
    comment,
    '  res.sendStatus(503);',
    '});');

  it('disable-next-line with a rule id silences that rule on the next line only', () => {
    assert.deepStrictEqual(problems('javascript', js('  // http-status-lens-disable-next-line retry-after-missing')).map((f) => f.rule), []);
    assert.deepStrictEqual(problems('javascript', js('  // http-status-lens-disable-next-line body-not-allowed')).map((f) => f.rule), ['retry-after-missing']);
    assert.deepStrictEqual(problems('javascript', js('  // nothing to see')).map((f) => f.rule), ['retry-after-missing']);
  });

  it('without an id it silences every rule; several ids may be listed', () => {
    assert.deepStrictEqual(problems('javascript', js('  // http-status-lens-disable-next-line')), []);
    assert.deepStrictEqual(problems('javascript', js('  /* http-status-lens-disable-next-line body-not-allowed, retry-after-missing */')), []);
  });

  it('# comments in Python and Ruby, and disable-line at the end of the line', () => {
    assert.deepStrictEqual(problems('python', lines(
      'from flask import Flask',
      "@app.route('/')",
      'def a():',
      '    # http-status-lens-disable-next-line retry-after-missing',
      "    return 'busy', 503")), []);
    assert.deepStrictEqual(problems('ruby', lines(
      'class C < ApplicationController',
      '  def a',
      '    head :service_unavailable # http-status-lens-disable-line retry-after-missing',
      '  end',
      'end')), []);
  });

  it('a marker inside a string does not count', () => {
    assert.deepStrictEqual(problems('javascript', js("  const s = 'http-status-lens-disable-next-line';")).map((f) => f.rule), ['retry-after-missing']);
  });
});
