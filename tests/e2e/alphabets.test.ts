import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { buildSite } from '../helpers/build-site.ts';
import { hasChromium, noChromiumReason, openSiteInChromium } from '../helpers/chromium.ts';
import { makeCorpusArchive } from '../helpers/corpus-archive.ts';
import { makeFixtureArchive } from '../helpers/fixture-archive.ts';
import { describeWithShared } from '../helpers/shared.ts';

/**
 * A language written in two alphabets (Uzbek, Kazakh) is read in the bulletin's own: a Latin
 * bulletin's page is framed by the Latin interface, a Cyrillic one's by the Cyrillic, at the same
 * address (/uz/<slug>/). Measured as a reader sees it: Chromium's rendered text of the page
 * (document.body.innerText, so what a closed menu hides is not counted) without the bulletin's own
 * words (its headline, body, place and agency), on archives with both alphabets.
 */
const TWO_ALPHABETS = /^(uz|kk)-(Latn|Cyrl)$/;
const SHARE = 0.8;

interface Measured {
  url: string;
  tag: string;
  letters: number;
  share: number;
}

/** Every bulletin page of a two-alphabet language: the folders of its section holding an <article>, with their `<html lang>`. */
function twoAlphabetBulletins(dist: string): { url: string; tag: string }[] {
  return ['uz', 'kk'].flatMap((lang) =>
    existsSync(path.join(dist, lang))
      ? readdirSync(path.join(dist, lang)).flatMap((folder) => {
          const file = path.join(dist, lang, folder, 'index.html');
          if (!existsSync(file)) return [];
          const page = readFileSync(file, 'utf8');
          const tag = page.match(/<html lang="([^"]+)"/)?.[1] ?? '';
          return page.includes('<article>') && TWO_ALPHABETS.test(tag) ? [{ url: `${lang}/${folder}/`, tag }] : [];
        })
      : [],
  );
}

async function measure(browser: Browser, siteUrl: string, pages: { url: string; tag: string }[]): Promise<Measured[]> {
  const tab = await browser.newPage({ viewport: { width: 390, height: 844 } });
  const measured: Measured[] = [];
  for (const { url, tag } of pages) {
    await tab.goto(`${siteUrl}${url}`);
    const script = tag.endsWith('Latn') ? 'Latin' : 'Cyrillic';
    const counts = await tab.evaluate((script) => {
      // The bulletin's own words: its headline and body, and the place and agency (the meta list's entries in its language).
      for (const own of document.querySelectorAll('article h1, article .body, article dl.meta dd[lang]')) own.remove();
      const letters = document.body.innerText.match(/\p{L}/gu) ?? [];
      const inScript = letters.filter((letter) => new RegExp(`\\p{Script=${script}}`, 'u').test(letter)).length;
      return { letters: letters.length, inScript };
    }, script);
    measured.push({ url, tag, letters: counts.letters, share: counts.inScript / counts.letters });
  }
  await tab.close();
  return measured;
}

/** The pages whose interface is less than 80% in the bulletin's alphabet, with their share. */
const belowShare = (measured: Measured[]) =>
  measured.filter(({ share }) => share < SHARE).map(({ url, tag, share }) => `${tag} /${url}: ${(share * 100).toFixed(1)}%`);

