/**
 * runSafe: every request handler runs through here, so an exception in one request is logged
 * and answered with a neutral result instead of taking the server down, and cancelled
 * requests are answered as cancelled.
 */
import { LSPErrorCodes, ResponseError, type CancellationToken, type Connection } from 'vscode-languageserver/node';

export function runSafe<T>(connection: Connection, fn: () => T, errorVal: T, what: string, token?: CancellationToken): T | ResponseError<void> {
  if (token?.isCancellationRequested) return new ResponseError<void>(LSPErrorCodes.RequestCancelled, 'Request cancelled');
  try {
    const result = fn();
    if (token?.isCancellationRequested) return new ResponseError<void>(LSPErrorCodes.RequestCancelled, 'Request cancelled');
    return result;
  } catch (e) {
    connection.console.error(`${what} failed: ${e instanceof Error ? `${e.message}\n${e.stack}` : String(e)}`);
    return errorVal;
  }
}
