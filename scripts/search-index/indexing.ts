import { fork, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import type { Gazetteer } from '../../src/lib/content/gazetteer-schema.ts';
import { hashFiles, listFiles } from '../../src/lib/content/files-fs.ts';
import { createLexicon, ENTITY_FORMS_DIR, type EntityFormsFile } from '../../src/lib/search/lexicon.ts';
import { NEAR_DIR } from '../../src/lib/search/slips.ts';
import { planShards, type FilterCounts, type SearchManifest, type SearchShard } from '../../src/lib/search/shards.ts';
import { aliasChunks, entityAliases, nameWords, searchWords, type SearchRecord } from '../../src/lib/search/terms.ts';
import { searchRecordOf, type CheckedBulletin } from './records.ts';

/**
 * Builds the search index of a site from records of the checked content (scripts/search-index/records.ts),
 * written to the output folder's `search-records/` for the shard processes and removed at the end:
 * Pagefind's Node API takes them as custom records, so no HTML is parsed. `scripts/build.ts` plans
 * the shards and writes their records before Astro starts and indexes them while Astro renders, one
 * shard process beside Astro, as many as indexJobs() once it has exited.
 *
 * The index is in shards by time (src/lib/search/shards.ts), each a Pagefind index of its own in
 * `pagefind/shards/<name>/`, indexed in a process of its own (scripts/search-shard.ts), as many at
 * once as the machine has cores: Pagefind holds every page of an index until it writes it, and
 * one index of 100,000 bulletins outgrew a 24 GB machine. A shard whose records did not change
 * is not indexed again and keeps its files byte for byte, so hosts and browsers keep them cached.
 * Beside the shards: Pagefind's script and WebAssembly, once for all (`pagefind/`); the manifest
 * of shards and filter counts (`pagefind/shards.json`); the lexicon (`pagefind/lexicon/`).
 *
 * All bulletins of a shard go into one index, whatever their language, so that one search box finds
 * them all (Pagefind would otherwise split the index by language and search only the page's own).
 * The index language has no Pagefind stemmer, so no language's words are stemmed as another's.
 */
export const SEARCH_INDEX_LANGUAGE = 'ky';
export const RECORDS_DIR = 'search-records';
export const SHARDS_DIR = 'shards';
export const MANIFEST_FILE = 'shards.json';
/**
 * The lexicon's chunks, beside Pagefind's files (`pagefind/lexicon/<chunk>.json.gz`): both are the
 * search index. Like Pagefind's own files they are stored compressed, so they take a quarter of
 * the room, and the search page unpacks them.
 */
export const LEXICON_DIR = 'lexicon';
/** The shard plan and digests, written beside the records for the shard processes (and CI jobs) to read. */
const PLAN_FILE = 'shards.json';

/** The shards of an archive and, by name, each one's digest (planSearchIndex). */
export interface SearchPlan {
  shards: SearchShard[];
  digests: Record<string, string>;
}

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

export function shardDir(site: string, shard: string): string {
  return path.join(site, 'pagefind', SHARDS_DIR, shard);
}

/** The shard folders a built site has (file-system helper, for tests and the build). */
export function builtShardDirs(site: string): string[] {
  const dir = path.join(site, 'pagefind', SHARDS_DIR);
  return existsSync(dir)
    ? readdirSync(dir)
        .sort()
        .map((name) => path.join(dir, name))
    : [];
}

function readRecords(recordsDir: string, chunk: string): SearchRecord[] {
  return JSON.parse(readFileSync(path.join(recordsDir, `${chunk}.json`), 'utf8')) as SearchRecord[];
}

// pagefind/lib/index.js → pagefind/package.json (the package exports no ./package.json).
const pagefindVersion = (JSON.parse(readFileSync(new URL('../package.json', import.meta.resolve('pagefind')), 'utf8')) as { version: string }).version;
const projectRoot = path.resolve(import.meta.dirname, '../..');

/**
 * The shards of the checked bulletins (by record chunk, checkedBulletinChunks) and their digests:
 * everything a shard's index and summary are made from, that is its bulletins' ids and files'
 * SHA-256 in order, the site's base path (in every URL), the Pagefind version and the code that
 * makes records and summaries and indexes them (the whole folders it draws on, so that no import is
 * missed). Pagefind's output is the same for the same input, so an equal digest means an equal shard.
 */
export function planSearchIndex(chunks: Map<string, CheckedBulletin[]>, base: string): SearchPlan {
  const shards = planShards([...chunks].map(([name, bulletins]) => ({ name, bulletins: bulletins.length })));
  const code = hashFiles(createHash('sha256').update(`${pagefindVersion}\0${base}\0`), projectRoot, [
    ...['src/lib', 'src/i18n'].flatMap((folder) => listFiles(path.join(projectRoot, folder), '')).filter((file) => !file.endsWith('.test.ts')),
    path.join(projectRoot, 'scripts/search-index/records.ts'),
    import.meta.filename,
  ]).digest('base64url');
  const digests: Record<string, string> = {};
  for (const shard of shards) {
    const hash = createHash('sha256').update(code);
    for (const chunk of shard.months) {
      hash.update(`\0${chunk}`);
      for (const bulletin of chunks.get(chunk) ?? []) hash.update(`\0${bulletin.id}\0${bulletin.sha256}`);
    }
    digests[shard.name] = hash.digest('base64url');
  }
  return { shards, digests };
}

/** Writes the plan to the records folder, emptying it of an earlier build's records. */
export function writeSearchPlan(site: string, plan: SearchPlan): void {
  const recordsDir = path.join(site, RECORDS_DIR);
  rmSync(recordsDir, { recursive: true, force: true });
  mkdirSync(recordsDir, { recursive: true });
  writeFileSync(path.join(recordsDir, PLAN_FILE), JSON.stringify(plan));
}

/** Writes the records of a shard's bulletins, a file per chunk, for its shard process and its summary; `textOf` gives a bulletin's file text (checkedFileTexts). */
export function writeShardRecords(
  site: string,
  shard: SearchShard,
  chunks: Map<string, CheckedBulletin[]>,
  base: string,
  textOf: (bulletin: CheckedBulletin) => string,
): void {
  for (const chunk of shard.months) {
    const records = (chunks.get(chunk) ?? []).map((bulletin) => searchRecordOf(bulletin, base, textOf(bulletin)));
    writeFileSync(path.join(site, RECORDS_DIR, `${chunk}.json`), JSON.stringify(records));
  }
}

/** The plan writeSearchPlan wrote. */
export function plannedSearchIndex(site: string): SearchPlan {
  const file = path.join(recordsDirOf(site), PLAN_FILE);
  if (!existsSync(file)) throw new Error(`${file} does not exist: build the site first (SEARCH_SHARDS=separately npm run build plans the shards)`);
  return JSON.parse(readFileSync(file, 'utf8')) as SearchPlan;
}

/** Where the shard summaries the manifest and lexicon are made from are kept between builds, by digest. */
function summariesDirOf(cacheDir: string): string {
  return path.join(cacheDir, 'search-shard-summaries');
}

function summaryFile(cacheDir: string, digest: string): string {
  return path.join(summariesDirOf(cacheDir), `${digest}.json`);
}

/** Shards whose summary is not kept (their records are then needed even when their index is). */
export function shardsWithoutSummary(cacheDir: string, plan: SearchPlan): SearchShard[] {
  return plan.shards.filter((shard) => !existsSync(summaryFile(cacheDir, plan.digests[shard.name])));
}

/** Pagefind's output that is not the index: the same for every shard, so kept once in `pagefind/`. */
const RUNTIME_FILES = /^(pagefind\.js|wasm\..+\.pagefind)$/;
/** What the search page reads of a shard: Pagefind's entry, meta, worker script and index. */
const SHARD_FILES = /^(pagefind-entry\.json|pagefind-worker\.js|pagefind\..+\.pf_meta|index|fragment|filter)$/;

/**
 * Files of the last build's index that stay in the output folder (relative, `/`-separated): the
 * folders of the `unchanged` shards and Pagefind's runtime, which the next shard indexed replaces
 * with the same bytes. Everything else of `pagefind/` is written again.
 */
export function keptIndexFiles(site: string, unchanged: SearchShard[]): string[] {
  const root = path.join(site, 'pagefind');
  if (!existsSync(root)) return [];
  const relative = (file: string) => path.relative(site, file).split(path.sep).join('/');
  const runtime = readdirSync(root)
    .filter((file) => RUNTIME_FILES.test(file))
    .map((file) => relative(path.join(root, file)));
  const shardFiles = unchanged.flatMap((shard) =>
    readdirSync(shardDir(site, shard.name), { recursive: true, encoding: 'utf8' }).map((file) => relative(path.join(shardDir(site, shard.name), file))),
  );
  return [...runtime, ...shardFiles];
}

/** Whether the output folder has Pagefind's runtime, which unchanged shards need beside them. */
export function hasRuntime(site: string): boolean {
  return existsSync(path.join(site, 'pagefind', 'pagefind.js'));
}

/**
 * Indexes one shard in this process into `pagefind/shards/<name>/`, and keeps its summary in the
 * cache folder, made from the same records as they are read: the manifest and lexicon need only
 * the summaries then, and the words of every bulletin are read beside Astro, not after it.
 * Returns how many bulletins the shard holds.
 */
export async function writeShardIndex(site: string, plan: SearchPlan, shard: SearchShard, cacheDir: string): Promise<number> {
  const recordsDir = recordsDirOf(site);
  const { index, errors } = await pagefind.createIndex({ forceLanguage: SEARCH_INDEX_LANGUAGE });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const summary = shardSummarizer();
    for (const chunk of shard.months) {
      const records = readRecords(recordsDir, chunk);
      // A chunk's records are sent together: Pagefind's service handles them one after another
      // anyway, and waiting for each answer before sending the next left it idle between them.
      const added = Promise.all(records.map((record) => index.addCustomRecord(customRecord(record))));
      for (const record of records) summary.add(record);
      (await added).forEach(({ errors }, i) => {
        if (errors.length) throw new Error(`Pagefind could not index ${records[i].url}: ${errors.join('; ')}`);
      });
    }
    const dir = shardDir(site, shard.name);
    rmSync(dir, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath: dir });
    if (written.errors.length) throw new Error(`Pagefind could not write shard ${shard.name}: ${written.errors.join('; ')}`);
    shareRuntime(site, dir);
    const { bulletins } = keepSummary(summaryFile(cacheDir, plan.digests[shard.name]), summary.summary());
    return bulletins;
  } finally {
    await pagefind.close();
  }
}

