import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import matter from 'gray-matter';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, ingestInto, makeContentDir, projectRoot, type IngestJson } from '../helpers/build-site.ts';
import { entryIdOf } from '../../src/lib/content/content-layout.ts';
import { hasChromium, launchChromium, noChromiumReason, openSiteInChromium } from '../helpers/chromium.ts';
import { runPreview } from '../helpers/preview-server.ts';
import { serveStatic, type GzipFiles } from '../helpers/static-server.ts';
import { indexedPageCount } from '../helpers/search-index.ts';
import { languageTag } from '../../src/lib/text/transliterate.ts';
import type { ScriptCode } from '../../src/lib/text/text.ts';

/**
 * Builds a real site from the fixture texts (ingest, then astro build with Pagefind) and checks
 * what visitors, feed readers and search get.
 */
const rawDir = path.join(projectRoot, 'tests/fixtures/raw');
let contentDir: string;
let dist: string;
let report: IngestJson;
let entries: { id: string; lang: string; script: ScriptCode; date: string | null; title: string; file: string }[];

const html = (page: string) => readFileSync(path.join(dist, page), 'utf8');
const xml = new XMLParser({ ignoreAttributes: false });

beforeAll(() => {
  contentDir = makeContentDir();
  report = ingestInto(contentDir, [rawDir]);
  entries = report.results.map((result) => {
    const file = path.resolve(projectRoot, result.output!);
    const { data } = matter(readFileSync(file, 'utf8'));
    const id = entryIdOf(contentDir, file);
    return { id, lang: data.lang, script: data.script, date: data.date, title: data.title, file };
  });
  // A maintainer links two reports of one meeting, as the frontmatter override allows.
  const ky = entries.find((entry) => entry.file.includes('bishkekte-zhkkunun'))!;
  const tr = entries.find((entry) => entry.lang === 'tr')!;
  for (const [from, to] of [
    [ky, tr],
    [tr, ky],
  ]) {
    const parsed = matter(readFileSync(from.file, 'utf8'));
    writeFileSync(from.file, matter.stringify(parsed.content, { ...parsed.data, sameStory: [to.id] }));
  }
  dist = buildSite(contentDir);
});

describe('built site', () => {
  it('has one section per content language, made by the content alone', () => {
    const languages = [...new Set(entries.map((entry) => entry.lang))].sort();
    expect(languages).toEqual(['kk', 'ky', 'ru', 'tr', 'uz']);
    for (const lang of languages) expect(existsSync(path.join(dist, lang, 'index.html'))).toBe(true);
  });

  it('has a page for every bulletin under its language, with its headline and date', () => {
    for (const entry of entries) {
      const page = html(`${entry.id}/index.html`);
      // With the script where the language is written in two (`uz-Latn`), else the bare language.
      expect(page).toContain(`<html lang="${languageTag(entry.lang, entry.script)}"`);
      expect(page).toMatch(/<h1>[^<]+<\/h1>/);
      if (entry.date) expect(page).toContain(`<time datetime="${entry.date}">`);
    }
  });

  it('writes dates in the language of the section', () => {
    expect(html(`${entries.find((entry) => entry.lang === 'tr')!.id}/index.html`)).toContain('6 Kasım 2024');
    expect(html(`${entries.find((entry) => entry.lang === 'ru')!.id}/index.html`)).toContain('2 февраля 2022');
  });

  it('lists each section newest first, undated last', () => {
    const listing = html('ky/index.html');
    const dates = [...listing.matchAll(/<li><time datetime="([\d-]+)"|<li><span class="meta">/g)].map((match) => match[1] ?? 'undated');
    const kyDates = entries.filter((entry) => entry.lang === 'ky').map((entry) => entry.date ?? 'undated');
    expect(dates).toEqual([...kyDates].sort((a, b) => (a === 'undated' ? 1 : b === 'undated' ? -1 : b.localeCompare(a))));
  });

  it('has a home page linking every section with its count and the newest bulletins', () => {
    const home = html('index.html');
    expect(home).toContain('href="/ky/"');
    expect(home).toContain(`${entries.filter((entry) => entry.lang === 'ky').length} bulletins`);
    for (const entry of entries.filter((entry) => entry.lang !== 'ky')) expect(home).toContain(`href="/${entry.id}/"`);
  });

  it('keeps paragraphs and lists, and renders hostile text literally', () => {
    const summit = html(`${entries.find((entry) => entry.file.includes('bishkekte-zhkkunun'))!.id}/index.html`);
    expect(summit).toMatch(/<ol>\s*<li>Маалымат алмашууну күчөтүү;<\/li>\s*<li>Биргелешкен/);
    const hostile = html(`${entries.find((entry) => entry.lang === 'ru')!.id}/index.html`);
    expect(hostile).not.toContain('<script>alert');
    expect(hostile).not.toContain('<img src=x');
    expect(hostile).not.toContain('<Component');
    expect(hostile).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(hostile).toContain('&amp;lt;b&amp;gt;');
  });

  it('links the same story in other languages, with hreflang alternates', () => {
    const tr = entries.find((entry) => entry.lang === 'tr')!;
    const ky = entries.find((entry) => entry.file.includes('bishkekte-zhkkunun'))!;
    const page = html(`${ky.id}/index.html`);
    expect(page).toContain(`<link rel="alternate" hreflang="tr" href="https://example.github.io/${tr.id}/">`);
    expect(page).toContain(`href="/${tr.id}/" hreflang="tr"`);
  });

  it('never shows the date header in a title or body', () => {
    for (const entry of entries) expect(html(`${entry.id}/index.html`)).not.toMatch(/date \d{4}-\d{2}-\d{2}/);
  });

  it('publishes each original byte for byte', () => {
    for (const result of report.results) {
      const { data } = matter(readFileSync(path.resolve(projectRoot, result.output!), 'utf8'));
      expect(Buffer.compare(readFileSync(path.join(dist, data.original.path)), readFileSync(result.input))).toBe(0);
    }
  });

  it('announces the feeds on every page', () => {
    const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(entries.length);
    for (const page of pages) {
      expect(html(page), page).toMatch(/<link rel="alternate" type="application\/rss\+xml" title="[^"]+" href="https:\/\/example.github.io\/rss.xml">/);
      expect(html(page), page).toMatch(
        /<link rel="alternate" type="application\/rss\+xml" hreflang="ky" title="[^"]+" href="https:\/\/example.github.io\/ky\/rss.xml">/,
      );
    }
  });
});

