import type { APIRoute, GetStaticPaths } from 'astro';
import { languageName } from '../../i18n/index.ts';
import { getBody, getBulletins, idOf, pageCacheKey, type BulletinEntry } from '../../utils/collection.ts';
import { plainTextFromMarkdown } from '../../utils/plain-text.ts';
import type { SearchRecord } from '../../utils/search-terms.ts';
import { bulletinPath, withBase } from '../../utils/urls.ts';

/**
 * What the search index is built from, written in chunks during the build and consumed (then
 * deleted) by scripts/build.ts: the build already holds every bulletin's text, so Pagefind need not
 * parse the HTML pages again, and the lexicon of the archive's words (search-lexicon.ts) is made from
 * the same text.
 *
 * One chunk per month of publication (and one for undated bulletins), so that a new bulletin
 * changes one chunk and an incremental build re-renders only that one.
 */

export const getStaticPaths = (async () => {
  const chunks = Map.groupBy(await getBulletins(), (entry) => entry.data.date?.slice(0, 7) ?? 'undated');
  return Promise.all(
    [...chunks].map(async ([chunk, entries]) => ({
      params: { chunk },
      props: { entries },
      cacheKey: await pageCacheKey({ entries }),
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { entries } = props as { entries: BulletinEntry[] };
  const records: SearchRecord[] = entries.map((entry) => ({
    url: withBase(import.meta.env.BASE_URL, bulletinPath(idOf(entry))),
    content: `${entry.data.title}\n${plainTextFromMarkdown(getBody(entry))}`,
    title: entry.data.title,
    date: entry.data.date,
    lang: entry.data.lang,
    language: languageName(entry.data.lang),
    organizations: entry.data.organizations,
    countries: entry.data.countries,
  }));
  return new Response(JSON.stringify(records));
};
