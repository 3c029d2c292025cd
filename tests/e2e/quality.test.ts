import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, projectRoot } from '../helpers/build-site.ts';
import { hasChromium, noChromiumReason, openSiteInChromium } from '../helpers/chromium.ts';
import { makeFixtureArchive } from '../helpers/fixture-archive.ts';

/**
 * What readers get from every kind of page, checked on one fixture site: valid HTML (Nu Html
 * Checker), no accessibility violations (axe-core in Chromium) in three languages, no CSP violation,
 * no script but search and the theme toggle, structured data. (Screenshots: screen-fit.test.ts.)
 */
/** Sections by the first segment of their pages' URLs: Uzbek and Kazakh have one per alphabet (`uz/` Cyrillic, `uz-Latn/`). */
const LANGUAGES = ['ky', 'tr', 'uz', 'uz-Latn', 'kk-Latn'];
let dist: string;
let ids: string[];

const html = (page: string) => readFileSync(path.join(dist, page, 'index.html'), 'utf8');
/** A bulletin of a section shown in it: Latin Uzbek ones in `uz-Latn`'s interface (their header searches that section). */
const bulletinOf = (lang: string) => ids.find((id) => id.startsWith(`${lang.split('-')[0]}/`) && html(id).includes(`action="/${lang}/search/"`))!;
/** An organization page that exists in every language section. */
const organization = () => readdirSync(path.join(dist, 'ky/organizations'), { withFileTypes: true }).find((entry) => entry.isDirectory())!.name;
/** A query that finds bulletins in every language: the fixture texts all name Bishkek, one way or another. */
const QUERY = 'Бишкек';

function pagesIn(lang: string) {
  return {
    listing: `${lang}/`,
    bulletin: `${bulletinOf(lang)}/`,
    search: `${lang}/search/?q=${encodeURIComponent(QUERY)}`,
    entity: `${lang}/organizations/${organization()}/`,
  };
}

beforeAll(() => {
  const archive = makeFixtureArchive();
  ids = archive.ids;
  dist = buildSite(archive.contentDir);
});

