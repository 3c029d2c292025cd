import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Gazetteer } from '../../../src/lib/content/gazetteer-schema.ts';
import { searchWords } from '../../../src/lib/search/terms.ts';

/** One query the bench measures a first search of, and why it was chosen. */
export interface BenchQuery {
  kind: string;
  query: string;
}

/**
 * The first searches the bench measures, chosen from the raw texts it generated (so from no
 * result of ours): the gazetteer's surnames found in the most years (a name spread over the whole
 * archive, whose first page needs the most shards), the word in the most bulletins, the word found
 * in every year that is in the fewest bulletins (spread thinnest), and a word of one bulletin.
 */
export function benchQueries(rawDir: string, gazetteer: Gazetteer, names = 3): BenchQuery[] {
  const years = new Map<string, Set<string>>();
  const bulletins = new Map<string, number>();
  const allYears = new Set<string>();
  for (const file of readdirSync(rawDir)) {
    const text = readFileSync(path.join(rawDir, file), 'utf8');
    const year = /^date (\d{4})/.exec(text)?.[1] ?? '';
    allYears.add(year);
    for (const word of new Set(searchWords(text).map((word) => word.toLowerCase()))) {
      (years.get(word) ?? years.set(word, new Set()).get(word)!).add(year);
      bulletins.set(word, (bulletins.get(word) ?? 0) + 1);
    }
  }
  const spread = (word: string) => years.get(word)?.size ?? 0;
  const surnames = [
    ...new Set(
      gazetteer.person.flatMap((person) =>
        Object.values(person.names)
          .flat()
          .map((name) => name.split(' ').at(-1)!.toLowerCase()),
      ),
    ),
  ].filter((name) => spread(name) > 0);
  const byName = surnames.sort((a, b) => spread(b) - spread(a) || a.localeCompare(b)).slice(0, names);
  const words = [...bulletins.keys()].filter((word) => [...word].length >= 5 && /^\p{L}+$/u.test(word)).sort();
  const most = words.reduce((best, word) => (bulletins.get(word)! > bulletins.get(best)! ? word : best));
  const everyYear = words.filter((word) => spread(word) === allYears.size);
  const thinnest = everyYear.length ? everyYear.reduce((best, word) => (bulletins.get(word)! < bulletins.get(best)! ? word : best)) : null;
  const single = words.find((word) => bulletins.get(word) === 1) ?? null;
  return [
    ...byName.map((query) => ({ kind: `name in ${spread(query)} of ${allYears.size} years`, query })),
    { kind: `word in most bulletins (${bulletins.get(most)})`, query: most },
    ...(thinnest ? [{ kind: `word in every year, fewest bulletins (${bulletins.get(thinnest)})`, query: thinnest }] : []),
    ...(single ? [{ kind: 'word in one bulletin', query: single }] : []),
  ];
}
