// SARIF 2.1.0 output of `scan --format sarif`, for code-scanning tools (GitHub code scanning, etc.).
// Columns are UTF-16 code units, SARIF's default `columnKind`, the same as LSP positions. The pieces
// are built here; scanOutput.ts streams them (results as files arrive), `toSarif` assembles them whole.
import { rules } from '../service/diagnostics/ruleTable';
import { CliDiagnostic, CliSeverity } from './scanDiagnostics';

export const sarifLevels: Record<CliSeverity, 'error' | 'warning' | 'note'> = {
  error: 'error', warning: 'warning', information: 'note', hint: 'note',
};

export interface SarifOptions {
  toolVersion?: string;
}

/** A file that failed or was skipped, for `invocations[0].toolExecutionNotifications`. */
export interface SarifNotice {
  file: string;
  level: 'error' | 'note';
  text: string;
  id?: string;
}

const ruleIndex = new Map(rules.map((rule, i) => [rule.id, i]));

export function sarifUri(file: string): string {
  return file.split(/[\\/]/).map(encodeURIComponent).join('/');
}

export function sarifTool(options: SarifOptions): object {
  return {
    driver: {
      name: 'http-status-lens',
      ...(options.toolVersion ? { version: options.toolVersion } : {}),
      rules: rules.map((rule) => ({
        id: rule.id,
        shortDescription: { text: rule.description },
        fullDescription: { text: `${rule.description} Basis: ${rule.basis}.` },
        defaultConfiguration: { level: sarifLevels[rule.defaultSeverity] },
      })),
    },
  };
}

export function sarifResult(d: CliDiagnostic): object {
  return {
    ruleId: d.rule,
    ...(ruleIndex.has(d.rule) ? { ruleIndex: ruleIndex.get(d.rule) } : {}),
    level: sarifLevels[d.severity],
    message: { text: d.message },
    locations: [{
      physicalLocation: {
        artifactLocation: { uri: sarifUri(d.file) },
        region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn },
      },
    }],
  };
}

/** The run's invocation: successful unless a file failed; every failed and skipped file a notification. */
export function sarifInvocation(notices: readonly SarifNotice[]): object {
  return {
    executionSuccessful: !notices.some((n) => n.level === 'error'),
    toolExecutionNotifications: notices.map((n) => ({
      level: n.level,
      message: { text: n.text },
      ...(n.id ? { descriptor: { id: n.id } } : {}),
      locations: [{ physicalLocation: { artifactLocation: { uri: sarifUri(n.file) } } }],
    })),
  };
}

export const sarifSchema = 'https://json.schemastore.org/sarif-2.1.0.json';

export function toSarif(diagnostics: readonly CliDiagnostic[], options: SarifOptions = {}, notices: readonly SarifNotice[] = []): object {
  return {
    $schema: sarifSchema,
    version: '2.1.0',
    runs: [{
      tool: sarifTool(options),
      columnKind: 'utf16CodeUnits',
      results: diagnostics.map(sarifResult),
      invocations: [sarifInvocation(notices)],
    }],
  };
}
