import * as assert from 'assert';
import { Dataset, StatusCodeIndex, normalizeName } from '../../../server/src/service/dataset';
import { realDataset } from '../../support/realDataset';

const tiny: Dataset = {
  updated: '2026-01-01',
  classes: {
    '1': { title: 'Informational', summary: '' }, '2': { title: 'Success', summary: '' },
    '3': { title: 'Redirection', summary: '' }, '4': { title: 'Client Error', summary: '' },
    '5': { title: 'Server Error', summary: '' },
  },
  sources: { iana: { name: 'IANA', kind: 'standard' }, iis: { name: 'IIS', kind: 'vendor' } },
  actors: realDataset().actors,
  codes: [
    { code: 413, meanings: [{ source: 'iana', name: 'Content Too Large', aliases: ['Payload Too Large'], summary: 's', description: 'd', whenToUse: [], commonCauses: [], headers: [], cacheable: false, bodyAllowed: true, confusedWith: [], flow: [] }] },
    { code: 440, meanings: [{ source: 'iis', name: 'Login Time-out', summary: 's', description: 'd', whenToUse: [], commonCauses: [], headers: [], cacheable: false, bodyAllowed: true, confusedWith: [], flow: [] }] },
  ],
  comparisons: [{ id: '413-414', codes: [413, 414], title: 't', keyInsight: 'k', decisionGuide: [] }],
};

describe('StatusCodeIndex', () => {
  const index = new StatusCodeIndex(tiny);

  it('finds a code by its current name and by its older alias, in any spelling', () => {
    assert.strictEqual(index.codeForName('Content Too Large'), 413);
    assert.strictEqual(index.codeForName('PAYLOAD_TOO_LARGE'), 413);
    assert.strictEqual(index.codeForName('payload-too-large'), 413);
    assert.strictEqual(index.codeForName('Not Found'), undefined);
  });

  it('tells standard codes from vendor ones and gives the class title', () => {
    assert.strictEqual(index.isStandard(413), true);
    assert.strictEqual(index.isStandard(440), false);
    assert.strictEqual(index.classOf(440)?.title, 'Client Error');
  });

  it('finds the smallest comparison covering the codes asked for', () => {
    assert.strictEqual(index.findComparison([414, 413])?.id, '413-414');
    assert.strictEqual(index.findComparison([413, 500]), undefined);
  });

  it('normalises names for lookup', () => {
    assert.strictEqual(normalizeName("I'm a Teapot"), 'im a teapot');
  });
});
