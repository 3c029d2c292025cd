import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { createLexicon, type LexiconChunk } from '../utils/search-lexicon.ts';
import { searchWords, type SearchRecord } from '../utils/search-terms.ts';

/**
 * Builds the Pagefind index of a built site from the records the site build wrote to
 * `search-records/` (then removes them): Pagefind's Node API takes them as custom records, so no
 * HTML is parsed twice. It runs after Astro has exited (`scripts/build.ts`), so that Pagefind's
 * memory never adds to Astro's: at 10,000 bulletins each takes over 2 GB.
 *
 * All bulletins go into one index, whatever their language, so that one search box finds them all
 * (Pagefind would otherwise split the index by language and search only the page's own). The
 * index language has no Pagefind stemmer, so no language's words are stemmed as another's.
 */
export const SEARCH_INDEX_LANGUAGE = 'ky';
export const RECORDS_DIR = 'search-records';
/**
 * The lexicon's chunks, beside Pagefind's files (`pagefind/lexicon/<chunk>.json.gz`): both are the
 * search index. Like Pagefind's own files they are stored compressed, so they take a quarter of
 * the room, and the search page unpacks them.
 */
export const LEXICON_DIR = 'lexicon';

/**
 * `SEARCH_SPELLINGS=off` builds the index without the lexicon, and a search page that searches
 * only as typed: what the spellings cost, for `npm run bench -- --baseline-index` only.
 */
export const spellingsEnabled = process.env.SEARCH_SPELLINGS !== 'off';

function recordsDirOf(site: string): string {
  const recordsDir = path.join(site, RECORDS_DIR);
  if (!existsSync(recordsDir)) {
    throw new Error(`${recordsDir} does not exist: build the site first (npm run build builds the site, then its search index)`);
  }
  return recordsDir;
}

/** Chunks are months (YYYY-MM.json) and undated.json: newest first, undated last, as in listings. */
function recordChunks(recordsDir: string): string[] {
  return readdirSync(recordsDir)
    .filter((file) => file.endsWith('.json'))
    .sort((a, b) => Number(a.startsWith('undated')) - Number(b.startsWith('undated')) || b.localeCompare(a));
}

// pagefind/lib/index.js → pagefind/package.json (the package exports no ./package.json).
const pagefindVersion = (JSON.parse(readFileSync(new URL('../package.json', import.meta.resolve('pagefind')), 'utf8')) as { version: string }).version;

/**
 * Everything the index is made from: the records, in order, the Pagefind version and this module
 * (its settings and how it maps records). Pagefind's output is the same for the same input, so an
 * equal digest means an equal index.
 */
export function searchInputDigest(site: string): string {
  const recordsDir = recordsDirOf(site);
  const hash = createHash('sha256').update(pagefindVersion).update(String(spellingsEnabled)).update(readFileSync(new URL(import.meta.url)));
  // The lexicon is read by these and the spelling tables.
  for (const module of ['../utils/search-lexicon.ts', '../utils/spelling-conventions.ts', '../utils/turkic-endings.ts']) hash.update(readFileSync(new URL(module, import.meta.url)));
  const spellings = new URL('../spellings/', import.meta.url);
  for (const file of readdirSync(spellings).sort()) hash.update(readFileSync(new URL(file, spellings)));
  for (const chunk of recordChunks(recordsDir)) hash.update(chunk).update(readFileSync(path.join(recordsDir, chunk)));
  return hash.digest('base64url');
}

/** How many bulletins the records hold; removes them (they are not published). */
export function takeRecordCount(site: string): number {
  const recordsDir = recordsDirOf(site);
  const count = recordChunks(recordsDir).reduce((sum, chunk) => sum + (JSON.parse(readFileSync(path.join(recordsDir, chunk), 'utf8')) as unknown[]).length, 0);
  rmSync(recordsDir, { recursive: true, force: true });
  return count;
}

/** Writes `<site>/pagefind/`; returns how many bulletins it indexed. */
export async function writeSearchIndex(site: string): Promise<number> {
  const recordsDir = recordsDirOf(site);
  const { index, errors } = await pagefind.createIndex({ forceLanguage: SEARCH_INDEX_LANGUAGE });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    let count = 0;
    const lexicon = createLexicon();
    for (const chunk of recordChunks(recordsDir)) {
      const records = JSON.parse(readFileSync(path.join(recordsDir, chunk), 'utf8')) as SearchRecord[];
      if (spellingsEnabled) for (const record of records) lexicon.add(searchWords(record.content), record.lang);
      // A chunk's records are sent together: Pagefind's service handles them one after another
      // anyway, and waiting for each answer before sending the next left it idle between them.
      const added = await Promise.all(records.map((record) => index.addCustomRecord(customRecord(record))));
      added.forEach(({ errors }, i) => {
        if (errors.length) throw new Error(`Pagefind could not index ${records[i].url}: ${errors.join('; ')}`);
      });
      count += records.length;
    }
    rmSync(recordsDir, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    if (spellingsEnabled) writeLexicon(path.join(site, 'pagefind', LEXICON_DIR), lexicon.chunks());
    return count;
  } finally {
    await pagefind.close();
  }
}

function writeLexicon(dir: string, chunks: Map<string, LexiconChunk>) {
  mkdirSync(dir, { recursive: true });
  for (const [chunk, entries] of chunks) writeFileSync(path.join(dir, `${chunk}.json.gz`), gzipSync(JSON.stringify(entries), { level: 9 }));
}

/** The Pagefind custom record of one bulletin: its text, what results show (meta), filter on and sort by. */
export function customRecord(record: SearchRecord) {
  return {
    url: record.url,
    content: record.content,
    language: SEARCH_INDEX_LANGUAGE,
    meta: { title: record.title, language: record.language, ...(record.date ? { date: record.date } : {}) },
    filters: {
      language: [record.language],
      ...(record.date ? { year: [record.date.slice(0, 4)] } : {}),
      ...(record.organizations.length ? { organization: record.organizations } : {}),
      ...(record.countries.length ? { country: record.countries } : {}),
    },
    // Undated bulletins sort as the oldest.
    sort: { date: record.date ?? '0000-00-00' },
  };
}
