import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { launchChromium, waitFor } from '../tests/e2e/drivers';
import { shopUrl, startFixtureServer } from '../tests/e2e/server';

const CHECKOUT = 'http://trade.jd.com/shopping/order/getOrderInfo.action?rid=demo';
const OUT = resolve('artifacts/demo');

const headless = !process.env.DISPLAY || process.env.CI === 'true';
const server = await startFixtureServer();
const driver = await launchChromium(server.port, { headless });
const page = await driver.open(shopUrl(CHECKOUT, 'jd/checkout-paylater'));
const panel = await page.panelFrame();
await waitFor(() => panel.evaluate(() => document.querySelector('[data-testid="panel"]') !== null), 'the panel');

if (!headless) {
  console.log('Chromium is open on a demo JD checkout with PayLater Lens loaded.');
  console.log(
    'Track a bill in the panel, then open the extension’s popup from the toolbar. Close the browser to stop.',
  );
  await driver.closed();
} else {
  await mkdir(OUT, { recursive: true });
  await page.screenshot(`${OUT}/checkout-with-panel.png`);
  await panel.click('[data-action="track"]');
  await waitFor(
    () => panel.evaluate(() => document.querySelector('[data-tracked="true"]') !== null),
    'the bill to be tracked',
  );
  const popup = await driver.openExtensionPage('popup.html');
  await waitFor(() => popup.evaluate(() => document.querySelector('[data-installment]') !== null), 'the popup list');
  await popup.screenshot(`${OUT}/popup.png`, 'body');
  console.log('PayLater Lens ran headless (no display). Screenshots:');
  console.log(`  ${OUT}/checkout-with-panel.png  – the JD checkout with the panel`);
  console.log(`  ${OUT}/popup.png  – the popup after tracking the bill`);
}
await driver.close();
await server.close();
