// Runs the rules over one document version and turns findings into LSP diagnostics,
// applying the user's settings (global switch, languages, per-rule severity) and inline suppressions.
import { Diagnostic, DiagnosticSeverity, DiagnosticTag, Range } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { StatusCodeIndex } from '../dataset';
import { DocumentAnalysis } from '../documentAnalysis';
import { Detection } from '../detection/types';
import { documentFamily } from '../detection/languages';
import { languageEnabled, RuleSeverity, Settings } from '../settings';
import { maskBoth } from './lookAround';
import { responseSiteOf, ResponseSite } from './responseSite';
import { rules } from './ruleTable';
import { findSuppressions } from './suppression';
import { scopeTree, ScopeTree } from './scopes';
import { HeaderWrite, headerWrites } from './headerWrites';
import { DiagnosticData, Finding, RuleContext } from './types';

export const diagnosticSource = 'http-status-lens';

/**
 * Every rule's findings for this text, minus suppressed ones; settings other than the fix values do not apply here.
 * `imports`: what `RuleContext.imports` reads when `document` is one segment of a bigger file (the whole text otherwise).
 */
export function findProblems(
  document: TextDocument, analysis: DocumentAnalysis, index: StatusCodeIndex, retryAfterSeconds: number,
  log?: (message: string) => void, imports?: () => string,
): Finding[] {
  const text = document.getText();
  const family = documentFamily(document.languageId, document.uri, text);
  // The masks (two copies of the text) and the sites are memoised while the rules run, then released:
  // findings are cached per document and their `fixes` closures hold this context, so keeping the
  // masks would hold two copies of every open document (issue 8, memory). A fix asked for later
  // recomputes what it needs.
  let masks: { masked?: string; uncommented: string } | undefined;
  let sites = new Map<Detection, ResponseSite>();
  let scopes: ScopeTree | undefined;
  let writes: HeaderWrite[] | undefined;
  const context: RuleContext = {
    text, family, languageId: document.languageId, uri: document.uri, analysis, index, retryAfterSeconds,
    get imports() { return imports ? imports() : text; },
    get masked() { return (masks ??= maskBoth(text, family)).masked!; },
    get uncommented() { return (masks ??= maskBoth(text, family)).uncommented; },
    siteOf(detection) {
      let site = sites.get(detection);
      if (!site) sites.set(detection, site = responseSiteOf(text, () => context.masked, detection, family));
      return site;
    },
    get scopes() { return (scopes ??= scopeTree(text, context.masked, family)); },
    get headerWrites() { return (writes ??= headerWrites(text, context.uncommented, context.masked, family)); },
  };
  const findings: Finding[] = [];
  // Most files hold no status at all: only the rules that read something else (header writes, Go
  // writers, OpenAPI keys) look at them.
  const anyDetection = analysis.detections.length > 0;
  for (const rule of rules) {
    if (rule.readsDetections && !anyDetection) continue;
    try {
      for (const finding of rule.check(context)) findings.push(finding);
    } catch (error) {
      // One broken rule must not take the others down.
      log?.(`rule ${rule.id} failed on ${document.uri}: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    }
  }
  masks = undefined;
  sites = new Map();
  scopes = undefined;
  writes = undefined;
  if (findings.length === 0) return findings;
  const suppressions = findSuppressions(text);
  return findings.filter((f) => !suppressions.suppresses(f.rule, f.start)).sort((a, b) => a.start - b.start || a.rule.localeCompare(b.rule));
}

const severities: Record<RuleSeverity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information, hint: DiagnosticSeverity.Hint,
};

/** The effective severity of a finding under the settings, or undefined when its rule is off. */
export function severityOf(finding: Finding, settings: Settings): RuleSeverity | undefined {
  const setting = settings.rules[finding.rule] ?? 'default';
  if (setting === 'off') return undefined;
  if (setting !== 'default') return setting;
  return finding.severity ?? rules.find((r) => r.id === finding.rule)?.defaultSeverity ?? 'warning';
}

export function toDiagnostic(document: TextDocument, finding: Finding, severity: RuleSeverity): Diagnostic {
  return diagnosticAt(finding, severity, { start: document.positionAt(finding.start), end: document.positionAt(finding.end) });
}

/** The diagnostic of `finding` at `range` (where it stands in the document). */
export function diagnosticAt(finding: Finding, severity: RuleSeverity, range: Range): Diagnostic {
  const data: DiagnosticData = { rule: finding.rule, line: range.start.line, character: range.start.character, length: finding.end - finding.start };
  const diagnostic: Diagnostic = { range, severity: severities[severity], source: diagnosticSource, code: finding.rule, message: finding.message, data };
  if (finding.deprecated) diagnostic.tags = [DiagnosticTag.Deprecated];
  return diagnostic;
}

/** Whether the settings turn diagnostics on for this document's language. */
export function languageEnabledIn(document: TextDocument, settings: Settings): boolean {
  return languageEnabled(settings, document.languageId, documentFamily(document.languageId, document.uri, document.getText()));
}

export function doValidation(document: TextDocument, findings: Finding[], settings: Settings): Diagnostic[] {
  if (!languageEnabledIn(document, settings)) return [];
  const out: Diagnostic[] = [];
  for (const finding of findings) {
    const severity = severityOf(finding, settings);
    if (severity) out.push(toDiagnostic(document, finding, severity));
  }
  return out;
}