describe('feeds', () => {
  const channel = (file: string) => xml.parse(readFileSync(path.join(dist, file), 'utf8')).rss.channel;
  const items = (file: string) => [channel(file).item].flat().filter(Boolean);

  it('has one RSS 2.0 item per bulletin in each language feed, with language, full text and a stable GUID', () => {
    // A language written in two alphabets has a feed in each: the same items, the channel in that alphabet.
    for (const [path, lang, tag] of [
      ['ky', 'ky', 'ky'],
      ['ru', 'ru', 'ru'],
      ['tr', 'tr', 'tr'],
      ['uz', 'uz', 'uz-Cyrl'],
      ['uz-Latn', 'uz', 'uz-Latn'],
      ['kk', 'kk', 'kk-Cyrl'],
      ['kk-Latn', 'kk', 'kk-Latn'],
    ]) {
      const feed = channel(`${path}/rss.xml`);
      expect(feed.language).toBe(tag);
      const feedItems = items(`${path}/rss.xml`);
      expect(feedItems).toHaveLength(entries.filter((entry) => entry.lang === lang).length);
      for (const item of feedItems) {
        expect(item.guid['#text']).toBe(item.link);
        expect(item.guid['@_isPermaLink']).toBe('true');
        expect(item['content:encoded'].length).toBeGreaterThan(40);
      }
    }
  });

  it('has every bulletin in the all-language feed', () => {
    expect(
      items('rss.xml')
        .map((item) => item.link)
        .sort(),
    ).toEqual(entries.map((entry) => `https://example.github.io/${entry.id}/`).sort());
  });

  const python = '/usr/bin/python3';
  const hasFeedparser = existsSync(python) && spawnSync(python, ['-c', 'import feedparser']).status === 0;
  it.skipIf(!hasFeedparser)(`parse cleanly with Debian's python3-feedparser${hasFeedparser ? '' : ' (skipped: python3-feedparser is not installed)'}`, () => {
    for (const file of ['rss.xml', 'ky/rss.xml', 'tr/rss.xml', 'uz/rss.xml', 'uz-Latn/rss.xml', 'kk-Latn/rss.xml', 'ru/rss.xml']) {
      const script =
        'import feedparser,sys,json; d=feedparser.parse(sys.argv[1]); print(json.dumps({"bozo": bool(d.bozo), "items": len(d.entries), "version": d.version}))';
      const result = JSON.parse(spawnSync(python, ['-c', script, path.join(dist, file)], { encoding: 'utf8' }).stdout);
      const expected = file === 'rss.xml' ? entries.length : entries.filter((entry) => file.split(/[-/]/)[0] === entry.lang).length;
      expect(result, file).toEqual({ bozo: false, items: expected, version: 'rss20' });
    }
  });
});

