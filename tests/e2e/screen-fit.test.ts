import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, projectRoot } from '../helpers/build-site.ts';
import { hasChromium, noChromiumReason, openSiteInChromium, type ChromiumSession } from '../helpers/chromium.ts';
import { makeCorpusArchive } from '../helpers/corpus-archive.ts';
import { sitePages, type SitePage } from '../helpers/page-types.ts';
import { describeWithShared } from '../helpers/shared.ts';
import { makeSeedArchive } from '../helpers/fixture-archive.ts';

/**
 * Every kind of page in every interface language fits a phone's screen: nothing wider than the
 * viewport, no text cut off inside a box, at 320 px (the narrowest phones), 390 px and 1280 px.
 * On the archive's own content (the seeds' entries) and on one ingested from the dev corpus, whose
 * long names, long words and agency lines are what broke the layout before.
 */
export const SCREENSHOT_DIR = path.join(projectRoot, 'test-results/screenshots');
const WIDTHS = [320, 390, 1280];
const PHONE = { width: 390, height: 844 };

/** What sticks out of a page at its current width: the document's own overflow and each element past the right edge or clipped inside its box. */
function overflowOf(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const problems: string[] = [];
    if (document.documentElement.scrollWidth > width) problems.push(`page is ${document.documentElement.scrollWidth} px wide in ${width} px`);
    const describe = (element: Element) =>
      `<${element.tagName.toLowerCase()}${element.className && typeof element.className === 'string' ? ` class="${element.className}"` : ''}> "${(element.textContent ?? '').trim().slice(0, 60)}"`;
    for (const element of document.body.querySelectorAll('*')) {
      // Hidden on purpose: in a closed <details>, the skip link off screen, labels for screen readers only (a 1 px box).
      if (element.closest('details:not([open]) > :not(summary), .skip-link:not(:focus), [hidden], noscript')) continue;
      const box = element.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1) continue;
      // The outermost element that sticks out names the problem; its children stick out with it.
      const parent = element.parentElement!.getBoundingClientRect();
      if (box.right > width + 0.5 && parent.right <= width + 0.5) problems.push(`${describe(element)} reaches ${Math.round(box.right)} px`);
      const style = getComputedStyle(element);
      const clips =
        style.overflowX !== 'visible' &&
        !(element instanceof HTMLInputElement || element instanceof HTMLSelectElement || element instanceof HTMLTextAreaElement);
      if (clips && element.scrollWidth > element.clientWidth + 1)
        problems.push(`${describe(element)} cuts off ${element.scrollWidth - element.clientWidth} px`);
    }
    return problems;
  });
}

async function open(page: Page, url: string, type: string) {
  await page.goto(url);
  if (type === 'search') await page.waitForFunction(() => document.querySelectorAll('.search-results li').length > 0, null, { timeout: 15_000 });
}

/** Loads every page once per width in one tab, the viewport set per width: one browser for all. */
async function overflowsOn(browser: Browser, siteUrl: string, pages: SitePage[], widths: number[]): Promise<string[]> {
  const page = await browser.newPage();
  const found: string[] = [];
  for (const { type, uiLang, url } of pages) {
    for (const width of widths) {
      await page.setViewportSize({ width, height: 800 });
      if (width === widths[0]) await open(page, `${siteUrl}${url}`, type);
      found.push(...(await overflowOf(page)).map((problem) => `${width} px ${type} (${uiLang}) /${url}: ${problem}`));
    }
  }
  await page.close();
  return found;
}

/** The day a bulletin page says it was published (its `article:published_time`), or '' when undated. */
function publishedDay(dist: string, url: string): string {
  return readFileSync(path.join(dist, new URL(url).pathname, 'index.html'), 'utf8').match(/property="article:published_time" content="([^"]+)"/)?.[1] ?? '';
}

