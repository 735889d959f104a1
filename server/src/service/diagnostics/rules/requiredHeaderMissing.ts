// Rule 3: statuses that the RFCs pair with a header the server MUST send.
import { placeholder, Rule, RuleContext, Finding } from '../types';
import { codeLabel, fix, headerEdits, responseHasHeader, sentStatuses } from '../ruleHelpers';
import { HeaderName } from '../headerWrites';

interface Requirement {
  header: string;
  name: HeaderName;
  example: string;
  basis: string;
}

const requirements: Record<number, Requirement> = {
  405: { header: 'Allow', name: 'allow', example: 'GET, HEAD', basis: 'RFC 9110 §15.5.6, §10.2.1' },
  401: { header: 'WWW-Authenticate', name: 'www-authenticate', example: 'Bearer', basis: 'RFC 9110 §15.5.2, §11.6.1' },
  407: { header: 'Proxy-Authenticate', name: 'proxy-authenticate', example: 'Basic realm=proxy', basis: 'RFC 9110 §15.5.8, §11.7.1' },
  426: { header: 'Upgrade', name: 'upgrade', example: 'TLS/1.2, HTTP/1.1', basis: 'RFC 9110 §15.5.22, §7.8' },
};

export const requiredHeaderMissing: Rule = {
  id: 'required-header-missing',
  defaultSeverity: 'warning',
  basis: 'RFC 9110 §15.5',
  description: '405 without Allow, 401 without WWW-Authenticate, 407 without Proxy-Authenticate, 426 without Upgrade.',
  readsDetections: true,
  check(ctx: RuleContext): Finding[] {
    const findings: Finding[] = [];
    for (const sent of sentStatuses(ctx, (c) => c in requirements)) {
      const { detection } = sent;
      const need = requirements[detection.code];
      if (sent.site.call && /NotAllowed|Challenge/.test(sent.site.call.callee)) continue;
      if (responseHasHeader(ctx, sent, need.name)) continue;
      findings.push({
        rule: this.id, start: detection.start, end: detection.end,
        message: `${codeLabel(ctx, detection.code)} must be sent with ${/^[AEIOU]/.test(need.header) ? 'an' : 'a'} ${need.header} header (${need.basis}).`,
        fixes: () => fix(`Add ${need.header} header`, headerEdits(ctx, sent, { name: need.header, value: placeholder(need.example) }), true),
      });
    }
    return findings;
  },
};
