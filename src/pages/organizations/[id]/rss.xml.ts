import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSiteConfig } from '../../../site-config.ts';
import { fill, ui } from '../../../i18n/index.ts';
import { getEntityMentions, type EntityMentions } from '../../../utils/collection.ts';
import { entityName } from '../../../utils/entities.ts';
import { bulletinFeed } from '../../../utils/feed.ts';

/** A feed per organization, across languages, for readers who follow one organization. */
export const getStaticPaths = (async () =>
  (await getEntityMentions())
    .filter((mention) => mention.section === 'organizations')
    .map((mention) => ({ params: { id: mention.entity.id }, props: { mention } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { mention } = props as { mention: EntityMentions };
  const config = loadSiteConfig();
  const name = entityName(mention.entity, config.defaultUiLanguage);
  return bulletinFeed({
    title: `${config.title} — ${name}`,
    description: fill(ui(config.defaultUiLanguage).feedFor, { name }),
    language: 'mul',
    bulletins: mention.bulletins,
    site: site!,
  });
};
