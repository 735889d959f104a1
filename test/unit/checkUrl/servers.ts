// Real local servers for the URL checker tests: plain HTTP, HTTPS with a generated self-signed
// certificate, and raw TCP servers that misbehave on purpose. All listen on 127.0.0.1, port 0.
import * as http from 'http';
import * as https from 'https';
import * as net from 'net';
import { AddressInfo } from 'net';
import { generate } from 'selfsigned';

export interface Running {
  port: number;
  /** "http://127.0.0.1:PORT" */
  origin: string;
  close(): Promise<void>;
}

function track(server: net.Server): Set<net.Socket> {
  const sockets = new Set<net.Socket>();
  server.on('connection', (socket: net.Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
  });
  server.on('secureConnection', (socket: net.Socket) => socket.on('error', () => undefined));
  return sockets;
}

async function listen(server: net.Server, scheme: 'http' | 'https'): Promise<Running> {
  const sockets = track(server);
  server.on('tlsClientError', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    origin: `${scheme}://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    }),
  };
}

export function httpServer(handler: http.RequestListener): Promise<Running> {
  return listen(http.createServer(handler), 'http');
}

export interface Cert { cert: string; key: string }

let cached: Promise<Cert> | undefined;
/** A self-signed certificate for 127.0.0.1 and localhost, generated once per run. */
export function selfSignedCert(): Promise<Cert> {
  cached ??= (async () => {
    const pems = await generate([{ name: 'commonName', value: 'localhost' }], {
      keySize: 2048,
      algorithm: 'sha256',
      notAfterDate: new Date(Date.now() + 30 * 86_400_000),
      extensions: [
        { name: 'basicConstraints', cA: true },
        { name: 'subjectAltName', altNames: [{ type: 2, value: 'localhost' }, { type: 7, ip: '127.0.0.1' }] },
      ],
    });
    return { cert: pems.cert as string, key: pems.private as string };
  })();
  return cached;
}

export async function httpsServer(handler: http.RequestListener): Promise<Running & Cert> {
  const cert = await selfSignedCert();
  const running = await listen(https.createServer({ cert: cert.cert, key: cert.key }, handler), 'https');
  return { ...running, ...cert };
}

/** A TCP server that does whatever `onSocket` does with each connection. */
export function rawServer(onSocket: (socket: net.Socket) => void): Promise<Running> {
  const server = net.createServer(onSocket);
  return listen(server, 'http');
}

/** A port nothing listens on (bound, then released). */
export async function refusedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Resolves when `predicate` holds, checking every few ms; rejects after `timeoutMs`. */
export async function until(predicate: () => boolean, timeoutMs = 3000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
