// Document highlights: the cursor on any form of a code (`404`, `StatusNotFound`, `HttpStatus.NOT_FOUND`,
// `:not_found`) highlights every form of the same code in the document.
import { DocumentHighlight, DocumentHighlightKind, Position } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentAnalysis, detectionAt } from './documentAnalysis';

export function doDocumentHighlights(document: TextDocument, position: Position, analysis: DocumentAnalysis): DocumentHighlight[] {
  const at = detectionAt(analysis, document.offsetAt(position));
  if (!at) return [];
  return analysis.detections
    .filter((d) => d.code === at.code)
    .map((d) => ({
      range: { start: document.positionAt(d.start), end: document.positionAt(d.end) },
      kind: DocumentHighlightKind.Text,
    }));
}
