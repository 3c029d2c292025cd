import type { Gazetteer } from '../content/gazetteer-schema.ts';
import { isEndingSequence, typingKey } from './spelling-conventions.ts';
import { PAGEFIND_WORD } from '../text/text.ts';
import { withoutApostropheEnding } from '../languages/turkic-endings.ts';

/**
 * The words of a search, shared by the indexer (build) and the search page (browser): the
 * bulletins' words go into the lexicon (search/lexicon.ts) by typing key, and a query's words are
 * looked up there by the same key, so that however a reader types a word, the search meets the
 * bulletin's own spelling of it.
 */

/** One bulletin as the search index receives it (scripts/search-index/records.ts). */
export interface SearchRecord {
  url: string;
  /** Title and text. */
  content: string;
  title: string;
  date: string | null;
  /** The language's code, whose spelling table (src/lib/languages/<code>/spellings.json) the lexicon reads the words by. */
  lang: string;
  /** The language's own name, shown and filtered on. */
  language: string;
  /** Gazetteer ids, filtered on (the search page shows their names in the reader's language). */
  organizations: string[];
  countries: string[];
}

/** The words of a text as written, each with a letter, as Pagefind reads them (text.ts). */
export function searchWords(text: string): string[] {
  return (text.match(PAGEFIND_WORD) ?? []).filter((word) => /\p{L}/u.test(word));
}

/**
 * One word of a query: as typed, its typing key, and where an
 * apostrophe may set off a case ending (`TDT'nin`), the word before it, to look up if the whole is
 * in no bulletin (in Uzbek the apostrophe is often a letter: `eʼtibor`).
 */
export interface QueryWord {
  typed: string;
  key: string;
  beforeApostrophe?: string;
  /** For a word of another name of an entity the query names: the entity (`EntityNames.entity`), whose file has the word's forms. */
  entity?: string;
}

/** The words of a query (or of a name), each with its typing key. */
export function queryWords(text: string): QueryWord[] {
  return searchWords(text)
    .map((typed) => ({ typed, key: typingKey(typed), base: withoutApostropheEnding(typed) }))
    .filter(({ key }) => key)
    .map(({ typed, key, base }) => ({ typed, key, ...(base.hadEnding && typingKey(base.base).length >= 2 ? { beforeApostrophe: base.base } : {}) }));
}

/**
 * The names of one entity in every language (`ТДТ`, `ТМУ`, `TDT`, `Түрк мамлекеттер уюму` …). A
 * query that is one of them, in any alphabet, also searches for all the others: an Uzbek reader's
 * `ТДТ` finds the Kyrgyz `ТМУ`.
 */
export interface EntityNames {
  /** `kind-id`, unique across the gazetteer's kinds. */
  entity: string;
  names: string[];
}
export type EntityAliases = EntityNames[];

/** Every gazetteer entity's names in all languages, for entities that have more than one. */
export function entityAliases(gazetteer: Gazetteer): EntityAliases {
  return (['organization', 'person', 'country', 'place'] as const)
    .flatMap((kind) => gazetteer[kind].map((entity) => ({ entity: `${kind}-${entity.id}`, names: [...new Set(Object.values(entity.names).flat())] })))
    .filter(({ names }) => names.length > 1);
}

/**
 * The chunk whose file carries the gazetteer's names looked up for a key: always that of the
 * key's first two characters, split or not (search/lexicon.ts `lexiconLayout`), because a query
 * with an ending (`ТМУнун`) and the name (`ТМУ`) begin alike only that far for certain.
 */
export function namesChunkOf(key: string): string {
  return key.slice(0, 2);
}

/**
 * The lexicon chunk each entity's names are looked up in: that of each name's first word
 * (`namesChunkOf`), where a query naming the entity looks its first word up (a
 * query key begins with the name's key).
 */
export function aliasChunks(aliases: EntityAliases): Map<string, EntityAliases> {
  const byChunk = new Map<string, EntityAliases>();
  for (const entity of aliases) {
    for (const chunk of new Set(
      entity.names.flatMap((name) =>
        queryWords(name)
          .slice(0, 1)
          .map((word) => namesChunkOf(word.key)),
      ),
    )) {
      byChunk.set(chunk, [...(byChunk.get(chunk) ?? []), entity]);
    }
  }
  return byChunk;
}

/** The words of an entity's names, as a query naming the entity searches for them. */
export function nameWords({ names }: EntityNames): QueryWord[] {
  return names.flatMap(queryWords);
}

/** Whether query keys are a name's keys, each perhaps with endings (`tmunun` for `tmu`). */
function namesTheSame(query: string[], name: string[]): boolean {
  return (
    query.length === name.length &&
    query.every((key, index) => key === name[index] || (key.startsWith(name[index]) && isEndingSequence(key.slice(name[index].length))))
  );
}

/**
 * What a query searches for: its own words (`typed`, as `queryWords` reads them), then, where it
 * is a name of a gazetteer entity, each of that entity's names with other keys. A bulletin matches
 * an alternative when it has a form of each of its words.
 */
export function queryAlternatives(typed: QueryWord[], aliases: EntityAliases): QueryWord[][] {
  if (!typed.length) return [];
  const keys = typed.map(({ key }) => key);
  const alternatives = [typed];
  const seen = new Set([keys.join(' ')]);
  for (const { entity, names } of aliases) {
    const words = names.map((name) => queryWords(name).map((word) => ({ ...word, entity })));
    if (
      !words.some((name) =>
        namesTheSame(
          keys,
          name.map(({ key }) => key),
        ),
      )
    )
      continue;
    for (const name of words) {
      const nameKeys = name.map(({ key }) => key).join(' ');
      if (!seen.has(nameKeys)) alternatives.push(name);
      seen.add(nameKeys);
    }
  }
  return alternatives;
}
