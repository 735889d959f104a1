// Streams a log file from disk through the pure summarizer, with progress and cancellation: hundreds of
// MB are read in 64 KB pieces and never held in memory. No `vscode` import (unit-testable in node).
// Node only: the browser's extension host has no file streams (the web entry passes no reader).
import * as fs from 'fs';
import * as path from 'path';
import { LogSummarizer } from '../service/logs/summarize';
import { LogFileReader, SummaryCancelled } from '../service/logs/summarizeLogText';

export { SummaryCancelled } from '../service/logs/summarizeLogText';

export const summarizeLogFile: LogFileReader = async (file, options = {}) => {
  const total = (await fs.promises.stat(file)).size;
  const summarizer = new LogSummarizer({ fileName: path.basename(file) });
  const decoder = new TextDecoder('utf-8');
  const stream = fs.createReadStream(file, { highWaterMark: 64 * 1024 });
  let bytes = 0;
  let lastReport = 0;
  try {
    for await (const chunk of stream) {
      if (options.signal?.aborted) throw new SummaryCancelled();
      const buffer = chunk as Buffer;
      bytes += buffer.length;
      summarizer.write(decoder.decode(buffer, { stream: true }));
      // Report about every 1% (and at least every 4 MB): progress events are not free.
      if (bytes - lastReport >= Math.min(4 * 1024 * 1024, Math.max(64 * 1024, total / 100))) {
        lastReport = bytes;
        options.onProgress?.(bytes, total);
        // Yield to the event loop so a cancellation and other extensions get a turn.
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
  } finally {
    stream.destroy();
  }
  summarizer.write(decoder.decode());
  options.onProgress?.(bytes, total);
  return { summary: summarizer.end(), bytes };
};
