/**
 * The search page: one box for every language, filters for whatever the index offers (language,
 * year, organization, country), relevance or date order, and results whose excerpts are the
 * bulletins' own words. Each word of a query is looked up in the lexicon by its typing key
 * (src/lib/search/lexicon.ts), and the archive's words it stands for are searched in Pagefind
 * exactly, as are the other names of an entity the query names (src/lib/search/terms.ts); the
 * answers are merged and ranked (src/lib/search/ranking.ts). A query that stands for no word
 * finds nothing, and the page offers the nearest spellings the archive has, if any.
 *
 * The index is in shards by time (src/lib/search/shards.ts), each its own Pagefind instance
 * (one worker and one WebAssembly for all). The lexicon says which shards hold each word, so a
 * query searches only the shards that can answer it, newest first, and only as many, and only as
 * many tiers of forms, as fill the page the reader is on (src/lib/search/plan.ts): the printed
 * form of a common word fills the first page from the newest shard; a rare word costs the shard
 * that has it. Older shards and other spellings follow as the reader reads on or asks for all
 * years. Filters and their counts come from the manifest; a year filter searches only the shards
 * of its years.
 */
import { formatDay, type DatePatterns } from '../lib/dates/date-format.ts';
import {
  ENTITY_FORMS_DIR,
  formsOf,
  lexiconLayout,
  MAX_FORMS,
  mergeLexiconFiles,
  namesChunkOf,
  nearestSpellings,
  type EntityFormsFile,
  type LexiconFile,
  type Tier,
} from '../lib/search/lexicon.ts';
import { afterShown, canAnswer, formsIn, plannedAlternative, planTiers, type PlannedAlternative } from '../lib/search/plan.ts';
import { rankResults, type AlternativeResults } from '../lib/search/ranking.ts';
import { shardIndices, shardsForYears, yearSpan, type SearchManifest } from '../lib/search/shards.ts';
import { queryAlternatives, type QueryWord } from '../lib/search/terms.ts';
import { typingKey } from '../lib/search/spelling-conventions.ts';
import { excerptWithoutTitle } from '../lib/search/excerpt.ts';
import { gunzippedText } from '../lib/search/gzipped-file.ts';

interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<{ url: string; excerpt: string; meta: Record<string, string> }>;
}
interface Pagefind {
  search: (term: string, options?: { filters?: Record<string, unknown> }) => Promise<{ results: PagefindResult[] } | null>;
}
interface PagefindModule {
  createInstance: (options: { basePath: string }) => Pagefind;
}

interface Strings {
  locale: string;
  dates?: DatePatterns;
  resultCount: Record<string, string>;
  noResults: string;
  /** Shown when a file of the index could not be fetched (a lost connection): not "nothing found". */
  searchFailed: string;
  /** Shown before the nearest spellings the archive has, when a query finds nothing. */
  didYouMean: string;
  /** Which years the results so far come from, while older shards remain. */
  searchedYears: string;
  /** Legends of the filters the interface knows; any other filter of the index shows its own name. */
  filters: Record<string, string>;
  /** Display names of filter values given as ids (organizations, countries). */
  filterValues: Record<string, Record<string, string>>;
}

/** Filters in this order, then any others the index has, alphabetically. */
const FILTER_ORDER = ['language', 'year', 'organization', 'country'];

const PAGE_SIZE = 10;
/** Results whose date is read to order them newest first (each is a small download). */
const MAX_DATED = 200;

/** A search under way: what it looks for, the shards searched (ranked together) and those left, newest first, and its results so far. */
interface Search {
  generation: number;
  /** Without a lexicon (a baseline build for the bench) or a word to look up, the query goes to Pagefind as typed. */
  asTyped: string | null;
  alternatives: PlannedAlternative[];
  tiers: Tier[];
  tier: number;
  batch: number[];
  left: number[];
  results: PagefindResult[];
  shown: number;
  /** Whether its first page has replaced the last search's results on the page. */
  onPage: boolean;
  filters: Record<string, { any: string[] }>;
}

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