/**
 * Moves Pagefind's script and WebAssembly out of a shard's folder to `pagefind/`, where all shards
 * share them, and drops its UI bundles, which the site does not use. Pagefind fetches the
 * WebAssembly from `<shard>/wasm.<entry's wasm>.pagefind`; the entry names it `/../../../wasm.…`,
 * which the browser's URL parser resolves to `pagefind/wasm.….pagefind`: one download for all shards.
 */
function shareRuntime(site: string, dir: string) {
  const root = path.join(site, 'pagefind');
  for (const file of readdirSync(dir)) {
    if (RUNTIME_FILES.test(file)) renameSync(path.join(dir, file), path.join(root, file));
    else if (!SHARD_FILES.test(file)) rmSync(path.join(dir, file), { recursive: true });
  }
  const entryFile = path.join(dir, 'pagefind-entry.json');
  const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as { languages: Record<string, { wasm: string | null }> };
  for (const language of Object.values(entry.languages)) language.wasm = `/../../../wasm.${language.wasm ?? 'unknown'}`;
  writeFileSync(entryFile, JSON.stringify(entry));
}

/** Shards indexed at once: one per core, fewer if the machine has less than SHARD_MEMORY per process (SEARCH_INDEX_JOBS overrides). */
const SHARD_MEMORY = 1.5 * 2 ** 30;

