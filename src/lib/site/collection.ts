import { readFileSync } from 'node:fs';
import path from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { entityKind, type EntityKind, type Gazetteer, type GazetteerEntity } from '../content/gazetteer-schema.ts';
import { loadSiteConfig } from './site-config.ts';
import { cacheKeyOf, digestOf } from './cache-key.ts';
import { contentRelativePath, resolveContentDir } from '../content/content-layout.ts';
import { compareNewestFirst } from '../dates/dates.ts';
import { ENTITY_SECTIONS, type EntitySection } from '../entities/entities.ts';
import { markdownBodyOf, markdownToHtml } from './markdown.ts';
import { knowArchive, type ArchiveKnowledge, type BulletinKnowledge } from '../entities/archive-knowledge.ts';
import type { Story, StoryLink } from '../entities/stories.ts';
import { editUrl } from './urls.ts';
import { editionsOf, type Edition } from './editions.ts';

export type BulletinEntry = CollectionEntry<'bulletins'>;

/** The slug is the entry's file name; the section is the language in its frontmatter. */
export function slugOf(entry: BulletinEntry): string {
  return entry.id.split('/').at(-1) ?? entry.id;
}

export function idOf(entry: BulletinEntry): string {
  return `${entry.data.lang}/${slugOf(entry)}`;
}

/**
 * Bodies read for what the archive knows (getKnowledge reads every bulletin's text), by id, with
 * the digest of the file they were read from: a page asking for its body takes that read instead
 * of opening the file again, so a build opens a bulletin's file once after the check. An entry
 * whose file changed since (astro dev) has another digest and is read afresh.
 */
const bodiesRead = new Map<string, { digest: BulletinEntry['digest']; body: string }>();

function readBody(entry: BulletinEntry): string {
  const body = markdownBodyOf(readFileSync(path.resolve(entry.filePath!), 'utf8'));
  bodiesRead.set(idOf(entry), { digest: entry.digest, body });
  return body;
}

/** A bulletin's Markdown body, read from its file: the content store keeps frontmatter only. */
export async function getBody(entry: BulletinEntry): Promise<string> {
  await getKnowledge();
  const read = bodiesRead.get(idOf(entry));
  return read && read.digest === entry.digest ? read.body : readBody(entry);
}

export async function getRenderedBody(entry: BulletinEntry): Promise<string> {
  return markdownToHtml(await getBody(entry));
}

/** Where a bulletin's file is inside the content folder (`bulletins/ky/….md`), with forward slashes. */
export function contentPathOf(entry: BulletinEntry): string {
  return contentRelativePath(resolveContentDir(), entry.filePath!);
}

/** The repository page that edits a bulletin's file (site.config.json's repository settings), or null without a repository. */
export function editUrlOf(entry: BulletinEntry): string | null {
  const { repository, repositoryBranch, repositoryContentDir } = loadSiteConfig();
  return repository ? editUrl(repository, repositoryBranch, path.posix.join(repositoryContentDir, contentPathOf(entry))) : null;
}

let cached: BulletinEntry[] | undefined;

/** Every bulletin, newest first (undated last), in an order that is the same on every build. */
export async function getBulletins(): Promise<BulletinEntry[]> {
  cached ??= (await getCollection('bulletins')).sort((a, b) => compareNewestFirst({ id: idOf(a), date: a.data.date }, { id: idOf(b), date: b.data.date }));
  return cached;
}

let sections: { lang: string; bulletins: BulletinEntry[] }[] | undefined;

/**
 * Content languages with their bulletins, by language code. Computed once: every page's header asks
 * for it, and regrouping the archive per page made builds quadratic. Not by size: every page's
 * language menu lists the sections, so an order that followed the counts changed every page's
 * cache key when one section outgrew another (a 10,000-bulletin rebuild then reused no page). The
 * home page, built afresh each time, orders them by size itself (`bySizeLargestFirst`).
 */
export async function getSections(): Promise<{ lang: string; bulletins: BulletinEntry[] }[]> {
  if (sections) return sections;
  const byLanguage = new Map<string, BulletinEntry[]>();
  for (const entry of await getBulletins()) {
    const section = byLanguage.get(entry.data.lang);
    if (section) section.push(entry);
    else byLanguage.set(entry.data.lang, [entry]);
  }
  sections = [...byLanguage].map(([lang, bulletins]) => ({ lang, bulletins })).sort((a, b) => a.lang.localeCompare(b.lang));
  return sections;
}

export type SectionEdition = Edition & { bulletins: BulletinEntry[] };

let editions: SectionEdition[] | undefined;

