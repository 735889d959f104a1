// `http-status-lens map` (issue 17): per code its name, count and sites, for a tree walked as `scan` walks it.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Dataset } from '../../../server/src/service/dataset';
import { createMapCommand } from '../../../server/src/cli/mapCommand';
import { runCli } from '../../../server/src/cli/main';
import { CliIO } from '../../../server/src/cli/io';

const dataset = JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', '..', '..', 'data', 'status-codes.json'), 'utf8')) as Dataset;
const map = createMapCommand(() => dataset);

async function run(args: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { out: (t) => out.push(t), err: (t) => err.push(t) };
  const previous = process.cwd();
  process.chdir(cwd);
  try {
    const code = await map.run(args, io);
    return { code, out: out.join('\n'), err: err.join('\n') };
  } finally {
    process.chdir(previous);
  }
}

describe('cli: map', () => {
  let root: string;
  before(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'hsl-map-'));
    const files: Record<string, string> = {
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.gitignore': 'dist/\n',
      'src/app.js': 'app.get("/", (req, res) => {\n  if (!ok) return res.sendStatus(499);\n  res.status(404).send("x");\n});\n',
      'src/handler.go': 'package h\nfunc h(w http.ResponseWriter) {\n\tw.WriteHeader(http.StatusNotFound)\n}\n',
      'src/emoji.ts': 'const s = "😀"; res.sendStatus(503);\n',
      'dist/bundle.js': 'res.status(500)\n',
      'node_modules/lib/index.js': 'res.status(500)\n',
    };
    for (const [name, content] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
      fs.writeFileSync(path.join(root, name), content);
    }
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  it('prints one block per class, a line per code with its count, a line per site as written', async () => {
    const { code, out } = await run(['src'], root);
    assert.strictEqual(code, 0);
    assert.strictEqual(out, [
      '4xx Client Error',
      '  404 Not Found  ×2',
      '    src/app.js:3:14  404',
      '    src/handler.go:3:16  http.StatusNotFound',
      '  499 Client Closed Request (NGINX) · vendor code  ×1',
      '    src/app.js:2:34  499',
      '',
      '5xx Server Error',
      '  503 Service Unavailable  ×1',
      '    src/emoji.ts:1:32  503',
      '',
      '3 status codes, 4 sites in 3 files (3 files read)',
    ].join('\n'));
  });

  it('writes JSON with name, class, vendor, count and sites; ignored and dependency folders stay out', async () => {
    const { code, out } = await run(['--json'], root);
    assert.strictEqual(code, 0);
    const json = JSON.parse(out);
    assert.deepStrictEqual(Object.keys(json), ['codes', 'files', 'errors', 'skipped']);
    assert.deepStrictEqual(json.codes.map((c: any) => [c.code, c.name, c.class, c.vendor, c.count]), [
      [404, 'Not Found', 'Client Error', undefined, 2],
      [499, 'Client Closed Request (NGINX)', 'Client Error', 'NGINX', 1],
      [503, 'Service Unavailable', 'Server Error', undefined, 1],
    ]);
    assert.deepStrictEqual(json.codes[0].sites[1], { file: 'src/handler.go', line: 3, column: 16, form: 'constant', text: 'http.StatusNotFound' });
    assert.strictEqual(json.files, 3);
  });

  it('says so for a tree without status codes', async () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'hsl-map-empty-'));
    fs.writeFileSync(path.join(empty, 'a.js'), 'console.log(1);\n');
    try {
      const { code, out } = await run([], empty);
      assert.strictEqual(code, 0);
      assert.strictEqual(out, '0 status codes, 0 sites in 0 files (1 file read)');
    } finally {
      fs.rmSync(empty, { recursive: true, force: true });
    }
  });

  it('exits 2 with the help on a usage error, and lists map in the usage', async () => {
    const lines: string[] = [];
    const io: CliIO = { out: (t) => lines.push(t), err: (t) => lines.push(t) };
    assert.strictEqual(await runCli(['map', '--format', 'json'], io), 2);
    assert.match(lines.join('\n'), /unknown option '--format'[\s\S]*Usage: http-status-lens map/);
    assert.strictEqual(await runCli(['map', path.join(root, 'missing')], io), 2);
    assert.match(lines.join('\n'), /no such file or folder/);
    lines.length = 0;
    assert.strictEqual(await runCli(['--help'], io), 0);
    assert.match(lines.join('\n'), /\n  map +Map the status codes/);
  });
});
