// Rule 4: a redirect whose status is set apart from its Location, and a 201 without Location.
import { placeholder, Rule, RuleContext, Finding } from '../types';
import { codeLabel, fix, handlerMentionsHeader, headerEdits, sentStatuses } from '../ruleHelpers';

const redirects = new Set([301, 302, 303, 307, 308]);

export const locationMissing: Rule = {
  id: 'location-missing',
  defaultSeverity: 'warning',
  basis: 'RFC 9110 §10.2.2, §15.4, §15.3.2',
  description: 'A redirect (301/302/303/307/308) or a 201 Created sent without a Location header.',
  check(ctx: RuleContext): Finding[] {
    const findings: Finding[] = [];
    for (const sent of sentStatuses(ctx, (c) => redirects.has(c) || c === 201)) {
      const { detection, site } = sent;
      // Redirect helpers (res.redirect, http.Redirect, redirect_to) write Location themselves.
      if (site.kind === 'redirect-call') continue;
      if (handlerMentionsHeader(ctx, detection, /location|redirect|created\(|CreatedAt|created_at_route/i)) continue;
      const created = detection.code === 201;
      findings.push({
        rule: this.id, start: detection.start, end: detection.end,
        severity: created ? 'information' : undefined,
        message: created
          ? `${codeLabel(ctx, 201)} without Location: point the client at the created resource (RFC 9110 §15.3.2).`
          : `${codeLabel(ctx, detection.code)} without Location: clients have nowhere to go (RFC 9110 §10.2.2, §15.4).`,
        fixes: () => fix('Add Location header', headerEdits(ctx, sent, { name: 'Location', value: placeholder(created ? '/resources/id' : '/new-location') }), true),
      });
    }
    return findings;
  },
};
