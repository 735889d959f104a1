import * as assert from 'assert';
import { findLogStatusCodes } from '../../../server/src/service/logs/findLogStatusCodes';
import { assertDetects, fixture, marked } from './marks';

const albTail = '"curl/7.46.0" - - arn:aws:elasticloadbalancing:us-east-2:123456789012:targetgroup/my-targets/73e2d6bc24d8a067 "Root=1-58337262-36d228ad5d99923122bbe354" "-" "-" 0 2026-11-24T10:00:00.000000Z "forward" "-" "-"';

describe('logs: AWS Application Load Balancer', () => {
  it('finds elb_status_code, target_status_code and the target status list — not bytes, ports or times', () => {
    const m = marked(`https 2026-11-24T10:00:00.186641Z app/lb/50dc6c495c0c9188 192.168.131.39:502 10.0.0.1:500 0.404 0.503 0.000 ⟦500⟧ ⟦503⟧ 404 502 "GET https://example.com:443/status/504 HTTP/1.1" ${albTail} "10.0.0.1:500" "⟦503⟧" "-" "-"`);
    const found = findLogStatusCodes(m.text);
    assertDetects(found, m);
    assert.deepStrictEqual(found.map((d) => d.context),
      ['log:alb:elb_status_code', 'log:alb:target_status_code', 'log:alb:target_status_code_list']);
    assert.ok(found.every((d) => d.vendorSource === 'aws-elb' && d.framework === 'aws-alb'));
    assert.match(found[0].note ?? '', /sent 500 although the target answered 503/);
  });

  it('says the target never answered when target_status_code is `-`', () => {
    const m = marked(`http 2026-11-24T10:00:05.086641Z app/lb/50dc6c495c0c9188 192.168.131.39:2818 - -1 -1 -1 ⟦502⟧ - 34 366 "GET http://example.com:80/ HTTP/1.1" ${albTail} "-" "-" "-" "-"`);
    const found = findLogStatusCodes(m.text);
    assertDetects(found, m);
    assert.match(found[0].note ?? '', /target never answered/);
  });

  it('explains the load balancer\'s own codes 460, 463, 464 and 561', () => {
    for (const [code, pattern] of [[460, /client closed the connection/], [463, /X-Forwarded-For/], [464, /protocol/], [561, /identity provider/]] as const) {
      const line = `h2 2026-11-24T10:00:09.186641Z app/lb/50dc6c495c0c9188 10.0.1.252:48160 10.0.0.66:9000 0.000 0.002 0.000 ${code} - 5 257 "GET https://h:443/ HTTP/2.0" ${albTail} "-" "-" "-" "-"`;
      const [found] = findLogStatusCodes(line);
      assert.strictEqual(found.code, code);
      assert.match(found.note ?? '', pattern, `note for ${code}`);
      assert.match(found.note ?? '', /load balancer's own code/i);
    }
  });

  it('finds every status of the fixture', () => {
    const found = findLogStatusCodes(fixture('alb.log'));
    assert.deepStrictEqual(found.map((d) => `${d.code} ${d.context.split(':')[2]}`), [
      '200 elb_status_code', '200 target_status_code', '200 target_status_code_list',
      '502 elb_status_code', '460 elb_status_code',
      '500 elb_status_code', '503 target_status_code', '503 target_status_code_list',
    ]);
  });
});

describe('logs: AWS Classic Load Balancer', () => {
  it('finds elb_status_code and backend_status_code, not the bytes', () => {
    const m = marked('2026-11-24T10:00:43.945958Z my-lb 192.168.131.39:2817 10.0.0.1:80 0.000073 0.001048 0.000057 ⟦200⟧ ⟦404⟧ 500 502 "GET http://www.example.com:80/503 HTTP/1.1" "curl/7.38.0" - -');
    const found = findLogStatusCodes(m.text);
    assertDetects(found, m);
    assert.deepStrictEqual(found.map((d) => d.context), ['log:elb:elb_status_code', 'log:elb:backend_status_code']);
  });

  it('reads `-1 -1 -1 504 0 0 0` as a back end that never answered', () => {
    const m = marked('2026-11-24T10:00:44.945958Z my-lb 192.168.131.39:2817 - -1 -1 -1 ⟦504⟧ 0 0 0 "GET http://www.example.com:80/slow HTTP/1.1" "curl/7.38.0" - -');
    const found = findLogStatusCodes(m.text);
    assertDetects(found, m);
    assert.match(found[0].note ?? '', /back end never answered/);
  });

  it('finds nothing on a TCP listener line (both status fields `-`)', () => {
    assert.deepStrictEqual(findLogStatusCodes(fixture('classic-elb.log')).map((d) => d.code), [200, 200, 504, 503]);
  });
});
