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
  const markdown = statusCodeMarkdown(detection.code, index, options);
  if (!markdown) return null;
  return {
    contents: { kind: MarkupKind.Markdown, value: markdown },
    range: { start: document.positionAt(detection.start), end: document.positionAt(detection.end) },
  };
}

export function statusCodeMarkdown(code: number, index: StatusCodeIndex, _options: HoverOptions): string | undefined {
  const meaning = index.primary(code);
  if (!meaning) return undefined;
  const klass = index.classOf(code);
  const lines = [`**${code} ${meaning.name}**${klass ? ` · ${klass.title}` : ''}`, '', meaning.summary];
  return lines.join('\n');
}
