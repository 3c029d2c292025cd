import type { APIRoute, GetStaticPaths } from 'astro';
import { languageName } from '../../i18n/index.ts';
import { getBulletins, idOf, type BulletinEntry } from '../../utils/collection.ts';
import { plainTextFromMarkdown } from '../../utils/plain-text.ts';
import { withKeyTokens, type SearchRecord } from '../../utils/search-terms.ts';
import { bulletinPath, withBase } from '../../utils/urls.ts';

/**
 * What the search index is built from, written in chunks during the build and consumed (then
 * deleted) by the Pagefind integration: the build already holds every bulletin's text, so Pagefind
 * need not parse the HTML pages again, and the index gets the key tokens of `withKeyTokens`.
 */
const CHUNK_SIZE = 500;

export const getStaticPaths = (async () => {
  const bulletins = await getBulletins();
  const chunks: BulletinEntry[][] = [];
  for (let start = 0; start < bulletins.length; start += CHUNK_SIZE) chunks.push(bulletins.slice(start, start + CHUNK_SIZE));
  return chunks.map((entries, index) => ({ params: { chunk: String(index) }, props: { entries } }));
}) satisfies GetStaticPaths;

/** `SEARCH_KEY_TOKENS=off` builds the index without key tokens, for `npm run bench -- --baseline-index` only. */
const keyTokens = process.env.SEARCH_KEY_TOKENS !== 'off';

export const GET: APIRoute = ({ props }) => {
  const records: SearchRecord[] = (props as { entries: BulletinEntry[] }).entries.map((entry) => ({
    url: withBase(import.meta.env.BASE_URL, bulletinPath(idOf(entry))),
    content: (keyTokens ? withKeyTokens : (text: string) => text)(`${entry.data.title}\n${plainTextFromMarkdown(entry.body ?? '')}`, entry.data.lang),
    title: entry.data.title,
    date: entry.data.date,
    language: languageName(entry.data.lang),
    organizations: entry.data.organizations,
    countries: entry.data.countries,
  }));
  return new Response(JSON.stringify(records));
};
