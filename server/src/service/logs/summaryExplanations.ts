// Each code of a summary explained: its name and one-line meaning from the dataset, preferring the
// meaning of the log's vendor (499 in an NGINX log), plus what the vendor context adds.
import { StatusCodeIndex } from '../dataset';
import { LogSummary } from './summarize';
import { preferredMeaning, vendorNoteForCode, vendorSourceForFormat } from './logContext';

export interface CodeExplanation {
  code: number;
  /** "Not Found"; undefined for a code the dataset does not know. */
  name?: string;
  summary?: string;
  /** The dataset source of the meaning shown ("iana", "nginx"...) and its display name. */
  source?: string;
  sourceName?: string;
  /** "Client Error"... */
  classTitle?: string;
  /** What the log's vendor adds. */
  note?: string;
}

export interface ExplainedLogSummary extends LogSummary {
  explanations: CodeExplanation[];
}

export function explainSummary(summary: LogSummary, index: StatusCodeIndex): ExplainedLogSummary {
  const vendorSource = vendorSourceForFormat(summary.format);
  const codes = new Set<number>(summary.codes.map((c) => c.code));
  for (const field of summary.secondary) for (const c of field.codes) codes.add(c.code);
  const explanations = [...codes].sort((a, b) => a - b).map((code): CodeExplanation => {
    const meaning = preferredMeaning(index.get(code), vendorSource);
    const explanation: CodeExplanation = { code };
    if (meaning) {
      explanation.name = meaning.name;
      explanation.summary = meaning.summary;
      explanation.source = meaning.source;
      explanation.sourceName = index.sourceName(meaning.source);
    }
    const klass = index.classOf(code);
    if (klass) explanation.classTitle = klass.title;
    const note = vendorNoteForCode(summary.format, code);
    if (note) explanation.note = note;
    return explanation;
  });
  return { ...summary, explanations };
}
