import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Dataset } from '../../../server/src/service/dataset';
import { createScanCommand } from '../../../server/src/cli/scanCommand';
import { CliIO } from '../../../server/src/cli/io';
import { bigOpenApiJson } from '../../support/bigOpenApi';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { positionsOf } from '../../../server/src/cli/scanFiles';
import { seededRandom } from '../../../bench/corpus';

const dataset = JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', '..', '..', 'data', 'status-codes.json'), 'utf8')) as Dataset;
const scan = createScanCommand(() => dataset);

async function run(args: string[], cwd: string, command = scan): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { out: (t) => out.push(t), err: (t) => err.push(t) };
  const previous = process.cwd();
  process.chdir(cwd);
  try {
    let code: number;
    try {
      code = await command.run(args, io);
    } catch (e) {
      // runCli turns a UsageError into exit 2; mirror it here
      if ((e as Error).constructor.name === 'UsageError') { err.push((e as Error).message); code = 2; } else throw e;
    }
    // scan writes chunks that end in a line end; other text is one line per call.
    return { code, out: out.map((t) => (t.endsWith('\n') ? t : `${t}\n`)).join('').replace(/\n$/, ''), err: err.join('\n') };
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
    assert.deepStrictEqual(Object.keys(json), ['detections', 'diagnostics', 'errors', 'skipped', 'files']);
    assert.ok(Array.isArray(json.diagnostics));
    const detections = json.detections.map((d: Record<string, unknown>) => `${d.file}:${d.line}:${d.column} ${d.code} ${d.form} ${d.name}`);
    assert.deepStrictEqual(detections, [
      'src/app.js:3:14 404 literal Not Found',
      'src/emoji.ts:1:32 503 literal Service Unavailable',
      'src/handler.go:3:16 502 constant Bad Gateway',
      'src/nested/views.py:1:7 401 literal Unauthorized',
    ]);
    // app.js, emoji.ts, handler.go, nested/views.py; not the png, README.md, .gitignore, ignored or node_modules files
    assert.strictEqual(json.files, 4);
    assert.deepStrictEqual(json.errors, []);
    assert.deepStrictEqual(json.skipped, [
      { file: 'src/README.md', reason: 'unknown-kind' },
      { file: 'src/logo.png', reason: 'binary' },
      { file: 'src/nested/.gitignore', reason: 'unknown-kind' },
      { file: 'src/nested/secret.py', reason: 'ignored' },
      { file: 'src/x.generated.js', reason: 'ignored' },
    ]);
    assert.deepStrictEqual(Object.keys(json.detections[0]), ['file', 'line', 'column', 'code', 'form', 'name']);
  });

  it('names files as path.join(the folder as given, the path inside) however the folder is written', async () => {
    const files = async (given: string) => {
      const json = JSON.parse((await run([given, '--format', 'json', '--jobs', '1'], root)).out);
      return [...json.detections.map((d: { file: string }) => d.file), ...json.skipped.map((s: { file: string }) => s.file)];
    };
    const inside = ['app.js', 'emoji.ts', 'handler.go', 'nested/views.py', 'README.md', 'logo.png', 'nested/.gitignore', 'nested/secret.py', 'x.generated.js'];
    for (const given of ['src', 'src/', './src', 'src//', './src/./', path.join(root, 'src'), `${path.join(root, 'src')}/`]) {
      assert.deepStrictEqual(await files(given), inside.map((f) => path.join(given, f)), given);
    }
    const fromRoot = await files('./');
    assert.ok(fromRoot.includes(path.join('src', 'nested', 'views.py')) && fromRoot.includes('dist/') && fromRoot.every((f) => !f.startsWith('.') || f.startsWith('.gitignore')), fromRoot.join());
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

  it('ends text output with a summary: files read, and files skipped with their reasons', async () => {
    const { code, out } = await run(['.'], root);
    assert.strictEqual(code, 0);
    const summary = out.slice(out.indexOf('\nscanned ') + 1);
    assert.strictEqual(summary, [
      'scanned 4 files: 4 status codes, 2 problems',
      'skipped 8 files: 3 unknown kind, 4 ignored, 1 binary',
      '  .gitignore  (unknown kind)',
      '  dist/  (ignored)',
      '  node_modules/  (ignored)',
      '  src/README.md  (unknown kind)',
      '  src/logo.png  (binary)',
      '  src/nested/.gitignore  (unknown kind)',
      '  src/nested/secret.py  (ignored)',
      '  src/x.generated.js  (ignored)',
    ].join('\n'));
  });
});

