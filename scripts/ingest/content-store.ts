import { todayIsoDay } from '../../src/lib/dates/dates.ts';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { bulletinSchema, type Bulletin, type BulletinInput } from '../../src/lib/content/bulletin-schema.ts';
import { listFiles } from '../../src/lib/content/files-fs.ts';
import {
  bulletinsDir,
  contentRelativePath,
  ENTRY_EXTENSION,
  entryFileOf,
  entrySlug,
  entryIdOf,
  entryIdOfOriginal,
  originalPathOf,
  originalsDir,
} from '../../src/lib/content/content-layout.ts';
import { readFrontmatterValue } from '../../src/lib/content/frontmatter.ts';
import { slugify } from '../../src/lib/text/match-key.ts';
import type { Analysis } from './analyze.ts';
import { sha256Hex } from './sha256.ts';
import { entryFileText } from '../../src/lib/content/entry-text.ts';
import { withEntryPath } from './date-advice.ts';
import { flushFile, flushFolder } from './durable-fs.ts';

/**
 * The write stage: where entries and preserved originals live in a content folder, which raw texts
 * it already holds (by SHA-256 of their bytes), and how a new entry is named and written.
 *
 *   content/bulletins/<lang>/<slug>.md   the entry: validated frontmatter + Markdown body
 *   content/originals/<lang>/<slug>.txt  the maintainer's bytes, untouched (.html for a saved page)
 *
 * Each text is written as a transaction: the original first, in place, then the entry, written to
 * a staging folder and renamed into place, so a stopped ingest leaves at most an original without
 * its entry, whole or cut short, and never a partial entry. The next ingest recognises such an
 * orphan for the same text: by its hash when whole (adopted), as the start of the text's bytes at
 * the entry's path when cut short (replaced).
 *
 * A power cut can lose what the operating system has not written to the disk yet, so texts are
 * committed in batches: the batch's originals and staged entries, and the originals' folders, are
 * flushed to disk (fsync) before any entry is renamed into place, and the entries' folders are flushed before
 * the batch's inputs leave the inbox. The fsyncs of a batch run at once (the operating system
 * writes them out together) while the next batch is analysed: docs/maintaining.md has the cost.
 */
export interface ContentStore {
  contentDir: string;
  /** SHA-256 of an original → the id of the entry made from it. */
  idsByHash: Map<string, string>;
  ids: Set<string>;
  /** Every file under originals/, relative to the content folder, whether an entry refers to it or not. */
  originals: Set<string>;
  /** Originals no entry refers to (what an interrupted ingest leaves) → SHA-256 of their bytes. */
  orphans: Map<string, string>;
  /** Folders this run has made sure exist: one `mkdir` per folder, not three per entry. */
  madeDirs: Set<string>;
  /** Texts written but not yet committed (flushed to disk and renamed into place). */
  batch: StagedText[];
  /** The commits under way; the first failure, if any, is thrown by closeContentStore. */
  commits: Promise<void>[];
}

/** One text of a batch: where its files are, and what to do once it is committed (remove its inbox file). */
interface StagedText {
  stagedEntry: string;
  entryPath: string;
  /** Written by this run, so flushed with the batch; null when an orphan with these bytes was adopted. */
  originalPath: string | null;
  afterCommit?: () => void;
}

/** Texts per commit: enough that the fsyncs of a batch cost about what one does, few enough that a stopped run redoes little. */
const COMMIT_BATCH = 64;

export interface PlannedEntry {
  id: string;
  entryPath: string;
  originalPath: string;
  frontmatter: Bulletin;
  fileText: string;
  /**
   * `new`: the original is written; `adopted`: an orphan holds these very bytes and is kept;
   * `replaced`: an orphan at this entry's path holds only the start of these bytes (a write that was
   * cut short) and is overwritten.
   */
  original: 'new' | 'adopted' | 'replaced';
}

/** Where a text's entry is written before it is renamed into place; emptied by each ingest. */
function stagingDir(contentDir: string) {
  return path.join(contentDir, '.ingest-staging');
}

