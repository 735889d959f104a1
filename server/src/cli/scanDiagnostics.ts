// Diagnostics for the CLI `scan` command: the same rules and settings as the editor, as plain rows
// (1-based line and UTF-16 column), text lines `file:line:col severity rule message`, and the
// "fail the build" check. SARIF output lives in sarif.ts.
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LanguageService } from '../service/languageService';
import { defaultSettings, Settings } from '../service/settings';

export type CliSeverity = 'error' | 'warning' | 'information' | 'hint';

export interface CliDiagnostic {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  rule: string;
  severity: CliSeverity;
  message: string;
}

const names: Record<number, CliSeverity> = {
  [DiagnosticSeverity.Error]: 'error', [DiagnosticSeverity.Warning]: 'warning',
  [DiagnosticSeverity.Information]: 'information', [DiagnosticSeverity.Hint]: 'hint',
};

/** Diagnostics of one file's text; `file` is printed as given (usually relative to the current folder). */
export function diagnosticsOfFile(
  service: LanguageService, file: string, text: string, languageId: string, settings: Settings = defaultSettings,
): CliDiagnostic[] {
  const uri = `file://${encodeURI(file.startsWith('/') ? file : `/${file}`)}`;
  const document = TextDocument.create(uri, languageId, 1, text);
  const diagnostics = diagnosticsOfDocument(service, file, document, settings);
  service.forget(uri); // a scan visits each file once: keep no cache entry per file
  return diagnostics;
}

/** Diagnostics of a document the caller already analysed (the service's cache holds its analysis). */
export function diagnosticsOfDocument(service: LanguageService, file: string, document: TextDocument, settings: Settings = defaultSettings): CliDiagnostic[] {
  return service.doValidation(document, settings).map((d) => ({
    file,
    line: d.range.start.line + 1,
    column: d.range.start.character + 1,
    endLine: d.range.end.line + 1,
    endColumn: d.range.end.character + 1,
    rule: String(d.code),
    severity: names[d.severity ?? DiagnosticSeverity.Warning],
    message: typeof d.message === 'string' ? d.message : d.message.value,
  }));
}

/** `src/app.js:4:22 warning retry-after-missing 503 Service Unavailable without Retry-After…` */
export function diagnosticLine(d: CliDiagnostic): string {
  return `${d.file}:${d.line}:${d.column} ${d.severity} ${d.rule} ${d.message}`;
}

/** The JSON rows of `scan --format json` under `diagnostics`. */
export function diagnosticJson(d: CliDiagnostic): { file: string; line: number; column: number; rule: string; severity: CliSeverity; message: string } {
  return { file: d.file, line: d.line, column: d.column, rule: d.rule, severity: d.severity, message: d.message };
}

/** The severities, most severe first: the values of `scan --fail-on`. */
export const cliSeverities: readonly CliSeverity[] = ['error', 'warning', 'information', 'hint'];

/** Exit 1 in CI when a finding is at least as severe as `failOn` (`warning`: errors and warnings). */
export function failsAt(diagnostics: readonly CliDiagnostic[], failOn: CliSeverity): boolean {
  const worst = cliSeverities.indexOf(failOn);
  return diagnostics.some((d) => cliSeverities.indexOf(d.severity) <= worst);
}

/** Exit 1 in CI when any finding has error severity (the default of `scan`). */
export function hasErrors(diagnostics: readonly CliDiagnostic[]): boolean {
  return failsAt(diagnostics, 'error');
}
