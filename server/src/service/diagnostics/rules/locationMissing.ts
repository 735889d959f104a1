// Rule 4: a redirect whose status is set apart from its Location, and a 201 without Location.
import { placeholder, Rule, RuleContext, Finding } from '../types';
import { codeLabel, fix, headerEdits, responseHasHeader, sentStatuses } from '../ruleHelpers';
import { statementEnd } from '../lookAround';

const redirects = new Set([301, 302, 303, 307, 308]);

export const locationMissing: Rule = {
  id: 'location-missing',
  defaultSeverity: 'warning',
  basis: 'RFC 9110 §10.2.2, §15.4, §15.3.2',
  description: 'A redirect (301/302/303/307/308) or a 201 Created sent without a Location header.',
  readsDetections: true,
  check(ctx: RuleContext): Finding[] {
    const findings: Finding[] = [];
    for (const sent of sentStatuses(ctx, (c) => redirects.has(c) || c === 201)) {
      const { detection, site } = sent;
      // Redirect helpers (res.redirect, http.Redirect, redirect_to) write Location themselves.
      if (site.kind === 'redirect-call') continue;
      // nginx `return 301 https://…;`: the second argument is the Location.
      if (site.kind === 'nginx-return' && /^\s+[^\s;]/.test(ctx.masked.slice(detection.end, detection.end + 200))) continue;
      // Helpers in the status's own statement that set Location: ASP.NET Created…(), Flask redirect(), created_at_route.
      if (/\bredirect|\bCreated\w*\(|created_at_route/i.test(ctx.masked.slice(site.statement, statementEnd(ctx.masked, detection.start)))) continue;
      if (responseHasHeader(ctx, sent, 'location')) continue;
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