describe('search index', () => {
  it('covers every bulletin page and nothing else', () => {
    expect(indexedPageCount(dist)).toBe(entries.length);
  });

  it('leaves no build-time search records in the site', () => {
    expect(existsSync(path.join(dist, 'search-records'))).toBe(false);
  });
});

describe.skipIf(!hasChromium)(`search in real Chromium${hasChromium ? '' : ` (${noChromiumReason})`}`, () => {
  const session = openSiteInChromium(() => dist);

  async function search(page: string, query: string) {
    const tab = await session.browser.newPage();
    await tab.goto(`${session.url}${page}?q=${encodeURIComponent(query)}`);
    await tab.waitForSelector('[data-search][data-ready]');
    await waitForResults(tab);
    const links = await tab.$$eval('.search-results a', (anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    return { tab, links };
  }

  /** The status line says how many results there are once a search has finished. */
  async function waitForResults(tab: Page) {
    await tab.waitForFunction(() => document.querySelector('[role=status]')?.textContent?.trim(), null, { timeout: 15_000 });
  }

  it.each([
    ['search/', 'Bişkek', 'tr'],
    ['ky/search/', 'коопсуздук', 'ky'],
    ['tr/search/', 'форуми', 'uz'],
    ['uz/search/', 'Москва', 'ru'],
    ['uz-Latn/search/', 'vazirlari', 'uz'],
  ])('on %s, "%s" finds the %s bulletin', async (page, query, lang) => {
    const { tab, links } = await search(page, query);
    expect(links).toContain(`/${entries.find((entry) => entry.lang === lang && readFileSync(entry.file, 'utf8').includes(query))!.id}/`);
    await tab.close();
  });

  const statusOf = (tab: Page) => tab.$eval('[role=status]', (status) => status.textContent);
  const uiString = (lang: string, key: string) => JSON.parse(readFileSync(path.join(projectRoot, 'src/i18n', `${lang}.json`), 'utf8'))[key];

  it.each([
    ['ky/search/', 'zzzz', 'ky'],
    ['tr/search/', 'фывапр', 'tr'],
    ['search/', 'qwerty', 'en'],
    ['uz/search/', 'iiiii', 'uz'],
    ['uz-Latn/search/', 'qqqqq', 'uz-Latn'],
  ])('on %s, "%s", which is no word of the archive, finds nothing and says so in %s, offering no spelling', async (page, query, lang) => {
    const { tab, links } = await search(page, query);
    expect(links).toEqual([]);
    expect(await statusOf(tab)).toBe(uiString(lang, 'noResults'));
    expect(await tab.$eval('[data-suggestions]', (box) => box.textContent)).toBe('');
    await tab.close();
  });

  it('reads a word typed with one slip as the archive’s word, and says which word it read', async () => {
    const kyrgyz = `/${entries.find((entry) => entry.lang === 'ky' && readFileSync(entry.file, 'utf8').includes('коопсуздук'))!.id}/`;
    // Two neighbouring letters swapped, one wrong, one missing; at the start, where the word is in another chunk of the lexicon, too.
    for (const query of ['коопсудзук', 'коопсуздак', 'коопсузук', 'окопсуздук']) {
      const { tab, links } = await search('ky/search/', query);
      expect(links, query).toContain(kyrgyz);
      expect(await tab.$eval('[data-suggestions]', (box) => box.textContent), query).toBe(`${uiString('ky', 'didYouMean')} коопсуздук`);
      await tab.close();
    }
  });

  it('offers the nearest spelling the archive has for a word two letters off, and searches it when chosen', async () => {
    const { tab, links } = await search('ky/search/', 'коопсыздак');
    expect(links).toEqual([]);
    const offer = tab.locator('[data-suggestions] a', { hasText: 'коопсуздук' });
    await offer.click();
    await tab.waitForFunction(() => document.querySelectorAll('.search-results a').length > 0, null, { timeout: 15_000 });
    expect(await tab.inputValue('#search-query')).toBe('коопсуздук');
    await tab.close();
  });

  it('finds a word typed without its special letters or in Latin, and marks the bulletin’s own word', async () => {
    const kyrgyz = `/${entries.find((entry) => entry.lang === 'ky' && readFileSync(entry.file, 'utf8').includes('кеңештеринин'))!.id}/`;
    for (const query of ['кенештеринин', 'keneshterinin', 'kenešterinin']) {
      const { tab, links } = await search('ky/search/', query);
      expect(links[0], query).toBe(kyrgyz);
      expect(await tab.$$eval('.search-results mark', (marks) => marks.map((mark) => mark.textContent)), query).toContain('кеңештеринин');
      await tab.close();
    }
  });

  it.each([
    ["Bişkek'te", 'tr', 'ky'],
    ['Бишкекте', 'ky', 'tr'],
  ])('ranks the bulletin with "%s" as typed (%s) above the one with another spelling of it (%s)', async (query, typedIn, otherIn) => {
    const { tab, links } = await search('search/', query);
    const typed = links.findIndex((href) => href!.startsWith(`/${typedIn}/`));
    const other = links.findIndex((href) => href!.startsWith(`/${otherIn}/`));
    expect(typed).toBe(0);
    expect(other).toBeGreaterThan(typed);
    await tab.close();
  });

  it('offers a language filter that narrows results to one language', async () => {
    const { tab, links: before } = await search('search/', 'Бишкек');
    expect(before.some((href) => !href!.startsWith('/ky/'))).toBe(true);
    await tab.locator('.search-filters summary').click();
    // The English interface names the language in English; the index keeps its own name.
    await tab.locator('[data-filter=language] label', { hasText: 'Kyrgyz' }).click();
    await tab.waitForFunction(
      () => {
        const links = [...document.querySelectorAll('.search-results a')];
        return links.length > 0 && links.every((link) => link.getAttribute('href')?.startsWith('/ky/'));
      },
      null,
      { timeout: 15_000 },
    );
    const after = await tab.$$eval('.search-results a', (anchors) => anchors.map((anchor) => anchor.getAttribute('href')!));
    expect(after.length).toBeGreaterThan(0);
    expect(after.length).toBeLessThan(before.length);
    for (const href of after) expect(href.startsWith('/ky/')).toBe(true);
    await tab.close();
  });

  it('names a result’s language in the reader’s interface language', async () => {
    const { tab, links } = await search('tr/search/', 'Москва');
    expect(links.some((href) => href!.startsWith('/ru/'))).toBe(true);
    const languages = await tab.$$eval('.search-results li', (items) =>
      items.filter((item) => item.querySelector('a')!.getAttribute('href')!.startsWith('/ru/')).map((item) => item.querySelector('.meta')!.textContent),
    );
    expect(languages.length).toBeGreaterThan(0);
    for (const text of languages) expect(text).toContain(uiString('tr', 'languageNames').ru);
    await tab.close();
  });

  it('keeps the reader’s place in the address: a search with a filter and an order shows the same results reloaded and gone back to, with filter counts of its results', async () => {
    const tab = await session.browser.newPage();
    await tab.goto(`${session.url}ky/search/`);
    await tab.waitForSelector('[data-search][data-ready]');
    const resultsOf = () => tab.$$eval('.search-results h2 a', (anchors) => anchors.map((anchor) => anchor.getAttribute('href')!));
    const countsOf = () =>
      tab.$$eval('[data-filter=language] label', (labels) =>
        labels.map((label) => ({
          checked: label.querySelector('input')!.checked,
          value: label.querySelector('input')!.value,
          count: Number(label.querySelector('[data-count]')!.textContent),
        })),
      );
    /** Waits until the list is settled: results listed, no search under way. */
    const settled = async () => {
      await tab.waitForFunction(
        () => document.querySelectorAll('.search-results a').length > 0 && !document.querySelector('.search-results')!.hasAttribute('aria-busy'),
        null,
        { timeout: 30_000 },
      );
    };
    await tab.fill('#search-query', 'Бишкек');
    await tab.press('#search-query', 'Enter');
    await settled();
    const unfiltered = await resultsOf();
    await tab.locator('.search-filters summary').click();
    await tab.selectOption('#search-sort', 'newest');
    await settled();
    await tab.locator('[data-filter=language] label', { hasText: 'Кыргызча' }).click();
    await tab.waitForFunction(
      () => [...document.querySelectorAll('.search-results h2 a')].every((link) => link.getAttribute('href')!.startsWith('/ky/')),
      null,
      { timeout: 30_000 },
    );
    await settled();
    const chosen = await resultsOf();
    expect(chosen.length).toBeGreaterThan(0);
    expect(chosen.length).toBeLessThan(unfiltered.length);
    const address = new URL(tab.url());
    expect(address.searchParams.get('q')).toBe('Бишкек');
    expect(address.searchParams.get('sort')).toBe('newest');
    expect(address.searchParams.getAll('language')).toEqual(['Кыргызча']);
    // The counts beside the filters are those of the results shown.
    const counts = await countsOf();
    expect(counts.find(({ checked }) => checked)!.count).toBe(chosen.length);
    expect(counts.reduce((sum, { count }) => sum + count, 0)).toBe(chosen.length);

    await tab.reload();
    await settled();
    expect(await resultsOf()).toEqual(chosen);
    expect(await tab.inputValue('#search-query')).toBe('Бишкек');
    expect(await tab.inputValue('#search-sort')).toBe('newest');
    expect((await countsOf()).filter(({ checked }) => checked).map(({ value }) => value)).toEqual(['Кыргызча']);

    await tab.fill('#search-query', 'коопсуздук');
    await tab.press('#search-query', 'Enter');
    await tab.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'коопсуздук');
    await settled();
    await tab.goBack();
    await tab.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'Бишкек');
    await settled();
    await tab.waitForFunction(
      (expected) => JSON.stringify([...document.querySelectorAll('.search-results h2 a')].map((link) => link.getAttribute('href'))) === expected,
      JSON.stringify(chosen),
      { timeout: 30_000 },
    );
    expect(await tab.inputValue('#search-query')).toBe('Бишкек');
    expect(await tab.inputValue('#search-sort')).toBe('newest');
    const back = await countsOf();
    expect(back.filter(({ checked }) => checked).map(({ value }) => value)).toEqual(['Кыргызча']);
    expect(back.find(({ checked }) => checked)!.count).toBe(chosen.length);
    await tab.close();
  }, 120_000);
});

