import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSiteConfig, siteTitleIn } from '../../lib/site/site-config.ts';
import { languageName, ui, uiLanguageFor } from '../../i18n/index.ts';
import { getFeeds, pageCacheKey, type BulletinEntry } from '../../lib/site/collection.ts';
import { bulletinFeed } from '../../lib/site/feed.ts';

/** Keyed by the bulletins it carries, the newest only: a feed is rendered again when one of them changes. */
export const getStaticPaths = (async () =>
  Promise.all(
    (await getFeeds()).sections.map(async ({ lang, bulletins }) => {
      const props = { bulletins };
      return { params: { lang }, props, cacheKey: await pageCacheKey(props) };
    }),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props, site }) => {
  const lang = params.lang!;
  return bulletinFeed({
    title: `${siteTitleIn(loadSiteConfig(), uiLanguageFor(lang)).title} — ${languageName(lang)}`,
    description: ui(uiLanguageFor(lang)).archiveDescription,
    language: lang,
    bulletins: (props as { bulletins: BulletinEntry[] }).bulletins,
    site: site!,
  });
};
