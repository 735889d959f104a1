// `http-status-lens scan` as CI uses it: diagnostics in text, JSON and SARIF, and the exit status.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { createScanCommand } from '../../../server/src/cli/scanCommand';
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
});
