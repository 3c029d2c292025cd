/**
 * The search page: one box for every language, filters for whatever the index offers (language,
 * year, organization, country), relevance or date order, and results whose excerpts are the
 * bulletins' own words. Each word of a query is looked up in the lexicon by its typing key
 * (src/utils/search-lexicon.ts), and the archive's words it stands for are searched in Pagefind
 * exactly, as are the other names of an entity the query names (src/utils/search-terms.ts); the
 * answers are merged and ranked (src/utils/search-ranking.ts). A query that stands for no word
 * finds nothing, and the page offers the nearest spellings the archive has, if any.
 */
import { formatDay, type DatePatterns } from '../utils/date-format.ts';
import { formsOf, nearestSpellings, type LexiconChunk } from '../utils/search-lexicon.ts';
import { rankResults, type AlternativeResults } from '../utils/search-ranking.ts';
import { queryAlternatives, type EntityAliases, type QueryWord } from '../utils/search-terms.ts';
import { excerptWithoutTitle } from '../utils/search-excerpt.ts';

interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<{ url: string; excerpt: string; meta: Record<string, string> }>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  search: (term: string, options?: { filters?: Record<string, string[]> }) => Promise<{ results: PagefindResult[] } | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

interface Strings {
  locale: string;
  dates?: DatePatterns;
  resultCount: Record<string, string>;
  noResults: string;
  /** Shown before the nearest spellings the archive has, when a query finds nothing. */
  didYouMean: string;
  /** Legends of the filters the interface knows; any other filter of the index shows its own name. */
  filters: Record<string, string>;
  /** Display names of filter values given as ids (organizations, countries). */
  filterValues: Record<string, Record<string, string>>;
}

/** Filters in this order, then any others the index has, alphabetically. */
const FILTER_ORDER = ['language', 'year', 'organization', 'country'];

