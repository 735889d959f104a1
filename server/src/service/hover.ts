// Hover: the markdown card for the status code under the cursor.
import { Hover, MarkupKind, Position } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { StatusCodeIndex } from './dataset';
import { DocumentAnalysis, detectionAt } from './documentAnalysis';

export interface HoverOptions {
  /** VS Code renders `command:` links; other editors get plain text. */
  commandLinks: boolean;
}

export function doHover(
  document: TextDocument, position: Position, analysis: DocumentAnalysis,
  index: StatusCodeIndex, options: HoverOptions,
): Hover | null {
  const detection = detectionAt(analysis, document.offsetAt(position));
  if (!detection) return null;
  const markdown = statusCodeMarkdown(detection.code, index, options, detection.vendorSource);
  if (!markdown) return null;
  return {
    // A log's vendor context (NGINX 499, an ALB target that never answered) adds a note under the meaning.
    contents: { kind: MarkupKind.Markdown, value: detection.note ? `${markdown}\n\n${detection.note}` : markdown },
    range: { start: document.positionAt(detection.start), end: document.positionAt(detection.end) },
  };
}

export function statusCodeMarkdown(
  code: number, index: StatusCodeIndex, _options: HoverOptions, vendorSource?: string,
): string | undefined {
  // Where the code was found names a vendor (an NGINX log): that vendor's meaning comes first.
  const vendorMeaning = vendorSource ? index.get(code)?.meanings.find((m) => m.source === vendorSource) : undefined;
  const meaning = vendorMeaning ?? index.primary(code);
  if (!meaning) return undefined;
  const klass = index.classOf(code);
  const vendor = vendorMeaning && meaning.source !== 'iana' ? ` · ${index.dataset.sources[meaning.source]?.name ?? meaning.source}` : '';
  const lines = [`**${code} ${meaning.name}**${klass ? ` · ${klass.title}` : ''}${vendor}`, '', meaning.summary];
  return lines.join('\n');
}
