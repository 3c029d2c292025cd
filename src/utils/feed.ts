import rss from '@astrojs/rss';
import { loadSiteConfig } from '../site-config.ts';
import { parseIsoDay } from './dates.ts';
import { idOf, type BulletinEntry } from './collection.ts';
import { bulletinPath, withBase } from './urls.ts';

/** An RSS 2.0 feed of bulletins with their full text; an item's GUID is its permanent URL. */
export function bulletinFeed(options: { title: string; description: string; language: string; bulletins: BulletinEntry[]; site: URL }) {
  const config = loadSiteConfig();
  return rss({
    title: options.title,
    description: options.description,
    site: options.site,
    customData: `<language>${options.language}</language>`,
    items: options.bulletins.map((entry) => ({
      title: entry.data.title,
      link: withBase(config.base, bulletinPath(idOf(entry))),
      pubDate: entry.data.date ? parseIsoDay(entry.data.date) : undefined,
      content: entry.rendered?.html ?? '',
      categories: [entry.data.lang],
      customData: `<dc:language>${entry.data.lang}</dc:language>`,
    })),
    xmlns: { dc: 'http://purl.org/dc/elements/1.1/' },
  });
}
