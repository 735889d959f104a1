// Every diagnostics rule, on generated handler files of every framework (issue 16): no rule throws, every
// finding lies inside the text, every fix applies cleanly, and after a fix is applied and the text is
// analysed again, that rule reports one finding fewer: the fixed one is gone and the fix made no new one.
// (Counted rather than looked up by position: a fix may move the very line it fixes.)
import * as assert from 'assert';
import { rules } from '../../../server/src/service/diagnostics/ruleTable';
import { applyOffsetEdits } from '../../../server/src/service/codeActions/workspaceEdits';
import { problems } from '../diagnostics/helpers';
import { assertProperty } from '../../support/property';
import { handlerFile } from './handlerCode';
import { ruleRegressions } from './ruleRegressions';

describe('fuzz: every diagnostics rule on generated handlers', () => {
  rules.forEach((rule, k) => {
    it(`${rule.id}: findings inside the text; each fix applies and removes exactly its own finding`, () => {
      assertProperty({
        name: `rule: ${rule.id}`, seed: 1800 + k, runs: 40, regressions: (ruleRegressions[rule.id] ?? []).map((r) => [r] as [typeof r]),
      }, [handlerFile], ({ languageId, text }) => {
        const found = problems(languageId, text).filter((f) => f.rule === rule.id);
        for (const finding of found) {
          assert.ok(finding.start >= 0 && finding.start <= finding.end && finding.end <= text.length, `finding outside the text: ${finding.start}-${finding.end}`);
          assert.ok(finding.message.length > 0);
          for (const fix of finding.fixes?.() ?? []) {
            const edits = [...fix.edits].sort((a, b) => a.start - b.start);
            for (let i = 1; i < edits.length; i++) assert.ok(edits[i].start >= edits[i - 1].end, `${fix.title}: overlapping edits`);
            const fixed = applyOffsetEdits(text, fix.edits);
            const after = problems(languageId, fixed).filter((f) => f.rule === rule.id);
            assert.strictEqual(after.length, found.length - 1, `"${fix.title}" left ${after.length} of ${found.length} ${rule.id} findings:\n${fixed}`);
          }
        }
      });
    });
  });
});
