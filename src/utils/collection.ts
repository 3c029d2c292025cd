import { getCollection, type CollectionEntry } from 'astro:content';
import { compareNewestFirst } from './dates.ts';

export type BulletinEntry = CollectionEntry<'bulletins'>;

/** The slug is the entry's file name; the section is the language in its frontmatter. */
export function slugOf(entry: BulletinEntry): string {
  return entry.id.split('/').at(-1) ?? entry.id;
}

export function idOf(entry: BulletinEntry): string {
  return `${entry.data.lang}/${slugOf(entry)}`;
}

let cached: BulletinEntry[] | undefined;

/** Every bulletin, newest first (undated last), in an order that is the same on every build. */
export async function getBulletins(): Promise<BulletinEntry[]> {
  cached ??= (await getCollection('bulletins')).sort((a, b) =>
    compareNewestFirst({ id: idOf(a), date: a.data.date }, { id: idOf(b), date: b.data.date }),
  );
  return cached;
}

/** Content languages with their bulletins, largest section first, then by code. */
export async function getSections(): Promise<{ lang: string; bulletins: BulletinEntry[] }[]> {
  const byLanguage = new Map<string, BulletinEntry[]>();
  for (const entry of await getBulletins()) {
    const section = byLanguage.get(entry.data.lang);
    if (section) section.push(entry);
    else byLanguage.set(entry.data.lang, [entry]);
  }
  return [...byLanguage]
    .map(([lang, bulletins]) => ({ lang, bulletins }))
    .sort((a, b) => b.bulletins.length - a.bulletins.length || a.lang.localeCompare(b.lang));
}
