import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { bulletinSchema, type Bulletin, type BulletinInput } from '../../src/schemas/bulletin.ts';
import { listFiles } from '../../src/utils/files-fs.ts';
import { readFrontmatter } from '../../src/utils/frontmatter.ts';
import { slugify } from '../../src/utils/match-key.ts';
import type { Analysis } from './analyze.ts';

/**
 * The write stage: where entries and preserved originals live in a content folder, which raw texts
 * it already holds (by SHA-256 of their bytes), and how a new entry is named and written.
 *
 *   content/bulletins/<lang>/<slug>.md   the entry: validated frontmatter + Markdown body
 *   content/originals/<lang>/<slug>.txt  the maintainer's bytes, untouched
 */
export interface ContentStore {
  contentDir: string;
  /** SHA-256 of an original → the id of the entry made from it. */
  idsByHash: Map<string, string>;
  ids: Set<string>;
}

export interface PlannedEntry {
  id: string;
  entryPath: string;
  originalPath: string;
  frontmatter: Bulletin;
  fileText: string;
}

export function bulletinsDir(contentDir: string) {
  return path.join(contentDir, 'bulletins');
}

export function openContentStore(contentDir: string): ContentStore {
  const store: ContentStore = { contentDir, idsByHash: new Map(), ids: new Set() };
  for (const file of listFiles(bulletinsDir(contentDir), '.md')) {
    const id = path.relative(bulletinsDir(contentDir), file).replace(/\\/g, '/').replace(/\.md$/, '');
    store.ids.add(id);
    const sha256 = readOriginalHash(file);
    if (sha256) store.idsByHash.set(sha256, id);
  }
  return store;
}

/** A hand-edited or broken entry must not stop ingest; only its hash is needed here. */
function readOriginalHash(file: string): string | null {
  try {
    const frontmatter = readFrontmatter(readFileSync(file, 'utf8'));
    const original = frontmatter.ok ? (frontmatter.data.original as { sha256?: unknown } | undefined) : undefined;
    return typeof original?.sha256 === 'string' ? original.sha256 : null;
  } catch {
    return null;
  }
}

/** Names the entry (`<date>-<title words>`, made unique) and builds its validated frontmatter. */
export function planEntry(analysis: Analysis, submittedAs: string, store: ContentStore): PlannedEntry {
  const base = [analysis.date ?? 'undated', slugify(analysis.title, 7) || analysis.sha256.slice(0, 12)].join('-');
  let slug = base;
  for (let n = 2; store.ids.has(`${analysis.lang}/${slug}`); n++) slug = `${base}-${n}`;
  const id = `${analysis.lang}/${slug}`;

  const input: BulletinInput = {
    title: analysis.title,
    titleSource: analysis.titleSource,
    lang: analysis.lang,
    script: analysis.script,
    date: analysis.date,
    dateSource: analysis.dateSource,
    ...(analysis.place ? { place: analysis.place } : {}),
    ...(analysis.agency ? { agency: analysis.agency } : {}),
    people: analysis.people,
    organizations: analysis.organizations,
    countries: analysis.countries,
    sameStory: [],
    original: {
      path: `originals/${id}.txt`,
      submittedAs,
      sha256: analysis.sha256,
      encoding: analysis.encoding,
    },
    langConfidence: analysis.langConfidence,
    review: analysis.warnings,
  };
  const frontmatter = bulletinSchema.parse(input);
  const fileText = matter.stringify(analysis.markdownBody, frontmatter, { lineWidth: -1 } as never);
  return {
    id,
    entryPath: path.join(bulletinsDir(store.contentDir), `${id}.md`),
    originalPath: path.join(store.contentDir, frontmatter.original.path),
    frontmatter,
    fileText,
  };
}

/**
 * Writes the original first, then the entry, and never replaces an existing file: an entry a
 * maintainer edited by hand is theirs.
 */
export function writeEntry(entry: PlannedEntry, originalBytes: Uint8Array, store: ContentStore): void {
  for (const file of [entry.originalPath, entry.entryPath]) mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(entry.originalPath, originalBytes, { flag: 'wx' });
  writeFileSync(entry.entryPath, entry.fileText, { flag: 'wx' });
  store.ids.add(entry.id);
  store.idsByHash.set(entry.frontmatter.original.sha256, entry.id);
}