describe('cli: scan reports files that fail, in every format', () => {
  let root: string;
  // A stand-in for the tree walk: one file read, one failed, one skipped, as a real scan reports them.
  const failing = createScanCommand(() => dataset, async (_paths, _options, onOutcome) => {
    onOutcome({ file: 'src/ok.js', status: 'read', result: {
      detections: [{ file: 'src/ok.js', line: 1, column: 12, code: 404, form: 'literal', name: 'Not Found' }],
      diagnostics: [],
    } });
    onOutcome({ file: 'src/broken.log', status: 'failed', message: "analysis failed: Cannot read properties of undefined (reading 'text')" });
    onOutcome({ file: 'src/big.json', status: 'skipped', reason: 'too-large', explicit: true });
  });
  before(() => { root = tree({ 'src/ok.js': 'res.status(404)\n' }); });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  it('text: the good file is reported, the failed file is named with its reason, the exit code is 1', async () => {
    const { code, out, err } = await run(['src'], root, failing);
    assert.strictEqual(code, 1);
    assert.match(out, /^src\/ok\.js:1:12 {2}404 Not Found$/m);
    assert.match(out, /^scanned 1 file: 1 status code, 0 problems; 1 file failed$/m);
    assert.match(out, /^failed: src\/broken\.log: analysis failed: Cannot read properties of undefined \(reading 'text'\)$/m);
    assert.match(err, /src\/big\.json: skipped, too large/, 'a file named on the command line and skipped is a warning');
  });

  it('JSON: "errors" lists the file and its message; the detections of the good file are there', async () => {
    const { code, out, err } = await run(['src', '--format', 'json'], root, failing);
    assert.strictEqual(code, 1);
    const json = JSON.parse(out);
    assert.deepStrictEqual(json.errors, [{ file: 'src/broken.log', message: "analysis failed: Cannot read properties of undefined (reading 'text')" }]);
    assert.deepStrictEqual(json.skipped, [{ file: 'src/big.json', reason: 'too-large' }]);
    assert.strictEqual(json.detections.length, 1);
    assert.strictEqual(json.files, 1);
    assert.match(err, /src\/broken\.log: analysis failed/);
  });

  it('SARIF: the failed file is an error notification of an unsuccessful invocation, the skipped one a note', async () => {
    const { code, out } = await run(['src', '--format', 'sarif'], root, failing);
    assert.strictEqual(code, 1);
    const invocation = JSON.parse(out).runs[0].invocations[0];
    assert.strictEqual(invocation.executionSuccessful, false);
    assert.deepStrictEqual(invocation.toolExecutionNotifications.map((n: any) => [n.level, n.message.text, n.locations[0].physicalLocation.artifactLocation.uri]), [
      ['error', "src/broken.log: analysis failed: Cannot read properties of undefined (reading 'text')", 'src/broken.log'],
      ['note', 'src/big.json: skipped, too large', 'src/big.json'],
    ]);
  });
});

