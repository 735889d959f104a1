// Code actions: quick fixes for our diagnostics and the constant ↔ number refactoring.
// A fix is rebuilt from `diagnostic.data` (rule, start, length) on the current text; the range a client
// echoes back is never trusted (Neovim 0.7 echoes byte columns on non-ASCII lines), `data` comes back as sent.
import { CodeAction, CodeActionContext, CodeActionKind, Diagnostic, Range } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentAnalysis } from '../documentAnalysis';
import { documentFamily } from '../detection/languages';
import { diagnosticSource, languageEnabledIn, severityOf, toDiagnostic } from '../diagnostics/doValidation';
import { maskNonCode } from '../diagnostics/lookAround';
import { responseSiteOf } from '../diagnostics/responseSite';
import { DiagnosticData, Finding } from '../diagnostics/types';
import { Settings } from '../settings';
import { constantRewrites } from './namedConstants';
import { toWorkspaceEdit } from './workspaceEdits';

export interface CodeActionOptions {
  /** The client applies snippet text edits in workspace edits (placeholders become tab stops). */
  snippets: boolean;
}

function isOurData(data: unknown): data is DiagnosticData {
  const d = data as DiagnosticData | undefined;
  return !!d && typeof d.rule === 'string' && Number.isInteger(d.line) && Number.isInteger(d.character) && Number.isInteger(d.length);
}

function wants(context: CodeActionContext, kind: string): boolean {
  return !context.only || context.only.some((only) => kind === only || kind.startsWith(`${only}.`));
}

export function doCodeActions(
  document: TextDocument, range: Range, context: CodeActionContext, findings: Finding[],
  analysis: DocumentAnalysis, settings: Settings, options: CodeActionOptions,
): CodeAction[] {
  const actions: CodeAction[] = [];
  const quickFix = (finding: Finding, diagnostic: Diagnostic) => {
    for (const fix of finding.fixes?.() ?? []) {
      actions.push({
        title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic],
        isPreferred: fix.isPreferred || undefined,
        edit: toWorkspaceEdit(document, fix.edits, options.snippets),
      });
    }
  };

  if (wants(context, CodeActionKind.QuickFix)) {
    const handled = new Set<Finding>();
    for (const diagnostic of context.diagnostics ?? []) {
      if (diagnostic.source !== diagnosticSource || !isOurData(diagnostic.data)) continue;
      const { rule, line, character, length } = diagnostic.data;
      const start = document.offsetAt({ line, character });
      const finding = findings.find((f) => f.rule === rule && f.start === start && f.end === start + length);
      if (!finding || handled.has(finding)) continue;
      handled.add(finding);
      quickFix(finding, diagnostic);
    }
    // Clients that send no diagnostics back (or only some) still get the fixes under the cursor,
    // unless diagnostics are off for this document.
    const start = document.offsetAt(range.start);
    const end = document.offsetAt(range.end);
    const enabled = languageEnabledIn(document, settings);
    for (const finding of enabled ? findings : []) {
      if (handled.has(finding) || finding.end < start || finding.start > end) continue;
      const severity = severityOf(finding, settings);
      if (!severity) continue;
      handled.add(finding);
      quickFix(finding, toDiagnostic(document, finding, severity));
    }
  }

  if (wants(context, CodeActionKind.RefactorRewrite)) {
    const start = document.offsetAt(range.start);
    const end = document.offsetAt(range.end);
    const text = document.getText();
    const family = documentFamily(document.languageId, document.uri, document.getText());
    let masked: string | undefined;
    for (const detection of analysis.detections) {
      if (detection.end < start || detection.start > end) continue;
      const site = responseSiteOf(text, () => (masked ??= maskNonCode(text, family)), detection, family);
      for (const rewrite of constantRewrites(text, family, detection, site)) {
        actions.push({
          title: rewrite.title, kind: CodeActionKind.RefactorRewrite,
          edit: toWorkspaceEdit(document, [{ start: detection.start, end: detection.end, newText: rewrite.newText }], false),
        });
      }
    }
  }
  return actions;
}