export function openContentStore(contentDir: string): ContentStore {
  const store: ContentStore = {
    contentDir,
    idsByHash: new Map(),
    ids: new Set(),
    originals: new Set(),
    orphans: new Map(),
    madeDirs: new Set(),
    batch: [],
    commits: [],
  };
  const referenced = new Set<string>();
  for (const file of listFiles(bulletinsDir(contentDir), ENTRY_EXTENSION)) {
    const id = entryIdOf(contentDir, file);
    store.ids.add(id);
    const original = readOriginalRef(file);
    if (original.sha256) store.idsByHash.set(original.sha256, id);
    if (original.path) referenced.add(original.path);
  }
  for (const file of listFiles(originalsDir(contentDir), '')) {
    const relative = contentRelativePath(contentDir, file);
    store.originals.add(relative);
    if (!referenced.has(relative)) store.orphans.set(relative, sha256Hex(readFileSync(file)));
  }
  // Files staged by an ingest that was stopped: their input is still where it was, and is read again.
  rmSync(stagingDir(contentDir), { recursive: true, force: true });
  return store;
}

/** A hand-edited or broken entry must not stop ingest; only its original's hash and path are needed here. */
function readOriginalRef(file: string): { sha256?: string; path?: string } {
  try {
    const original = readFrontmatterValue(readFileSync(file, 'utf8'), 'original') as { sha256?: unknown; path?: unknown } | undefined;
    return {
      ...(typeof original?.sha256 === 'string' ? { sha256: original.sha256 } : {}),
      ...(typeof original?.path === 'string' ? { path: original.path } : {}),
    };
  } catch {
    return {};
  }
}

/** Names the entry (`<date>-<title words>`, made unique) and builds its validated frontmatter. */
export function planEntry(
  analysis: Analysis,
  bytes: Uint8Array,
  submittedAs: string,
  store: ContentStore,
  showPath: (file: string) => string = (file) => file,
): PlannedEntry {
  const adoptable = [...store.orphans].find(([, sha256]) => sha256 === analysis.sha256)?.[0];
  const adoptedId = adoptable && entryIdOfOriginal(adoptable);
  let id: string;
  let original: PlannedEntry['original'] = 'new';
  if (adoptable && adoptedId && !store.ids.has(adoptedId)) {
    id = adoptedId;
    original = 'adopted';
  } else {
    const base = entrySlug(analysis.date, slugify(analysis.title, 7) || analysis.sha256.slice(0, 12));
    let slug = base;
    for (let n = 2; ; n++) {
      const candidate = `${analysis.lang}/${slug}`;
      const originalPath = originalPathOf(candidate, analysis.originalKind);
      if (!store.ids.has(candidate)) {
        if (!store.originals.has(originalPath)) break;
        if (store.orphans.has(originalPath) && isCutShortCopy(path.join(store.contentDir, originalPath), bytes)) {
          original = 'replaced';
          break;
        }
      }
      slug = `${base}-${n}`;
    }
    id = `${analysis.lang}/${slug}`;
  }

  const input: BulletinInput = {
    title: analysis.title,
    titleSource: analysis.titleSource,
    lang: analysis.lang,
    script: analysis.script,
    date: analysis.date,
    dateSource: analysis.dateSource,
    ...(analysis.date ? {} : { ingested: todayIsoDay() }),
    ...(analysis.place ? { place: analysis.place } : {}),
    ...(analysis.agency ? { agency: analysis.agency } : {}),
    people: analysis.people,
    organizations: analysis.organizations,
    countries: analysis.countries,
    sameStory: [],
    original: {
      path: original === 'adopted' ? adoptable! : originalPathOf(id, analysis.originalKind),
      submittedAs,
      sha256: analysis.sha256,
      encoding: analysis.encoding,
    },
    langConfidence: analysis.langConfidence,
    review: analysis.warnings.map((warning) => withEntryPath(warning, showPath(entryFileOf(store.contentDir, id)))),
  };
  const frontmatter = bulletinSchema.parse(input);
  const fileText = entryFileText(frontmatter, analysis.markdownBody);
  return {
    id,
    entryPath: entryFileOf(store.contentDir, id),
    originalPath: path.join(store.contentDir, frontmatter.original.path),
    frontmatter,
    fileText,
    original,
  };
}

