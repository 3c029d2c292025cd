import {
  correctedForms,
  CORRECTED_TIER,
  STEM_TIER,
  ENTITY_FORMS_DIR,
  formsOf,
  lexiconLayout,
  MAX_FORMS,
  mergeLexiconFiles,
  nearestSpellings,
  type EntityFormsFile,
  type Form,
  type LexiconFile,
} from './lexicon.ts';
import { afterShown, canAnswer, formsIn, fullestShard, plannedAlternative, planTiers, resultsIn, type PlannedAlternative, type PlannedForm } from './plan.ts';
import { rankResults, type AlternativeResults } from './ranking.ts';
import { shardIndices, shardsForYears, type SearchManifest } from './shards.ts';
import { corrections, MAX_CORRECTIONS, MIN_CORRECTED_KEY, NEAR_DIR, nearKeys, nearLookups, swappedBack, withoutOneEarly, type NearChunk } from './slips.ts';
import { typingKey } from './spelling-conventions.ts';
import { scriptOf } from '../text/text.ts';
import { namesChunkOf, queryAlternatives, queryWords, type QueryWord } from './terms.ts';

/**
 * The search, without a page: a query is read into words (search/terms.ts), each word looked up in
 * the lexicon by its typing key (search/lexicon.ts), the archive's words it stands for searched in
 * the shards that hold them, newest first, tier by tier, until the page the reader is on is full
 * (search/plan.ts), and the answers ranked together (search/ranking.ts). What it reads comes
 * through a `SearchSource`: the page gives it fetches of the lexicon and Pagefind's instances
 * (src/browser/search.ts); tests give it files and an index of their own.
 */

/** What a result shows: Pagefind's fragment of a bulletin. */
export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  /** Its values of each filter (language, year, organization, country). */
  filters?: Record<string, string[]>;
}

/** One bulletin a shard's index answers with; its id is unique within the shard. */
export interface ShardResult {
  id: string;
  score: number;
  data: () => Promise<ResultData>;
}

/** Filter name → the values chosen (any of them). */
export type Filters = Record<string, { any: string[] }>;

export type SortOrder = 'relevance' | 'newest';

export interface SearchSource<R extends ShardResult> {
  manifest: SearchManifest;
  /**
   * A file of the lexicon (`<name>.json.gz`, unpacked and parsed), or null where there is none;
   * null for the whole source where the build has no lexicon (a baseline build for the bench):
   * the query then goes to the index as typed.
   */
  lexiconFile: ((name: string) => Promise<unknown | null>) | null;
  /** A shard's answer for a term (Pagefind's syntax: `"word"` for the word only), with filters. */
  searchShard: (shard: number, term: string, filters: Filters) => Promise<R[]>;
}

/** Results whose date is read to order them newest first (each is a small download). */
const MAX_DATED = 200;

/** The promise `cache` holds for `key`, made once; one that fails is dropped, so that the next search fetches again. */
function cached<T>(cache: Map<string, Promise<T>>, key: string, make: () => Promise<T>): Promise<T> {
  if (!cache.has(key)) {
    cache.set(
      key,
      make().catch((error: unknown) => {
        cache.delete(key);
        throw error;
      }),
    );
  }
  return cache.get(key)!;
}

/**
 * What a query stands for: per alternative, its words' forms; per typed word read with one slip
 * corrected, the archive's word it is read as; and per typed word that stands for none, the
 * nearest spellings.
 */
interface QueryPlan {
  alternatives: PlannedAlternative[];
  corrected: { word: QueryWord; spelling: string }[];
  nearest: { word: QueryWord; spellings: string[] }[];
}

/** A search under way: its results so far, and what is left to search. */
export interface Search<R extends ShardResult> {
  readonly query: string;
  /** Ranked results found so far, ids made unique across shards (`<shard>:<id>`). */
  readonly results: R[];
  /** How many of `results` the reader has seen: those keep their places as more are ranked in. */
  shown: number;
  /** The query with a word that stands for no word of the archive replaced by a near spelling, when nothing is found. */
  readonly suggestions: string[];
  /** The query as read with its slips corrected, when a word was searched as the archive's word one slip from it; else null. */
  readonly corrected: string | null;
  /** Searches until there are `wanted` results or nothing is left; stops early once `abandon()`ed. */
  fill(wanted: number): Promise<void>;
  /** Whether shards or tiers are left to search. */
  moreLeft(): boolean;
  /** The shards searched so far (indices into the manifest's shards). */
  searched(): number[];
  abandon(): void;
}

