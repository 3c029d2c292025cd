import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { resolveContentDir } from './content-dir.ts';

/**
 * The URL prefixes that are languages, for the sitemap's hreflang alternates: every content section
 * (a folder of `bulletins/`) and every interface language (a file of `src/i18n/`). Read from the
 * folders because the Astro config is loaded before any collection.
 */
export function sitemapLocales(defaultLocale: string, contentDir = resolveContentDir()): Record<string, string> {
  const bulletins = path.join(contentDir, 'bulletins');
  const sections = existsSync(bulletins) ? readdirSync(bulletins, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name) : [];
  const interfaces = readdirSync(path.resolve('src/i18n')).filter((file) => file.endsWith('.json')).map((file) => file.replace(/\.json$/, ''));
  return Object.fromEntries([...new Set([defaultLocale, ...sections, ...interfaces])].sort().map((lang) => [lang, lang]));
}
