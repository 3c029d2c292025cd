import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { bulletinsDir, resolveContentDir } from '../content/content-layout.ts';

/**
 * The URL prefixes that are languages, for the sitemap's hreflang alternates: every content section
 * (a folder of `bulletins/`) and every interface language (a file of `src/i18n/`). Read from the
 * folders because the Astro config is loaded before any collection.
 */
export function sitemapLocales(defaultLocale: string, contentDir = resolveContentDir()): Record<string, string> {
  const bulletins = bulletinsDir(contentDir);
  const sections = existsSync(bulletins) ? readdirSync(bulletins, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name) : [];
  const interfaces = readdirSync(path.resolve('src/i18n')).filter((file) => file.endsWith('.json')).map((file) => file.replace(/\.json$/, ''));
  return Object.fromEntries([...new Set([defaultLocale, ...sections, ...interfaces])].sort().map((lang) => [lang, lang]));
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
