// SARIF 2.1.0 output of `scan --format sarif`, for code-scanning tools (GitHub code scanning, etc.).
// Columns are UTF-16 code units, SARIF's default `columnKind`, the same as LSP positions.
import { rules } from '../service/diagnostics/ruleTable';
import { CliDiagnostic, CliSeverity } from './scanDiagnostics';

const levels: Record<CliSeverity, 'error' | 'warning' | 'note'> = {
  error: 'error', warning: 'warning', information: 'note', hint: 'note',
};

export interface SarifOptions {
  toolVersion?: string;
}

export function toSarif(diagnostics: readonly CliDiagnostic[], options: SarifOptions = {}): object {
  const ruleIndex = new Map(rules.map((rule, i) => [rule.id, i]));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'http-status-lens',
          ...(options.toolVersion ? { version: options.toolVersion } : {}),
          rules: rules.map((rule) => ({
            id: rule.id,
            shortDescription: { text: rule.description },
            fullDescription: { text: `${rule.description} Basis: ${rule.basis}.` },
            defaultConfiguration: { level: levels[rule.defaultSeverity] },
          })),
        },
      },
      columnKind: 'utf16CodeUnits',
      results: diagnostics.map((d) => ({
        ruleId: d.rule,
        ...(ruleIndex.has(d.rule) ? { ruleIndex: ruleIndex.get(d.rule) } : {}),
        level: levels[d.severity],
        message: { text: d.message },
        locations: [{
          physicalLocation: {
            artifactLocation: { uri: d.file.split(/[\\/]/).map(encodeURIComponent).join('/') },
            region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn },
          },
        }],
      })),
    }],
  };
}
