import rss from '@astrojs/rss';
import { loadSiteConfig } from './site-config.ts';
import { parseIsoDay } from '../dates/dates.ts';
import { getRenderedBody, idOf, type BulletinEntry } from './collection.ts';
import { bulletinPath, withBase } from './urls.ts';
import { languageTag } from '../text/transliterate.ts';

/**
 * An RSS 2.0 feed of a feed's bulletins (getFeeds in collection.ts: the newest, newest first) with
 * their full text; an item's GUID is its permanent URL, and the channel links to the site's home
 * under its base path.
 */
export async function bulletinFeed(options: { title: string; description: string; language: string; bulletins: BulletinEntry[]; site: URL }) {
  const config = loadSiteConfig();
  const bodies = await Promise.all(options.bulletins.map(getRenderedBody));
  return rss({
    title: options.title,
    description: options.description,
    site: new URL(config.base, options.site),
    customData: `<language>${options.language}</language>`,
    items: options.bulletins.map((entry, index) => ({
      title: entry.data.title,
      link: withBase(config.base, bulletinPath(idOf(entry))),
      pubDate: entry.data.date ? parseIsoDay(entry.data.date) : undefined,
      content: bodies[index],
      categories: [entry.data.lang],
      customData: `<dc:language>${languageTag(entry.data.lang, entry.data.script)}</dc:language>`,
    })),
    xmlns: { dc: 'http://purl.org/dc/elements/1.1/' },
  });
}
