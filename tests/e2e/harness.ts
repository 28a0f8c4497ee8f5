import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { type Driver, launchChromium, launchFirefox } from './drivers';
import { type FixtureServer, startFixtureServer } from './server';

export const BROWSERS = (process.env.E2E_BROWSERS ?? 'chromium,firefox').split(',') as Driver['name'][];
export const ARTIFACTS = 'artifacts/e2e';

/** One fixture server and one browser with the built extension, for a describe block. */
export function useBrowser(name: Driver['name']): { driver: () => Driver } {
  let server: FixtureServer | undefined;
  let driver: Driver | undefined;
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await startFixtureServer();
    driver =
      name === 'chromium'
        ? await launchChromium(server.port, { tlsPort: server.tlsPort })
        : await launchFirefox(server.port);
  }, 60_000);
  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });
  return {
    driver: () => {
      if (!driver) throw new Error('browser not started');
      return driver;
    },
  };
}