describe.skipIf(!hasChromium)(`search on any static host, in real Chromium${hasChromium ? '' : ` (${noChromiumReason})`}`, { timeout: 120_000 }, () => {
  /** The result links of a search for `коопсуздук` on the Kyrgyz search page of the site at `url`, and what the page logged as errors. */
  async function searchAt(url: string) {
    const browser = await launchChromium();
    try {
      const tab = await browser.newPage();
      const errors: string[] = [];
      tab.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      await tab.goto(`${url}ky/search/?q=${encodeURIComponent('коопсуздук')}`);
      await tab.waitForFunction(() => document.querySelector('[role=status]')?.textContent?.trim(), null, { timeout: 30_000 });
      const links = await tab.$$eval('.search-results h2 a', (anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
      return { links, status: await tab.$eval('[role=status]', (status) => status.textContent), errors };
    } finally {
      await browser.close();
    }
  }
  const kyrgyz = () => `/${entries.find((entry) => entry.lang === 'ky' && readFileSync(entry.file, 'utf8').includes('коопсуздук'))!.id}/`;

  it.each<[string, GzipFiles]>([
    ['as they are', 'as-is'],
    ['with Content-Encoding: gzip', 'content-encoding'],
  ])('finds a word on a host that sends the lexicon’s .gz files %s', async (_, gzipFiles) => {
    const site = await serveStatic(dist, '/', { gzipFiles });
    try {
      const { links, errors } = await searchAt(site.url);
      expect(errors).toEqual([]);
      expect(links).toContain(kyrgyz());
    } finally {
      await site.close();
    }
  });

  it('finds a word under npm run preview', async () => {
    const preview = await runPreview(dist);
    try {
      const { links, status, errors } = await searchAt(preview.url);
      expect(status).not.toBe(JSON.parse(readFileSync(path.join(projectRoot, 'src/i18n/ky.json'), 'utf8')).searchFailed);
      expect(errors).toEqual([]);
      expect(links).toContain(kyrgyz());
    } finally {
      preview.close();
    }
  });
});
