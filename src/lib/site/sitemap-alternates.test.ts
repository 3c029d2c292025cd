import { mkdirSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { languageAlternates, sitemapLocales } from './sitemap-locales.ts';

const site = 'https://example.org/archive/';
const locales = { en: 'en', ky: 'ky', tr: 'tr' };

describe('sitemap locales', () => {
  it('give each interface’s prefix its file’s tag, the alphabet included where a language has two, and a section without one its code', () => {
    const contentDir = mkdtempSync(path.join(os.tmpdir(), 'sitemap-locales-'));
    for (const section of ['uz', 'kk', 'tt']) mkdirSync(path.join(contentDir, 'bulletins', section), { recursive: true });
    const locales = sitemapLocales('en', contentDir);
    expect(locales).toMatchObject({ en: 'en', ky: 'ky', uz: 'uz-Cyrl', 'uz-Latn': 'uz-Latn', kk: 'kk-Cyrl', 'kk-Latn': 'kk-Latn', tt: 'tt' });
  });
});

describe('sitemap language alternates', () => {
  it('link the URLs that differ only by their language prefix, the unprefixed one as the default language', () => {
    const urls = [`${site}tr/archive/`, `${site}ky/archive/`, `${site}archive/`, `${site}ky/2025-01-01-only-here/`, `${site}`, `${site}tr/`];
    const alternates = languageAlternates(urls, site, 'en', locales);
    const archive = [
      { url: `${site}archive/`, lang: 'en' },
      { url: `${site}ky/archive/`, lang: 'ky' },
      { url: `${site}tr/archive/`, lang: 'tr' },
    ];
    expect(alternates.get(`${site}ky/archive/`)).toEqual(archive);
    expect(alternates.get(`${site}archive/`)).toEqual(archive);
    expect(alternates.get(`${site}`)).toEqual([
      { url: `${site}`, lang: 'en' },
      { url: `${site}tr/`, lang: 'tr' },
    ]);
    // A page in one language only has no alternates.
    expect(alternates.has(`${site}ky/2025-01-01-only-here/`)).toBe(false);
  });

  // How long a large sitemap takes is measured by `npm run bench` (the site build), not here.
  it("links every page of a large site with its other languages, in the sitemap's order, whatever order the URLs come in", () => {
    const count = 10_000;
    const shared = Array.from({ length: count }, (_, i) => [`${site}${i}/`, `${site}ky/${i}/`, `${site}tr/${i}/`]).flat();
    const kyOnly = Array.from({ length: 1000 }, (_, i) => `${site}ky/only-${i}/`);
    // A fixed shuffle (a multiplicative step prime to the length), so the input is in no useful order.
    const all = [...shared, ...kyOnly];
    const shuffled = all.map((_, i) => all[(i * 7919) % all.length]);
    expect(new Set(shuffled).size).toBe(all.length);
    const alternates = languageAlternates(shuffled, site, 'en', locales);
    expect(alternates.size).toBe(shared.length);
    for (const i of [0, 9, 10, 1234, count - 1]) {
      const links = [
        { url: `${site}${i}/`, lang: 'en' },
        { url: `${site}ky/${i}/`, lang: 'ky' },
        { url: `${site}tr/${i}/`, lang: 'tr' },
      ];
      for (const { url } of links) expect(alternates.get(url)).toEqual(links);
    }
    for (const url of kyOnly) expect(alternates.has(url)).toBe(false);
  });
});
