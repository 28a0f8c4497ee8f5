import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

export interface FixtureServer {
  readonly port: number;
  /** The same pages over TLS (a throwaway self-signed certificate the browsers are told to accept). */
  readonly tlsPort: number;
  close(): Promise<void>;
}

/**
 * A self-signed certificate for this run. Shops the shopper adds are https only, so their pages
 * are served over TLS; the browsers are started to accept any certificate, so one name does.
 */
async function throwawayCertificate(): Promise<{ key: Buffer; cert: Buffer }> {
  const dir = await mkdtemp(join(tmpdir(), 'paylater-tls-'));
  try {
    const [key, cert] = [join(dir, 'key.pem'), join(dir, 'cert.pem')];
    await promisify(execFile)('openssl', [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=localhost',
      '-keyout',
      key,
      '-out',
      cert,
    ]);
    return { key: await readFile(key), cert: await readFile(cert) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Serves fixture pages at the shops' real hostnames. The browser is pointed here (Chromium by
 * host-resolver rules, Firefox as its proxy, which sends absolute URLs), and the page to serve
 * is named by the `fixture` query parameter, so the URL keeps the shop's real host and path.
 */
export async function startFixtureServer(): Promise<FixtureServer> {
  const answer = async (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', `http://${request.headers.host ?? 'localhost'}`);
    const fixture = url.searchParams.get('fixture');
    if (!fixture || !/^(?:corpus\/)?[a-z0-9-]+\/[a-z0-9-]+$/.test(fixture)) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('no fixture');
      return;
    }
    try {
      const html = await readFile(`${FIXTURES}${fixture}.html`);
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('unknown fixture');
    }
  };
  const server: Server = createServer(answer);
  const tls = createTlsServer(await throwawayCertificate(), answer);
  const tunnels = new Set<Socket>();
  // Firefox reaches https hosts through its proxy (this server) by CONNECT: the tunnel is handed
  // to the TLS server, which answers as the shop's host.
  server.on('connect', (_request: IncomingMessage, socket: Socket) => {
    tunnels.add(socket);
    socket.once('close', () => tunnels.delete(socket));
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    tls.emit('connection', socket);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  await new Promise<void>((resolve) => tls.listen(0, '127.0.0.1', resolve));
  const close = (closing: Server) =>
    new Promise<void>((resolve) => {
      closing.closeAllConnections();
      closing.close(() => resolve());
    });
  return {
    port: (server.address() as AddressInfo).port,
    tlsPort: (tls.address() as AddressInfo).port,
    close: async () => {
      for (const socket of tunnels) socket.destroy();
      await Promise.all([close(server), close(tls)]);
    },
  };
}

/** A shop URL that the fixture server answers with the named fixture. */
export function shopUrl(href: string, fixture: string): string {
  const url = new URL(href);
  url.searchParams.set('fixture', fixture);
  return url.href;
}