/**
 * Every section in each of its interfaces (editions.ts), in the sections' order: the routes of
 * listings, archives, entity pages, search and feeds make their pages for each, and every page's
 * language menu lists them.
 */
export async function getEditions(): Promise<SectionEdition[]> {
  editions ??= (await getSections()).flatMap(({ lang, bulletins }) => editionsOf(lang).map((edition) => ({ ...edition, bulletins })));
  return editions;
}

/** The edition whose pages live under `path` (a route's `lang` parameter). */
export async function getEdition(path: string): Promise<SectionEdition> {
  const edition = (await getEditions()).find((candidate) => candidate.path === path);
  if (!edition) throw new Error(`No language section is published at /${path}/`);
  return edition;
}

/** Sections largest first, then by code, for a page that is rendered on every build. */
export function bySizeLargestFirst<T extends { lang: string; bulletins: unknown[] }>(sections: readonly T[]): T[] {
  return [...sections].sort((a, b) => b.bulletins.length - a.bulletins.length || a.lang.localeCompare(b.lang));
}

let knowledge: Promise<ArchiveKnowledge> | undefined;

/**
 * What the archive knows of its bulletins (src/lib/entities/archive-knowledge.ts): the entities
 * each names, found in its text on every build, and the stories they group into. Worked out once
 * per build: bulletin, story and entity pages all read it.
 */
export function getKnowledge(): Promise<ArchiveKnowledge> {
  knowledge ??= Promise.all([getBulletins(), getGazetteer()]).then(([entries, gazetteer]) =>
    knowArchive(
      entries.map((entry) => ({
        id: idOf(entry),
        lang: entry.data.lang,
        date: entry.data.date,
        ingested: entry.data.ingested ?? null,
        title: entry.data.title,
        body: readBody(entry),
        people: entry.data.people,
        organizations: entry.data.organizations,
        countries: entry.data.countries,
        sameStory: entry.data.sameStory,
        notSameStory: entry.data.notSameStory,
      })),
      gazetteer,
    ),
  );
  return knowledge;
}

/** A bulletin's entities as the archive knows them: its frontmatter's and those found in its text. */
export async function knowledgeOf(entry: BulletinEntry): Promise<BulletinKnowledge> {
  return (await getKnowledge()).bulletins.get(idOf(entry))!;
}

/** A story with its bulletins' entries, for the pages that show it. */
export interface StoryOfEntries {
  id: string;
  members: BulletinEntry[];
  links: StoryLink[];
}

let storyEntries: Promise<StoryOfEntries[]> | undefined;

/** Every story of two or more bulletins, with their entries. */
export function getStories(): Promise<StoryOfEntries[]> {
  storyEntries ??= Promise.all([getKnowledge(), getBulletins()]).then(([known, entries]) => {
    const byId = new Map(entries.map((entry) => [idOf(entry), entry]));
    return known.stories.map((story: Story) => ({ id: story.id, members: story.members.map((id) => byId.get(id)!), links: story.links }));
  });
  return storyEntries;
}

let gazetteer: Promise<Gazetteer> | undefined;

/** The gazetteer, from the content store (scripts/assemble/gazetteer-loader.ts): in `astro dev`, as its files are now. */
export function getGazetteer(): Promise<Gazetteer> {
  gazetteer ??= getCollection('gazetteer').then((entries) => {
    const byKind = new Map(entries.map((entry) => [entry.id, entry.data.entities]));
    return Object.fromEntries(entityKind.options.map((kind) => [kind, byKind.get(kind) ?? []])) as Record<EntityKind, GazetteerEntity[]>;
  });
  return gazetteer;
}

let entitiesById: Promise<Record<EntityKind, Map<string, GazetteerEntity>>> | undefined;

/** Gazetteer entities by kind and id: every bulletin page looks up the ones it names. */
export function getEntitiesById(): Promise<Record<EntityKind, Map<string, GazetteerEntity>>> {
  entitiesById ??= getGazetteer().then((all) => {
    const byId = (entities: readonly GazetteerEntity[]) => new Map(entities.map((entity) => [entity.id, entity]));
    return { person: byId(all.person), organization: byId(all.organization), country: byId(all.country), place: byId(all.place) };
  });
  return entitiesById;
}

export interface EntityMentions {
  section: EntitySection;
  entity: GazetteerEntity;
  /** Every bulletin that mentions it, in any language, newest first. */
  bulletins: BulletinEntry[];
  /** The forms the bulletins write it in, most frequent first. */
  variants: string[];
}

let entityMentions: EntityMentions[] | undefined;

/**
 * Gazetteer entities that at least one bulletin mentions, with those bulletins. Computed once: the
 * entity pages, their feeds and the entity index of every language all ask for it.
 */
