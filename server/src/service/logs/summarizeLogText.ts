// What both extension hosts share for log summaries: a document's text summarized at once, and the shape
// of a reader that streams a file from disk (Node only: see summarizeLogFile.ts). No `vscode`, no Node.
import { LogSummarizer, LogSummary } from './summarize';

export interface SummarizeFileOptions {
  /** Called after each piece with the bytes read so far and the file's size. */
  onProgress?(bytesRead: number, totalBytes: number): void;
  signal?: AbortSignal;
}

/** Streams a file (by path) through the summarizer: Node's summarizeLogFile; none in the browser. */
export type LogFileReader = (file: string, options?: SummarizeFileOptions) => Promise<{ summary: LogSummary; bytes: number }>;

export class SummaryCancelled extends Error {
  constructor() {
    super('The summary was cancelled.');
  }
}

/** A document's text (an unsaved or small open log) summarized at once. */
export function summarizeLogText(text: string, fileName: string): LogSummary {
  const summarizer = new LogSummarizer({ fileName });
  summarizer.write(text);
  return summarizer.end();
}