/** Whether a file holds the first bytes of `bytes` and no others: a copy whose writing was cut short. */
function isCutShortCopy(file: string, bytes: Uint8Array): boolean {
  const existing = readFileSync(file);
  return existing.length < bytes.length && Buffer.from(bytes.subarray(0, existing.length)).equals(existing);
}

/** The report's line about an original an earlier, interrupted ingest left. */
export function originalNote(entry: PlannedEntry, shown: string): string | null {
  if (entry.original === 'adopted') return `kept ${shown}, which an interrupted ingest had left without its entry (same bytes)`;
  if (entry.original === 'replaced') return `replaced ${shown}, an incomplete copy of this text left by an interrupted ingest`;
  return null;
}

/**
 * Writes the entry and its original as one step that a crash cannot split the wrong way: the
 * original first, straight to its place (a copy cut short there is what planEntry replaces, so
 * staging it too only cost a rename per text), then the entry under a staging name, renamed into
 * place when its batch is committed. Never replaces an entry: one a maintainer edited by hand is
 * theirs (planEntry chose a free name). `afterCommit` runs once the text is safely on disk.
 */
export function writeEntry(entry: PlannedEntry, originalBytes: Uint8Array, store: ContentStore, afterCommit?: () => void): void {
  const stagedEntry = path.join(stagingDir(store.contentDir), `${entry.id.replace('/', '--')}.md`);
  for (const dir of [stagingDir(store.contentDir), path.dirname(entry.originalPath), path.dirname(entry.entryPath)]) {
    if (store.madeDirs.has(dir)) continue;
    mkdirSync(dir, { recursive: true });
    store.madeDirs.add(dir);
  }
  if (existsSync(entry.entryPath)) throw new Error(`${entry.entryPath} exists already`);

  if (entry.original !== 'adopted') {
    writeFileSync(entry.originalPath, originalBytes);
    stepDone();
  }
  writeFileSync(stagedEntry, entry.fileText);
  stepDone();
  store.batch.push({ stagedEntry, entryPath: entry.entryPath, originalPath: entry.original === 'adopted' ? null : entry.originalPath, afterCommit });

  const originalPath = entry.frontmatter.original.path;
  store.ids.add(entry.id);
  store.idsByHash.set(entry.frontmatter.original.sha256, entry.id);
  store.originals.add(originalPath);
  store.orphans.delete(originalPath);
  if (store.batch.length >= COMMIT_BATCH) startCommit(store);
}

/** Commits the texts written so far, in the background; closeContentStore waits for every commit. */
function startCommit(store: ContentStore): void {
  const batch = store.batch;
  store.batch = [];
  const commit = commitBatch(batch);
  // Kept, not left unhandled: closeContentStore throws the failure.
  commit.catch(() => {});
  store.commits.push(commit);
}

async function commitBatch(batch: StagedText[]): Promise<void> {
  const originals = batch.flatMap((text) => (text.originalPath ? [text.originalPath] : []));
  await Promise.all([
    ...[...originals, ...batch.map((text) => text.stagedEntry)].map(flushFile),
    ...[...new Set(originals.map((file) => path.dirname(file)))].map(flushFolder),
  ]);
  for (const text of batch) {
    renameSync(text.stagedEntry, text.entryPath);
    stepDone();
  }
  await Promise.all([...new Set(batch.map((text) => path.dirname(text.entryPath)))].map(flushFolder));
  for (const text of batch) text.afterCommit?.();
}

/** Once every text is written: commits the last batch, waits for every commit, and removes the empty staging folder. */
export async function closeContentStore(store: ContentStore): Promise<void> {
  if (store.batch.length) startCommit(store);
  await Promise.all(store.commits);
  rmSync(stagingDir(store.contentDir), { recursive: true, force: true });
}

let stepsDone = 0;

/**
 * Marks the end of one write step of ingest. Test hook: with INGEST_STOP_AFTER_STEP=N the process
 * kills itself (SIGKILL, no clean-up, as a crash or a killed terminal would) once N steps are done,
 * so tests can stop ingest at every step boundary and check what the next run makes of it.
 */
export function stepDone(): void {
  stepsDone++;
  if (process.env.INGEST_STOP_AFTER_STEP && Number(process.env.INGEST_STOP_AFTER_STEP) === stepsDone) process.kill(process.pid, 'SIGKILL');
}
