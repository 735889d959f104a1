// One detection for every feature (issue 14): hover, completion, scan and the rules read the same
// detections, so a diagnostic about a status is always on a status the user can hover — never on a name
// only a rule's own pattern saw (a Rails `:unprocessable_entity` in a hash once had a deprecation
// diagnostic and no hover).
import * as assert from 'assert';
import * as fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeDocument } from '../../../server/src/service/documentAnalysis';
import { findProblems } from '../../../server/src/service/diagnostics/doValidation';
import { rules } from '../../../server/src/service/diagnostics/ruleTable';
import { handlerFile } from '../fuzz/handlerCode';
import { loadLintCorpus } from '../../support/lintCorpus';
import { index, lines } from './helpers';

/** Rules whose finding is about a status code written in the text (the others point at a header value, a header call, an OpenAPI key). */
const statusSiteRules = new Set(['prefer-503-for-unavailable', 'retry-after-missing', 'required-header-missing', 'location-missing',
  'body-not-allowed', 'redirect-changes-method', 'unusual-status-code', 'deprecated-status-name']);

function assertSitesAreDetections(uri: string, languageId: string, text: string): number {
  const document = TextDocument.create(uri, languageId, 1, text);
  const analysis = analyzeDocument(document);
  let checked = 0;
  for (const finding of findProblems(document, analysis, index, 120)) {
    if (!statusSiteRules.has(finding.rule)) continue;
    checked++;
    const site = analysis.detections.find((d) => d.start < Math.max(finding.end, finding.start + 1) && finding.start < d.end);
    assert.ok(site, `${uri}: ${finding.rule} at ${document.positionAt(finding.start).line + 1} (${JSON.stringify(text.slice(finding.start, finding.end))}) is on no detection`);
  }
  return checked;
}

describe('one detection for every feature (issue 14)', () => {
  it('the rules that skip a document without detections are exactly those whose findings are on a detection (tested below)', () => {
    assert.deepStrictEqual(rules.filter((r) => r.readsDetections).map((r) => r.id).sort(), [...statusSiteRules].sort());
  });

  it('a Rails status symbol in a hash is a detection, and its deprecation is on it', () => {
    const text = lines(
      'class ApplicationController < ActionController::Base',
      "  ERRORS = { 'ActiveRecord::RecordInvalid' => :unprocessable_entity, 'Missing' => :not_found }.freeze",
      '  rescue_from NotFound, with: :not_found',
      'end');
    const analysis = analyzeDocument(TextDocument.create('file:///app/controllers/application_controller.rb', 'ruby', 1, text));
    assert.deepStrictEqual(analysis.detections.map((d) => `${d.text}=${d.code}`), [':unprocessable_entity=422', ':not_found=404']);
    assert.strictEqual(assertSitesAreDetections('file:///app/controllers/application_controller.rb', 'ruby', text), 1);
  });

  it('on every file of the diagnostics corpus', () => {
    let checked = 0;
    for (const file of loadLintCorpus()) checked += assertSitesAreDetections(`file:///workspace/${file.file}`, '', file.text);
    assert.ok(checked > 150, `${checked} findings checked`);
  });

  it('on generated handler files of every framework', () => {
    let checked = 0;
    for (const file of fc.sample(handlerFile, { numRuns: 300, seed: 1414 })) checked += assertSitesAreDetections(`file:///app/h.${file.languageId}`, file.languageId, file.text);
    assert.ok(checked > 100, `${checked} findings checked`);
  });
});
