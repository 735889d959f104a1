import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { sniffLogFormat } from '../../../server/src/service/logs/sniffLogFormat';
import { findStatusCodes } from '../../../server/src/service/detection/findStatusCodes';
import { getLanguageService } from '../../../server/src/service/languageService';
import { Dataset } from '../../../server/src/service/dataset';
import { fixture } from './marks';

const dataset = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', '..', 'data', 'status-codes.json'), 'utf8')) as Dataset;

describe('logs: sniffing the format', () => {
  const expected: Record<string, string> = {
    'nginx-access.log': 'nginx', 'alb.log': 'alb', 'classic-elb.log': 'elb', 'cloudfront.log': 'cloudfront',
    'cloudflare.log': 'cloudflare', 'app.jsonl': 'jsonLines', 'sample.har': 'har', 'api.http': 'httpFile',
    'curl-verbose.txt': 'curl',
  };
  for (const [name, format] of Object.entries(expected)) {
    it(`${name} is ${format} by its content${name.endsWith('.http') ? ' and extension' : ''}`, () => {
      assert.strictEqual(sniffLogFormat(fixture(name), name.endsWith('.http') ? name : undefined), format);
    });
  }

  it('a HAR is found by content alone, and .har/.http/.rest by extension', () => {
    assert.strictEqual(sniffLogFormat(fixture('sample.har')), 'har');
    assert.strictEqual(sniffLogFormat('', 'x.har'), 'har');
    assert.strictEqual(sniffLogFormat('', '/a/b/x.REST'), 'httpFile');
  });

  it('finds no format in prose, code, config or ordinary JSON', () => {
    for (const text of [
      'We saw 502 and 504 errors yesterday; HTTP/1.1 was used.\nThe fix returns 200.\n',
      'app.get("/", (req, res) => res.status(404).send("HTTP/1.1 500"));\n',
      'server {\n  listen 80;\n  return 301 https://$host$request_uri;\n}\n',
      '{"name": "x", "version": "1.0.0", "scripts": {"test": "mocha"}}\n',
      '',
      '\u0000\u0001binary\u00ff'.repeat(100),
    ]) assert.strictEqual(sniffLogFormat(text), undefined, text);
  });
});

describe('logs: documents reach the log detector', () => {
  it('by languageId log, plaintext (sniffed), by extension, and a HAR the editor calls json', () => {
    const nginx = fixture('nginx-access.log');
    assert.strictEqual(findStatusCodes(nginx, 'log', 'file:///var/log/nginx/access.log').length, 7);
    assert.strictEqual(findStatusCodes(nginx, 'plaintext', 'untitled:Untitled-1').length, 7);
    assert.strictEqual(findStatusCodes(nginx, '', 'file:///var/log/nginx/access.log.1').length, 7);
    assert.deepStrictEqual(findStatusCodes(fixture('sample.har'), 'json', 'file:///t/sample.har').map((d) => d.code), [200, 503]);
    assert.deepStrictEqual(findStatusCodes(fixture('api.http'), 'plaintext', 'file:///t/api.http').map((d) => d.code), [200, 404]);
    assert.deepStrictEqual(findStatusCodes(fixture('curl-verbose.txt'), 'plaintext', 'file:///t/notes.txt').map((d) => d.code), [503, 301]);
  });

  it('a plain-text document that is not a log stays silent', () => {
    assert.deepStrictEqual(findStatusCodes('Deploy notes: 502s went down to 3 after the fix; 404 on /old.\n', 'plaintext', 'file:///t/notes.txt'), []);
  });
});

describe('logs: the hover speaks the log\'s vendor', () => {
  const service = getLanguageService({ dataset });
  const hoverAt = (uri: string, languageId: string, text: string, needle: string): string => {
    const document = TextDocument.create(uri, languageId, 1, text);
    const hover = service.doHover(document, document.positionAt(text.indexOf(needle) + 1), { commandLinks: false });
    assert.ok(hover, `a hover on ${needle}`);
    return (hover.contents as { value: string }).value;
  };

  it('499 in an NGINX log: client closed request, logged and never sent', () => {
    const text = '10.0.0.1 - - [10/Oct/2000:13:55:36 +0000] "GET /a HTTP/1.1" 499 0 "-" "curl/8"\n';
    const markdown = hoverAt('file:///var/log/nginx/access.log', 'log', text, '499');
    assert.match(markdown, /499 Client Closed Request/);
    assert.match(markdown, /NGINX/);
    assert.match(markdown, /only logged: nothing was sent/);
    assert.ok(markdown.includes('*Flow:* `Client → Proxy → Upstream → ✕ Client ⇒ 499 logged by the proxy`'), 'the NGINX flow, not Esri\'s');
  });

  it('an ALB 502 whose target status is `-`: the target never answered, with the ELB meaning', () => {
    const text = fixture('alb.log');
    const markdown = hoverAt('file:///logs/alb.log', 'log', text, '502 - ');
    assert.match(markdown, /502 Bad Gateway/);
    assert.match(markdown, /Elastic Load Balancing|ELB|load balancer/i);
    assert.match(markdown, /target never answered/);
  });

  it('460 in an ALB log is the load balancer\'s own code', () => {
    const markdown = hoverAt('file:///logs/alb.log', 'log', fixture('alb.log'), '460 - ');
    assert.match(markdown, /460/);
    assert.match(markdown, /client closed the connection/i);
  });

  it('524 in a Cloudflare log says what failed at the origin', () => {
    const markdown = hoverAt('file:///logs/cf.log', 'log', fixture('cloudflare.log'), '524');
    assert.match(markdown, /524/);
    assert.match(markdown, /Cloudflare/);
    assert.match(markdown, /origin sent no HTTP response/);
  });

  it('a byte count beside the status gets no hover', () => {
    const text = '127.0.0.1 - - [10/Oct/2000:13:55:36 -0700] "GET /x HTTP/1.1" 200 404 "-" "-"\n';
    const document = TextDocument.create('file:///a.log', 'log', 1, text);
    assert.strictEqual(service.doHover(document, document.positionAt(text.indexOf('404') + 1), { commandLinks: false }), null);
  });
});