/**
 * A front page opens with news: its first bulletin is the newest of what it covers (the whole
 * archive on the home, the section on a language's page) and its headline ends within the first
 * screen of a 390 × 844 phone.
 */
function itOpensWithTheNewest(session: ChromiumSession, dist: () => string) {
  it('opens the home and every language page with its newest bulletin, within the first phone screen', async () => {
    const page = await session.browser.newPage({ viewport: PHONE });
    const fronts = sitePages(dist()).filter(({ type }) => type === 'home' || type === 'listing');
    const late: string[] = [];
    for (const { url } of fronts) {
      await page.goto(`${session.url}${url}`);
      const links = await page
        .locator('main .bulletin-list a')
        .evaluateAll((anchors) => anchors.map((anchor) => ({ href: (anchor as HTMLAnchorElement).href, bottom: anchor.getBoundingClientRect().bottom })));
      expect(links.length, url).toBeGreaterThan(0);
      const days = links.map(({ href }) => publishedDay(dist(), href));
      const newest = days.filter(Boolean).sort().at(-1) ?? '';
      // The home's list holds the newest of all, not a page of one language: its first is the archive's newest.
      const archiveNewest =
        url === ''
          ? sitePages(dist(), { allBulletins: true })
              .filter(({ type }) => type === 'bulletin')
              .map(({ url: bulletin }) => publishedDay(dist(), `${session.url}${bulletin}`))
              .sort()
              .at(-1)
          : newest;
      expect(days[0], `${url}: the first bulletin's date`).toBe(archiveNewest);
      if (links[0].bottom > PHONE.height) late.push(`/${url}: first headline ends at ${Math.round(links[0].bottom)} px`);
    }
    await page.close();
    expect(late).toEqual([]);
  }, 120_000);
}

/** Page types drawn by the same template as one already shown (the other entity kinds, the other editorial pages) are not drawn again. */
const SAME_TEMPLATE = new Set(['countries-index', 'countries-entity', 'people-index', 'people-entity', 'page-contribute', 'page-methodology']);

/** Screenshots for people to look at: one page of each type per interface language, 390 px wide, light and dark. */
function itWritesScreenshots(session: ChromiumSession, dist: () => string, archive: string) {
  const dir = path.join(SCREENSHOT_DIR, archive);
  it(`writes a screenshot of every page type at 390 px, light and dark, per interface language, to ${path.relative(projectRoot, dir)}/`, async () => {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const seen = new Set<string>();
    const pages = sitePages(dist()).filter(
      ({ type, uiLang }) => !SAME_TEMPLATE.has(type) && !seen.has(`${uiLang} ${type}`) && Boolean(seen.add(`${uiLang} ${type}`)),
    );
    const written: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await session.browser.newContext({ colorScheme, viewport: PHONE, deviceScaleFactor: 1 });
      const page = await context.newPage();
      for (const { type, uiLang, url } of pages) {
        await open(page, `${session.url}${url}`, type);
        const file = `${uiLang}-${type}-390-${colorScheme}.png`;
        await page.screenshot({ path: path.join(dir, file), fullPage: true });
        written.push(file);
      }
      await context.close();
    }
    // The folder was emptied first: what is in it now is what this run wrote, each a PNG as wide as
    // the window (its IHDR chunk holds width and height from byte 16).
    expect(readdirSync(dir).sort()).toEqual(written.sort());
    for (const file of written) {
      const png = readFileSync(path.join(dir, file));
      expect(png.subarray(1, 4).toString('latin1'), file).toBe('PNG');
      expect(png.readUInt32BE(16), file).toBe(PHONE.width);
      expect(png.readUInt32BE(20), file).toBeGreaterThanOrEqual(PHONE.height);
    }
  }, 300_000);
}

