// Whatever a client or a settings.json sends, the service gets usable settings: every invalid value
// falls back to its default with a warning that names it, and nothing throws.
import * as assert from 'assert';
import * as fc from 'fast-check';
import { assertProperty } from '../support/property';
import { defaultSettings, parseSettings } from '../../server/src/service/settings';

const ruleValues = ['default', 'off', 'error', 'warning', 'information', 'hint'];

describe('settings: invalid values fall back to defaults with a warning, never a crash', () => {
  it('arbitrary JSON as the whole section, or as any one setting, gives valid settings', () => {
    const anyJson = fc.oneof(fc.jsonValue(), fc.constantFrom(undefined, null, NaN, Infinity, -1, 1.5, '', '120', [], {}));
    const section = fc.oneof(
      anyJson,
      fc.record({ enable: anyJson, languages: anyJson, rules: anyJson, retryAfterSeconds: anyJson, maxFileSizeKB: anyJson }, { requiredKeys: [] }),
      fc.dictionary(fc.string(), anyJson),
    );
    assertProperty({ name: 'settings: arbitrary JSON', seed: 9, runs: 500 }, [section], (raw) => {
      const { settings, warnings } = parseSettings(raw);
      assert.strictEqual(typeof settings.enable, 'boolean');
      assert.ok(Number.isInteger(settings.retryAfterSeconds) && settings.retryAfterSeconds >= 0);
      assert.ok(Number.isInteger(settings.maxFileSizeKB) && settings.maxFileSizeKB >= 1);
      for (const value of Object.values(settings.rules)) assert.ok(ruleValues.includes(value), `rule setting ${value}`);
      for (const value of Object.values(settings.languages)) assert.strictEqual(typeof value, 'boolean');
      assert.ok(warnings.every((w) => typeof w === 'string' && w.startsWith('httpStatusLens')));
    });
  });

  it('each invalid value is named in a warning and replaced by its default', () => {
    const { settings, warnings } = parseSettings({
      enable: 'yes', retryAfterSeconds: -5, maxFileSizeKB: '10 MB', languages: { python: 'no' }, rules: { 'retry-after-missing': 'loud' },
    });
    assert.strictEqual(settings.enable, defaultSettings.enable);
    assert.strictEqual(settings.retryAfterSeconds, defaultSettings.retryAfterSeconds);
    assert.strictEqual(settings.maxFileSizeKB, defaultSettings.maxFileSizeKB);
    assert.deepStrictEqual(settings.languages, {});
    assert.deepStrictEqual(settings.rules, {});
    for (const name of ['enable', 'retryAfterSeconds', 'maxFileSizeKB', 'languages.python', 'rules.retry-after-missing']) {
      assert.ok(warnings.some((w) => w.includes(`httpStatusLens.${name}`)), `no warning names ${name}: ${warnings.join(' | ')}`);
    }
  });

  it('valid values are kept', () => {
    const { settings, warnings } = parseSettings({ maxFileSizeKB: 2048, retryAfterSeconds: 30, rules: { 'retry-after-missing': 'off' } });
    assert.deepStrictEqual(warnings, []);
    assert.strictEqual(settings.maxFileSizeKB, 2048);
    assert.strictEqual(settings.retryAfterSeconds, 30);
    assert.strictEqual(settings.rules['retry-after-missing'], 'off');
  });
});