describe('cli: scan reads what people point it at (issue 22)', () => {
  let root: string;
  before(() => {
    root = tree({
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.gitignore': 'build/\n',
      'api/big.json': `{"openapi": "3.0.3", "paths": {"/a": {"get": {"responses": {"404": {"description": "${'x'.repeat(1_600_000)}"}}}}}}\n`,
      'api/small.json': '{"openapi": "3.0.3", "paths": {"/a": {"get": {"responses": {"409": {"description": "conflict"}}}}}}\n',
      'img/logo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x34, 0x30, 0x34]),
      'build/app.js': 'res.status(500)\n',
      'notes.txt': 'HTTP 404\n',
    });
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  it('reports an oversized, a binary, an ignored and an unknown-kind file under "skipped", each with its reason', async () => {
    const { code, out } = await run(['.', '--format', 'json', '--max-file-size', '1'], root);
    assert.strictEqual(code, 0);
    const json = JSON.parse(out);
    assert.deepStrictEqual(json.skipped, [
      { file: '.gitignore', reason: 'unknown-kind' },
      { file: 'api/big.json', reason: 'too-large' },
      { file: 'build/', reason: 'ignored' },
      { file: 'img/logo.png', reason: 'binary' },
      { file: 'notes.txt', reason: 'unknown-kind' },
    ]);
    assert.deepStrictEqual(json.detections.map((d: { file: string; code: number }) => `${d.file} ${d.code}`), ['api/small.json 409']);
  });

  it('decides a file its name places in no language from its head, and reads one that is a log to its last line', async () => {
    // A log line well past the part read to sniff it: the whole file is read once it is known to be a log.
    const line = (code: number) => `127.0.0.1 - - [10/Oct/2024:13:55:36 +0000] "GET /a HTTP/1.1" ${code} 2326 "-" "curl/8.5.0"\n`;
    const dir = tree({
      'logs/access': line(200).repeat(4000) + line(503),
      'dist/app.js.map': `{"version":3,"sources":["app.js"],"mappings":"${'AAAA,'.repeat(400_000)}"}`,
      // A stylesheet is not read at all, whatever it holds: its name says it is no log.
      'dist/site.css': line(500),
    });
    try {
      const json = JSON.parse((await run(['.', '--format', 'json', '--jobs', '1'], dir)).out);
      assert.ok(fs.statSync(path.join(dir, 'logs', 'access')).size > 3 * 64 * 1024, 'the log is longer than the head read to sniff it');
      assert.deepStrictEqual(json.skipped, [{ file: 'dist/app.js.map', reason: 'unknown-kind' }, { file: 'dist/site.css', reason: 'unknown-kind' }]);
      const codes = json.detections.map((d: { code: number }) => d.code);
      assert.strictEqual(codes.length, 4001);
      assert.strictEqual(codes[4000], 503);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads a 1.6 MB file by default (the CLI limit is 100 MB, not the editor\'s)', async () => {
    const json = JSON.parse((await run(['api', '--format', 'json'], root)).out);
    assert.deepStrictEqual(json.skipped, []);
    assert.deepStrictEqual(json.detections.map((d: { file: string; code: number }) => `${d.file} ${d.code}`), ['api/big.json 404', 'api/small.json 409']);
  });

  it('warns on stderr when a file named on the command line is over --max-file-size, and says so in the summary', async () => {
    const { code, out, err } = await run([path.join('api', 'big.json'), '--max-file-size=0.5'], root);
    assert.strictEqual(code, 0);
    assert.match(err, /big\.json: skipped, too large/);
    assert.match(out, /skipped 1 file: 1 too large/);
  });

  it('exits 2 when --max-file-size is not a positive number of megabytes', async () => {
    for (const bad of [['--max-file-size'], ['--max-file-size', '0'], ['--max-file-size', '-3'], ['--max-file-size=ten'], ['--max-file-size', '']]) {
      const r = await run(['.', ...bad], root);
      assert.strictEqual(r.code, 2, bad.join(' '));
      assert.match(r.err, /--max-file-size needs a (size in megabytes|value \(MB\))/);
      assert.strictEqual(r.out, '', 'nothing is written on a usage error');
    }
  });

  it('finds every response key of a generated 25 MB OpenAPI document, and no other number in it', async function () {
    this.timeout(120_000);
    const spec = bigOpenApiJson(25 * 1024 * 1024);
    const dir = tree({ 'openapi.json': spec.text });
    try {
      const { code, out } = await run(['openapi.json', '--format', 'json', '--jobs', '1'], dir);
      assert.strictEqual(code, 0);
      const json = JSON.parse(out);
      assert.strictEqual(json.files, 1);
      assert.deepStrictEqual(json.skipped, []);
      const found = json.detections.map((d: { line: number; code: number }) => `${d.line}:${d.code}`);
      const expected = spec.responseKeys.map((k) => `${k.line}:${k.code}`);
      assert.ok(expected.length > 80_000, `the generated spec has ${expected.length} response keys`);
      assert.strictEqual(found.length, expected.length);
      assert.deepStrictEqual(found, expected);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('cli: scan of a folder an outer .gitignore leaves out', () => {
  it('reads it when named (a build folder, a cache, a workspace inside an ignored folder); the outer rules still hold inside', async () => {
    const root = tree({
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.gitignore': 'out/\n*.log\n',
      'out/site/app.js': 'res.status(404)\n',
      'out/site/debug.log': '127.0.0.1 - - [05/Dec/2026:08:00:00 +0000] "GET / HTTP/1.1" 500 12\n',
      'src/app.js': 'res.status(410)\n',
    });
    try {
      const named = JSON.parse((await run([path.join('out', 'site'), '--format', 'json'], root)).out);
      assert.deepStrictEqual(named.detections.map((d: { file: string; code: number }) => `${d.file} ${d.code}`), [`${path.join('out', 'site', 'app.js')} 404`]);
      assert.deepStrictEqual(named.skipped, [{ file: path.join('out', 'site', 'debug.log'), reason: 'ignored' }]);
      const whole = JSON.parse((await run(['.', '--format', 'json'], root)).out);
      assert.deepStrictEqual(whole.detections.map((d: { file: string }) => d.file), [path.join('src', 'app.js')], 'walking the repository, out/ stays ignored');
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('cli: scan places each detection as the editor does', () => {
  it('positionsOf gives TextDocument.positionAt for every offset outside a \\r\\n, on 2,000 random texts of \\n, \\r\\n, lone \\r and text', () => {
    const random = seededRandom(11);
    const pieces = ['a', 'bc', '404', ' ', '\n', '\r\n', '\r', '\n\n', '\r\r\n', 'é', '😀'];
    let compared = 0;
    for (let round = 0; round < 2000; round++) {
      let text = '';
      const length = Math.floor(random() * 40);
      for (let k = 0; k < length; k++) text += pieces[Math.floor(random() * pieces.length)];
      const document = TextDocument.create('file:///t.js', 'javascript', 1, text);
      const offsets: number[] = [];
      for (let at = 0; at <= text.length; at++) if (!(text[at] === '\n' && text[at - 1] === '\r') && random() < 0.5) offsets.push(at);
      const got = positionsOf(text, offsets);
      assert.deepStrictEqual(got, offsets.map((at) => document.positionAt(at)), JSON.stringify(text));
      compared += offsets.length;
    }
    assert.ok(compared > 10000);
  });
});