describe.skipIf(!hasChromium)(`pages fit the screen${hasChromium ? '' : ` (${noChromiumReason})`}`, () => {
  describe('the archive’s own content (the seeds)', () => {
    let dist: string;
    beforeAll(() => {
      dist = buildSite(makeSeedArchive());
    });
    const session = openSiteInChromium(() => dist);

    it('has no page wider than 320, 390 or 1280 px, in any interface language', async () => {
      const pages = sitePages(dist, { allBulletins: true });
      expect(pages.map(({ type }) => type)).toEqual(
        expect.arrayContaining([
          'home',
          'listing',
          'archive',
          'archive-month',
          'bulletin',
          'organizations-index',
          'organizations-entity',
          'page-about',
          'search',
          'not-found',
        ]),
      );
      expect(await overflowsOn(session.browser, session.url, pages, WIDTHS)).toEqual([]);
    }, 300_000);

    it('shows a bulletin’s headline in the top 200 px of a 390 × 844 phone screen', async () => {
      const page = await session.browser.newPage({ viewport: PHONE });
      const tops: Record<string, number> = {};
      for (const { url } of sitePages(dist, { allBulletins: true }).filter(({ type }) => type === 'bulletin')) {
        await page.goto(`${session.url}${url}`);
        tops[url] = await page.evaluate(() => document.querySelector('article h1')!.getBoundingClientRect().top);
      }
      await page.close();
      expect(Object.keys(tops).length).toBeGreaterThan(0);
      expect(Object.entries(tops).filter(([, top]) => top >= 200)).toEqual([]);
    }, 60_000);

    it('switches language from a menu that opens without JavaScript', async () => {
      const context = await session.browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
      const page = await context.newPage();
      await page.goto(`${session.url}ky/`);
      const other = page.locator('.language-menu a[hreflang="tr"]');
      expect(await other.isVisible()).toBe(false);
      await page.click('.language-menu summary');
      expect(await other.isVisible()).toBe(true);
      await other.click();
      await page.waitForURL(/\/tr\/$/);
      await context.close();
    });

    it('reaches the search page in one tap from a phone’s header', async () => {
      const page = await session.browser.newPage({ viewport: PHONE });
      for (const [from, to] of [
        ['ky/', /\/ky\/search\/$/],
        ['', /\/search\/$/],
      ] as const) {
        await page.goto(`${session.url}${from}`);
        await page.locator('.site-header a.search-link').click();
        await page.waitForURL(to);
      }
      await page.close();
    });

    itOpensWithTheNewest(session, () => dist);

    itWritesScreenshots(session, () => dist, 'seeds');
  });

  describeWithShared('an archive ingested from the dev corpus', () => {
    let dist: string;
    beforeAll(() => {
      dist = buildSite(makeCorpusArchive());
    }, 300_000);
    const session = openSiteInChromium(() => dist);

    it('has every page type in every interface language', () => {
      const pages = sitePages(dist);
      expect(new Set(pages.map(({ uiLang }) => uiLang))).toEqual(new Set(['az', 'en', 'kk', 'kk-Latn', 'ky', 'ru', 'tr', 'uz', 'uz-Latn']));
      // A Latin Uzbek and a Latin Kazakh bulletin, shown in their alphabet's interface.
      expect(pages.filter(({ type }) => type === 'bulletin').map(({ uiLang }) => uiLang)).toEqual(expect.arrayContaining(['uz', 'uz-Latn', 'kk', 'kk-Latn']));
    });

    it('has no page wider than 320, 390 or 1280 px, and no bulletin wider than 320 px', async () => {
      const sample = sitePages(dist);
      const bulletins = sitePages(dist, { allBulletins: true }).filter(({ type }) => type === 'bulletin');
      const found = [
        ...(await overflowsOn(session.browser, session.url, sample, WIDTHS)),
        ...(await overflowsOn(session.browser, session.url, bulletins, [320])),
      ];
      expect(found).toEqual([]);
    }, 600_000);

    itOpensWithTheNewest(session, () => dist);

    itWritesScreenshots(session, () => dist, 'corpus');
  });
});
