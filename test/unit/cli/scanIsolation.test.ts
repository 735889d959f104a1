// One bad file never stops a scan (issue 16): a file that cannot be read, cannot be analysed, kills its
// worker or never finishes is reported — in text, JSON and SARIF — and every other file is still scanned.
import * as assert from 'assert';
import { execFile, execFileSync, spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { loadDataset } from '../../../server/src/loadDataset';
import { getLanguageService, LanguageService } from '../../../server/src/service/languageService';
import { scanFile } from '../../../server/src/cli/scanFiles';
import { scanFilesInParallel, ScanResult, scanTree } from '../../../server/src/cli/scanWorkers';
import { FileOutcome } from '../../../server/src/cli/scanFiles';
import { privateCli } from '../../support/privateCli';
import { logRegressions } from '../logs/logRegressions';

const dataset = loadDataset(path.join(__dirname, '..', '..', '..', 'data', 'status-codes.json'));

interface Run { code: number; stdout: string; stderr: string }

function runCli(cli: string, args: string[], cwd: string): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [cli, ...args], { cwd, timeout: 120_000, maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

/** The line of issue 16, with a JavaScript file beside it. */
const elbLine = logRegressions[0].line;

/** A good file whose one status code is known: `res.status(4xx)` with its number. */
function goodFile(i: number): { name: string; text: string; code: number } {
  const code = [200, 201, 204, 301, 400, 401, 403, 404, 409, 429, 500, 502, 503][i % 13];
  const kinds: [string, (c: number) => string][] = [
    ['js', (c) => `app.get('/r${i}', (req, res) => {\n  setTimeout(done, 500);\n  res.status(${c}).json({ port: 8080 });\n});\n`],
    ['py', (c) => `def view_${i}(request):\n    time.sleep(300)\n    abort(${c})\n`],
    ['go', (c) => `package h\nfunc h${i}(w http.ResponseWriter, r *http.Request) {\n\tw.WriteHeader(${c})\n}\n`],
  ];
  const [ext, make] = kinds[i % kinds.length];
  return { name: `good/d${i % 17}/file${String(i).padStart(4, '0')}.${ext}`, text: make(code), code };
}

/** 50 hostile entries of every kind a real tree holds. Returns what each must become. */
function hostileFiles(root: string): { name: string; expect: 'read' | 'skipped' | 'failed' | 'absent' }[] {
  const made: { name: string; expect: 'read' | 'skipped' | 'failed' | 'absent' }[] = [];
  const write = (name: string, content: string | Buffer, expect: 'read' | 'skipped' | 'failed' | 'absent') => {
    const file = path.join(root, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
    made.push({ name, expect });
  };
  for (let k = 0; k < 6; k++) write(`hostile/broken-elb-${k}.log`, `${elbLine}\n`.repeat(k + 1), 'read');
  write('hostile/broken-alb.log', `${logRegressions[1].line}\n`, 'read');
  for (let k = 0; k < 5; k++) write(`hostile/binary-${k}.js`, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, k, 0x34, 0x30, 0x34]), 'skipped');
  write('hostile/invalid-utf8.js', Buffer.concat([Buffer.from('res.status(404); '), Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xf0, 0x28, 0x8c, 0xbc]), Buffer.from('\nres.status(500)\n')]), 'read');
  write('hostile/utf16.js', Buffer.from('\ufeffres.status(404)\n', 'utf16le'), 'skipped'); // NUL bytes: binary to git and grep too
  write('hostile/bom.py', '\ufeffabort(403)\n', 'read');
  write('hostile/lone-cr.js', 'a\rres.status(404)\rb\r', 'read');
  write('hostile/lone-surrogates.ts', 'const s = "\ud800\udfff\udc00"; res.sendStatus(503);\n', 'read');
  write('hostile/deep-brackets.js', `${'('.repeat(50_000)}res.status(404)${')'.repeat(50_000)}`, 'read');
  write('hostile/deep-braces.json', `${'{"a":'.repeat(20_000)}404${'}'.repeat(20_000)}`, 'read');
  write('hostile/one-long-line.js', 'x=1;'.repeat(500_000), 'read');
  write('hostile/only-newlines.go', '\n'.repeat(200_000), 'read');
  write('hostile/empty.rb', '', 'read');
  write('hostile/unterminated-string.js', 'res.status(404); const s = "never closed\n'.repeat(100), 'read');
  write('hostile/unterminated-comment.java', 'class A { /* ' + 'x '.repeat(10000), 'read');
  write('hostile/yaml-tabs.yaml', 'responses:\n\t"404":\n\t\tdescription: x\n:::\n- - - [\n', 'read');
  write('hostile/har-broken.har', '{"log":{"entries":[{"response":{"status":404,', 'read');
  write('hostile/nginx-broken.conf', 'server { location / { return 404 "unterminated; }\n', 'read');
  write('hostile/huge.js', Buffer.alloc(11 * 1024 * 1024, 0x61), 'skipped'); // over the 10 MB limit the scan below sets
  write('hostile/README.md', '# hello\nres.status(404)\n', 'skipped'); // not a kind scan reads
  write('hostile/notes.txt', 'nothing here\n', 'skipped');
  write('hostile/name with spaces & ünïcödé.js', 'res.status(418)\n', 'read');
  write('hostile/-dash-first.js', 'res.status(410)\n', 'read');
  write('hostile/control-\u0007-char.js', 'res.status(451)\n', 'read');
  fs.mkdirSync(path.join(root, 'hostile/folder.js'), { recursive: true }); // a folder named like a file
  write('hostile/folder.js/inside.js', 'res.status(404)\n', 'read');
  for (let k = 0; k < 3; k++) {
    fs.symlinkSync(path.join(root, 'hostile/missing-target'), path.join(root, `hostile/dangling-${k}.js`));
    made.push({ name: `hostile/dangling-${k}.js`, expect: 'skipped' });
  }
  fs.symlinkSync(path.join(root, 'hostile'), path.join(root, 'hostile/loop'));
  made.push({ name: 'hostile/loop', expect: 'skipped' });
  fs.symlinkSync(path.join(root, 'good/d0'), path.join(root, 'hostile/folder-link'));
  made.push({ name: 'hostile/folder-link', expect: 'skipped' });
  for (let k = 0; k < 2; k++) {
    execFileSync('mkfifo', [path.join(root, `hostile/fifo-${k}.log`)]);
    made.push({ name: `hostile/fifo-${k}.log`, expect: 'skipped' });
  }
  write('hostile/.gitignore', 'ignored-*.js\n', 'skipped');
  for (let k = 0; k < 3; k++) write(`hostile/ignored-${k}.js`, 'res.status(500)\n', 'skipped');
  write('hostile/node_modules/dep/index.js', 'res.status(500)\n', 'absent');
  write('hostile/crlf.cs', 'return StatusCode(404);\r\n'.repeat(50), 'read');
  write('hostile/mixed-eol.php', "http_response_code(404);\r\n\n\rabort(500);\n", 'read');
  write(`hostile/${Array.from({ length: 40 }, (_, k) => `deep${k}`).join('/')}/file.js`, 'res.status(404)\n', 'read');
  write('hostile/zero-width.js', 'res.status(\u200b404\u200b)\nres.status(404)\n', 'read');
  write('hostile/nul-late.js', Buffer.concat([Buffer.from('res.status(404)\n'.repeat(1000)), Buffer.from([0])]), 'read'); // NUL after git's 8000-byte window
  return made;
}

