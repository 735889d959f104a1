// A short summary of the TLS session of an https hop: protocol, certificate, expiry.
import type { TLSSocket, PeerCertificate } from 'tls';

export interface TlsSummary {
  /** "TLSv1.3" */
  protocol?: string;
  /** Subject common name (or the first subject alternative name). */
  subject?: string;
  /** Issuer organisation and common name. */
  issuer?: string;
  validFrom?: string;
  /** ISO date the certificate expires. */
  validTo?: string;
  /** Whole days until expiry; negative once expired. */
  daysLeft?: number;
  /** Whether the chain verified against the trusted CAs. */
  authorized: boolean;
  /** Why it did not verify (only set when it did not, e.g. with the insecure option). */
  authorizationError?: string;
}

export function summarizeTls(socket: TLSSocket, now = Date.now()): TlsSummary {
  const summary: TlsSummary = { authorized: socket.authorized === true };
  const protocol = socket.getProtocol?.();
  if (protocol) summary.protocol = protocol;
  if (!socket.authorized && socket.authorizationError) summary.authorizationError = String(socket.authorizationError);
  let cert: PeerCertificate | undefined;
  try {
    cert = socket.getPeerCertificate?.();
  } catch {
    cert = undefined;
  }
  if (cert && Object.keys(cert).length > 0) {
    const san = cert.subjectaltname?.split(',')[0]?.trim().replace(/^DNS:/, '');
    summary.subject = pick(cert.subject, 'CN') ?? san;
    const issuer = [pick(cert.issuer, 'O'), pick(cert.issuer, 'CN')].filter(Boolean);
    if (issuer.length) summary.issuer = [...new Set(issuer)].join(' — ');
    const to = Date.parse(cert.valid_to);
    const from = Date.parse(cert.valid_from);
    if (!Number.isNaN(from)) summary.validFrom = new Date(from).toISOString();
    if (!Number.isNaN(to)) {
      summary.validTo = new Date(to).toISOString();
      summary.daysLeft = Math.floor((to - now) / 86_400_000);
    }
  }
  return summary;
}

function pick(name: unknown, field: string): string | undefined {
  const value = (name as Record<string, string | string[]> | undefined)?.[field];
  return Array.isArray(value) ? value[0] : value;
}

/** Human wording for the certificate errors users meet most. */
export function explainCertificateError(code: string): string {
  switch (code) {
    case 'DEPTH_ZERO_SELF_SIGNED_CERT': return 'the certificate is self-signed';
    case 'SELF_SIGNED_CERT_IN_CHAIN': return 'the chain ends in a self-signed certificate that is not trusted';
    case 'CERT_HAS_EXPIRED': return 'the certificate has expired';
    case 'CERT_NOT_YET_VALID': return 'the certificate is not valid yet';
    case 'ERR_TLS_CERT_ALTNAME_INVALID': return 'the certificate is for a different host name';
    case 'UNABLE_TO_VERIFY_LEAF_SIGNATURE':
    case 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY': return 'the issuer is unknown (missing intermediate certificate or private CA)';
    default: return code;
  }
}
