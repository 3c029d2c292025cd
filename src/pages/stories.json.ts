import type { APIRoute } from 'astro';
import { getStories, idOf } from '../lib/site/collection.ts';
import { bulletinPath, withBase } from '../lib/site/urls.ts';

/**
 * Every story of two or more bulletins as open data, for researchers and the evaluation: its id,
 * its versions (page URL, language, agency, date) and the links that made it, each with what the two
 * versions share and whether an editor set it.
 */
export const GET: APIRoute = async ({ site }) => {
  const base = import.meta.env.BASE_URL;
  const url = (id: string) => new URL(withBase(base, bulletinPath(id)), site).href;
  const stories = (await getStories()).map((story) => ({
    id: story.id,
    bulletins: story.members.map((entry) => ({
      id: idOf(entry),
      url: url(idOf(entry)),
      lang: entry.data.lang,
      agency: entry.data.agency ?? null,
      date: entry.data.date,
    })),
    links: story.links.map((link) => ({ a: link.a, b: link.b, score: Math.round(link.score * 1000) / 1000, shared: link.shared, editor: link.forced })),
  }));
  return new Response(`${JSON.stringify({ stories }, null, 1)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
