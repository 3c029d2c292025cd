import { describe, expect, it } from 'vitest';
import { languageAlternates } from '../../src/utils/sitemap-locales.ts';

const site = 'https://example.org/archive/';
const locales = { en: 'en', ky: 'ky', tr: 'tr' };

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

  it('groups a large site in one pass', () => {
    const urls = Array.from({ length: 100_000 }, (_, i) => `${site}ky/${i}/`);
    expect(languageAlternates(urls, site, 'en', locales).size).toBe(0);
  });
});