function indexJobs(): number {
  const asked = Number(process.env.SEARCH_INDEX_JOBS);
  if (asked >= 1) return Math.floor(asked);
  return Math.max(1, Math.min(os.availableParallelism(), Math.floor(os.totalmem() / SHARD_MEMORY)));
}

// Run by Node itself (it strips the types, as `npm run ingest` does), not through tsx: no esbuild
// service beside each shard process while Astro renders.
const shardScript = path.resolve(import.meta.dirname, '../search-shard.ts');

/**
 * Starts indexing shards while something else runs beside them (the build's Astro process): one
 * indexing process fewer than indexJobs() at a time, all of them once `useAllJobs()` says that it
 * has finished. Each indexing process (scripts/search-shard.ts --serve) takes one shard after
 * another, each in a Pagefind process of its own: starting Node and loading the indexing code cost
 * 0.3 s of CPU and up to a second per shard when every shard had a Node process of its own.
 * `prepare` runs before each shard is handed over (the build writes the shard's records then, so
 * the first one starts as soon as its own records are there). `done()` settles when every shard is
 * indexed, or rejects with the first failure (the shards not begun are then left); `stop()` ends
 * the processes.
 */
export function startShardIndexing(site: string, shards: SearchShard[], prepare: (shard: SearchShard) => void) {
  const queue = [...shards];
  const running = new Set<ChildProcess>();
  const workers: Promise<void>[] = [];
  let failure: Error | undefined;
  const worker = async () => {
    const indexer = shardIndexingProcess(site, running);
    try {
      for (let shard = queue.shift(); shard; shard = queue.shift()) {
        prepare(shard);
        await indexer.index(shard.name);
      }
    } catch (error) {
      failure ??= error as Error;
      queue.length = 0;
    } finally {
      indexer.end();
    }
  };
  const start = (jobs: number) => {
    while (workers.length < Math.min(jobs, shards.length)) workers.push(worker());
  };
  start(Math.max(1, indexJobs() - 1));
  return {
    useAllJobs: () => start(indexJobs()),
    done: async () => {
      for (let started = -1; started !== workers.length; ) {
        started = workers.length;
        await Promise.all(workers);
      }
      if (failure) throw failure;
    },
    stop: () => {
      queue.length = 0;
      for (const child of running) child.kill();
    },
  };
}

