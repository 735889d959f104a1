// The work of `scan`, apart from argument parsing and printing: walk the paths, read each file, and
// analyse it. `analyzeFile` is per file and pure apart from its inputs, so a worker pool can share it.
import * as fs from 'fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LanguageService } from '../service/languageService';
import { DetectionForm } from '../service/detection/types';
import { defaultSettings, Settings } from '../service/settings';
import { CliDiagnostic, diagnosticsOfFile } from './scanDiagnostics';
import { isBinary, MAX_FILE_BYTES, walkFiles } from './walkFiles';

export interface ScanDetection {
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units (as LSP and SARIF count). */
  column: number;
  code: number;
  form: DetectionForm;
  name: string | null;
}

export interface FileResult {
  detections: ScanDetection[];
  diagnostics: CliDiagnostic[];
}

export interface ScanResult extends FileResult {
  files: number;
}

export interface ScanOptions {
  service: LanguageService;
  settings?: Settings;
  /** Also run the diagnostics rules (default true). */
  diagnostics?: boolean;
  cwd?: string;
}

/** Detections (and diagnostics) of one file's text; `file` is printed as given; language from its extension. */
export function analyzeFile(file: string, text: string, options: ScanOptions): FileResult {
  const { service } = options;
  const uri = `file://${encodeURI(file.startsWith('/') ? file : `/${file}`)}`;
  const document = TextDocument.create(uri, '', 1, text);
  const analysis = service.analyze(document);
  service.forget(uri);
  const detections = analysis.detections.map((d) => {
    const position = document.positionAt(d.start);
    const meaning = (d.vendorSource ? service.index.get(d.code)?.meanings.find((m) => m.source === d.vendorSource) : undefined)
      ?? service.index.primary(d.code);
    return { file, line: position.line + 1, column: position.character + 1, code: d.code, form: d.form, name: meaning?.name ?? null };
  });
  const diagnostics = options.diagnostics === false ? [] : diagnosticsOfFile(service, file, text, '', options.settings ?? defaultSettings);
  return { detections, diagnostics };
}

/** Walks `paths` (files and folders) and analyses every text file. Throws for a path that does not exist. */
export function scanFiles(paths: readonly string[], options: ScanOptions): ScanResult {
  const result: ScanResult = { files: 0, detections: [], diagnostics: [] };
  for (const file of walkFiles(paths, options.cwd)) {
    let buffer: Buffer;
    try {
      if (fs.statSync(file.absolute).size > MAX_FILE_BYTES) continue;
      buffer = fs.readFileSync(file.absolute);
    } catch {
      continue; // vanished or unreadable while walking
    }
    if (isBinary(buffer)) continue;
    result.files++;
    const one = analyzeFile(file.display, buffer.toString('utf8'), options);
    result.detections.push(...one.detections);
    result.diagnostics.push(...one.diagnostics);
  }
  return result;
}