describe('pages', () => {
  it('run no script but the theme toggle, and search on search pages', () => {
    const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
    for (const page of pages) {
      const scripts = [...readFileSync(path.join(dist, page), 'utf8').matchAll(/<script\b([^>]*)>/g)].map((match) => match[1]);
      const code = scripts.filter((attributes) => !attributes.includes('application/ld+json'));
      expect(code.filter((attributes) => !attributes.includes('/theme.js')).length, page).toBe(page.includes('search/') ? 1 : 0);
    }
  });

  it('describe each bulletin for search engines and link previews', () => {
    const id = bulletinOf('ky');
    const page = html(id);
    const data = JSON.parse(page.match(/<script type="application\/ld\+json">([^<]*)<\/script>/)![1]);
    expect(data).toMatchObject({ '@type': 'NewsArticle', inLanguage: 'ky', url: `https://example.github.io/${id}/` });
    expect(page).toContain(`<link rel="canonical" href="https://example.github.io/${id}/">`);
    expect(page).toContain('<meta property="og:type" content="article">');
    expect(page).toMatch(/<meta name="twitter:card" content="summary">/);
    expect(page).toContain(`href="https://github.com/example/turkic-security-bulletins/edit/main/content/bulletins/${id}.md"`);
  });

  it('link each bulletin to the previous and next in its language', () => {
    const ky = ids
      .filter((id) => /^ky\/\d{4}-/.test(id))
      .sort()
      .reverse();
    expect(ky.length).toBeGreaterThan(1);
    expect(html(ky[0])).toContain(`href="/${ky[1]}/" rel="prev"`);
    expect(html(ky[1])).toContain(`href="/${ky[0]}/" rel="next"`);
  });

  it('have a sitemap with language alternates, and robots.txt pointing to it', () => {
    expect(readFileSync(path.join(dist, 'robots.txt'), 'utf8')).toContain('Sitemap: https://example.github.io/sitemap-index.xml');
    const sitemap = readFileSync(path.join(dist, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('<xhtml:link rel="alternate" hreflang="tr" href="https://example.github.io/tr/archive/"/>');
  });

  const java = spawnSync('java', ['-version']).status === 0;
  const vnu = path.join(projectRoot, 'node_modules/vnu-jar/build/dist/vnu.jar');
  it.skipIf(!java || !existsSync(vnu))(
    `are valid HTML for the Nu Html Checker${java ? '' : ' (skipped: no java on PATH)'}`,
    () => {
      const files = [
        'index.html',
        '404.html',
        ...LANGUAGES.flatMap((lang) => Object.values(pagesIn(lang)).map((page) => `${page.replace(/\?.*$/, '')}index.html`)),
        'ky/archive/index.html',
        'ky/organizations/index.html',
        'ky/pages/about/index.html',
      ].map((file) => path.join(dist, file));
      const result = spawnSync('java', ['-jar', vnu, '--format', 'json', ...files], { encoding: 'utf8' });
      const messages = JSON.parse(result.stderr).messages as { type: string; subType?: string; message: string; url: string; lastLine: number }[];
      const errors = messages.filter((message) => message.type === 'error' || message.subType === 'fatal');
      expect(errors.map((error) => `${path.relative(dist, new URL(error.url).pathname)}:${error.lastLine}: ${error.message}`)).toEqual([]);
    },
    120_000,
  );
});

describe.skipIf(!hasChromium)(`in real Chromium${hasChromium ? '' : ` (${noChromiumReason})`}`, () => {
  const session = openSiteInChromium(() => dist);
  const axeSource = readFileSync(path.join(projectRoot, 'node_modules/axe-core/axe.min.js'), 'utf8');

  async function open(page: Page, url: string) {
    await page.goto(`${session.url}${url}`);
    if (url.includes('search/?q=')) {
      await page.waitForFunction(() => document.querySelectorAll('.search-results a').length > 0, null, { timeout: 15_000 });
    }
  }

  it.each(LANGUAGES)(
    'has no accessibility violations (axe-core) on the pages of %s',
    async (lang) => {
      // Injecting axe is an inline script, which the site's CSP rightly refuses: this context only ignores it.
      const context = await session.browser.newContext({ bypassCSP: true });
      const page = await context.newPage();
      const found: string[] = [];
      for (const url of ['', ...Object.values(pagesIn(lang))]) {
        await open(page, url);
        await page.addScriptTag({ content: axeSource });
        const violations = await page.evaluate(async () => {
          const axe = (window as unknown as { axe: { run: (options: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } })
            .axe;
          const result = await axe.run({ runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] });
          return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
        });
        found.push(...violations.map((violation) => `/${url} ${violation}`));
      }
      await context.close();
      expect(found).toEqual([]);
    },
    120_000,
  );

  it('reports no Content-Security-Policy violation, JSON-LD and theme script included', async () => {
    const context = await session.browser.newContext();
    await context.addInitScript(() => {
      const violations: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = violations;
      document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    for (const url of ['', ...Object.values(pagesIn('ky')), 'ky/pages/about/']) {
      await open(page, url);
      expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations), url).toEqual([]);
    }
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);

  it('remembers the reader’s theme across pages', async () => {
    const context = await session.browser.newContext({ colorScheme: 'light' });
    const page = await context.newPage();
    await open(page, 'ky/');
    await page.click('[data-theme-toggle]');
    expect(await page.getAttribute('[data-theme-toggle]', 'aria-pressed')).toBe('true');
    await open(page, `${bulletinOf('ky')}/`);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(21, 23, 26)');
    await context.close();
  });

  it('leads from the header search box to the language’s search page', async () => {
    const page = await session.browser.newPage();
    await open(page, `${bulletinOf('tr')}/`);
    await page.fill('#site-search', QUERY);
    await page.press('#site-search', 'Enter');
    await page.waitForURL(/\/tr\/search\/\?q=/);
    await page.waitForFunction(() => document.querySelectorAll('.search-results a').length > 0, null, { timeout: 15_000 });
    await page.close();
  });
});
