// `http-status-lens scan` as CI uses it: diagnostics in text, JSON and SARIF, and the exit status.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { createScanCommand } from '../../../server/src/cli/scanCommand';
import { UsageError } from '../../../server/src/cli/io';
import { index, lines } from './helpers';

const scan = createScanCommand(() => index.dataset);

async function run(args: string[], files: Record<string, string>): Promise<{ code: number; out: string }> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'hsl-scan-diag-'));
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), content);
  }
  const out: string[] = [];
  const previous = process.cwd();
  process.chdir(root);
  try {
    const code = await scan.run(args, { out: (t) => out.push(t), err: (t) => out.push(t) });
    return { code, out: out.join('\n') };
  } finally {
    process.chdir(previous);
    fs.rmSync(root, { recursive: true, force: true });
  }
}

const maintenance = lines(
  "const express = require('express');",
  "app.get('/', (req, res) => {",
  '  if (maintenanceMode) {',
  "    return res.status(500).send('Down for maintenance');",
  '  }',
  '});',
  '');
const goBug = lines(
  'package main',
  'import "net/http"',
  'func h(w http.ResponseWriter, r *http.Request) {',
  '\tw.WriteHeader(http.StatusOK)',
  '\tw.Header().Set("Content-Type", "text/plain")',
  '}',
  '');

describe('CLI scan: diagnostics for CI', () => {
  it('text: file:line:col severity rule message; exit 0 without error-severity findings', async () => {
    const { code, out } = await run(['src'], { 'src/app.js': maintenance });
    assert.strictEqual(code, 0);
    assert.match(out, /^src\/app\.js:4:23 hint prefer-503-for-unavailable Use 503 Service Unavailable with Retry-After: .*RFC 9110 §15\.6\.4/m);
  });

  it('exit 1 when an error-severity finding exists (Go header after WriteHeader)', async () => {
    const { code, out } = await run(['.'], { 'main.go': goBug, 'src/app.js': maintenance });
    assert.strictEqual(code, 1);
    assert.match(out, /^main\.go:5:2 error go-header-after-write /m);
  });

  it('JSON: diagnostics with file, line, column, rule, severity, message', async () => {
    const { out } = await run(['--format', 'json', 'main.go'], { 'main.go': goBug });
    const json = JSON.parse(out);
    assert.deepStrictEqual(json.diagnostics.map((d: Record<string, unknown>) => ({ ...d, message: typeof d.message })), [
      { file: 'main.go', line: 5, column: 2, rule: 'go-header-after-write', severity: 'error', message: 'string' },
    ]);
  });

  it('SARIF: one result per finding with the rule id and region', async () => {
    const { out, code } = await run(['--format', 'sarif'], { 'main.go': goBug });
    assert.strictEqual(code, 1);
    const result = JSON.parse(out).runs[0].results[0];
    assert.strictEqual(result.ruleId, 'go-header-after-write');
    assert.strictEqual(result.level, 'error');
    assert.deepStrictEqual(result.locations[0].physicalLocation.region, { startLine: 5, startColumn: 2, endLine: 5, endColumn: 16 });
  });

  describe('--fail-on chooses the least severe finding that fails the build', () => {
    // One finding of each severity below error: hint (500 in maintenance), information (503 without
    // Retry-After), warning (405 without Allow).
    const retryAfter = lines("app.get('/busy', (req, res) => res.sendStatus(503));", '');
    const allow = lines("app.all('/reports', (req, res) => { res.status(405).end(); });", '');

    it('default and error: hints, informations and warnings pass', async () => {
      const files = { 'a.js': maintenance, 'b.js': retryAfter, 'c.js': allow };
      assert.strictEqual((await run(['.'], files)).code, 0);
      const { code, out } = await run(['--fail-on', 'error', '.'], files);
      assert.strictEqual(code, 0);
      assert.match(out, /^c\.js:1:\d+ warning required-header-missing /m);
    });

    it('warning fails on a warning, not on an information or a hint', async () => {
      assert.strictEqual((await run(['--fail-on', 'warning', '.'], { 'a.js': maintenance, 'b.js': retryAfter })).code, 0);
      assert.strictEqual((await run(['--fail-on=warning', '.'], { 'c.js': allow })).code, 1);
    });

    it('information fails on an information; hint fails on a hint', async () => {
      assert.strictEqual((await run(['--fail-on', 'information', '.'], { 'a.js': maintenance })).code, 0);
      assert.strictEqual((await run(['--fail-on', 'information', '.'], { 'b.js': retryAfter })).code, 1);
      assert.strictEqual((await run(['--fail-on', 'hint', '.'], { 'a.js': maintenance })).code, 1);
    });

    it('an error still fails at every level; a clean tree passes at hint', async () => {
      for (const level of ['error', 'warning', 'information', 'hint']) {
        assert.strictEqual((await run(['--fail-on', level, '.'], { 'main.go': goBug })).code, 1, level);
      }
      assert.strictEqual((await run(['--fail-on', 'hint', '.'], { 'ok.js': "res.status(200).json({});\n" })).code, 0);
    });

    it('a missing or unknown severity is a usage error naming the choices', async () => {
      await assert.rejects(run(['--fail-on', 'warn', '.'], {}), (e: Error) => e instanceof UsageError && /error, warning, information, hint; got 'warn'/.test(e.message));
      await assert.rejects(run(['--fail-on'], {}), (e: Error) => e instanceof UsageError && /--fail-on needs one of: error, warning, information, hint$/.test(e.message));
    });
  });
});
