// Every handler runs through here: a failure is logged and answered with a fallback (an empty result),
// never a crash. A request that fails on one document fails again on every keystroke's request until the
// document changes, so the error is logged once per document version (and request kind), not per request.
import { CancellationToken, LSPErrorCodes, ResponseError } from 'vscode-languageserver';

/** The document a request is about: failures are reported once per uri and version. */
export interface DocumentVersion {
  uri: string;
  version: number;
}

/** Failure keys remembered; older ones are forgotten (a long session cannot grow this without bound). */
const rememberedFailures = 1000;

export type RunSafe = <T>(
  what: string, token: CancellationToken | undefined, fallback: T, work: () => T, document?: DocumentVersion,
) => T | ResponseError<void>;

export function createRunSafe(log: (message: string) => void): RunSafe {
  const reported = new Set<string>();
  return (what, token, fallback, work, document) => {
    if (token?.isCancellationRequested) return cancelled();
    try {
      const result = work();
      return token?.isCancellationRequested ? cancelled() : result;
    } catch (error) {
      const key = document ? `${what} ${document.uri} ${document.version}` : undefined;
      if (key === undefined || !reported.has(key)) {
        if (key !== undefined) {
          reported.add(key);
          if (reported.size > rememberedFailures) reported.delete(reported.values().next().value!);
        }
        const where = document ? ` on ${document.uri} (version ${document.version})` : '';
        log(`${what} failed${where}: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
      }
      return fallback;
    }
  };
}

function cancelled(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'Request cancelled');
}
