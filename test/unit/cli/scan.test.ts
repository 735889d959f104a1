import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Dataset } from '../../../server/src/service/dataset';
import { createScanCommand } from '../../../server/src/cli/scanCommand';
import { CliIO } from '../../../server/src/cli/io';

const dataset = JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', '..', '..', 'data', 'status-codes.json'), 'utf8')) as Dataset;
const scan = createScanCommand(() => dataset);

async function run(args: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { out: (t) => out.push(t), err: (t) => err.push(t) };
  const previous = process.cwd();
  process.chdir(cwd);
  try {
    let code: number;
    try {
      code = await scan.run(args, io);
    } catch (e) {
      // runCli turns a UsageError into exit 2; mirror it here
      if ((e as Error).constructor.name === 'UsageError') { err.push((e as Error).message); code = 2; } else throw e;
    }
    return { code, out: out.join('\n'), err: err.join('\n') };
  } finally {
    process.chdir(previous);
  }
}

function tree(files: Record<string, string | Buffer>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'hsl-scan-'));
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(root, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
  return root;
}

describe('cli: scan', () => {
  let root: string;
  before(() => {
    root = tree({
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.gitignore': 'dist/\n*.generated.js\n',
      'src/app.js': 'app.get("/", (req, res) => {\n  setTimeout(f, 500);\n  res.status(404).send("x");\n});\n',
      'src/handler.go': 'package h\nfunc h(w http.ResponseWriter) {\n\tw.WriteHeader(http.StatusBadGateway)\n}\n',
      'src/emoji.ts': 'const s = "😀"; res.sendStatus(503);\n',
      'src/nested/.gitignore': 'secret.py\n',
      'src/nested/secret.py': 'abort(403)\n',
      'src/nested/views.py': 'abort(401)\n',
      'dist/bundle.js': 'res.status(500)\n',
      'src/x.generated.js': 'res.status(500)\n',
      'node_modules/lib/index.js': 'res.status(500)\n',
      'src/logo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x34, 0x30, 0x34]),
      'src/README.md': 'Call res.status(404) to say not found.\n',
    });
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  it('prints JSON in the documented shape, with paths as given joined with the path inside', async () => {
    const { code, out } = await run(['src', '--format', 'json'], root);
    assert.strictEqual(code, 0);
    const json = JSON.parse(out);
    assert.deepStrictEqual(Object.keys(json), ['files', 'detections', 'diagnostics']);
    assert.ok(Array.isArray(json.diagnostics));
    const detections = json.detections.map((d: Record<string, unknown>) => `${d.file}:${d.line}:${d.column} ${d.code} ${d.form} ${d.name}`);
    assert.deepStrictEqual(detections, [
      'src/app.js:3:14 404 literal Not Found',
      'src/emoji.ts:1:32 503 literal Service Unavailable',
      'src/handler.go:3:16 502 constant Bad Gateway',
      'src/nested/views.py:1:7 401 literal Unauthorized',
    ]);
    // app.js, emoji.ts, handler.go, README.md, nested/views.py (+ .gitignore); not the png, ignored or node_modules files
    assert.strictEqual(json.files, 6);
    assert.deepStrictEqual(Object.keys(json.detections[0]), ['file', 'line', 'column', 'code', 'form', 'name']);
  });

  it('prints text lines file:line:col  code name by default, for files given directly too', async () => {
    const { code, out } = await run([path.join('src', 'app.js'), 'dist/bundle.js'], root);
    assert.strictEqual(code, 0);
    assert.strictEqual(out.split('\n').filter((l) => /^\S+:\d+:\d+  \d{3}/.test(l)).join('\n'),
      `${path.join('src', 'app.js')}:3:14  404 Not Found\ndist/bundle.js:1:12  500 Internal Server Error`);
  });

  it('scans the current folder by default and honours .gitignore there', async () => {
    const { out } = await run(['--format=json'], root);
    const files = new Set(JSON.parse(out).detections.map((d: { file: string }) => d.file));
    assert.ok(files.has(path.join('src', 'app.js')));
    assert.ok(![...files].some((f) => /dist|generated|node_modules|secret/.test(String(f))), [...files].join());
  });

  it('exits 2 on usage errors', async () => {
    assert.strictEqual((await run(['--format', 'xml'], root)).code, 2);
    assert.strictEqual((await run(['--bogus'], root)).code, 2);
    assert.strictEqual((await run(['no-such-dir'], root)).code, 2);
  });

  it('prints SARIF 2.1.0', async () => {
    const { out } = await run(['src', '--format', 'sarif'], root);
    const sarif = JSON.parse(out);
    assert.strictEqual(sarif.version, '2.1.0');
    assert.ok(Array.isArray(sarif.runs[0].results));
  });
});