describe('the fixture archive, with Uzbek in both alphabets and Kazakh in Latin', () => {
  let dist: string;
  beforeAll(() => {
    dist = buildSite(makeFixtureArchive().contentDir);
  }, 300_000);

  it('keeps every bulletin at its one address in its language’s section, and makes the section in each alphabet', () => {
    const pages = twoAlphabetBulletins(dist);
    expect(new Set(pages.map(({ tag }) => tag))).toEqual(new Set(['uz-Cyrl', 'uz-Latn', 'kk-Latn']));
    for (const edition of ['uz', 'uz-Latn', 'kk', 'kk-Latn']) {
      for (const page of ['index.html', 'archive/index.html', 'organizations/index.html', 'countries/index.html', 'search/index.html', 'rss.xml']) {
        expect(existsSync(path.join(dist, edition, page)), `${edition}/${page}`).toBe(true);
      }
    }
    // No bulletin page under an alphabet's own prefix: links, feeds and the search index keep /uz/<slug>/.
    expect(
      readdirSync(path.join(dist, 'uz-Latn')).filter(
        (folder) =>
          existsSync(path.join(dist, 'uz-Latn', folder, 'index.html')) &&
          readFileSync(path.join(dist, 'uz-Latn', folder, 'index.html'), 'utf8').includes('<article>'),
      ),
    ).toEqual([]);
  });

  it('frames a Latin bulletin with the Latin interface and a Cyrillic one with the Cyrillic, tagging each text with its script', () => {
    for (const { url, tag } of twoAlphabetBulletins(dist)) {
      const page = readFileSync(path.join(dist, url, 'index.html'), 'utf8');
      const edition = tag === 'uz-Cyrl' ? 'uz' : tag === 'kk-Cyrl' ? 'kk' : tag;
      expect(page, url).toContain(`<header class="site-header" lang="${tag}">`);
      expect(page, url).toContain(`action="/${edition}/search/"`);
      expect(page, url).toContain(`<a href="/${edition}/archive/"`);
      expect(page, url).toMatch(new RegExp(`<a href="/${edition}/" lang="${tag}" hreflang="${tag}" aria-current="true">`));
    }
    // The language menu offers both alphabets, each named in itself.
    const home = readFileSync(path.join(dist, 'index.html'), 'utf8');
    expect(home).toContain('<a href="/uz/" lang="uz-Cyrl" hreflang="uz-Cyrl">Ўзбекча</a>');
    expect(home).toContain('<a href="/uz-Latn/" lang="uz-Latn" hreflang="uz-Latn">Oʻzbekcha</a>');
    expect(home).toContain('<a href="/kk/" lang="kk-Cyrl" hreflang="kk-Cyrl">Қазақша</a>');
    expect(home).toContain('<a href="/kk-Latn/" lang="kk-Latn" hreflang="kk-Latn">Qazaqşa</a>');
    // Listings tag each title with its bulletin's script, in either edition.
    const latinListing = readFileSync(path.join(dist, 'uz-Latn/index.html'), 'utf8');
    expect(latinListing).toContain('<html lang="uz-Latn"');
    expect(latinListing).toMatch(/href="\/uz\/[^"]+\/" lang="uz-Cyrl">Тошкентда/);
    expect(latinListing).toMatch(/href="\/uz\/[^"]+\/" lang="uz-Latn">Toshkentda/);
  });

  it('gives each alphabet’s feed its own channel over the same bulletins, items tagged with their script', () => {
    const xml = new XMLParser({ ignoreAttributes: false });
    const channel = (file: string) => xml.parse(readFileSync(path.join(dist, file), 'utf8')).rss.channel;
    const links = (file: string) => [channel(file).item].flat().map((item: { link: string }) => item.link);
    expect(channel('uz/rss.xml').language).toBe('uz-Cyrl');
    expect(channel('uz-Latn/rss.xml').language).toBe('uz-Latn');
    expect(channel('uz-Latn/rss.xml').title).toContain('Oʻzbekcha');
    expect(links('uz-Latn/rss.xml')).toEqual(links('uz/rss.xml'));
    expect(
      [channel('uz/rss.xml').item]
        .flat()
        .map((item: Record<string, string>) => item['dc:language'])
        .sort(),
    ).toEqual(['uz-Cyrl', 'uz-Latn']);
  });

  it('lists each alphabet’s section pages as each other’s hreflang alternates in the sitemap', () => {
    const sitemap = readFileSync(path.join(dist, 'sitemap-0.xml'), 'utf8');
    const archive = sitemap.match(/<url><loc>https:\/\/example\.github\.io\/uz-Latn\/archive\/<\/loc>.*?<\/url>/s)?.[0] ?? '';
    expect(archive).toContain('<xhtml:link rel="alternate" hreflang="uz-Cyrl" href="https://example.github.io/uz/archive/"/>');
    expect(archive).toContain('<xhtml:link rel="alternate" hreflang="uz-Latn" href="https://example.github.io/uz-Latn/archive/"/>');
    expect(archive).toContain('<xhtml:link rel="alternate" hreflang="kk-Latn" href="https://example.github.io/kk-Latn/archive/"/>');
  });

  describe.skipIf(!hasChromium)(`in Chromium${hasChromium ? '' : ` (${noChromiumReason})`}`, () => {
    const session = openSiteInChromium(() => dist);
    it(`shows every Uzbek and Kazakh bulletin in an interface ≥ ${SHARE * 100}% in its own alphabet`, async () => {
      const measured = await measure(session.browser, session.url, twoAlphabetBulletins(dist));
      expect(measured.length).toBeGreaterThanOrEqual(3);
      for (const { url, letters } of measured) expect(letters, url).toBeGreaterThan(100);
      expect(belowShare(measured)).toEqual([]);
    }, 120_000);
  });
});

describeWithShared('an archive ingested from the dev corpus (Uzbek and Kazakh in Latin and Cyrillic)', () => {
  let dist: string;
  beforeAll(() => {
    dist = buildSite(makeCorpusArchive());
  }, 600_000);

  describe.skipIf(!hasChromium)(`in Chromium${hasChromium ? '' : ` (${noChromiumReason})`}`, () => {
    const session = openSiteInChromium(() => dist);
    it(`shows every Uzbek and Kazakh bulletin in an interface ≥ ${SHARE * 100}% in its own alphabet`, async () => {
      const pages = twoAlphabetBulletins(dist);
      expect(new Set(pages.map(({ tag }) => tag))).toEqual(new Set(['uz-Cyrl', 'uz-Latn', 'kk-Cyrl', 'kk-Latn']));
      expect(belowShare(await measure(session.browser, session.url, pages))).toEqual([]);
    }, 300_000);
  });
});
