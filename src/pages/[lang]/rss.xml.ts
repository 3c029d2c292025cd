import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSiteConfig, siteTitleIn } from '../../lib/site/site-config.ts';
import { ui } from '../../i18n/index.ts';
import { editionName } from '../../lib/site/editions.ts';
import { getEdition, getEditions, getFeeds, pageCacheKey, type BulletinEntry } from '../../lib/site/collection.ts';
import { bulletinFeed } from '../../lib/site/feed.ts';

/**
 * A section's feed in each of its alphabets (the same bulletins, the channel named in that
 * alphabet). Keyed by the bulletins it carries, the newest only: a feed is rendered again when one
 * of them changes.
 */
export const getStaticPaths = (async () =>
  Promise.all(
    (await getEditions()).map(async ({ path, lang }) => {
      const props = { bulletins: (await getFeeds()).sections.find((section) => section.lang === lang)!.bulletins };
      return { params: { lang: path }, props, cacheKey: await pageCacheKey(props) };
    }),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, props, site }) => {
  const edition = await getEdition(params.lang!);
  return bulletinFeed({
    title: `${siteTitleIn(loadSiteConfig(), edition.uiLang).title} — ${editionName(edition)}`,
    description: ui(edition.uiLang).archiveDescription,
    language: edition.tag,
    bulletins: (props as { bulletins: BulletinEntry[] }).bulletins,
    site: site!,
  });
};
