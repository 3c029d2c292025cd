import type { APIRoute } from 'astro';
import { withBase } from '../lib/site/urls.ts';

/** Every page may be indexed; crawlers find all of them, with their language alternates, in the sitemap. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(withBase(import.meta.env.BASE_URL, 'sitemap-index.xml'), site).href}\n`);
