import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { bulletinsDir, resolveContentDir } from '../content/content-layout.ts';

/**
 * The URL prefixes that are languages, with the hreflang each stands for, for the sitemap's
 * alternates: every content section (a folder of `bulletins/`) by its code, and every interface
 * language (a file of `src/i18n/`) by its file's `locale`, which names the alphabet where a
 * language has two (`/uz/` is `uz-Cyrl`, `/uz-Latn/` `uz-Latn`). Read from the folders because the
 * Astro config is loaded before any collection.
 */
export function sitemapLocales(defaultLocale: string, contentDir = resolveContentDir()): Record<string, string> {
  const bulletins = bulletinsDir(contentDir);
  const sections = existsSync(bulletins)
    ? readdirSync(bulletins, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
    : [];
  const i18nDir = path.resolve('src/i18n');
  const interfaces = new Map(
    readdirSync(i18nDir)
      .filter((file) => file.endsWith('.json'))
      .map((file) => [file.replace(/\.json$/, ''), (JSON.parse(readFileSync(path.join(i18nDir, file), 'utf8')) as { locale: string }).locale]),
  );
  return Object.fromEntries([...new Set([defaultLocale, ...sections, ...interfaces.keys()])].sort().map((lang) => [lang, interfaces.get(lang) ?? lang]));
}

export interface SitemapLink {
  url: string;
  lang: string;
}

/** The sitemap's order (`/9/` before `/10/`). One collator: `localeCompare` with options builds one per call. */
const SITEMAP_ORDER = new Intl.Collator('en', { numeric: true }).compare;

/**
 * The sitemap's hreflang links: each URL with the URLs that differ from it only by their language
 * prefix (an unprefixed URL is the default language's), as @astrojs/sitemap's `i18n` option makes
 * them, but grouped by path in one pass. That option compares every URL with every other one: at
 * 100,000 bulletins it ran for over ten minutes. URLs come sorted as the sitemap sorts them, so the
 * links are listed in the same order.
 */
export function languageAlternates(urls: string[], siteUrl: string, defaultLocale: string, locales: Record<string, string>): Map<string, SitemapLink[]> {
  const byPath = new Map<string, SitemapLink[]>();
  for (const url of [...urls].sort(SITEMAP_ORDER)) {
    if (!url.startsWith(siteUrl)) continue;
    const rest = `/${url.slice(siteUrl.length).replace(/^\/+/, '')}`;
    const first = rest.split('/')[1];
    const [locale, pathPart] = first in locales ? [first, rest.slice(1 + first.length) || '/'] : [defaultLocale, rest];
    const links = byPath.get(pathPart) ?? [];
    links.push({ url, lang: locales[locale] });
    byPath.set(pathPart, links);
  }
  const alternates = new Map<string, SitemapLink[]>();
  for (const links of byPath.values()) if (links.length > 1) for (const { url } of links) alternates.set(url, links);
  return alternates;
}