export async function getEntityMentions(): Promise<EntityMentions[]> {
  if (entityMentions) return entityMentions;
  const bulletins = await getBulletins();
  const mentions: EntityMentions[] = [];
  for (const [section, { kind, field }] of Object.entries(ENTITY_SECTIONS) as [EntitySection, (typeof ENTITY_SECTIONS)[EntitySection]][]) {
    const byId = new Map<string, BulletinEntry[]>();
    const known = await getKnowledge();
    for (const entry of bulletins) {
      for (const id of known.bulletins.get(idOf(entry))![field]) {
        const list = byId.get(id);
        if (list) list.push(entry);
        else byId.set(id, [entry]);
      }
    }
    for (const entity of (await getGazetteer())[kind]) {
      const mentioning = byId.get(entity.id);
      if (!mentioning) continue;
      const counts = new Map<string, number>();
      for (const entry of mentioning) {
        for (const written of known.bulletins.get(idOf(entry))!.variants[`${kind}:${entity.id}`] ?? []) counts.set(written, (counts.get(written) ?? 0) + 1);
      }
      const variants = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([written]) => written);
      mentions.push({ section, entity, bulletins: mentioning, variants });
    }
  }
  entityMentions = mentions;
  return mentions;
}

/**
 * Feed readers poll often and want what is new: a feed carries the newest bulletins only, so its
 * size stays the same however large the archive grows.
 */
export const FEED_SIZE = 100;

export interface Feeds {
  /** The whole archive's feed. */
  archive: { bulletins: BulletinEntry[] };
  /** A feed per language section. */
  sections: { lang: string; bulletins: BulletinEntry[] }[];
  /** A feed per organization that bulletins mention, across languages. */
  organizations: { entity: GazetteerEntity; bulletins: BulletinEntry[] }[];
}

let feeds: Feeds | undefined;

/** Every feed of the site and the bulletins it carries, newest first: the feeds' routes render these. */
export async function getFeeds(): Promise<Feeds> {
  if (feeds) return feeds;
  const newest = (bulletins: BulletinEntry[]) => bulletins.slice(0, FEED_SIZE);
  feeds = {
    archive: { bulletins: newest(await getBulletins()) },
    sections: (await getSections()).map(({ lang, bulletins }) => ({ lang, bulletins: newest(bulletins) })),
    organizations: (await getEntityMentions())
      .filter((mention) => mention.section === 'organizations')
      .map(({ entity, bulletins }) => ({ entity, bulletins: newest(bulletins) })),
  };
  return feeds;
}

export type EditorialPage = CollectionEntry<'pages'>;

/** Every editorial page exists in English; other languages may have their own. */
const FALLBACK_PAGE_LANGUAGE = 'en';

/** An editorial page as a language's readers get it; `translated` is false for the English fallback. */
type EditorialChoice = { slug: string; page: EditorialPage; translated: boolean };

const editorialPages = new Map<string, Promise<EditorialChoice[]>>();

/**
 * The editorial pages to show readers of a language: its own version of each, else the English one.
 * Chosen once per language: every page's footer lists them.
 */
export function getEditorialPages(lang: string): Promise<EditorialChoice[]> {
  let chosen = editorialPages.get(lang);
  if (!chosen) {
    chosen = chooseEditorialPages(lang);
    editorialPages.set(lang, chosen);
  }
  return chosen;
}

async function chooseEditorialPages(lang: string): Promise<EditorialChoice[]> {
  const pages = await getCollection('pages');
  const slugs = [...new Set(pages.map((page) => page.id.split('/')[1]))];
  return slugs
    .flatMap((slug) => {
      const own = pages.find((page) => page.id === `${lang}/${slug}`);
      const page = own ?? pages.find((candidate) => candidate.id === `${FALLBACK_PAGE_LANGUAGE}/${slug}`);
      return page ? [{ slug, page, translated: Boolean(own) || lang === FALLBACK_PAGE_LANGUAGE }] : [];
    })
    .sort((a, b) => a.page.data.order - b.page.data.order);
}

let siteDigest: string | undefined;

/**
 * The incremental build's key for a page rendered from `props` (see cache-key.ts), including what
 * every page shows: the site's settings, its language sections (the header lists their feeds), its
 * editorial pages (the footer) and the gazetteer (names on bulletin and entity pages).
 */
export async function pageCacheKey(props: unknown): Promise<string> {
  siteDigest ??= digestOf([loadSiteConfig(), (await getEditions()).map(({ path }) => path), await getCollection('pages'), await getGazetteer()]);
  return cacheKeyOf(props, siteDigest);
}
