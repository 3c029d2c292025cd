import path from 'node:path';
import type { EntityKind } from './gazetteer-schema.ts';

/**
 * Where things live in a content folder, and how an entry's id comes from its path. Ingest writes
 * this layout, `npm run check` and the bulletin loader read it, the routes publish it:
 *
 *   <content>/bulletins/<lang>/<slug>.md    an entry; its id is `<lang>/<slug>`, its page `/<lang>/<slug>/`
 *   <content>/originals/<lang>/<slug>.txt   the raw text it was made from, byte for byte, at `/originals/<lang>/<slug>.txt`
 *   <content>/originals/<lang>/<slug>.html  or the saved page, byte for byte, published as text at `/originals/<lang>/<slug>.html.txt`
 *   <content>/gazetteer/*.json              the people, organizations, countries and places
 *
 * Paths only: nothing here reads the file system.
 */

/** The content folder the build and the scripts work on: `CONTENT_DIR`, or `content/` of the project. */
export function resolveContentDir(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  return path.resolve(cwd, env.CONTENT_DIR || 'content');
}

export const ENTRY_EXTENSION = '.md';

export function bulletinsDir(contentDir: string): string {
  return path.join(contentDir, 'bulletins');
}

export function originalsDir(contentDir: string): string {
  return path.join(contentDir, 'originals');
}

const GAZETTEER_FILES: Record<EntityKind, string> = {
  place: 'places.json',
  country: 'countries.json',
  organization: 'organizations.json',
  person: 'people.json',
};

export function gazetteerFileOf(contentDir: string, kind: EntityKind): string {
  return path.join(contentDir, 'gazetteer', GAZETTEER_FILES[kind]);
}

/** A file's path inside the content folder with forward slashes, as frontmatter records originals: `originals/ky/….txt`. */
export function contentRelativePath(contentDir: string, file: string): string {
  return path.relative(contentDir, path.resolve(file)).split(path.sep).join('/');
}

/** A path below `bulletins/` with forward slashes, whatever the platform writes: `ky/2025-09-12-….md`. */
export function entryRelativePath(contentDir: string, file: string): string {
  return contentRelativePath(bulletinsDir(contentDir), file);
}

/** The id of the entry at `file` (below `<contentDir>/bulletins/`): `<lang>/<slug>`. */
export function entryIdOf(contentDir: string, file: string): string {
  return entryRelativePath(contentDir, file).replace(/\.md$/, '');
}

/** An entry's file name without `.md`: lower-case Latin letters, digits and dashes (what `npm run check` requires). */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isEntrySlug(slug: string): boolean {
  return SLUG.test(slug);
}

/** The day an entry's name starts with, or `undated`: ingest names entries `<date>-<title words>`. */
const DATE_PART = /^(?:\d{4}-\d\d-\d\d|undated)(?=-|$)/;

/** The slug ingest gives a text: its date, or `undated`, then the words of its title. */
export function entrySlug(date: string | null, titleWords: string): string {
  return `${date ?? 'undated'}-${titleWords}`;
}

/**
 * The slug of an entry once its date is `date`: the date part of its name replaced (or put in
 * front where the name has none), the title words and any `-2` kept.
 */
export function redatedSlug(slug: string, date: string): string {
  return DATE_PART.test(slug) ? slug.replace(DATE_PART, date) : entrySlug(date, slug);
}

export function entryFileOf(contentDir: string, id: string): string {
  return path.join(bulletinsDir(contentDir), `${id}${ENTRY_EXTENSION}`);
}

/** Where the original of entry `id` is kept, relative to the content folder, as its frontmatter records it. */
export function originalPathOf(id: string, kind: OriginalKind = 'txt'): string {
  return `originals/${id}.${kind}`;
}

/** What an original is: a text as pasted, or a page as a browser saved it. */
export type OriginalKind = 'txt' | 'html';

/** `.txt` or `.html`, as originals are named. */
export const ORIGINAL_EXTENSION = /\.(?:txt|html)$/u;

/** The id of the entry an original belongs to, from its path in the content folder: the inverse of originalPathOf. */
export function entryIdOfOriginal(originalPath: string): string {
  return originalPath.replace(/^originals\//, '').replace(ORIGINAL_EXTENSION, '');
}

/** An original's published path below `/originals/`, from the path its frontmatter records. */
export function originalUrlPath(originalPath: string): string {
  return publishedOriginalPath(originalPath).replace(/^originals\//, '');
}

/**
 * Where the site publishes an original, relative to its root: a text where it is kept; a saved page
 * with `.txt` after its name, so that hosts serve it as plain text and no browser runs its markup.
 */
export function publishedOriginalPath(originalPath: string): string {
  return originalPath.endsWith('.html') ? `${originalPath}.txt` : originalPath;
}