export function createSearchEngine<R extends ShardResult>(source: SearchSource<R>) {
  const { manifest } = source;
  const { shards } = manifest;
  const layout = lexiconLayout(manifest.lexicon);
  const lexiconFiles = new Map<string, Promise<unknown>>();
  const shardSearches = new Map<string, Promise<R[]>>();

  const lexiconFetch = <File>(name: string, none: File) => cached(lexiconFiles, name, async () => (await source.lexiconFile!(name)) ?? none) as Promise<File>;
  const lexiconFile = (name: string) => lexiconFetch<LexiconFile>(name, { keys: {}, shards: {}, names: [] });
  const entityForms = (entity: string) => lexiconFetch<EntityFormsFile>(`${ENTITY_FORMS_DIR}/${entity}`, {});
  const nearFile = (chunk: string) => lexiconFetch<NearChunk>(`${NEAR_DIR}/${chunk}`, {});
  /** The lexicon of one query word: the chunks its forms are in, its stems' too if the word is in no bulletin. */
  const lexiconOf = async (key: string) => {
    const own = mergeLexiconFiles(await Promise.all(layout.chunksFor(key).map(lexiconFile)));
    const more = layout.chunksFor(key, own.keys);
    return more.length ? mergeLexiconFiles(await Promise.all(more.map(lexiconFile))) : own;
  };

  /** A form as the search plans it: with the shards that hold it and its bulletins in each, as its lexicon file says. */
  const plannedForm = (form: Form, file: LexiconFile): PlannedForm => ({
    ...form,
    shards: file.shards[form.word] ? shardIndices(file.shards[form.word]) : null,
    ...(file.counts?.[form.word] ? { counts: file.counts[form.word] } : {}),
  });

  /** The query's forms through the lexicon; null for a query with no word to look up (`2024`), which the index matches as typed. */
  async function planByLexicon(query: string): Promise<QueryPlan | null> {
    const typed = queryWords(query);
    if (!typed.length) return null;
    // The other names of an entity the query names come with the chunks of its words.
    const names = (await Promise.all(typed.map((word) => lexiconFile(namesChunkOf(word.key))))).flatMap((file) => file.names);
    const alternativesTyped = queryAlternatives(typed, names);
    // Each typed word's lexicon, and that of the word before an apostrophe, which is looked up
    // where the whole is in no bulletin; the other names' forms are in their entity's file.
    const keys = [...new Set(typed.flatMap((word) => [word.key, ...(word.beforeApostrophe ? [typingKey(word.beforeApostrophe)] : [])]))];
    const entities = [...new Set(alternativesTyped.flat().flatMap((word) => (word.entity ? [word.entity] : [])))];
    const [files, namedForms] = await Promise.all([
      Promise.all(keys.map(async (key) => [key, await lexiconOf(key)] as const)).then((entries) => new Map(entries)),
      Promise.all(entities.map(async (entity) => [entity, await entityForms(entity)] as const)).then((entries) => new Map(entries)),
    ]);
    const formsOfWord = (word: QueryWord): PlannedForm[] => {
      if (word.entity)
        return (namedForms.get(word.entity)![word.key] ?? []).map(({ shards, ...form }) => ({ ...form, shards: shards ? shardIndices(shards) : null }));
      let file = files.get(word.key)!;
      let forms = formsOf(word.typed, file.keys);
      if (!forms.length && word.beforeApostrophe) {
        file = files.get(typingKey(word.beforeApostrophe))!;
        forms = formsOf(word.beforeApostrophe, file.keys);
      }
      return forms.slice(0, MAX_FORMS).map((form) => plannedForm(form, file));
    };
    // The typed words are the first alternative's: their forms are found once, with a slip
    // corrected where a word is neither in the archive nor that with more endings.
    const ownForms = typed.map(formsOfWord);
    const slips = await Promise.all(
      typed.map((word, index) => (ownForms[index].some(({ tier }) => tier < CORRECTED_TIER) ? null : correctionOf(word, files.get(word.key)!))),
    );
    const typedForms = new Map(typed.map((word, index) => [word, [...(slips[index]?.forms ?? []), ...ownForms[index]].slice(0, MAX_FORMS)]));
    const alternatives = alternativesTyped.map((words, index) =>
      plannedAlternative(
        index === 0 ? 0 : 2,
        words.map((word) => typedForms.get(word) ?? formsOfWord(word)),
      ),
    );
    const corrected = typed.flatMap((word, index) => (slips[index] ? [{ word, spelling: slips[index].spelling }] : []));
    const nearest = typed
      .filter((word) => !typedForms.get(word)!.length)
      .map((word) => ({ word, spellings: nearestSpellings(word.typed, files.get(word.key)!.keys) }));
    return { alternatives, corrected, nearest };
  }

  /**
   * The archive's words a typed word is with one slip (search/slips.ts), with the shards that
   * hold them, and the spelling that names the correction (in the alphabet typed, where the
   * archive has it); null where no key of the archive is one slip from it. `own` is the lexicon
   * read for the word itself, which holds every key one slip away past its chunk's name.
   */
  async function correctionOf(word: QueryWord, own: LexiconFile): Promise<{ forms: PlannedForm[]; spelling: string } | null> {
    const { key } = word;
    const swapped = swappedBack(word.typed);
    const sliding = key.length >= MIN_CORRECTED_KEY;
    if (!swapped.length && !sliding) return null;
    const depth = layout.chunkOf(key).length;
    const lookups = sliding ? nearLookups(key, depth) : [];
    const early = sliding ? withoutOneEarly(key, depth) : [];
    const [near, mainFiles] = await Promise.all([
      Promise.all([...new Set(lookups.map(layout.chunkOf))].map(nearFile)).then((files): NearChunk => Object.assign({}, ...files)),
      Promise.all([...new Set([...early, ...swapped].map(layout.chunkOf))].map(lexiconFile)).then(mergeLexiconFiles),
    ]);
    // Letters swapped as typed first: the likeliest slip, and the one a key's edit may not show.
    const swappedKeys = swapped
      .filter((other) => mainFiles.keys[other])
      .sort()
      .slice(0, MAX_CORRECTIONS);
    const candidates = [
      ...Object.keys(own.keys),
      ...early.filter((other) => mainFiles.keys[other]),
      ...lookups.flatMap((lookup) => nearKeys(lookup, near[lookup] ?? [])),
    ];
    const keys = swappedKeys.length ? swappedKeys : corrections(key, candidates);
    if (!keys.length) return null;
    const file = mergeLexiconFiles(await Promise.all([...new Set(keys.map(layout.chunkOf))].map(lexiconFile)));
    const forms = correctedForms(keys, file.keys).map((form) => plannedForm(form, file));
    const script = scriptOf(word.typed);
    const spellings = file.keys[keys[0]] ?? [];
    return { forms, spelling: spellings.find((spelling) => scriptOf(spelling) === script) ?? spellings[0] };
  }

  /** A shard's answer for one term; a year filter is passed on only to a shard that holds other years too. */
  function searchShard(filters: Filters, shard: number, term: string) {
    const { year, ...others } = filters;
    const passed = year && !shards[shard].years.every((value) => year.any.includes(value)) ? { ...others, year } : others;
    return cached(shardSearches, `${shard}\u0000${JSON.stringify(passed)}\u0000${term}`, () => source.searchShard(shard, term, passed));
  }

  /**
   * The bulletins of a shard that have `form` itself. Quoted, Pagefind matches only the word, but
   * scores every bulletin alike and marks nothing in the excerpt; unquoted, it also matches every
   * word that `form` begins. So the quoted answer says which bulletins, the unquoted one their
   * score and excerpt. Ids are the shard's and Pagefind's, unique across shards.
   */
  async function exactly(filters: Filters, shard: number, form: string) {
    const [having, scored] = await Promise.all([searchShard(filters, shard, `"${form}"`), searchShard(filters, shard, form)]);
    const scoredById = new Map(scored.map((result) => [result.id, result]));
    return having
      .map((exact) => ({ ...(scoredById.get(exact.id) ?? exact), id: `${shard}:${exact.id}` }))
      .map((result) => ({ id: result.id, score: result.score, result }));
  }

  /** Results ordered by their dates, newest first (undated last); beyond MAX_DATED, in their order of relevance. */
  async function newestFirst(found: R[]): Promise<R[]> {
    const head = found.slice(0, MAX_DATED);
    const dates = new Map(await Promise.all(head.map(async (result) => [result, (await result.data()).meta.date ?? ''] as const)));
    return [...head.sort((a, b) => dates.get(b)!.localeCompare(dates.get(a)!)), ...found.slice(MAX_DATED)];
  }

  /** Offers of the query with each unmatched word replaced by a nearest spelling of it. */
  const suggestionsOf = (query: string, nearest: QueryPlan['nearest']) =>
    nearest.flatMap(({ word, spellings }) => spellings.map((spelling) => query.replace(word.typed, spelling)));

  return {
    /** Plans a search of `query`; `fill` then finds its results. Rejects when a file of the lexicon cannot be fetched. */
    async search(query: string, options: { filters: Filters; sort: SortOrder }): Promise<Search<R>> {
      const { filters, sort } = options;
      const planned = source.lexiconFile ? await planByLexicon(query) : null;
      // Without a lexicon or a word to look up, the query goes to the index as typed.
      const asTyped = planned ? null : query;
      const alternatives = planned?.alternatives ?? [plannedAlternative(0, [[{ word: query, tier: 0, shards: null }]])];
      const tiers = planTiers(alternatives);
      const batch: number[] = [];
      const left = query.trim() ? shardsForYears(shards, filters.year?.any ?? []).filter((shard) => canAnswer(alternatives, shard, tiers.at(-1)!)) : [];
      // In date order every tier is searched at once: dates, not tiers, order the results.
      let tier = sort === 'newest' ? tiers.length - 1 : 0;
      let results: R[] = [];
      let abandoned = false;

      const rankShards = async (searched: number[]): Promise<R[]> => {
        if (asTyped !== null) {
          const answers = await Promise.all(
            searched.map(async (shard) => (await searchShard(filters, shard, asTyped)).map((result) => ({ ...result, id: `${shard}:${result.id}` }))),
          );
          return answers.flat().sort((a, b) => b.score - a.score);
        }
        const upTo = tiers[tier];
        const answers: AlternativeResults<R>[] = await Promise.all(
          alternatives.map(async (alternative) => {
            // A shard that lacks a form of one of the alternative's words has no bulletin with them all:
            // none of its words is searched there (each would cost an index chunk for nothing).
            const able = searched.filter((shard) => canAnswer([alternative], shard, upTo));
            return {
              minTier: alternative.minTier,
              words: await Promise.all(
                alternative.words.map((forms) =>
                  Promise.all(
                    able.flatMap((shard) =>
                      formsIn(forms, shard, upTo).map(async ({ word, tier }) => ({ tier, results: await exactly(filters, shard, word) })),
                    ),
                  ),
                ),
              ),
            };
          }),
        );
        return rankResults(answers);
      };
      /** The results of the shards searched, ranked together; in date order, each shard's by date, newest shard first. */
      const rankBatch = async (): Promise<R[]> =>
        sort === 'newest' ? (await Promise.all(batch.map(async (shard) => newestFirst(await rankShards([shard]))))).flat() : rankShards(batch);
      const moreLeft = () => left.length > 0 || tier < tiers.length - 1;

      const search: Search<R> = {
        query,
        get results() {
          return results;
        },
        shown: 0,
        suggestions: suggestionsOf(query, planned?.nearest ?? []),
        corrected: planned?.corrected.length ? planned.corrected.reduce((text, { word, spelling }) => text.replace(word.typed, spelling), query) : null,
        /**
         * Until `wanted` results or nothing is left: in relevance order, the next tier of the word
         * itself in the shards searched so far where it has more results (a tier more of a shard
         * read costs a chunk of its index at most, a shard more its meta too), else the shard that
         * has forms of the tier reached and, by the lexicon's counts, the most results of the word
         * (the newest that fills the page alone, if any: search/plan.ts `fullestShard`), else the
         * next tier. In date order, every tier at once, the newest shard first.
         */
        async fill(wanted: number) {
          while (!abandoned && results.length < wanted && moreLeft()) {
            const nextTier = tiers[tier + 1];
            const closer = (upTo: number) => batch.reduce((sum, shard) => sum + resultsIn(alternatives, shard, upTo), 0);
            if (sort === 'relevance' && batch.length && nextTier !== undefined && nextTier < STEM_TIER && closer(nextTier) > closer(tiers[tier])) {
              tier++;
            } else {
              const able = left.filter((shard) => canAnswer(alternatives, shard, tiers[tier]));
              const wordTiers = Math.max(tiers[tier], ...tiers.filter((other) => other < STEM_TIER));
              const pick = sort === 'relevance' ? fullestShard(alternatives, able, wordTiers, wanted - results.length) : 0;
              if (able.length) batch.push(...left.splice(left.indexOf(able[Math.max(0, pick)]), 1));
              else tier++;
            }
            const ranked = await rankBatch();
            if (abandoned) return;
            results = afterShown(results.slice(0, search.shown), ranked, (result) => result.id);
          }
        },
        moreLeft,
        searched: () => [...batch],
        abandon: () => {
          abandoned = true;
        },
      };
      return search;
    },
    /** Forgets the index's answers: after a failed fetch (the page starts new Pagefind instances), so that the next search asks again. */
    forgetAnswers() {
      shardSearches.clear();
    },
  };
}

export type SearchEngine<R extends ShardResult> = ReturnType<typeof createSearchEngine<R>>;
