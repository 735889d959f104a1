// Every CLI command, run in-process as `http-status-lens` runs it, on generated arguments and inputs
// (issue 16): the exit code is one of the documented ones, machine output parses, and no failure is an
// unexplained crash (a JavaScript error message where a sentence should be).
import * as assert from 'assert';
import * as fc from 'fast-check';
import * as fs from 'fs';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import { runCli } from '../../../server/src/cli/main';
import { assertAsyncProperty, fuzzing } from '../../support/property';
import { mutatedLog } from '../logs/logArbitraries';
import { sourceText } from './sourceText';

interface Run { code: number; out: string; err: string }

async function cli(args: string[], cwd?: string): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const previous = process.cwd();
  if (cwd) process.chdir(cwd);
  try {
    const code = await runCli(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
    return { code, out: out.join(''), err: err.join('\n') };
  } finally {
    if (cwd) process.chdir(previous);
  }
}

/** What a crash looks like when it leaks to the user instead of a sentence. */
const leakedError = /TypeError|ReferenceError|RangeError|Cannot read propert|is not a function|undefined \(reading|Maximum call stack/;

function assertWellBehaved(run: Run, allowed: number[]): void {
  assert.ok(allowed.includes(run.code), `exit ${run.code}; stderr: ${run.err}`);
  assert.doesNotMatch(run.err, leakedError);
  assert.doesNotMatch(run.out, leakedError);
}

const word = fc.oneof(
  fc.constantFrom('404', '503', '500', '502', '499', '999', '000', '1000', '4xx', 'not-found', 'Not Found', 'gateway', 'teapot',
    '--json', '--format', 'json', 'text', 'sarif', '--top', '5', '--jobs', '1', '--verbose', '-', '--', '--bogus', '', ' ', '\u0000', '😀', '-h'),
  fc.string({ maxLength: 8 }),
);
const argv = fc.array(word, { maxLength: 5 });

describe('fuzz: every CLI command', function () {
  this.timeout(fuzzing ? 0 : 120_000);
  let tmp: string;
  before(() => { tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'hsl-cli-fuzz-')); });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('explain and compare: any arguments', async () => {
    await assertAsyncProperty({ name: 'cli: explain and compare', seed: 1901, runs: 100 }, [fc.constantFrom('explain', 'compare'), argv], async (command, args) => {
      const run = await cli([command, ...args]);
      assertWellBehaved(run, [0, 1, 2]);
    });
  });

  it('summarize: broken logs of every format, with any options', async () => {
    await assertAsyncProperty({ name: 'cli: summarize', seed: 1902, runs: 60 },
      [mutatedLog, fc.constantFrom<string[]>([], ['--json'], ['--top', '3'], ['--json', '--top', '1']), fc.option(fc.constantFrom('nginx', 'alb', 'elb', 'cloudfront', 'cloudflare', 'jsonLines', 'har', 'httpFile', 'curl'))],
      async ({ name, text }, options, format) => {
        const file = path.join(tmp, name);
        fs.writeFileSync(file, text);
        const args = ['summarize', file, ...options, ...(format ? ['--format', format] : [])];
        const run = await cli(args);
        assertWellBehaved(run, [0, 1, 2]);
        if (run.code === 0 && options.includes('--json')) {
          const summary = JSON.parse(run.out);
          assert.ok(summary.notUnderstood <= summary.lines, JSON.stringify(summary));
        }
      });
  });

  it('scan: folders of hostile files, in every format', async () => {
    let n = 0;
    await assertAsyncProperty({ name: 'cli: scan', seed: 1903, runs: 40 },
      [fc.array(fc.tuple(fc.constantFrom('js', 'py', 'go', 'java', 'rb', 'php', 'rs', 'cs', 'yaml', 'json', 'conf', 'log', 'har', 'http', 'txt', 'md', ''), sourceText), { maxLength: 6 }),
        fc.constantFrom('text', 'json', 'sarif')],
      async (files, format) => {
        const dir = path.join(tmp, `scan-${n++}`);
        fs.mkdirSync(dir);
        files.forEach(([ext, text], i) => fs.writeFileSync(path.join(dir, `f${i}${ext ? `.${ext}` : ''}`), text));
        const run = await cli(['scan', '.', '--format', format, '--jobs', '1'], dir);
        fs.rmSync(dir, { recursive: true, force: true });
        assertWellBehaved(run, [0, 1]);
        if (format !== 'text') {
          const json = JSON.parse(run.out);
          if (format === 'json') {
            assert.strictEqual(json.files + json.skipped.length + json.errors.length, files.length, 'every file is read, skipped or failed');
            assert.deepStrictEqual(json.errors, []);
          } else {
            assert.strictEqual(json.runs[0].invocations[0].executionSuccessful, true);
          }
        }
      });
  });

  describe('check-url against a server that answers anything', () => {
    let server: net.Server;
    let origin: string;
    let respond: (socket: net.Socket) => void = (s) => s.end();
    before(async () => {
      server = net.createServer((socket) => {
        socket.on('error', () => undefined);
        socket.once('data', () => respond(socket));
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      origin = `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`;
    });
    after(() => new Promise<void>((resolve) => server.close(() => resolve())));

    const statusLine = fc.oneof(
      fc.constantFrom(200, 204, 301, 302, 303, 307, 308, 404, 429, 500, 503, 999, 0, 1000).map((c) => `HTTP/1.1 ${c} Reason\r\n`),
      fc.constantFrom('HTTP/1.1 200\r\n', 'HTTP/1.0 302 Found\r\n', 'HTTP/2 200 OK\r\n', 'ICY 200 OK\r\n', 'garbage\r\n', '\r\n', ''),
    );
    const header = fc.oneof(
      fc.constantFrom('Location: /next', 'Location: http://127.0.0.1:1/x', 'Location: ', 'Location: ::::', 'Retry-After: 120', 'Retry-After: soon',
        'Content-Length: 5', 'Content-Length: -1', 'Content-Length: 99999999999', 'Transfer-Encoding: chunked', 'Set-Cookie: a=b', 'X: \u00e9'),
      fc.string({ maxLength: 20 }),
    );
    const response = fc.record({
      statusLine, headers: fc.array(header, { maxLength: 4 }), body: fc.string({ maxLength: 40 }), end: fc.constantFrom('close', 'reset', 'half'),
    });

    it('check-url: any response, never a crash', async () => {
      await assertAsyncProperty({ name: 'cli: check-url', seed: 1904, runs: 40 },
        [response, fc.subarray(['--json', '--no-follow', '--fail']), fc.constantFrom<string[]>([], ['--method', 'GET'], ['--method', 'POST', '--data', 'x'])],
        async (r, flags, method) => {
          respond = (socket) => {
            const text = `${r.statusLine}${r.headers.map((h) => `${h}\r\n`).join('')}\r\n${r.body}`;
            if (r.end === 'reset') socket.resetAndDestroy();
            else if (r.end === 'half') socket.write(text);
            else socket.end(text);
          };
          const args = [...flags, ...method];
          const run = await cli(['check-url', `${origin}/start`, '--timeout', '400', '--max-redirects', '2', ...args]);
          assertWellBehaved(run, [0, 1]);
          if (args.includes('--json')) {
            const json = JSON.parse(run.out);
            assert.ok(Array.isArray(json.hops));
          }
        });
    });
  });

  it('the checks catch a crash that leaks to the user', () => {
    assert.throws(() => assertWellBehaved({ code: 1, out: '', err: "http-status-lens scan: Cannot read properties of undefined (reading 'text')" }, [0, 1]));
    assert.throws(() => assertWellBehaved({ code: 3, out: '', err: '' }, [0, 1, 2]));
  });
});
