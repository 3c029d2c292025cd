import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSiteConfig } from '../../site-config.ts';
import { languageName, ui, uiLanguageFor } from '../../i18n/index.ts';
import { getSections, type BulletinEntry } from '../../utils/collection.ts';
import { bulletinFeed } from '../../utils/feed.ts';

export const getStaticPaths = (async () =>
  (await getSections()).map(({ lang, bulletins }) => ({ params: { lang }, props: { bulletins } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props, site }) => {
  const lang = params.lang!;
  return bulletinFeed({
    title: `${loadSiteConfig().title} — ${languageName(lang)}`,
    description: ui(uiLanguageFor(lang)).archiveDescription,
    language: lang,
    bulletins: (props as { bulletins: BulletinEntry[] }).bulletins,
    site: site!,
  });
};