describe('scan: one bad file never stops it (issue 16)', function () {
  this.timeout(180_000);
  let root: string;
  let cli: string;
  let good: ReturnType<typeof goodFile>[];
  let hostile: ReturnType<typeof hostileFiles>;

  before(async () => {
    cli = await privateCli();
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'hsl-isolation-'));
    good = Array.from({ length: 950 }, (_, i) => goodFile(i));
    for (const g of good) {
      fs.mkdirSync(path.dirname(path.join(root, g.name)), { recursive: true });
      fs.writeFileSync(path.join(root, g.name), g.text);
    }
    hostile = hostileFiles(root);
    assert.strictEqual(good.length + hostile.length, 1000 + 1, 'a folder of 1,000 files and 50 hostile ones (plus node_modules)');
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  /** Every good file reported with its code; every hostile one where it belongs; the counts add up. */
  function assertComplete(json: { detections: { file: string; code: number; line: number }[]; errors: unknown[]; skipped: { file: string; reason: string }[]; files: number }) {
    const byFile = new Map<string, number[]>();
    for (const d of json.detections) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d.code]);
    for (const g of good) assert.deepStrictEqual(byFile.get(g.name), [g.code], `${g.name}: ${JSON.stringify(byFile.get(g.name))}`);
    const skipped = new Set(json.skipped.map((s) => s.file.replace(/\/$/, '')));
    for (const h of hostile) {
      if (h.expect === 'skipped') assert.ok(skipped.has(h.name), `${h.name} is not reported as skipped`);
      if (h.expect === 'read') assert.ok(!skipped.has(h.name), `${h.name} was skipped`);
    }
    assert.ok(skipped.has('hostile/node_modules'), 'node_modules is reported as ignored');
    assert.strictEqual(json.files, good.length + hostile.filter((h) => h.expect === 'read').length);
    for (const s of json.skipped) assert.match(s.reason, /^(too-large|binary|ignored|unknown-kind|not-a-file)$/);
  }

  for (const jobs of ['1', '2']) {
    it(`scans a folder of 1,000 files with 50 hostile ones to the end (--jobs ${jobs}): every good file reported`, async () => {
      const r = await runCli(cli, ['scan', '.', '--format', 'json', '--jobs', jobs, '--max-file-size', '10'], root);
      assert.strictEqual(r.code, 0, `exit ${r.code}: ${r.stderr}`);
      const json = JSON.parse(r.stdout);
      assert.deepStrictEqual(json.errors, []);
      assertComplete(json);
    });
  }

  it('the folder of issue 16 (the broken ELB line and a JavaScript file): the JavaScript is reported, the log is read', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hsl-issue16-'));
    try {
      fs.writeFileSync(path.join(dir, 'elb.log'), `${elbLine}\n`);
      fs.writeFileSync(path.join(dir, 'app.js'), 'res.status(404).send("x")\n');
      const text = await runCli(cli, ['scan', '.'], dir);
      assert.strictEqual(text.code, 0, text.stderr);
      assert.match(text.stdout, /^app\.js:1:12 {2}404 Not Found$/m);
      assert.match(text.stdout, /^scanned 2 files: 1 status code, 0 problems$/m);
      const summary = await runCli(cli, ['summarize', 'elb.log'], dir);
      assert.doesNotMatch(summary.stderr, /Cannot read properties/);
      assert.match(summary.stdout, /1 line not understood/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('stops quietly when the reader of its output leaves (`scan | head`): no EPIPE stack trace, exit 0', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hsl-epipe-'));
    try {
      for (let i = 0; i < 2000; i++) fs.writeFileSync(path.join(dir, `f${i}.js`), 'res.status(404); res.status(502);\n');
      const { code, stderr, lines } = await new Promise<{ code: number | null; stderr: string; lines: string }>((resolve) => {
        const child = spawn(process.execPath, [cli, 'scan', '.', '--jobs', '1'], { cwd: dir });
        let stderr = '';
        let lines = '';
        child.stderr.on('data', (chunk) => { stderr += chunk; });
        // As `head -1` does: read the first chunk, then close the pipe while the scan still writes.
        child.stdout.once('data', (chunk) => { lines = String(chunk).split('\n')[0]; child.stdout.destroy(); });
        child.on('close', (exitCode) => resolve({ code: exitCode, stderr, lines }));
      });
      assert.match(lines, /^f\d+\.js:1:12 {2}404 Not Found$/);
      assert.strictEqual(stderr, '');
      assert.strictEqual(code, 0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a file that disappears while the scan runs is reported as failed, and the files after it are read', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hsl-vanish-'));
    try {
      for (let i = 0; i < 5; i++) fs.writeFileSync(path.join(dir, `f${i}.js`), `res.status(40${i})\n`);
      // The scan reads files in walk order on one thread: the first outcome deletes a later file.
      const outcomes: FileOutcome[] = [];
      await scanTree([dir], { dataset, jobs: 1 }, (o) => {
        outcomes.push(o);
        if (outcomes.length === 1) fs.rmSync(path.join(dir, 'f3.js'));
      });
      assert.deepStrictEqual(outcomes.map((o) => `${path.basename(o.file)} ${o.status}`), ['f0.js read', 'f1.js read', 'f2.js read', 'f3.js failed', 'f4.js read']);
      assert.match((outcomes[3] as { message: string }).message, /disappeared/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('an analysis that throws on one file is that file\'s failure; the next file is analysed as usual', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hsl-throw-'));
    try {
      fs.writeFileSync(path.join(dir, 'boom.js'), 'res.status(404)\n');
      fs.writeFileSync(path.join(dir, 'fine.js'), 'res.status(502)\n');
      const real = getLanguageService({ dataset });
      // A service with a bug that shows on one document only.
      const buggy: LanguageService = { ...real, analyze: (doc) => { if (doc.uri.includes('boom')) throw new TypeError("Cannot read properties of undefined (reading 'text')"); return real.analyze(doc); } };
      const boom = scanFile({ display: 'boom.js', absolute: path.join(dir, 'boom.js') }, { service: buggy });
      const fine = scanFile({ display: 'fine.js', absolute: path.join(dir, 'fine.js') }, { service: buggy });
      assert.deepStrictEqual(boom, { file: 'boom.js', status: 'failed', message: "analysis failed: Cannot read properties of undefined (reading 'text')" });
      assert.strictEqual(fine.status, 'read');
      assert.deepStrictEqual(fine.status === 'read' && fine.result.detections.map((d) => d.code), [502]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  describe('worker threads: a file that kills its worker or never finishes', () => {
    let dir: string;
    const normal = 260;
    before(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hsl-workers-'));
      for (let i = 0; i < normal; i++) fs.writeFileSync(path.join(dir, `f${String(i).padStart(3, '0')}.js`), `res.status(${400 + (i % 30)})\n`);
      // Dense with status codes: its analysis needs far more than a small worker heap, and takes seconds.
      const line = 'app.get("/x",(req,res)=>{res.status(503).set("X",1);res.status(404).json({a:[200,201,204]})});\n';
      fs.writeFileSync(path.join(dir, 'f100-heavy.js'), line.repeat(Math.ceil((9 * 1024 * 1024) / line.length)));
    });
    after(() => fs.rmSync(dir, { recursive: true, force: true }));

    function assertOthersRead(result: ScanResult, failedMessage: RegExp) {
      assert.deepStrictEqual(result.errors.map((e) => path.basename(e.file)), ['f100-heavy.js']);
      assert.match(result.errors[0].message, failedMessage);
      assert.strictEqual(result.files, normal, 'every other file is read');
      const files = [...new Set(result.detections.map((d) => path.basename(d.file)))];
      assert.strictEqual(files.length, normal);
      assert.deepStrictEqual(files, [...files].sort(), 'in walk order');
    }

    it('out of memory: the worker is replaced, the file is reported, the rest of its batch is scanned', async () => {
      const result = await scanFilesInParallel([dir], { dataset, jobs: 2, workerHeapMb: 48 });
      assertOthersRead(result, /analysis stopped/);
    });

    it('never finishing: the file is stopped at the time limit and reported, the rest is scanned', async () => {
      const result = await scanFilesInParallel([dir], { dataset, jobs: 2, fileTimeoutMs: 1000 });
      assertOthersRead(result, /did not finish within/);
    });
  });
});
