/**
 * The search page: one box for every language, filters for whatever the index offers (language,
 * year, organization, country), relevance or date order, and results whose excerpts are the
 * bulletins' own words. What a query finds, and which files of the index that costs, is the
 * search engine's (src/lib/search/engine.ts); this is its view: the form, the list, "more", and the
 * fetches it reads through (the lexicon's files and one Pagefind instance per shard, one worker
 * and one WebAssembly for all). Filters come from the manifest; their counts are the archive's,
 * then a query's results'. The reader's place (query, order, filters, pages) is in the address.
 */
import { formatDay, type DatePatterns } from '../lib/dates/date-format.ts';
import { createSearchEngine, type Filters, type ResultData, type Search, type ShardResult } from '../lib/search/engine.ts';
import { yearSpan, type SearchManifest } from '../lib/search/shards.ts';
import { excerptWithoutTitle } from '../lib/search/excerpt.ts';
import { gunzippedText } from '../lib/search/gzipped-file.ts';

interface Pagefind {
  search: (term: string, options?: { filters?: Filters }) => Promise<{ results: ShardResult[] } | null>;
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
  /** Shown before the query as read with a slip corrected, or before the nearest spellings the archive has when a query finds nothing. */
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

/** A search on the page: the engine's, and whether its first page has replaced the last search's results. */
interface Listed {
  generation: number;
  search: Search<ShardResult>;
  onPage: boolean;
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
  const engine = createSearchEngine<ShardResult>({
    manifest,
    /** A file of the lexicon, gunzipped; null where there is no such file; a failed fetch fails the search. */
    lexiconFile: lexiconUrl
      ? async (name) => {
          const response = await fetch(`${lexiconUrl}${name}.json.gz`);
          if (response.status === 404) return null;
          if (!response.ok) throw new Error(`${response.url}: ${response.status}`);
          return JSON.parse(await gunzippedText(new Uint8Array(await response.arrayBuffer())));
        }
      : null,
    searchShard: async (shard, term, filters) => {
      const answer = await unlessIndexLost(instance(shard).search(term, Object.keys(filters).length ? { filters } : {}));
      return (answer?.results ?? []).map((result) => ({ ...result, data: () => unlessIndexLost(result.data()) }));
    },
  });

  // Filter values are the manifest's: no shard's filter files load before they are used. Their
  // counts are the archive's until a query has results, then those results'.
  const available = manifest.filters;
  const filterNames = Object.keys(available)
    .filter((name) => Object.keys(available[name]).length > 1)
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  for (const name of filterNames) filterBox.append(renderFilter(name, available[name]));
  filterPanel.addEventListener('toggle', () => {
    if (filterPanel.open && current) void queue(() => showCounts(current!));
  });

