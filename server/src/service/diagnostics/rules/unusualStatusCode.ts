// Rule 7: codes application code should not send: invalid (outside 100–599), unused (306), the
// April Fools' 418 outside tests, obsolete (510), unassigned (509), and vendor codes that are logged
// or close the connection rather than answer (NGINX 444/499, Cloudflare 52x…).
import { StatusCodeIndex } from '../../dataset';
import { Rule, RuleContext, Finding } from '../types';
import { isTestFile } from '../lookAround';
import { sentStatuses } from '../ruleHelpers';

/** With fewer registered codes than this, the dataset is a stub and "unassigned" cannot be told. */
const completeRegistrySize = 40;

/** IANA-registered codes per dataset index (read-only): counted once, not for every segment of every document. */
const registeredCounts = new WeakMap<StatusCodeIndex, number>();

function registeredCount(index: StatusCodeIndex): number {
  let count = registeredCounts.get(index);
  if (count === undefined) registeredCounts.set(index, count = index.all().filter((e) => e.meanings.some((m) => m.source === 'iana')).length);
  return count;
}

/** False only for codes the rule never reports: registered with IANA, neither unused nor obsolete, and not 306, 418 or 510. */
function mayBeUnusual(ctx: RuleContext, code: number): boolean {
  if (code < 100 || code > 599 || code === 418 || code === 306 || code === 510) return true;
  const iana = ctx.index.get(code)?.meanings.find((m) => m.source === 'iana');
  return !iana || iana.registry?.status === 'unused' || iana.registry?.status === 'obsolete';
}

export const unusualStatusCode: Rule = {
  id: 'unusual-status-code',
  defaultSeverity: 'warning',
  basis: 'RFC 9110 §15; IANA HTTP Status Code Registry',
  description: 'A reserved, unused, obsolete, unassigned or vendor-only status code sent by application code.',
  readsDetections: true,
  check(ctx: RuleContext): Finding[] {
    const findings: Finding[] = [];
    const registered = registeredCount(ctx.index);
    // Only codes the loop below can report: a registered, current code never is, and asking where it
    // sits (a response site per detection) was most of this rule's time (issue 8).
    const sent = sentStatuses(ctx, (code) => mayBeUnusual(ctx, code));
    for (const { detection } of sent) {
      const code = detection.code;
      const at = { rule: this.id, start: detection.start, end: detection.end };
      if (code < 100 || code > 599) {
        findings.push({ ...at, severity: 'error', message: `${code} is not a valid HTTP status code: status codes are three digits from 100 to 599 (RFC 9110 §15).` });
        continue;
      }
      const entry = ctx.index.get(code);
      const iana = entry?.meanings.find((m) => m.source === 'iana');
      if (code === 418) {
        if (isTestFile(ctx.uri)) continue;
        findings.push({ ...at, message: `418 (I'm a teapot) is reserved from an April Fools' RFC and has no meaning in HTTP; clients treat it as a generic 400 (RFC 9110 §15.5.19).` });
        continue;
      }
      if (code === 306 || iana?.registry?.status === 'unused') {
        findings.push({ ...at, message: `${code} is reserved and unused: no client understands it (RFC 9110 §15.4.7).` });
        continue;
      }
      if (iana?.registry?.status === 'obsolete' || code === 510) {
        findings.push({ ...at, message: `${code}${iana ? ` ${iana.name}` : ''} is obsolete (${iana?.registry?.reference ?? 'RFC 2774, now Historic'}): pick a current status code.` });
        continue;
      }
      if (iana) continue;
      const vendor = entry?.meanings[0];
      // nginx's own codes (444 closes the connection) are what an nginx `return` is for.
      if (vendor && ctx.family === 'nginx' && /nginx/i.test(`${vendor.source} ${ctx.index.sourceName(vendor.source)}`)) continue;
      if (vendor) {
        const source = ctx.index.sourceName(vendor.source);
        const wire = vendor.onTheWire ? ` ${vendor.onTheWire.replace(/\.?$/, '.')}` : vendor.sentToClient === false ? ' It is only logged, never sent to a client.' : '';
        findings.push({ ...at, message: `${code} ${vendor.name} comes from ${source}, not the HTTP registry: ${vendor.summary.replace(/\.?$/, '.')}${wire} Application code should send a registered code (IANA HTTP Status Code Registry).` });
        continue;
      }
      if (registered >= completeRegistrySize || code === 509) {
        findings.push({ ...at, message: `${code} is not assigned in the IANA HTTP Status Code Registry: clients only know it as a generic ${Math.floor(code / 100)}xx (RFC 9110 §15).` });
      }
    }
    return findings;
  },
};
