/**
 * The search index is split into shards by time, each a Pagefind index of its own
 * (scripts/search-index/indexing.ts): no index holds the whole archive, a new bulletin changes only its
 * shard, and the search page reads the newest shard first (src/browser/search.ts). This module is
 * what the build and the browser share about them: how records are grouped into shards, the
 * manifest that lists them, and how the lexicon says which shards hold a word.
 */

/**
 * A shard holds at most this many bulletins unless a single month has more. A first search loads
 * one shard's Pagefind meta whole, about 7 B per bulletin (15 KB here), beside the 56 KB
 * WebAssembly, Pagefind's script and an index chunk of about 24 KB, whatever the shard's size: so
 * that it stays under 150 KB. Fewer bulletins a shard would mean more shards for a word in many.
 */
export const SHARD_LIMIT = 2000;

/** The record chunk of undated bulletins (scripts/search-index/records.ts), and the shard that holds it. */
export const UNDATED = 'undated';

export interface SearchShard {
  /** Its folder under `pagefind/shards/`: a year (`2024`), or the first month of a part of a year with more than SHARD_LIMIT bulletins (`2024-07`), or `undated`. */
  name: string;
  /** Record chunks (months, `YYYY-MM`, or `undated`) it is made of, oldest first. */
  months: string[];
  /** Years its bulletins were published in (none for `undated`). */
  years: string[];
  bulletins: number;
}

/** Per filter (language, year, organization, country), each value's number of bulletins in the whole archive. */
export type FilterCounts = Record<string, Record<string, number>>;

/** `pagefind/shards.json`: the shards, oldest first (undated before all), and the filters of all of them. */
export interface SearchManifest {
  shards: SearchShard[];
  filters: FilterCounts;
  /** The lexicon's chunks named by more than two characters (search/lexicon.ts `lexiconLayout`). */
  lexicon: string[];
}

/**
 * Groups record chunks (`YYYY-MM` or `undated`, each with its number of bulletins) into shards: one
 * per year, a year with more than SHARD_LIMIT bulletins in runs of consecutive months of at most
 * that many. A year's shards depend on that year's counts only, so a bulletin added to one year
 * leaves every other year's shards as they were. Oldest first, undated before all.
 */
export function planShards(chunks: { name: string; bulletins: number }[]): SearchShard[] {
  const sorted = [...chunks].sort((a, b) => Number(b.name === UNDATED) - Number(a.name === UNDATED) || a.name.localeCompare(b.name));
  const shards: SearchShard[] = [];
  for (const chunk of sorted) {
    const year = chunk.name === UNDATED ? null : chunk.name.slice(0, 4);
    const last = shards.at(-1);
    const yearTotal = year === null ? 0 : sorted.filter((other) => other.name.startsWith(`${year}-`)).reduce((sum, other) => sum + other.bulletins, 0);
    const sameYear = last !== undefined && year !== null && last.years[0] === year;
    if (sameYear && (yearTotal <= SHARD_LIMIT || last.bulletins + chunk.bulletins <= SHARD_LIMIT)) {
      last.months.push(chunk.name);
      last.bulletins += chunk.bulletins;
      continue;
    }
    const name = year === null ? UNDATED : yearTotal > SHARD_LIMIT ? chunk.name : year;
    shards.push({ name, months: [chunk.name], years: year === null ? [] : [year], bulletins: chunk.bulletins });
  }
  return shards;
}

/**
 * Which shards hold a word, as the lexicon writes it: a hexadecimal bit mask over the manifest's
 * shards (bit i for `shards[i]`), so that a word in one shard costs a character or two.
 */
export function shardMask(indices: Iterable<number>): string {
  let mask = 0n;
  for (const index of indices) mask |= 1n << BigInt(index);
  return mask.toString(16);
}

export function shardIndices(mask: string): number[] {
  const indices: number[] = [];
  for (let bits = BigInt(`0x${mask}`), index = 0; bits; bits >>= 1n, index++) if (bits & 1n) indices.push(index);
  return indices;
}

/**
 * The shards a year filter needs: those that hold bulletins of one of the chosen years (all of them
 * when no year is chosen), newest first: undated, first in the manifest, comes last.
 */
export function shardsForYears(shards: SearchShard[], years: string[]): number[] {
  const chosen = new Set(years);
  return shards
    .map((shard, index) => ({ shard, index }))
    .filter(({ shard }) => !chosen.size || shard.years.some((year) => chosen.has(year)))
    .map(({ index }) => index)
    .reverse();
}

/** How a shard's years read in the interface: `2024`, or `2019–2024` for a span of shards. */
export function yearSpan(shards: SearchShard[]): string {
  const years = shards.flatMap((shard) => shard.years).sort();
  if (!years.length) return '';
  return years[0] === years.at(-1) ? years[0] : `${years[0]}–${years.at(-1)}`;
}
