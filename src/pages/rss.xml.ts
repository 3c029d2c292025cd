import type { APIRoute } from 'astro';
import { loadSiteConfig } from '../lib/site/site-config.ts';
import { getFeeds } from '../lib/site/collection.ts';
import { bulletinFeed } from '../lib/site/feed.ts';

/** Every language in one feed; RSS allows one channel language, so it is `mul` and each item names its own. */
export const GET: APIRoute = async ({ site }) => {
  const config = loadSiteConfig();
  return bulletinFeed({ title: config.title, description: config.description, language: 'mul', bulletins: (await getFeeds()).archive.bulletins, site: site! });
};
