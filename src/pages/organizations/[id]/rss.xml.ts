import type { APIRoute, GetStaticPaths } from 'astro';
import type { GazetteerEntity } from '../../../lib/content/gazetteer-schema.ts';
import { loadSiteConfig } from '../../../lib/site/site-config.ts';
import { fill, pageScript, ui } from '../../../i18n/index.ts';
import { getFeeds, pageCacheKey, type BulletinEntry } from '../../../lib/site/collection.ts';
import { entityName } from '../../../lib/entities/entities.ts';
import { bulletinFeed } from '../../../lib/site/feed.ts';

/**
 * A feed per organization, across languages, for readers who follow one organization; keyed by the
 * bulletins it carries, the newest only.
 */
export const getStaticPaths = (async () =>
  Promise.all(
    (await getFeeds()).organizations.map(async ({ entity, bulletins }) => {
      const props = { entity, bulletins };
      return { params: { id: entity.id }, props, cacheKey: await pageCacheKey(props) };
    }),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { entity, bulletins } = props as { entity: GazetteerEntity; bulletins: BulletinEntry[] };
  const config = loadSiteConfig();
  const name = entityName(entity, config.defaultUiLanguage, pageScript(config.defaultUiLanguage));
  return bulletinFeed({
    title: `${config.title} — ${name}`,
    description: fill(ui(config.defaultUiLanguage).feedFor, { name }),
    language: 'mul',
    bulletins,
    site: site!,
  });
};
