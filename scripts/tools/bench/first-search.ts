import { hasChromium, launchChromium } from '../../../tests/helpers/chromium.ts';
import { serveStatic } from '../../../tests/helpers/static-server.ts';

/**
 * Bytes a visitor's browser receives over the network (compressed, as a static host sends them)
 * from a fresh load of the search page to the first results, counted by Chromium itself.
 */
export async function firstSearchBytes(dist: string, query: string): Promise<number | null> {
  if (!hasChromium) return null;
  const site = await serveStatic(dist);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    let bytes = 0;
    // Playwright sees the requests of Pagefind's web worker too; sizes() are as sent on the wire.
    page.on('requestfinished', async (request) => {
      const sizes = await request.sizes();
      bytes += sizes.responseBodySize + sizes.responseHeadersSize;
    });
    await page.goto(`${site.url}search/?q=${encodeURIComponent(query)}`);
    await page.waitForFunction(() => document.querySelector('[role=status]')?.textContent?.trim(), null, { timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    return bytes;
  } finally {
    await browser.close();
    await site.close();
  }
}
