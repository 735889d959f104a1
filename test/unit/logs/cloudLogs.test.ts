import * as assert from 'assert';
import { findLogStatusCodes } from '../../../server/src/service/logs/findLogStatusCodes';
import { cloudFrontLogReader } from '../../../server/src/service/logs/cloudFrontLog';
import { assertDetects, fixture, marked } from './marks';

describe('logs: CloudFront standard logs', () => {
  it('finds sc-status by the #Fields header, not sc-bytes, cs-bytes or time-taken', () => {
    const found = findLogStatusCodes(fixture('cloudfront.log'));
    assert.deepStrictEqual(found.map((d) => d.code), [200, 404, 504], '000 (viewer gone) is no status');
    assert.ok(found.every((d) => d.context === 'log:cloudfront:sc-status'));
  });

  it('follows a #Fields header that puts sc-status elsewhere', () => {
    const m = marked('#Version: 1.0\n#Fields: date time sc-bytes sc-status cs-uri-stem cs-method\n2026-11-24\t10:00:00\t404\t⟦503⟧\t/a\tGET\n');
    assertDetects(findLogStatusCodes(m.text), m);
  });

  it('reads time and path', () => {
    const reader = cloudFrontLogReader();
    reader.read('#Fields: date time x-edge-location sc-bytes c-ip cs-method cs(Host) cs-uri-stem sc-status');
    const record = reader.read('2026-11-24\t10:02:31\tLAX1\t404\t192.0.2.100\tGET\td.cloudfront.net\t/index.html\t200');
    assert.deepStrictEqual([record?.time, record?.path, record?.method], [Date.UTC(2026, 10, 24, 10, 2, 31), '/index.html', 'GET']);
  });
});

describe('logs: Cloudflare Logpush', () => {
  it('finds EdgeResponseStatus and OriginResponseStatus, not the byte counts or timestamps', () => {
    const m = marked('{"ClientRequestBytes":404,"EdgeStartTimestamp":1795514400000000500,"EdgeResponseBytes":502,"EdgeResponseStatus":⟦200⟧,"OriginResponseStatus":⟦304⟧,"RayID":"500"}');
    const found = findLogStatusCodes(m.text);
    assertDetects(found, m);
    assert.deepStrictEqual(found.map((d) => d.context), ['log:cloudflare:EdgeResponseStatus', 'log:cloudflare:OriginResponseStatus']);
  });

  it('explains 52x: what failed at the origin, and that the origin sent nothing', () => {
    const found = findLogStatusCodes(fixture('cloudflare.log'));
    const c524 = found.find((d) => d.code === 524)!;
    assert.match(c524.note ?? '', /origin sent no HTTP response/);
    assert.match(c524.note ?? '', /OriginResponseStatus is 0/);
    assert.strictEqual(c524.vendorSource, 'cloudflare');
    assert.match(found.find((d) => d.code === 520)!.note ?? '', /empty, unknown or unexpected/);
    assert.ok(!found.some((d) => d.code === 0), 'OriginResponseStatus 0 is no status');
  });
});
