import * as assert from 'assert';
import { getLanguageService } from '../../../server/src/service/languageService';
import { diagnosticJson, diagnosticLine, diagnosticsOfFile, hasErrors } from '../../../server/src/cli/scanDiagnostics';
import { toSarif } from '../../../server/src/cli/sarif';
import { parseSettings } from '../../../server/src/service/settings';
import { index, lines } from './helpers';

const service = getLanguageService({ dataset: index.dataset });
const app = lines(
  "const express = require('express');",
  "app.get('/', (req, res) => {",
  "  // é maintenance 🚧",
  "  const x = '🚧'; res.sendStatus(500);",
  '});');

describe('CLI scan output: diagnostics rows, text lines, SARIF, exit status', () => {
  it('rows carry 1-based line and UTF-16 column, rule, severity and message', () => {
    const rows = diagnosticsOfFile(service, 'src/app.js', app, 'javascript');
    assert.deepStrictEqual(rows.map(diagnosticJson), [{
      file: 'src/app.js', line: 4, column: 34, rule: 'prefer-503-for-unavailable', severity: 'hint',
      message: rows[0].message,
    }]);
    assert.strictEqual(app.split('\n')[3].slice(33, 36), '500');
    assert.match(diagnosticLine(rows[0]), /^src\/app\.js:4:34 hint prefer-503-for-unavailable Use 503 Service Unavailable with Retry-After: /);
  });

  it('exit status: only error-severity findings fail the build, and settings can raise a rule to error', () => {
    assert.strictEqual(hasErrors(diagnosticsOfFile(service, 'src/app.js', app, 'javascript')), false);
    const strict = parseSettings({ rules: { 'prefer-503-for-unavailable': 'error' } }).settings;
    assert.strictEqual(hasErrors(diagnosticsOfFile(service, 'src/app.js', app, 'javascript', strict)), true);
    const go = lines('package main', 'func h(w http.ResponseWriter, r *http.Request) {', '\tw.WriteHeader(200)', '\tw.Header().Set("X", "1")', '}');
    assert.strictEqual(hasErrors(diagnosticsOfFile(service, 'main.go', go, 'go')), true);
  });

  it('SARIF 2.1.0: rules with descriptions, results with levels and regions', () => {
    const rows = diagnosticsOfFile(service, 'src/my app.js', app, 'javascript');
    const sarif = toSarif(rows, { toolVersion: '0.1.0' }) as any;
    assert.strictEqual(sarif.version, '2.1.0');
    const run = sarif.runs[0];
    assert.strictEqual(run.tool.driver.name, 'http-status-lens');
    assert.ok(run.tool.driver.rules.length >= 11);
    const rule = run.tool.driver.rules[run.results[0].ruleIndex];
    assert.strictEqual(rule.id, 'prefer-503-for-unavailable');
    assert.match(rule.fullDescription.text, /RFC 9110/);
    assert.deepStrictEqual(run.results[0].locations[0].physicalLocation, {
      artifactLocation: { uri: 'src/my%20app.js' },
      region: { startLine: 4, startColumn: 34, endLine: 4, endColumn: 37 },
    });
    assert.strictEqual(run.results[0].level, 'note');
  });
});
