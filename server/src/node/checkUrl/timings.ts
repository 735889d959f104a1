// Per-hop timing breakdown from socket events (milliseconds from the start of the hop).
import type { ClientRequest } from 'http';
import type { Socket } from 'net';

export interface HopTimings {
  /** Name lookup; absent when the socket was reused or the host is an IP address. */
  dnsMs?: number;
  /** TCP connect (after DNS). */
  connectMs?: number;
  /** TLS handshake (after connect), https only. */
  tlsMs?: number;
  /** From sending the request to the first byte of the response headers. */
  ttfbMs?: number;
  /** The whole hop, including the part of the body we read. */
  totalMs: number;
  /** The connection came from the agent's pool (no DNS/connect/TLS happened). */
  reusedConnection?: boolean;
}

const round = (ms: number) => Math.round(ms * 10) / 10;

/** Watches a request's socket; call `firstByte()` when the response arrives and `finish()` at the end. */
export class TimingRecorder {
  private readonly start = performance.now();
  private lookupAt?: number;
  private connectAt?: number;
  private secureAt?: number;
  private requestSentAt?: number;
  private firstByteAt?: number;
  private reused = false;

  watch(request: ClientRequest): void {
    request.once('socket', (socket: Socket) => {
      // A pooled socket is already connected: there is nothing to time but the exchange.
      if (!socket.connecting) {
        this.reused = true;
        return;
      }
      socket.once('lookup', () => { this.lookupAt = performance.now(); });
      socket.once('connect', () => { this.connectAt = performance.now(); });
      socket.once('secureConnect', () => { this.secureAt = performance.now(); });
    });
    request.once('finish', () => { this.requestSentAt = performance.now(); });
  }

  firstByte(): void {
    this.firstByteAt ??= performance.now();
  }

  elapsed(): number {
    return performance.now() - this.start;
  }

  finish(): HopTimings {
    const end = performance.now();
    const t: HopTimings = { totalMs: round(end - this.start) };
    if (this.reused) t.reusedConnection = true;
    if (this.lookupAt !== undefined) t.dnsMs = round(this.lookupAt - this.start);
    if (this.connectAt !== undefined) t.connectMs = round(this.connectAt - (this.lookupAt ?? this.start));
    if (this.secureAt !== undefined && this.connectAt !== undefined) t.tlsMs = round(this.secureAt - this.connectAt);
    if (this.firstByteAt !== undefined) {
      const sent = this.requestSentAt ?? this.secureAt ?? this.connectAt ?? this.start;
      t.ttfbMs = round(this.firstByteAt - Math.min(sent, this.firstByteAt));
    }
    return t;
  }
}
