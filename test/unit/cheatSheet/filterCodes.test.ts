import * as assert from 'assert';
import { codeItems, describeResult, filterCodes, FilterResult, Filters, parseQuery } from '../../../client/src/webviews/cheatSheet/filterCodes';
import { fixture } from './fixture';

const items = codeItems(fixture);
const all: Filters = { scope: 'all', hideRetired: false };
const codes = (result: FilterResult): number[] => result.groups.flatMap((g) => g.items.map((i) => i.code));
const search = (query: string, filters: Filters = all): FilterResult => filterCodes(fixture, items, query, filters);

describe('cheat sheet: filterCodes', () => {
  it('groups standard codes by class and vendor codes by vendor, in that order', () => {
    const result = search('');
    assert.strictEqual(result.mode, 'grouped');
    assert.deepStrictEqual(result.groups.map((g) => g.title), [
      '1xx Informational', '2xx Success', '3xx Redirection', '4xx Client Error', '5xx Server Error',
      'Vendor: NGINX', 'Vendor: Cloudflare', 'Vendor: AWS ELB', 'Vendor: IIS', 'Vendor: other unofficial',
    ]);
    assert.deepStrictEqual(codes(result).slice(0, 4), [100, 200, 204, 306]);
    const vendor = result.groups.slice(5).map((g) => g.items.map((i) => `${i.code} ${i.meaning.name}`));
    assert.deepStrictEqual(vendor, [['499 Client Closed Request'], ['520 Web Server Returned an Unknown Error'],
      ['460 Client Closed Connection', '502 Bad Gateway'], ['449 Retry With', '451 Redirect'], ['419 Page Expired']]);
    assert.strictEqual(result.count, items.length);
  });

  it('finds the gateway codes by a word of their description', () => {
    const result = search('gateway');
    assert.strictEqual(result.mode, 'ranked');
    assert.deepStrictEqual(codes(result).slice(0, 2).sort(), [502, 504]);
    assert.ok(!codes(result).includes(500));
  });

  it('ranks the name match first: "teapot", "rate limit", "not found", an alias', () => {
    assert.strictEqual(codes(search('teapot'))[0], 418);
    assert.strictEqual(codes(search('rate limit'))[0], 429);
    assert.strictEqual(codes(search('Not Found'))[0], 404);
    assert.strictEqual(codes(search('payload too large'))[0], 413);
    assert.deepStrictEqual(codes(search('retry-after')).slice(0, 2), [429, 503], 'a header name finds the codes that use it');
  });

  it('lists a code once in ranked results, for its best meaning', () => {
    const result = search('gateway');
    assert.deepStrictEqual(codes(result), [...new Set(codes(result))]);
    assert.strictEqual(result.groups[0].items.find((i) => i.code === 502)?.meaning.source, 'iana');
    assert.strictEqual(search('load balancer gateway').groups[0].items[0].meaning.source, 'aws-elb');
  });

  it('matches word prefixes and needs every word', () => {
    assert.deepStrictEqual(codes(search('gatew timeo')), [504]);
    assert.deepStrictEqual(codes(search('gateway zebra')), []);
  });

  it('narrows by number prefix: 5, 50, 503 and 5xx', () => {
    // Grouped: 502 also appears under AWS ELB for its vendor meaning.
    assert.deepStrictEqual(codes(search('5')), [500, 502, 503, 504, 520, 502]);
    assert.deepStrictEqual(codes(search('50')), [500, 502, 503, 504, 502]);
    assert.deepStrictEqual(codes(search('503')), [503]);
    assert.deepStrictEqual(codes(search('5xx')), codes(search('5')));
    assert.deepStrictEqual(codes(search('50', { scope: 'standard', hideRetired: false })), [500, 502, 503, 504]);
    assert.strictEqual(search('50').mode, 'grouped');
  });

  it('combines a number prefix with words', () => {
    assert.deepStrictEqual(codes(search('4 closed')).sort(), [460, 499]);
  });

  it('standard only hides the vendor group and vendor meanings', () => {
    const result = search('', { scope: 'standard', hideRetired: false });
    assert.ok(result.groups.every((g) => !g.key.startsWith('vendor:')));
    assert.ok(codes(result).includes(451), 'the standard meaning of 451 stays');
    assert.ok(!codes(result).includes(499));
    const closed = search('closed', { scope: 'standard', hideRetired: false });
    assert.strictEqual(closed.count, 0);
    assert.strictEqual(closed.hiddenByFilters, 2);
    assert.strictEqual(describeResult(closed, 'closed'), '0 matches for “closed” (2 more hidden by filters)');
  });

  it('hides unused and obsolete codes on request', () => {
    const result = search('', { scope: 'all', hideRetired: true });
    assert.ok(!codes(result).includes(306));
    assert.ok(!codes(result).includes(418));
    assert.ok(codes(result).includes(404));
  });

  it('describes counts for the live region', () => {
    assert.strictEqual(describeResult(search(''), ''), `${items.length} codes`);
    assert.strictEqual(describeResult(search('teapot'), ' teapot '), '1 match for “teapot”');
  });

  it('survives odd input', () => {
    for (const query of ['<script>alert(1)</script>', '💥', ' '.repeat(500), 'a'.repeat(10_000), '9999', '-1', '\u0000']) {
      assert.doesNotThrow(() => search(query), query);
    }
    assert.strictEqual(search('').count, search('   ').count);
    assert.deepStrictEqual(parseQuery('Café 50x'), { codePrefixes: ['50'], words: ['cafe'], phrase: 'cafe' });
  });
});
