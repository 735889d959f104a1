// Status sites: where a document writes a status code, in a form that outlives the document's text —
// what the workspace index keeps for each file (server/src/workspaceIndexFeature.ts) and what the
// status map and `map` are built from.
import { Range } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentAnalysis } from './documentAnalysis';
import { DetectionForm } from './detection/types';

export interface StatusSite {
  code: number;
  range: Range;
  form: DetectionForm;
  /** As written: "404", "HttpStatus.NOT_FOUND", ":not_found". */
  text: string;
  vendorSource?: string;
}

/** The sites of one analysed document. */
export function sitesOfDocument(document: TextDocument, analysis: DocumentAnalysis): StatusSite[] {
  return analysis.detections.map((d) => ({
    code: d.code,
    range: { start: document.positionAt(d.start), end: document.positionAt(d.end) },
    form: d.form,
    text: ownCopy(d.text),
    ...(d.vendorSource ? { vendorSource: d.vendorSource } : {}),
  }));
}

/**
 * A slice of a file's text can keep the whole text alive (V8 sliced strings): the index keeps
 * thousands of them for files it no longer holds, so each is copied into a string of its own.
 */
function ownCopy(text: string): string {
  // V8 copies slices shorter than 13 characters anyway.
  return text.length < 13 ? text : text.split('').join('');
}