async function start(root: HTMLElement) {
  const strings = JSON.parse(root.dataset.strings!) as Strings;
  const form = root.querySelector('form')!;
  const input = form.querySelector<HTMLInputElement>('input[type=search]')!;
  const sort = form.querySelector<HTMLSelectElement>('select[name=sort]')!;
  const filterPanel = root.querySelector<HTMLDetailsElement>('.search-filters')!;
  const filterBox = filterPanel.querySelector<HTMLElement>('[data-filters]')!;
  const status = root.querySelector<HTMLElement>('[role=status]')!;
  const list = root.querySelector<HTMLOListElement>('ol')!;
  const suggestions = root.querySelector<HTMLElement>('[data-suggestions]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-more]')!;
  const coverage = root.querySelector<HTMLElement>('[data-coverage]')!;
  const allYears = coverage.querySelector<HTMLButtonElement>('[data-all-years]')!;

  const bundle = root.dataset.bundle!;
  const loaded = await Promise.all([
    import(/* @vite-ignore */ `${bundle}pagefind.js`) as Promise<PagefindModule>,
    fetch(root.dataset.manifest!).then((response) => {
      if (!response.ok) throw new Error(`${response.url}: ${response.status}`);
      return response.json() as Promise<SearchManifest>;
    }),
  ]).catch((error: unknown) => {
    console.error(error);
    status.textContent = strings.searchFailed;
    return null;
  });
  if (!loaded) return;
  const [pagefind, manifest] = loaded;
  const { shards } = manifest;
  /**
   * Pagefind lets a failed fetch of its index pass without a word: a chunk it could not fetch
   * answers as if the word were in no bulletin, a shard's meta file it could not fetch never
   * answers. Its fetches go through the page's `fetch`, so the page watches those of the index:
   * one that fails ends the search under way with "could not load" (`indexLost`), and the next
   * search starts over with new Pagefind instances.
   */
  let indexLost: { promise: Promise<never>; reject: (error: unknown) => void };
  const watchIndex = () => {
    let reject: (error: unknown) => void = () => {};
    const promise = new Promise<never>((_, rejectWith) => (reject = rejectWith));
    promise.catch(() => {}); // A loss with no search waiting on it is no error of the page's.
    indexLost = { promise, reject };
  };
  watchIndex();
  const fetchOfPage = window.fetch.bind(window);
  window.fetch = async (input, init) => {
    const ofIndex = String(input instanceof Request ? input.url : input).includes(`${bundle}shards/`);
    try {
      const response = await fetchOfPage(input, init);
      if (ofIndex && !response.ok) indexLost.reject(new Error(`${response.url}: ${response.status}`));
      return response;
    } catch (error) {
      if (ofIndex) indexLost.reject(error);
      throw error;
    }
  };
  /** What Pagefind answers, unless a fetch of the index fails first. */
  const unlessIndexLost = <T>(answer: Promise<T>) => Promise.race([answer, indexLost.promise]);
  const instances = new Map<number, Pagefind>();
  const instance = (shard: number) => {
    if (!instances.has(shard)) instances.set(shard, pagefind.createInstance({ basePath: `${bundle}shards/${shards[shard].name}/` }));
    return instances.get(shard)!;
  };
  // Without a lexicon (a baseline build for the bench) the query goes to Pagefind as typed.
  const lexiconUrl = root.dataset.lexicon;
  const lexiconFiles = new Map<string, Promise<unknown>>();
  /** A file of the lexicon, gunzipped; `none` where there is no such file; a failed fetch fails the search (and is tried again by the next). */
  const lexiconFetch = <File>(name: string, none: File) =>
    cached(lexiconFiles, name, async () => {
      const response = await fetch(`${lexiconUrl}${name}.json.gz`);
      if (response.status === 404) return none;
      if (!response.ok) throw new Error(`${response.url}: ${response.status}`);
      return JSON.parse(await gunzippedText(new Uint8Array(await response.arrayBuffer())));
    }) as Promise<File>;
  const lexiconFile = (name: string) => lexiconFetch<LexiconFile>(name, { keys: {}, shards: {}, names: [] });
  const entityForms = (entity: string) => lexiconFetch<EntityFormsFile>(`${ENTITY_FORMS_DIR}/${entity}`, {});
  const layout = lexiconLayout(manifest.lexicon);
  /** The lexicon of one query word: the chunks its forms are in, its stems' too if the word is in no bulletin. */
  const lexiconOf = async (key: string) => {
    const own = mergeLexiconFiles(await Promise.all(layout.chunksFor(key).map(lexiconFile)));
    const more = layout.chunksFor(key, own.keys);
    return more.length ? mergeLexiconFiles(await Promise.all(more.map(lexiconFile))) : own;
  };
  // One Pagefind search per shard, word form and filter choice, shared by the alternatives that have it.
  const shardSearches = new Map<string, Promise<PagefindResult[]>>();

  // Filter values and counts are the manifest's: no shard's filter files load before they are used.
  let filtersShown = false;
  filterPanel.addEventListener('toggle', () => {
    if (!filterPanel.open || filtersShown) return;
    filtersShown = true;
    const available = manifest.filters;
    const filterNames = Object.keys(available)
      .filter((name) => Object.keys(available[name]).length > 1)
      .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
    for (const name of filterNames) filterBox.append(renderFilter(name, available[name]));
  });

  let latest = 0;
  let current: Search | null = null;
  /**
   * Results the reader has asked to see: a page, and a page more for each "more results". Kept
   * apart from the search so that a click while a new search (another query, filter or order) is
   * still being planned counts for that search instead of being lost.
   */
  let wanted = PAGE_SIZE;
  /**
   * Everything that changes the list runs one at a time: a new search's first page, each "more"
   * and "all years". Run side by side, a "more" for a search whose first page was still on its way
   * appended results that the first page then replaced, or showed a page twice.
   */
  let listing = Promise.resolve();
  const queue = (next: () => Promise<void>) => (listing = listing.then(() => next().catch(failed)));

  /** A search that could not fetch what it needed says so, unless a newer one has replaced it. */
  function failed(error: unknown, generation = latest) {
    console.error(error);
    // Pagefind keeps what it could not fetch as a failure of its own: new instances fetch again.
    instances.clear();
    shardSearches.clear();
    if (generation !== latest) return;
    status.textContent = strings.searchFailed;
    list.removeAttribute('aria-busy');
  }

  const plural = new Intl.PluralRules(strings.locale);
  const countText = (count: number) => (strings.resultCount[plural.select(count)] ?? strings.resultCount.other).replace('{count}', String(count));

  function rank(filter: string) {
    const index = FILTER_ORDER.indexOf(filter);
    return index === -1 ? FILTER_ORDER.length : index;
  }

  function renderFilter(name: string, counts: Record<string, number>) {
    const box = document.createElement('fieldset');
    box.dataset.filter = name;
    const legend = document.createElement('legend');
    legend.textContent = strings.filters[name] ?? name;
    box.append(legend);
    const label = (value: string) => strings.filterValues[name]?.[value] ?? value;
    // Years newest first; names in the order of the interface language's alphabet.
    const values = Object.keys(counts).sort((a, b) => (name === 'year' ? b.localeCompare(a) : label(a).localeCompare(label(b), strings.locale)));
    for (const value of values) {
      const option = document.createElement('label');
      const check = document.createElement('input');
      check.type = 'checkbox';
      check.name = name;
      check.value = value;
      option.append(check, ` ${label(value)} (${counts[value]})`);
      box.append(option);
    }
    return box;
  }

  function chosenFilters() {
    const filters: Record<string, { any: string[] }> = {};
    for (const check of filterBox.querySelectorAll<HTMLInputElement>('input:checked')) (filters[check.name] ??= { any: [] }).any.push(check.value);
    return filters;
  }

  async function run() {
    const query = input.value;
    const generation = ++latest;
    watchIndex();
    wanted = PAGE_SIZE;
    // Until this search's results are listed, the list on the page is the last search's.
    list.setAttribute('aria-busy', 'true');
    const url = new URL(window.location.href);
    if (query.trim()) url.searchParams.set('q', query.trim());
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);

    const filters = chosenFilters();
    let planned: Awaited<ReturnType<typeof planByLexicon>> = null;
    try {
      planned = lexiconUrl ? await planByLexicon(query) : null;
    } catch (error) {
      failed(error, generation);
      return;
    }
    if (generation !== latest) return;
    const asTyped = planned ? null : query;
    const alternatives = planned?.alternatives ?? [plannedAlternative(0, [[{ word: query, tier: 0, shards: null }]])];
    const tiers = planTiers(alternatives);
    const inYears = shardsForYears(shards, filters.year?.any ?? []);
    const search: Search = {
      generation,
      asTyped,
      alternatives,
      tiers,
      // In date order every tier is searched at once: dates, not tiers, order the results.
      tier: sort.value === 'newest' ? tiers.length - 1 : 0,
      batch: [],
      left: query.trim() ? inYears.filter((shard) => canAnswer(alternatives, shard, tiers.at(-1)!)) : [],
      results: [],
      shown: 0,
      onPage: false,
      filters,
    };
    current = search;
    await queue(async () => {
      await fill(search, wanted);
      if (generation !== latest) return;
      showSuggestions(query, search.results.length ? [] : (planned?.nearest ?? []));
      list.replaceChildren();
      search.onPage = true;
      await showWanted(search);
      // Announced once the first results are on the page, so the count and the list agree.
      if (generation === latest) status.textContent = query.trim() ? (search.results.length ? countText(search.results.length) : strings.noResults) : '';
    });
  }

  /** The query's forms through the lexicon, and for each word that stands for no word of the archive, the nearest that do; null for a query with no word. */
  async function planByLexicon(query: string) {
    const typed = queryAlternatives(query, [])[0] ?? [];
    // A query of numbers only (`2024`) has no word to look up: Pagefind matches it as typed.
    if (!typed.length) return null;
    // The other names of an entity the query names come with the chunks of its words.
    const names = (await Promise.all(typed.map((word) => lexiconFile(namesChunkOf(word.key))))).flatMap((file) => file.names);
    const queryWords = queryAlternatives(query, names);
    // Each typed word's lexicon, and that of the word before an apostrophe, which is looked up
    // where the whole is in no bulletin; the other names' forms are in their entity's file.
    const keys = [...new Set(typed.flatMap((word) => [word.key, ...(word.beforeApostrophe ? [typingKey(word.beforeApostrophe)] : [])]))];
    const entities = [...new Set(queryWords.flat().flatMap((word) => (word.entity ? [word.entity] : [])))];
    const [files, namedForms] = await Promise.all([
      Promise.all(keys.map(async (key) => [key, await lexiconOf(key)] as const)).then((entries) => new Map(entries)),
      Promise.all(entities.map(async (entity) => [entity, await entityForms(entity)] as const)).then((entries) => new Map(entries)),
    ]);
    const formsOfWord = (word: QueryWord) => {
      if (word.entity) return (namedForms.get(word.entity)![word.key] ?? []).map(({ shards, ...form }) => ({ ...form, shards: shards ? shardIndices(shards) : null }));
      let file = files.get(word.key)!;
      let forms = formsOf(word.typed, file.keys);
      if (!forms.length && word.beforeApostrophe) {
        file = files.get(typingKey(word.beforeApostrophe))!;
        forms = formsOf(word.beforeApostrophe, file.keys);
      }
      return forms.slice(0, MAX_FORMS).map((form) => ({ ...form, shards: file.shards[form.word] ? shardIndices(file.shards[form.word]) : null }));
    };
    const alternatives = queryWords.map((words, index) => plannedAlternative(index === 0 ? 0 : 2, words.map(formsOfWord)));
    const nearest = typed.filter((word) => !formsOfWord(word).length).map((word) => ({ word, spellings: nearestSpellings(word.typed, files.get(word.key)!.keys) }));
    return { alternatives, nearest };
  }

  /**
   * Searches until the search has `wanted` results or nothing is left: the next shard, newest
   * first, that has forms of the tier reached, else the next tier in the shards searched so far
   * (search/plan.ts). The results the reader has seen keep their places.
   */
  async function fill(search: Search, wanted: number) {
    while (search.results.length < wanted && moreLeft(search)) {
      const next = search.left.findIndex((shard) => canAnswer(search.alternatives, shard, search.tiers[search.tier]));
      if (next >= 0) search.batch.push(...search.left.splice(next, 1));
      else search.tier++;
      const ranked = await rankBatch(search);
      if (search.generation !== latest) return;
      search.results = afterShown(search.results.slice(0, search.shown), ranked, (result) => result.id);
    }
  }

  const moreLeft = (search: Search) => search.left.length > 0 || search.tier < search.tiers.length - 1;

  /** The results of the shards searched, ranked together; in date order, each shard's by date, newest shard first. */
  async function rankBatch(search: Search): Promise<PagefindResult[]> {
    if (sort.value !== 'newest') return rankShards(search, search.batch);
    return (await Promise.all(search.batch.map(async (shard) => newestFirst(await rankShards(search, [shard]))))).flat();
  }

  async function rankShards(search: Search, batch: number[]): Promise<PagefindResult[]> {
    const { asTyped } = search;
    if (asTyped !== null) {
      const answers = await Promise.all(batch.map(async (shard) => (await searchShard(search, shard, asTyped)).map((result) => ({ ...result, id: `${shard}:${result.id}` }))));
      return answers.flat().sort((a, b) => b.score - a.score);
    }
    const tier = search.tiers[search.tier];
    const answers: AlternativeResults<PagefindResult>[] = await Promise.all(
      search.alternatives.map(async (alternative) => {
        // A shard that lacks a form of one of the alternative's words has no bulletin with them all:
        // none of its words is searched there (each would cost an index chunk for nothing).
        const able = batch.filter((shard) => canAnswer([alternative], shard, tier));
        return {
          minTier: alternative.minTier,
          words: await Promise.all(
            alternative.words.map((forms) =>
              Promise.all(able.flatMap((shard) => formsIn(forms, shard, tier).map(async ({ word, tier }) => ({ tier, results: await exactly(search, shard, word) })))),
            ),
          ),
        };
      }),
    );
    return rankResults(answers);
  }

  function searchShard(search: Search, shard: number, term: string) {
    // A year filter is passed on only to a shard that holds other years too.
    const { year, ...others } = search.filters;
    const filters = year && !shards[shard].years.every((value) => year.any.includes(value)) ? { ...others, year } : others;
    const cacheKey = `${shard}\u0000${JSON.stringify(filters)}\u0000${term}`;
    return cached(shardSearches, cacheKey, async () => (await unlessIndexLost(instance(shard).search(term, Object.keys(filters).length ? { filters } : {})))?.results ?? []);
  }

  /**
   * The bulletins of a shard that have `form` itself. Quoted, Pagefind matches only the word, but
   * scores every bulletin alike and marks nothing in the excerpt; unquoted, it also matches every
   * word that `form` begins. So the quoted answer says which bulletins, the unquoted one their
   * score and excerpt. Ids are the shard's and Pagefind's, unique across shards.
   */
  async function exactly(search: Search, shard: number, form: string) {
    const [having, scored] = await Promise.all([searchShard(search, shard, `"${form}"`), searchShard(search, shard, form)]);
    const scoredById = new Map(scored.map((result) => [result.id, result]));
    return having.map((exact) => ({ ...(scoredById.get(exact.id) ?? exact), id: `${shard}:${exact.id}` })).map((result) => ({ id: result.id, score: result.score, result }));
  }

  /** Results ordered by their dates, newest first (undated last); beyond MAX_DATED, in their order of relevance. */
  async function newestFirst(found: PagefindResult[]) {
    const head = found.slice(0, MAX_DATED);
    const dates = new Map(await Promise.all(head.map(async (result) => [result, (await unlessIndexLost(result.data())).meta.date ?? ''] as const)));
    return [...head.sort((a, b) => dates.get(b)!.localeCompare(dates.get(a)!)), ...found.slice(MAX_DATED)];
  }

  /** Links to the query with each unmatched word replaced by a nearest spelling of it. */
  function showSuggestions(query: string, nearest: { word: QueryWord; spellings: string[] }[]) {
    suggestions.replaceChildren();
    const offers = nearest.flatMap(({ word, spellings }) => spellings.map((spelling) => query.replace(word.typed, spelling)));
    if (!offers.length) return;
    suggestions.append(`${strings.didYouMean} `);
    offers.forEach((offer, index) => {
      const link = document.createElement('a');
      const url = new URL(window.location.href);
      url.searchParams.set('q', offer);
      link.href = url.href;
      link.textContent = offer;
      link.addEventListener('click', (event) => {
        event.preventDefault();
        input.value = offer;
        void run();
      });
      suggestions.append(...(index ? [', '] : []), link);
    });
  }

  /** Pages of results until the reader has those asked for, searching further shards and tiers for them if need be. */
  async function showWanted(search: Search) {
    while (search.generation === latest && search.shown < wanted) {
      await fill(search, Math.min(wanted, search.shown + PAGE_SIZE));
      const page = await Promise.all(search.results.slice(search.shown, search.shown + PAGE_SIZE).map((result) => unlessIndexLost(result.data())));
      if (search.generation !== latest || !page.length) break;
      for (const data of page) list.append(renderResult(data));
      search.shown += page.length;
    }
    if (search.generation !== latest) return;
    more.hidden = search.shown >= search.results.length && !moreLeft(search);
    // Which years the results come from, while more may be found.
    coverage.hidden = !moreLeft(search) || !search.batch.length;
    coverage.querySelector('span')!.textContent = strings.searchedYears.replace('{years}', yearSpan(search.batch.map((shard) => shards[shard])));
    if (search.results.length) status.textContent = countText(search.results.length);
    list.removeAttribute('aria-busy');
  }

  function renderResult(data: { url: string; excerpt: string; meta: Record<string, string> }) {
    const item = document.createElement('li');
    const heading = document.createElement('h2');
    const link = document.createElement('a');
    link.href = data.url;
    link.textContent = data.meta.title ?? data.url;
    heading.append(link);
    const meta = document.createElement('p');
    meta.className = 'meta';
    if (data.meta.date) {
      const time = document.createElement('time');
      time.dateTime = data.meta.date;
      time.textContent = formatDay(strings.locale, data.meta.date, strings.dates);
      meta.append(time, ' · ');
    }
    meta.append(data.meta.language ?? '');
    const excerpt = document.createElement('p');
    // Pagefind escapes the text and adds only <mark>; the heading above already shows the title.
    excerpt.innerHTML = excerptWithoutTitle(data.excerpt, data.meta.title ?? '');
    item.append(heading, meta, excerpt);
    return item;
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, 250);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  form.addEventListener('change', (event) => {
    if (event.target !== input) void run();
  });
  // A search whose first page is not listed yet shows the pages wanted by then itself.
  const listedSearch = () => (current?.onPage && current.generation === latest ? current : null);
  more.addEventListener('click', () => {
    wanted += PAGE_SIZE;
    list.setAttribute('aria-busy', 'true');
    void queue(async () => {
      const search = listedSearch();
      if (search) await showWanted(search);
    });
  });
  allYears.addEventListener('click', () => {
    list.setAttribute('aria-busy', 'true');
    void queue(async () => {
      const search = listedSearch();
      if (!search) return;
      await fill(search, Infinity);
      wanted = Math.max(wanted, search.shown + PAGE_SIZE);
      await showWanted(search);
    });
  });

  root.dataset.ready = 'true';
  const initial = new URLSearchParams(window.location.search).get('q');
  if (initial) {
    input.value = initial;
    await run();
  }
}

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) void start(root);
