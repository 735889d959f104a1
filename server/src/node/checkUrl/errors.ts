// Why a check failed, as one of a few kinds a user (and a script reading --json) can act on.

export type CheckErrorKind =
  | 'timeout' | 'dns' | 'refused' | 'reset' | 'tls' | 'loop' | 'too-many-redirects'
  | 'invalid-url' | 'unsupported-scheme' | 'protocol' | 'cancelled';

export interface CheckError {
  kind: CheckErrorKind;
  message: string;
  /** The low-level code Node reported (ECONNRESET, HPE_INVALID_CONSTANT, CERT_HAS_EXPIRED…), if any. */
  code?: string;
}

export function checkError(kind: CheckErrorKind, message: string, code?: string): CheckError {
  return code ? { kind, message, code } : { kind, message };
}

const tlsCodes = /^(CERT_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_|ERR_TLS_|ERR_SSL_|EPROTO$|HOSTNAME_MISMATCH|INVALID_CA|INVALID_PURPOSE|PATH_LENGTH_EXCEEDED)/;

/** Maps an error thrown by node's http/https/net/tls/dns layers to a CheckError. */
export function classifyNodeError(error: unknown, host: string): CheckError {
  const err = error as NodeJS.ErrnoException & { reason?: string };
  const code = typeof err?.code === 'string' ? err.code : undefined;
  const detail = err instanceof Error ? err.message : String(error);
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NODATA' || code === 'EAI_FAIL') {
    return checkError('dns', `The host name ${host} could not be resolved (${code}).`, code);
  }
  if (code === 'ECONNREFUSED') return checkError('refused', `${host} refused the connection: nothing is listening on that port.`, code);
  if (code === 'ETIMEDOUT') return checkError('timeout', `Connecting to ${host} timed out.`, code);
  if (code === 'ECONNRESET' || code === 'EPIPE' || detail === 'socket hang up') {
    return checkError('reset', `${host} closed the connection without a complete response (${code ?? detail}).`, code);
  }
  if (code && tlsCodes.test(code)) {
    return checkError('tls', `The TLS handshake with ${host} failed: ${err.reason ?? detail} (${code}).`, code);
  }
  if (code?.startsWith('HPE_')) {
    return checkError('protocol', `${host} sent a response that is not valid HTTP/1.1: ${protocolReason(code)} (${code}).`, code);
  }
  if (code === 'ERR_INVALID_URL') return checkError('invalid-url', `Not a valid URL: ${detail}`, code);
  if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH') return checkError('refused', `${host} cannot be reached (${code}).`, code);
  return checkError('protocol', `The request to ${host} failed: ${detail}`, code);
}

function protocolReason(code: string): string {
  switch (code) {
    case 'HPE_HEADER_OVERFLOW': return 'its headers are larger than the allowed size';
    case 'HPE_INVALID_CONSTANT': return 'the status line is malformed';
    case 'HPE_INVALID_STATUS': return 'the status code is not a valid number';
    case 'HPE_INVALID_VERSION': return 'the HTTP version is invalid';
    case 'HPE_INVALID_HEADER_TOKEN': return 'a header name contains invalid characters';
    case 'HPE_LF_EXPECTED': case 'HPE_CR_EXPECTED': return 'line endings are malformed';
    default: return 'the parser rejected it';
  }
}
