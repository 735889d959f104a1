import * as assert from 'assert';
import { defaultSettings, languageEnabled, parseSettings } from '../../../server/src/service/settings';
import { doValidation } from '../../../server/src/service/diagnostics/doValidation';
import { documentOf, lines, problems } from './helpers';

const text = lines(
  "const express = require('express');",
  "app.get('/', (req, res) => {",
  '  // maintenance',
  '  res.sendStatus(500);',
  '  res.sendStatus(503);',
  '});');

const validate = (raw: unknown, languageId = 'javascript') => {
  const document = documentOf(languageId, text);
  return doValidation(document, problems(languageId, text), parseSettings(raw).settings);
};

describe('settings: parse, validate, apply', () => {
  it('defaults: everything on, Retry-After 120', () => {
    const { settings, warnings } = parseSettings(undefined);
    assert.deepStrictEqual(settings, { ...defaultSettings, languages: {}, rules: {} });
    assert.strictEqual(settings.retryAfterSeconds, 120);
    assert.deepStrictEqual(warnings, []);
  });

  it('invalid values fall back to defaults with a warning each, never throwing', () => {
    const { settings, warnings } = parseSettings({
      enable: 'yes', retryAfterSeconds: -5, languages: { python: 'no' },
      rules: { 'retry-after-missing': 'loud', 'body-not-allowed': 'error' },
    });
    assert.strictEqual(settings.enable, true);
    assert.strictEqual(settings.retryAfterSeconds, 120);
    assert.deepStrictEqual(settings.languages, {});
    assert.deepStrictEqual(settings.rules, { 'body-not-allowed': 'error' });
    assert.strictEqual(warnings.length, 4);
    assert.match(warnings.join('\n'), /httpStatusLens\.rules\.retry-after-missing/);
    for (const junk of [null, 42, 'x', [], { rules: [] }, { languages: 3 }]) assert.doesNotThrow(() => parseSettings(junk));
  });

  it('accepts booleans and { enabled, severity } for rules', () => {
    const { settings } = parseSettings({ rules: { a: false, b: true, c: { enabled: false }, d: { severity: 'info' } } });
    assert.deepStrictEqual(settings.rules, { a: 'off', b: 'default', c: 'off', d: 'information' });
  });

  it('applies per-rule severity and off', () => {
    const base = validate({});
    assert.deepStrictEqual(base.map((d) => [d.code, d.severity]), [['prefer-503-for-unavailable', 4], ['retry-after-missing', 3]]);
    const tuned = validate({ rules: { 'prefer-503-for-unavailable': 'error', 'retry-after-missing': 'off' } });
    assert.deepStrictEqual(tuned.map((d) => [d.code, d.severity]), [['prefer-503-for-unavailable', 1]]);
  });

  it('the global switch and per-language enablement silence everything', () => {
    assert.deepStrictEqual(validate({ enable: false }), []);
    assert.deepStrictEqual(validate({ languages: { javascript: false } }), []);
    assert.deepStrictEqual(validate({ languages: { typescript: false } }).length, 2);
    assert.ok(!languageEnabled(parseSettings({ languages: { javascript: false } }).settings, 'typescriptreact', 'javascript'));
  });

  it('diagnostics carry their rule, source, and data with where they start and their length (nothing that moves with edits on other lines)', () => {
    const [first] = validate({});
    assert.strictEqual(first.source, 'http-status-lens');
    assert.deepStrictEqual(first.data, { rule: 'prefer-503-for-unavailable', line: 3, character: 17, length: 3 });
    assert.deepStrictEqual(first.range, { start: { line: 3, character: 17 }, end: { line: 3, character: 20 } });
  });
});
