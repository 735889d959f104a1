import * as assert from 'assert';
import { Dataset, StatusCodeIndex, StatusMeaning } from '../../../server/src/service/dataset';
import { compareText, explainText, unknownCodeText, wrap } from '../../../server/src/service/explainText';
import { realDataset } from '../../support/realDataset';

const meaning = (over: Partial<StatusMeaning>): StatusMeaning => ({
  source: 'iana', name: 'X', summary: 'sum', description: 'desc', whenToUse: ['w'], commonCauses: ['c'],
  headers: [], cacheable: false, bodyAllowed: true, confusedWith: [], flow: [], ...over,
});

const tiny: Dataset = {
  updated: '2026-01-01',
  classes: {
    '1': { title: 'Informational', summary: '' }, '2': { title: 'Success', summary: '' },
    '3': { title: 'Redirection', summary: '' }, '4': { title: 'Client Error', summary: '' },
    '5': { title: 'Server Error', summary: '' },
  },
  sources: { iana: { name: 'IANA', kind: 'standard' }, nginx: { name: 'NGINX', url: 'https://nginx.org/', kind: 'vendor' } },
  actors: realDataset().actors,
  codes: [
    { code: 400, meanings: [meaning({ name: 'Bad Request' })] },
    { code: 404, meanings: [meaning({ name: 'Not Found', confusedWith: [499], registry: { status: 'permanent', reference: 'RFC 9110' } })] },
    { code: 499, meanings: [meaning({ source: 'nginx', name: 'Client Closed Request', onTheWire: 'Logged only.', sentToClient: false })] },
  ],
  comparisons: [{ id: '400-404', codes: [400, 404], title: 'Bad vs missing', keyInsight: 'Insight.', decisionGuide: [{ code: 400, useWhen: 'bad.' }, { code: 404, useWhen: 'missing.' }] }],
};
const index = new StatusCodeIndex(tiny);

describe('explainText', () => {
  it('wraps paragraphs at the width, keeping the indent', () => {
    assert.strictEqual(wrap('aaa bbb ccc', '  ', 10), '  aaa bbb\n  ccc');
    assert.strictEqual(wrap('', '  '), '');
  });

  it('names each meaning with its source, and labels confused codes by name', () => {
    const text = explainText(404, index)!;
    assert.match(text, /^404 · 4xx Client Error · registered with IANA\n/);
    assert.match(text, /404 Not Found {2}\[IANA\]/);
    assert.match(text, /IANA registry: permanent · RFC 9110/);
    assert.match(text, /Often confused with: 499 Client Closed Request/);
    assert.match(text, /compare 400 404 {3}Bad vs missing/);
  });

  it('shows on-the-wire behaviour and the vendor source for vendor codes', () => {
    const text = explainText(499, index)!;
    assert.match(text, /not registered with IANA/);
    assert.match(text, /On the wire: Logged only\./);
    assert.match(text, /Source: NGINX <https:\/\/nginx\.org\/>/);
  });

  it('returns undefined for unknown codes, and a message citing the x00 rule', () => {
    assert.strictEqual(explainText(299, index), undefined);
    assert.match(unknownCodeText(418, index), /like the x00 code of its class, here 400 Bad Request/);
  });

  it('compares with the curated guide, or lists codes side by side', () => {
    const curated = compareText([404, 400], index);
    assert.strictEqual(curated.comparison?.id, '400-404');
    assert.match(curated.text, /Key insight\n {2}Insight\.\n\nDecision guide\n {2}Use 400 when bad\.\n {2}Use 404 when missing\./);
    const loose = compareText([404, 499], index);
    assert.strictEqual(loose.comparison, undefined);
    assert.match(loose.text, /No curated comparison covers all of these codes\./);
    assert.match(loose.text, /499 Client Closed Request {2}sum \[NGINX\]/);
  });
});
