import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { uiLanguageFor } from '../../src/i18n/index.ts';
import type { ScriptCode } from '../../src/lib/text/text.ts';

/** One page a reader can land on, by its kind and the interface language it is shown in. */
export interface SitePage {
  type: string;
  uiLang: string;
  /** Relative to the site's root, without a leading slash. */
  url: string;
}

const SECTION_FOLDERS = new Set(['archive', 'organizations', 'countries', 'people', 'pages', 'search', 'stories']);

const foldersIn = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort()
    : [];

/**
 * Every kind of page of a built site, for each language section (and so each interface language
 * the site shows): the home and 404 pages, listings and their second page, the archive and a month
 * of it, entity indexes and an entity page, a story page, editorial pages, a search with results,
 * bulletins (all of them with `allBulletins`, else the one with the longest title in each section
 * and alphabet) and the original view page of one of them. A language written in two alphabets
 * has its section pages under each (`uz/`, `uz-Latn/`).
 */
export function sitePages(dist: string, options: { allBulletins?: boolean } = {}): SitePage[] {
  const pages: SitePage[] = [
    { type: 'home', uiLang: 'en', url: '' },
    { type: 'not-found', uiLang: 'en', url: 'no-such-page/' },
  ];
  const sections = foldersIn(dist).filter((lang) => existsSync(path.join(dist, lang, 'rss.xml')));
  for (const lang of sections) {
    const uiLang = uiLanguageFor(lang);
    const add = (type: string, url: string) => pages.push({ type, uiLang, url });
    const folders = foldersIn(path.join(dist, lang));
    add('listing', `${lang}/`);
    if (folders.includes('2')) add('listing-page-2', `${lang}/2/`);
    add('archive', `${lang}/archive/`);
    const month = foldersIn(path.join(dist, lang, 'archive'))[0];
    if (month) add('archive-month', `${lang}/archive/${month}/`);
    for (const index of ['organizations', 'countries', 'people']) {
      const entities = foldersIn(path.join(dist, lang, index));
      if (entities.length === 0) continue;
      add(`${index}-index`, `${lang}/${index}/`);
      add(`${index}-entity`, `${lang}/${index}/${entities[0]}/`);
    }
    const story = foldersIn(path.join(dist, lang, 'stories'))[0];
    if (story) add('story', `${lang}/stories/${story}/`);
    const entity = foldersIn(path.join(dist, lang, 'organizations'))[0];
    const query = entity && readFileSync(path.join(dist, lang, 'organizations', entity, 'index.html'), 'utf8').match(/href="[^"]*\/search\/(\?q=[^"]+)"/)?.[1];
    if (query) add('search', `${lang}/search/${query}`);
    for (const page of foldersIn(path.join(dist, lang, 'pages'))) add(`page-${page}`, `${lang}/pages/${page}/`);
    const bulletins = folders.filter((folder) => !SECTION_FOLDERS.has(folder) && !/^\d+$/.test(folder));
    const titleLength = (folder: string) => readFileSync(path.join(dist, lang, folder, 'index.html'), 'utf8').match(/<h1>([^<]*)<\/h1>/)?.[1].length ?? 0;
    // A bulletin is shown in the interface of its alphabet (a Latin Uzbek one in uz-Latn's), which its page's <html lang> names.
    const bulletinUi = (folder: string) => {
      const [language, script] = (readFileSync(path.join(dist, lang, folder, 'index.html'), 'utf8').match(/<html lang="([^"]+)"/)?.[1] ?? lang).split('-');
      return uiLanguageFor(language, script as ScriptCode | undefined);
    };
    const byUi = Map.groupBy(bulletins, bulletinUi);
    for (const [bulletinUiLang, inUi] of byUi) {
      const chosen = options.allBulletins ? inUi : inUi.sort((a, b) => titleLength(b) - titleLength(a)).slice(0, 1);
      for (const folder of chosen) pages.push({ type: 'bulletin', uiLang: bulletinUiLang, url: `${lang}/${folder}/` });
      if (chosen[0]) pages.push({ type: 'original', uiLang: bulletinUiLang, url: `${lang}/${chosen[0]}/original/` });
    }
  }
  // Editorial pages are also made for interface languages without a section of their own.
  for (const lang of foldersIn(dist).filter((folder) => !sections.includes(folder))) {
    for (const page of foldersIn(path.join(dist, lang, 'pages')))
      pages.push({ type: `page-${page}`, uiLang: uiLanguageFor(lang), url: `${lang}/pages/${page}/` });
  }
  return pages;
}