/** What the build asks an indexing process (scripts/search-shard.ts --serve) and what it answers. */
export type ShardRequest = { shard: string };
export type ShardReply = { shard: string; bulletins: number } | { shard: string; error: string };

/**
 * One indexing process: `index(name)` hands it a shard and settles when the shard is written (or
 * rejects with what went wrong, also when the process dies); `end()` lets it exit.
 */
function shardIndexingProcess(site: string, running: Set<ChildProcess>) {
  // A small young generation and a collection after each shard (search-shard.ts) keep the process
  // at what one shard takes (~115 MB at 10,000 bulletins, 225 MB without), beside Astro's peak.
  const child = fork(shardScript, ['--site', site, '--serve'], {
    execArgv: ['--expose-gc', '--max-semi-space-size=2'],
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  // Astro's rendering is what the build waits for, and its thread is busy all along: where both want
  // a core, the index (and the Pagefind processes it starts, which inherit this) gives way.
  if (child.pid) os.setPriority(child.pid, 10);
  running.add(child);
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  let current: { shard: string; resolve: () => void; reject: (error: Error) => void } | undefined;
  child.on('message', (reply: ShardReply) => {
    if (!current || reply.shard !== current.shard) return;
    const { resolve, reject } = current;
    current = undefined;
    if ('error' in reply) reject(new Error(`shard ${reply.shard}: ${reply.error}`));
    else resolve();
  });
  const failed = (why: string) => {
    current?.reject(new Error(`shard ${current.shard}: ${stderr.trim() || why}`));
    current = undefined;
  };
  child.on('close', (code) => {
    running.delete(child);
    failed(`the indexing process exited ${code}`);
  });
  // Sending to a process that has just died.
  child.on('error', (error) => failed(error.message));
  return {
    index: (shard: string) =>
      new Promise<void>((resolve, reject) => {
        current = { shard, resolve, reject };
        if (child.connected) child.send({ shard } satisfies ShardRequest);
        else failed('the indexing process had exited');
      }),
    end: () => {
      if (child.connected) child.disconnect();
    },
  };
}

/** What the manifest and lexicon need of a shard: its bulletins, its filter counts, and its words (lower case) by language, each with how many of its bulletins have it. */
interface ShardSummary {
  bulletins: number;
  filters: FilterCounts;
  words: Record<string, Record<string, number>>;
}

function addCount(into: FilterCounts, filter: string, value: string, count: number) {
  (into[filter] ??= {})[value] = (into[filter][value] ?? 0) + count;
}

/** A shard's summary, made a record at a time. */
function shardSummarizer() {
  const filters: FilterCounts = {};
  const words = new Map<string, Map<string, number>>();
  let bulletins = 0;
  return {
    add(record: SearchRecord) {
      for (const [filter, values] of Object.entries(customRecord(record).filters)) for (const value of values) addCount(filters, filter, value, 1);
      let langWords = words.get(record.lang);
      if (!langWords) words.set(record.lang, (langWords = new Map()));
      for (const word of new Set(searchWords(record.content).map((word) => word.toLowerCase()))) langWords.set(word, (langWords.get(word) ?? 0) + 1);
      bulletins++;
    },
    summary: (): ShardSummary => ({
      bulletins,
      filters,
      words: Object.fromEntries([...words].map(([lang, counts]) => [lang, Object.fromEntries([...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))])),
    }),
  };
}

function keepSummary(file: string, summary: ShardSummary): ShardSummary {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(summary));
  return summary;
}

/**
 * A shard's summary: kept in the cache folder (named by the shard's digest) by its indexing process
 * or an earlier build, or else made from its records (a shard indexed by a CI job of its own, whose
 * cache folder is not this one's).
 */
function shardSummary(site: string, shard: SearchShard, cached: string): ShardSummary {
  if (existsSync(cached)) return JSON.parse(readFileSync(cached, 'utf8')) as ShardSummary;
  const summary = shardSummarizer();
  const recordsDir = recordsDirOf(site);
  for (const chunk of shard.months) for (const record of readRecords(recordsDir, chunk)) summary.add(record);
  return keepSummary(cached, summary.summary());
}

/**
 * Writes what the shards share, from all of them: the manifest (shards and filter counts) and,
 * unless the spellings are off, the lexicon, each word with the shards that hold it. Shard
 * summaries are kept in the cache folder, filed by the shards' digests; a shard whose summary is
 * not there needs its records (shardsWithoutSummary). Removes the records (they are not
 * published). Returns how many bulletins the index holds.
 */
export function writeSearchManifest(site: string, plan: SearchPlan, gazetteer: Gazetteer, cacheDir: string): number {
  const recordsDir = recordsDirOf(site);
  const { shards, digests } = plan;
  const summariesDir = summariesDirOf(cacheDir);
  mkdirSync(summariesDir, { recursive: true });
  const lexicon = createLexicon();
  const filters: FilterCounts = {};
  let bulletins = 0;
  const used = new Set<string>();
  shards.forEach((shard, index) => {
    const cached = summaryFile(cacheDir, digests[shard.name]);
    used.add(path.basename(cached));
    const summary = shardSummary(site, shard, cached);
    for (const [filter, values] of Object.entries(summary.filters))
      for (const [value, count] of Object.entries(values)) addCount(filters, filter, value, count);
    if (spellingsEnabled) for (const [lang, counts] of Object.entries(summary.words)) lexicon.add(Object.keys(counts), lang, index, Object.values(counts));
    bulletins += summary.bulletins;
  });
  for (const file of readdirSync(summariesDir)) if (!used.has(file)) rmSync(path.join(summariesDir, file));
  const root = path.join(site, 'pagefind');
  mkdirSync(root, { recursive: true });
  const aliases = entityAliases(gazetteer);
  const lexiconFiles = spellingsEnabled ? lexicon.files(shards.length, aliasChunks(aliases)) : new Map();
  const manifest: SearchManifest = { shards, filters, lexicon: [...lexiconFiles.keys()].filter((chunk) => chunk.length > 2).sort() };
  writeFileSync(path.join(root, MANIFEST_FILE), JSON.stringify(manifest));
  const lexiconDir = path.join(root, LEXICON_DIR);
  rmSync(lexiconDir, { recursive: true, force: true });
  const write = (name: string, file: unknown) => writeFileSync(path.join(lexiconDir, `${name}.json.gz`), gzipSync(JSON.stringify(file), { level: 9 }));
  if (spellingsEnabled) {
    mkdirSync(path.join(lexiconDir, ENTITY_FORMS_DIR), { recursive: true });
    for (const [chunk, file] of lexiconFiles) write(chunk, file);
    mkdirSync(path.join(lexiconDir, NEAR_DIR), { recursive: true });
    for (const [chunk, file] of lexicon.nearFiles()) write(`${NEAR_DIR}/${chunk}`, file);
    const formsOf = lexicon.nameFormsReader(shards.length);
    for (const entity of aliases) {
      const file: EntityFormsFile = {};
      for (const word of nameWords(entity)) file[word.key] ??= formsOf(word.typed);
      write(`${ENTITY_FORMS_DIR}/${entity.entity}`, file);
    }
  }
  rmSync(recordsDir, { recursive: true, force: true });
  return bulletins;
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
  };
}
