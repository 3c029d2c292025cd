import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { serveStatic } from './static-server.ts';

/** Debian's Chromium (`apt-get install chromium`), or the one CHROMIUM_PATH names. */
export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const hasChromium = existsSync(chromiumPath);
export const noChromiumReason = `skipped: no Chromium at ${chromiumPath} (install Debian's "chromium" package or set CHROMIUM_PATH)`;

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    // The machine has no network beyond loopback: keep Chromium from calling home.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface ChromiumSession {
  browser: Browser;
  /** The served site's root URL, ending in its base path. */
  url: string;
}

/**
 * Serves a built site on loopback and opens Chromium on it for the tests of the calling describe
 * block, closing both afterwards. Call it after the hook that builds the site.
 */
export function openSiteInChromium(dist: () => string, base = '/'): ChromiumSession {
  const session = {} as ChromiumSession;
  let site: Awaited<ReturnType<typeof serveStatic>> | undefined;
  beforeAll(async () => {
    site = await serveStatic(dist(), base);
    session.url = site.url;
    session.browser = await launchChromium();
  });
  afterAll(async () => {
    await session.browser?.close();
    await site?.close();
  });
  return session;
}
