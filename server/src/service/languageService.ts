// The facade of the pure language service: no `vscode`, no connection, data injected.
import { Hover, Position } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Dataset, StatusCodeIndex } from './dataset';
import { AnalysisCache, DocumentAnalysis } from './documentAnalysis';
import { doHover, HoverOptions } from './hover';

export interface LanguageServiceOptions {
  dataset: Dataset;
}

export interface LanguageService {
  readonly index: StatusCodeIndex;
  analyze(document: TextDocument): DocumentAnalysis;
  doHover(document: TextDocument, position: Position, options: HoverOptions): Hover | null;
  forget(uri: string): void;
}

export function getLanguageService({ dataset }: LanguageServiceOptions): LanguageService {
  const index = new StatusCodeIndex(dataset);
  const cache = new AnalysisCache();
  return {
    index,
    analyze: (document) => cache.get(document),
    doHover: (document, position, options) => doHover(document, position, cache.get(document), index, options),
    forget: (uri) => cache.delete(uri),
  };
}
