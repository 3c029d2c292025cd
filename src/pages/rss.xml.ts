import type { APIRoute } from 'astro';
import { loadSiteConfig } from '../site-config.ts';
import { getBulletins } from '../utils/collection.ts';
import { bulletinFeed } from '../utils/feed.ts';

/** Every language in one feed; RSS allows one channel language, so it is `mul` and each item names its own. */
export const GET: APIRoute = async ({ site }) => {
  const config = loadSiteConfig();
  return bulletinFeed({ title: config.title, description: config.description, language: 'mul', bulletins: await getBulletins(), site: site! });
};
