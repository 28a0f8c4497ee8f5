// Renders the icons drawn in icon-art.ts into public/icon/<size>.png with the system Chromium, so
// the PNGs the extension ships are always that drawing. Look at them after a change.
//
//   npm run icons
import { mkdir } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { ICONS, iconSvg } from './icon-art';

async function main(): Promise<void> {
  await mkdir('public/icon', { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const [size, geometry] of Object.entries(ICONS)) {
    const pixels = Number(size);
    await page.setViewportSize({ width: pixels, height: pixels });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block}</style>${iconSvg(pixels, geometry)}`,
    );
    await page.screenshot({
      path: `public/icon/${size}.png`,
      omitBackground: true,
      clip: { x: 0, y: 0, width: pixels, height: pixels },
    });
    console.log(`public/icon/${size}.png`);
  }
  await browser.close();
}

await main();