  let latest = 0;
  let current: Listed | null = null;
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
    engine.forgetAnswers();
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
      const count = document.createElement('span');
      count.dataset.count = '';
      count.textContent = String(counts[value]);
      option.append(check, ` ${label(value)} (`, count, ')');
      box.append(option);
    }
    return box;
  }

  /**
   * The counts beside the filters, of the results a search has found (or the archive's, for no
   * query): read from the results' own filter values, so only while the filters are open or in use.
   */
  async function showCounts(listed: Listed) {
    const { search } = listed;
    const filters = chosenFilters();
    if (!filterPanel.open && !Object.keys(filters).length) return;
    const counts: Record<string, Record<string, number>> = {};
    if (search.query.trim()) {
      for (const data of await Promise.all(search.results.map((result) => result.data()))) {
        for (const [name, values] of Object.entries(data.filters ?? {}))
          for (const value of values) (counts[name] ??= {})[value] = (counts[name][value] ?? 0) + 1;
      }
    }
    if (listed.generation !== latest) return;
    for (const check of filterBox.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
      const shown = search.query.trim() ? (counts[check.name]?.[check.value] ?? 0) : available[check.name][check.value];
      check.parentElement!.querySelector('[data-count]')!.textContent = String(shown);
    }
    // The counts are this search's (until the next one starts).
    filterBox.dataset.counted = '';
  }

  function chosenFilters(): Filters {
    const filters: Filters = {};
    for (const check of filterBox.querySelectorAll<HTMLInputElement>('input:checked')) (filters[check.name] ??= { any: [] }).any.push(check.value);
    return filters;
  }

  /**
   * The reader's place, in the page's address: query, order, filters (each chosen value once, by
   * the filter's name) and how many pages of results are shown; so that a reload, a shared link
   * and back and forward show the same search.
   */
  function placeUrl(): URL {
    const url = new URL(window.location.href);
    url.search = '';
    if (input.value.trim()) url.searchParams.set('q', input.value.trim());
    if (sort.value !== 'relevance') url.searchParams.set('sort', sort.value);
    for (const [name, { any }] of Object.entries(chosenFilters())) for (const value of any) url.searchParams.append(name, value);
    if (wanted > PAGE_SIZE) url.searchParams.set('page', String(Math.ceil(wanted / PAGE_SIZE)));
    return url;
  }

  /** Sets the form to the place the address holds; returns the pages of results it asks for. */
  function restorePlace(): number {
    const params = new URLSearchParams(window.location.search);
    input.value = params.get('q') ?? '';
    sort.value = params.get('sort') === 'newest' ? 'newest' : 'relevance';
    for (const check of filterBox.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) check.checked = params.getAll(check.name).includes(check.value);
    // Filters in use are in sight.
    if (Object.keys(chosenFilters()).length) filterPanel.open = true;
    const pages = Number(params.get('page'));
    return Number.isInteger(pages) && pages > 1 ? pages : 1;
  }

  /** How a search was asked for: a new step of the reader's (a new entry in the history), typing (the same entry), or from the address (none). */
  type Asked = 'step' | 'typing' | 'address';

  async function run(asked: Asked = 'step', pages = 1) {
    const query = input.value;
    const generation = ++latest;
    current?.search.abandon();
    watchIndex();
    wanted = PAGE_SIZE * pages;
    // Until this search's results are listed, the list on the page is the last search's.
    list.setAttribute('aria-busy', 'true');
    delete filterBox.dataset.counted;
    if (asked !== 'address') {
      const url = placeUrl();
      if (url.href !== window.location.href) {
        if (asked === 'step') history.pushState(null, '', url);
        else history.replaceState(null, '', url);
      }
    }

    let search: Search<ShardResult>;
    try {
      search = await engine.search(query, { filters: chosenFilters(), sort: sort.value === 'newest' ? 'newest' : 'relevance' });
    } catch (error) {
      failed(error, generation);
      return;
    }
    if (generation !== latest) return search.abandon();
    const listed: Listed = { generation, search, onPage: false };
    current = listed;
    await queue(async () => {
      await search.fill(wanted);
      if (generation !== latest) return;
      // Results read through a corrected slip name the correction; an empty answer offers the nearest spellings.
      showSuggestions(search.results.length ? (search.corrected ? [search.corrected] : []) : search.suggestions);
      list.replaceChildren();
      listed.onPage = true;
      await showWanted(listed);
      // Announced once the first results are on the page, so the count and the list agree.
      if (generation === latest) status.textContent = query.trim() ? (search.results.length ? countText(search.results.length) : strings.noResults) : '';
    });
  }

  /** Links to the queries the engine offers: the query corrected, or other spellings instead of an empty answer. */
  function showSuggestions(offers: string[]) {
    suggestions.replaceChildren();
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
        void run('step');
      });
      suggestions.append(...(index ? [', '] : []), link);
    });
  }

  /** Pages of results until the reader has those asked for, searching further shards and tiers for them if need be. */
  async function showWanted(listed: Listed) {
    const { search } = listed;
    const isLatest = () => listed.generation === latest;
    while (isLatest() && search.shown < wanted) {
      await search.fill(Math.min(wanted, search.shown + PAGE_SIZE));
      const page = await Promise.all(search.results.slice(search.shown, search.shown + PAGE_SIZE).map((result) => result.data()));
      if (!isLatest() || !page.length) break;
      for (const data of page) list.append(renderResult(data));
      search.shown += page.length;
    }
    if (!isLatest()) return;
    more.hidden = search.shown >= search.results.length && !search.moreLeft();
    // Which years the results come from, while more may be found.
    const searched = search.searched();
    coverage.hidden = !search.moreLeft() || !searched.length;
    coverage.querySelector('span')!.textContent = strings.searchedYears.replace('{years}', yearSpan(searched.map((shard) => shards[shard])));
    if (search.results.length) status.textContent = countText(search.results.length);
    // The list is done once the filters count what it shows.
    await showCounts(listed);
    if (isLatest()) list.removeAttribute('aria-busy');
  }

  function renderResult(data: ResultData) {
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
    const language = data.meta.language ?? '';
    meta.append(strings.filterValues.language?.[language] ?? language);
    const excerpt = document.createElement('p');
    // Pagefind escapes the text and adds only <mark>; the heading above already shows the title.
    excerpt.innerHTML = excerptWithoutTitle(data.excerpt, data.meta.title ?? '');
    item.append(heading, meta, excerpt);
    return item;
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => run('typing'), 250);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run('step');
  });
  form.addEventListener('change', (event) => {
    if (event.target !== input) void run('step');
  });
  window.addEventListener('popstate', () => {
    clearTimeout(timer);
    const pages = restorePlace();
    void run('address', pages);
  });
  // A search whose first page is not listed yet shows the pages wanted by then itself.
  const listedSearch = () => (current?.onPage && current.generation === latest ? current : null);
  more.addEventListener('click', () => {
    wanted += PAGE_SIZE;
    history.replaceState(null, '', placeUrl());
    list.setAttribute('aria-busy', 'true');
    void queue(async () => {
      const listed = listedSearch();
      if (listed) await showWanted(listed);
    });
  });
  allYears.addEventListener('click', () => {
    list.setAttribute('aria-busy', 'true');
    void queue(async () => {
      const listed = listedSearch();
      if (!listed) return;
      await listed.search.fill(Infinity);
      wanted = Math.max(wanted, listed.search.shown + PAGE_SIZE);
      history.replaceState(null, '', placeUrl());
      await showWanted(listed);
    });
  });

  root.dataset.ready = 'true';
  const pages = restorePlace();
  if (input.value) await run('address', pages);
}

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) void start(root);