const PAGE_SIZE = 10;
/** Forms of one query word searched at most: a common word has dozens of inflected forms. */
const MAX_FORMS = 24;
/** Results whose date is read to order them newest first (each is a small download). */
const MAX_DATED = 200;

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

  const pagefind = (await import(/* @vite-ignore */ `${root.dataset.bundle}pagefind.js`)) as Pagefind;
  await pagefind.options({});
  // Without a lexicon (a baseline build for the bench) the query goes to Pagefind as typed, and
  // entities' other names are not needed.
  const lexiconUrl = root.dataset.lexicon;
  const aliases = lexiconUrl ? ((await (await fetch(root.dataset.aliases!)).json()) as EntityAliases) : [];
  const lexiconChunks = new Map<string, Promise<LexiconChunk>>();
  const lexiconChunk = (name: string) => {
    if (!lexiconChunks.has(name)) {
      lexiconChunks.set(
        name,
        fetch(`${lexiconUrl}${name}.json.gz`).then(
          (response) => (response.ok && response.body ? (new Response(response.body.pipeThrough(new DecompressionStream('gzip'))).json() as Promise<LexiconChunk>) : {}),
          () => ({}),
        ),
      );
    }
    return lexiconChunks.get(name)!;
  };
  // One Pagefind search per word form and filter choice, shared by the alternatives that have it.
  const formSearches = new Map<string, Promise<PagefindResult[]>>();

  // Filter lists grow with the archive, so they load when a reader opens the panel, not before the first results.
  let filtersShown = false;
  filterPanel.addEventListener('toggle', async () => {
    if (!filterPanel.open || filtersShown) return;
    filtersShown = true;
    const available = await pagefind.filters();
    const filterNames = Object.keys(available)
      .filter((name) => Object.keys(available[name]).length > 1)
      .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
    for (const name of filterNames) filterBox.append(renderFilter(name, available[name]));
  });

  let results: PagefindResult[] = [];
  let shown = 0;
  let generation = 0;

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
    const current = ++generation;
    const url = new URL(window.location.href);
    if (query.trim()) url.searchParams.set('q', query.trim());
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);

    const filters = chosenFilters();
    // Results are merged from several searches, so their order is ours (newestFirst), not Pagefind's.
    const options = Object.keys(filters).length ? { filters: filters as unknown as Record<string, string[]> } : {};
    const optionsKey = JSON.stringify(options);
    const search = (term: string) => {
      const cacheKey = `${optionsKey}\u0000${term}`;
      if (!formSearches.has(cacheKey)) formSearches.set(cacheKey, pagefind.search(term, options).then((answer) => answer?.results ?? []));
      return formSearches.get(cacheKey)!;
    };
    const found = lexiconUrl ? await searchByLexicon(query, search) : { results: await search(query), nearest: [] };
    if (current !== generation) return;
    results = sort.value === 'newest' ? await newestFirst(found.results) : found.results;
    if (current !== generation) return;
    showSuggestions(query, found.nearest);
    list.replaceChildren();
    shown = 0;
    await showMore(current);
    // Announced once the first results are on the page, so the count and the list agree.
    if (current === generation) status.textContent = query.trim() ? (results.length ? countText(results.length) : strings.noResults) : '';
  }

  /** The query's results through the lexicon, and for each word that stands for no word of the archive, the nearest that do. */
  async function searchByLexicon(query: string, search: (term: string) => Promise<PagefindResult[]>) {
    const alternatives = queryAlternatives(query, aliases);
    // A query of numbers only (`2024`) has no word to look up: Pagefind matches it as typed.
    if (!alternatives.length) return { results: query.trim() ? await search(query) : [], nearest: [] };
    const chunks = new Map(await Promise.all([...new Set(alternatives.flat().map(({ chunk }) => chunk))].map(async (name) => [name, await lexiconChunk(name)] as const)));
    const formsOfWord = (word: QueryWord) => {
      const chunk = chunks.get(word.chunk)!;
      const forms = formsOf(word.typed, chunk);
      return (forms.length || !word.beforeApostrophe ? forms : formsOf(word.beforeApostrophe, chunk)).slice(0, MAX_FORMS);
    };
    const answers: AlternativeResults<PagefindResult>[] = await Promise.all(
      alternatives.map(async (words, index) => ({
        minTier: index === 0 ? 0 : 2,
        words: await Promise.all(
          words.map((word) =>
            Promise.all(
              formsOfWord(word).map(async ({ word: form, tier }) => ({ tier, results: await exactly(form, search) })),
            ),
          ),
        ),
      })),
    );
    const results = rankResults(answers);
    const typed = alternatives[0] ?? [];
    const nearest = results.length ? [] : typed.filter((word) => !formsOfWord(word).length).map((word) => ({ word, spellings: nearestSpellings(word.typed, chunks.get(word.chunk)!) }));
    return { results, nearest };
  }

  /**
   * The bulletins that have `form` itself. Quoted, Pagefind matches only the word, but scores every
   * bulletin alike and marks nothing in the excerpt; unquoted, it also matches every word that
   * `form` begins. So the quoted answer says which bulletins, the unquoted one their score and excerpt.
   */
  async function exactly(form: string, search: (term: string) => Promise<PagefindResult[]>) {
    const [having, scored] = await Promise.all([search(`"${form}"`), search(form)]);
    const scoredById = new Map(scored.map((result) => [result.id, result]));
    return having.map((exact) => scoredById.get(exact.id) ?? exact).map((result) => ({ id: result.id, score: result.score, result }));
  }

  /** Results ordered by their dates, newest first (undated last); beyond MAX_DATED, in their order of relevance. */
  async function newestFirst(found: PagefindResult[]) {
    const head = found.slice(0, MAX_DATED);
    const dates = new Map(await Promise.all(head.map(async (result) => [result, (await result.data()).meta.date ?? ''] as const)));
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

  async function showMore(current: number) {
    const page = await Promise.all(results.slice(shown, shown + PAGE_SIZE).map((result) => result.data()));
    if (current !== generation) return;
    for (const data of page) list.append(renderResult(data));
    shown += page.length;
    more.hidden = shown >= results.length;
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
  more.addEventListener('click', () => void showMore(generation));

  root.dataset.ready = 'true';
  const initial = new URLSearchParams(window.location.search).get('q');
  if (initial) {
    input.value = initial;
    await run();
  }
}

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) void start(root);
