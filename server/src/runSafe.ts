// Every handler runs through here: a failure is logged and answered with a fallback, never a crash.
import { CancellationToken, LSPErrorCodes, ResponseError } from 'vscode-languageserver';

export function runSafe<T>(
  log: (message: string) => void, what: string, token: CancellationToken | undefined,
  fallback: T, work: () => T,
): T | ResponseError<void> {
  if (token?.isCancellationRequested) return cancelled();
  try {
    const result = work();
    return token?.isCancellationRequested ? cancelled() : result;
  } catch (error) {
    log(`${what} failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    return fallback;
  }
}

function cancelled(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'Request cancelled');
}
