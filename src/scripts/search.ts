/**
 * The search page: one box for every language, filters for whatever the index offers (language,
 * year, organization, country), relevance or date order, and
 * results whose excerpts are the bulletins' own words. Each query runs through Pagefind several
 * times (as typed, as match-key tokens, and as the other names of an entity it names: see
 * `src/utils/search-terms.ts`), and the results are merged.
 */
import { formatDay, type DatePatterns } from '../utils/date-format.ts';
import { cleanExcerpt, expandQuery, type EntityAliases } from '../utils/search-terms.ts';

interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<{ url: string; excerpt: string; meta: Record<string, string> }>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  search: (term: string, options?: { filters?: Record<string, string[]>; sort?: Record<string, string> }) => Promise<{ results: PagefindResult[] } | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

interface Strings {
  locale: string;
  dates?: DatePatterns;
  resultCount: Record<string, string>;
  noResults: string;
  /** Legends of the filters the interface knows; any other filter of the index shows its own name. */
  filters: Record<string, string>;
  /** Display names of filter values given as ids (organizations, countries). */
  filterValues: Record<string, Record<string, string>>;
}

/** Filters in this order, then any others the index has, alphabetically. */
const FILTER_ORDER = ['language', 'year', 'organization', 'country'];

const PAGE_SIZE = 10;

async function start(root: HTMLElement) {
  const strings = JSON.parse(root.dataset.strings!) as Strings;
  const form = root.querySelector('form')!;
  const input = form.querySelector<HTMLInputElement>('input[type=search]')!;
  const sort = form.querySelector<HTMLSelectElement>('select[name=sort]')!;
  const filterPanel = root.querySelector<HTMLDetailsElement>('.search-filters')!;
  const filterBox = filterPanel.querySelector<HTMLElement>('[data-filters]')!;
  const status = root.querySelector<HTMLElement>('[role=status]')!;
  const list = root.querySelector<HTMLOListElement>('ol')!;
  const more = root.querySelector<HTMLButtonElement>('[data-more]')!;

  const pagefind = (await import(/* @vite-ignore */ `${root.dataset.bundle}pagefind.js`)) as Pagefind;
  await pagefind.options({});
  const aliases = (await (await fetch(root.dataset.aliases!)).json()) as EntityAliases;

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
    const options = {
      ...(Object.keys(filters).length ? { filters: filters as unknown as Record<string, string[]> } : {}),
      ...(sort.value === 'newest' ? { sort: { date: 'desc' } } : {}),
    };
    const searches = await Promise.all(expandQuery(query, aliases).map((term) => pagefind.search(term, options)));
    if (current !== generation) return;

    const best = new Map<string, PagefindResult>();
    const order: string[] = [];
    for (const search of searches) {
      for (const result of search?.results ?? []) {
        const known = best.get(result.id);
        if (!known) order.push(result.id);
        if (!known || result.score > known.score) best.set(result.id, result);
      }
    }
    // Date order is Pagefind's for each search; merging keeps it by the first search that found each.
    results = sort.value === 'newest' ? order.map((id) => best.get(id)!) : [...best.values()].sort((a, b) => b.score - a.score);
    list.replaceChildren();
    shown = 0;
    await showMore(current);
    // Announced once the first results are on the page, so the count and the list agree.
    if (current === generation) status.textContent = query.trim() ? (results.length ? countText(results.length) : strings.noResults) : '';
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
    // Pagefind escapes the text and adds only <mark>; the cleaned excerpt keeps exactly that.
    excerpt.innerHTML = cleanExcerpt(data.excerpt);
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
