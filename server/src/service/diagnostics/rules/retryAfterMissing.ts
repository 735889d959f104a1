// Rule 2: 503 and 429 tell clients to come back later; Retry-After tells them when.
import { Rule, RuleContext, Finding } from '../types';
import { codeLabel, fix, headerEdits, responseHasHeader, sentStatuses } from '../ruleHelpers';

export const retryAfterMissing: Rule = {
  id: 'retry-after-missing',
  defaultSeverity: 'information',
  basis: 'RFC 9110 §15.6.4, §10.2.3; RFC 6585 §4',
  description: 'A 503 or 429 sent without a Retry-After header.',
  readsDetections: true,
  check(ctx: RuleContext): Finding[] {
    const findings: Finding[] = [];
    for (const sent of sentStatuses(ctx, (c) => c === 503 || c === 429)) {
      const { detection } = sent;
      if (sent.site.kind === 'redirect-call') continue;
      if (responseHasHeader(ctx, sent, 'retry-after')) continue;
      const basis = detection.code === 429 ? 'RFC 6585 §4, RFC 9110 §10.2.3' : 'RFC 9110 §15.6.4, §10.2.3';
      findings.push({
        rule: this.id, start: detection.start, end: detection.end,
        message: `${codeLabel(ctx, detection.code)} without Retry-After: say when the client may try again (${basis}).`,
        fixes: () => fix(`Add Retry-After: ${ctx.retryAfterSeconds}`,
          headerEdits(ctx, sent, { name: 'Retry-After', value: String(ctx.retryAfterSeconds), numeric: true }), true),
      });
    }
    return findings;
  },
};
