import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

export interface FixtureServer {
  readonly port: number;
  close(): Promise<void>;
}

/**
 * Serves fixture pages at the shops' real hostnames. The browser is pointed here (Chromium by
 * host-resolver rules, Firefox as its proxy, which sends absolute URLs), and the page to serve
 * is named by the `fixture` query parameter, so the URL keeps the shop's real host and path.
 */
export async function startFixtureServer(): Promise<FixtureServer> {
  const server: Server = createServer(async (request, response) => {
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
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A shop URL that the fixture server answers with the named fixture. */
export function shopUrl(href: string, fixture: string): string {
  const url = new URL(href);
  url.searchParams.set('fixture', fixture);
  return url.href;
}
