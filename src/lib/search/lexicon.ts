import { isEndingSequence, stemsOf, typingKey, typingKeys } from './spelling-conventions.ts';
import { shardMask } from './shards.ts';
import { MIN_CORRECTED_KEY, nearEntries, type NearChunk } from './slips.ts';
import { scriptOf } from '../text/text.ts';
import type { EntityNames } from './terms.ts';

/**
 * The archive's words by typing key (spelling-conventions.ts), which the search page looks a
 * reader's query up in: `kyzmattashtyk` finds the key `kizmata1tik` and with it the bulletins' own
 * word `кызматташтык`, which it then searches for in Pagefind. The index stays the bulletins' own
 * words; only real words of the archive are ever searched for, so a query that is no word's typing
 * finds nothing.
 *
 * The lexicon is written in chunks by the key's first two characters, and where such a chunk would
 * be large (a common start of words in a large archive: its vocabulary grows with the archive), by
 * three and more (`lexiconLayout`), so that a one-word search downloads one small chunk however
 * large the archive.
 */
export type LexiconChunk = Record<string, string[]>;

/**
 * One chunk as written (`pagefind/lexicon/<chunk>.json.gz`): its keys and words; which shards
 * (search/shards.ts) hold each word, as a mask, for the words not in every shard, so that the page
 * searches only those shards; and the gazetteer's names that are looked up in this chunk
 * (search/terms.ts `aliasChunks`), so that a query fetches the other names of its entity with
 * the chunk it needs anyway.
 */
export interface LexiconFile {
  keys: LexiconChunk;
  shards: Record<string, string>;
  /**
   * How many bulletins have a word in each shard that holds it (in the order of the shards), for
   * the words in more than one bulletin of some shard: a search knows before it reads a shard how
   * many results that shard has for it. Any other word is in one bulletin of each of its shards.
   */
  counts?: Record<string, number[]>;
  names: EntityNames[];
}

/** Forms of one query word searched at most: a common word has dozens of inflected forms. */
export const MAX_FORMS = 24;

/** A form as a file stores it: with the mask of the shards that hold it, unless all do. */
export interface StoredForm extends Form {
  shards?: string;
}

/**
 * The forms of the words of an entity's names (`pagefind/lexicon/names/<entity>.json.gz`), by
 * typing key: a query naming the entity searches for its other names in all alphabets, and with
 * this file it needs none of the chunks those names' words are in (an organization has some
 * twenty of them).
 */
export type EntityFormsFile = Record<string, StoredForm[]>;

/** The folder of the entities' files in the lexicon's. */
export const ENTITY_FORMS_DIR = 'names';

/**
 * Characters of a chunk's keys and words (as JSON) above which it is split by the next character:
 * with the words' shard masks about 7 KB gzipped (the largest chunk of the 446 real texts of the
 * dev corpus, `ko`, has 13,652). A large archive's vocabulary keeps growing, and unsplit, the chunk
 * of a common start would grow with it (a few times that at 10,000 real bulletins).
 */
export const CHUNK_LIMIT = 12_000;

/**
 * Where the lexicon's keys are, from the names of its chunks deeper than two characters (the
 * manifest lists them, `SearchManifest.lexicon`): a key is in the chunk of its first two
 * characters unless that one is split, then in that of its first three, and so on. A split chunk's
 * own file holds the key that is the chunk's name itself, if any.
 */
export function lexiconLayout(deepChunks: readonly string[]) {
  const split = new Set(deepChunks.flatMap((name) => Array.from({ length: name.length - 2 }, (_, index) => name.slice(0, index + 2))));
  const chunkOf = (key: string): string => {
    let name = key.slice(0, 2);
    while (split.has(name) && key.length > name.length) name = key.slice(0, name.length + 1);
    return name;
  };
  /** The chunks that hold every key that begins with `prefix` (of at least two characters). */
  const chunksWith = (prefix: string): string[] => {
    const name = chunkOf(prefix);
    return split.has(name) ? [name, ...deepChunks.filter((other) => other !== name && other.startsWith(name))] : [name];
  };
  return {
    chunkOf,
    /**
     * The chunks `formsOf` reads for a typed key: first (nothing `read` yet) the key's own and
     * those of the keys it begins (more endings); then, where those do not have the key, all of
     * those and its stems' too (the search reads them all as one); else none more.
     */
    chunksFor(key: string, read?: LexiconChunk): string[] {
      if (key.length < 3) return read ? [] : [chunkOf(key)];
      const stems = read ? (read[key] ? [] : stemsOf(key)) : [];
      if (read && !stems.length) return [];
      const starts = [key, ...stems].flatMap((start) => [start, voicedStem(start) ?? start]);
      return [...new Set(starts.flatMap(chunksWith))];
    },
  };
}

/** One file of several chunks, for `formsOf` and `nearestSpellings` to read as one (keys are in one chunk each). */
export function mergeLexiconFiles(files: LexiconFile[]): LexiconFile {
  const names = new Map(files.flatMap((file) => file.names).map((names) => [names.entity, names]));
  return {
    keys: Object.assign({}, ...files.map((file) => file.keys)),
    shards: Object.assign({}, ...files.map((file) => file.shards)),
    counts: Object.assign({}, ...files.map((file) => file.counts ?? {})),
    names: [...names.values()],
  };
}

/**
 * How Pagefind itself folds a word before matching: lower case, marks stripped. The lexicon keeps
 * words in lower case as written, so Pagefind lower-cases them as it did the bulletin's text.
 */
export function pagefindForm(word: string): string {
  return word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
}

/**
 * A lexicon being built: `add` each text's words (search/terms.ts `searchWords`) with its
 * language and the index of its shard, then take its `chunks`: chunk name → typing key → words, or
 * the `files` to write.
 */
export function createLexicon() {
  const wordsByKey = new Map<string, Set<string>>();
  /** Word → shard → how many of the shard's bulletins have it. */
  const shardsByWord = new Map<string, Map<number, number>>();
  const seen = new Set<string>();
  /** The chunks as last placed; placed again after more words are added. */
  let placed: Map<string, LexiconChunk> | null = null;
  /** Chunk name → typing key → words: by the first two characters, a chunk over CHUNK_LIMIT split by the next one. */
  const chunks = (): Map<string, LexiconChunk> => (placed ??= placeChunks());
  const placeChunks = (): Map<string, LexiconChunk> => {
    const chunks = new Map<string, LexiconChunk>();
    const entries = (keys: string[]) => Object.fromEntries(keys.map((key) => [key, [...wordsByKey.get(key)!].sort()]));
    const place = (name: string, keys: string[]) => {
      const size = keys.reduce((sum, key) => sum + key.length + 6 + [...wordsByKey.get(key)!].reduce((words, word) => words + word.length + 3, 0), 0);
      const longer = keys.filter((key) => key.length > name.length);
      if (size <= CHUNK_LIMIT || !longer.length) {
        chunks.set(name, entries(keys));
        return;
      }
      // A split chunk keeps a file of its own, empty or not, so that the page knows which files exist.
      chunks.set(name, entries(keys.filter((key) => key.length === name.length)));
      const byNext = Map.groupBy(longer, (key) => key.slice(0, name.length + 1));
      for (const [next, nextKeys] of byNext) place(next, nextKeys);
    };
    for (const [name, keys] of Map.groupBy([...wordsByKey.keys()].sort(), (key) => key.slice(0, 2))) place(name, keys);
    return chunks;
  };
  /** The mask of the shards that hold a word, for a word not in every one of `shardCount` shards. */
  const shardsOf = (word: string, shardCount: number): string | undefined => {
    const held = shardsByWord.get(word)!;
    return held.size < shardCount ? shardMask(held.keys()) : undefined;
  };
  /** How many bulletins have a word in each shard that holds it (ascending), where that is more than one somewhere. */
  const countsOf = (word: string): number[] | undefined => {
    const held = [...shardsByWord.get(word)!].sort(([a], [b]) => a - b).map(([, count]) => count);
    return held.some((count) => count > 1) ? held : undefined;
  };
  return {
    /** A shard's words of one language, with how many of its bulletins have each (one each, unless given). */
    add(textWords: string[], lang: string, shard = 0, bulletins?: number[]) {
      placed = null;
      textWords.forEach((written, index) => {
        const word = written.toLowerCase();
        let shards = shardsByWord.get(word);
        if (!shards) shardsByWord.set(word, (shards = new Map()));
        shards.set(shard, (shards.get(shard) ?? 0) + (bulletins?.[index] ?? 1));
        if (seen.has(`${lang}\u0000${word}`)) return;
        seen.add(`${lang}\u0000${word}`);
        // A compound (`татнефть-поиск`) is one word to Pagefind; a reader may look for any of its parts.
        const parts = word.includes('-') ? [word, ...word.split('-')] : [word];
        for (const key of new Set(parts.flatMap((part) => typingKeys(part, lang)))) {
          let words = wordsByKey.get(key);
          if (!words) wordsByKey.set(key, (words = new Set()));
          words.add(word);
        }
      });
    },
    chunks,
    /**
     * What reads the forms of a word of an entity's name (`nameForms` of what the search page
     * finds for it, at most MAX_FORMS, through the chunks it would read), as an entity's file
     * stores them; once all is added.
     */
    nameFormsReader(shardCount: number): (typed: string) => StoredForm[] {
      const written = chunks();
      const layout = lexiconLayout([...written.keys()].filter((name) => name.length > 2));
      const keysOf = (names: string[]): LexiconChunk => Object.assign({}, ...names.map((name) => written.get(name) ?? {}));
      return (typed) => {
        const key = typingKey(typed);
        let keys = keysOf(layout.chunksFor(key));
        const more = layout.chunksFor(key, keys);
        if (more.length) keys = keysOf(more);
        return nameForms(typed, formsOf(typed, keys))
          .slice(0, MAX_FORMS)
          .map((form) => {
            const shards = shardsOf(form.word, shardCount);
            return shards ? { ...form, shards } : form;
          });
      };
    },
    /**
     * The near index (search/slips.ts): chunk name → deletion → where its keys had the letter,
     * for the keys long enough to be a correction, each at the positions within its chunk's name.
     */
    nearFiles(): Map<string, NearChunk> {
      const written = chunks();
      const layout = lexiconLayout([...written.keys()].filter((name) => name.length > 2));
      const files = new Map<string, NearChunk>();
      for (const [name, keys] of written) {
        for (const key of Object.keys(keys)) {
          if (key.length < MIN_CORRECTED_KEY - 1) continue;
          for (const [deletion, place] of nearEntries(key, name.length)) {
            const file = files.get(layout.chunkOf(deletion)) ?? files.set(layout.chunkOf(deletion), {}).get(layout.chunkOf(deletion))!;
            (file[deletion] ??= []).push(place);
          }
        }
      }
      return files;
    },
    /** The chunks as written, for an index of `shardCount` shards and the names each chunk is looked up for. */
    files(shardCount: number, namesByChunk: Map<string, EntityNames[]>): Map<string, LexiconFile> {
      const files = new Map<string, LexiconFile>();
      for (const [chunk, keys] of chunks()) {
        const shards: Record<string, string> = {};
        const counts: Record<string, number[]> = {};
        for (const word of new Set(Object.values(keys).flat()).values()) {
          const held = shardsOf(word, shardCount);
          if (held) shards[word] = held;
          const bulletins = countsOf(word);
          if (bulletins) counts[word] = bulletins;
        }
        files.set(chunk, { keys, shards, counts, names: namesByChunk.get(chunk) ?? [] });
      }
      // A name can be looked up in a chunk that has no word of the archive.
      for (const [chunk, names] of namesByChunk) if (!files.has(chunk)) files.set(chunk, { keys: {}, shards: {}, names });
      return files;
    },
  };
}

/**
 * How closely a form of the archive matches what the reader typed, lower is closer: 0 the same
 * word (as Pagefind folds it), 1 the same word in another spelling or alphabet, 2 the word with
 * more endings; for a typed word that is none of those, 3 the word it is with one slip corrected
 * (search/slips.ts), 4 that word with more endings, and 5 and up the typed word's stems, longest
 * first, with their endings.
 */
export type Tier = number;

/** The tier of a word read with one slip corrected (`Tier`). */
export const CORRECTED_TIER = 3;
/** The tier of the typed word's longest stem: what is below it is the word itself. */
export const STEM_TIER = 5;

export interface Form {
  word: string;
  tier: Tier;
}

/**
 * A stem's final k, p or t voices before a vowel ending in the Turkic languages (`кызматташтык`,
 * `кызматташтыгы`; `kitap`, `kitabı`): the stem as it is written before such an ending.
 */
const VOICED: Record<string, string> = { k: 'g', p: 'b', t: 'd' };

function voicedStem(stem: string): string | null {
  const voiced = VOICED[stem.at(-1)!];
  return voiced ? stem.slice(0, -1) + voiced : null;
}

/** Keys that are `stem` (or its voiced form) followed by up to three endings, or `stem` itself when `withStem`. */
function keysWithEndings(chunk: LexiconChunk, stem: string, withStem: boolean): string[] {
  const voiced = voicedStem(stem);
  const inflects = (key: string, from: string) =>
    key.length > from.length && key.startsWith(from) && isEndingSequence(key.slice(from.length)) && (from === stem || /^[aeiou]/.test(key.slice(from.length)));
  return Object.keys(chunk).filter((key) => (key === stem ? withStem : inflects(key, stem) || (voiced !== null && inflects(key, voiced))));
}

/**
 * The archive's words that a typed word stands for, best first: the words with its typing key,
 * then the same word with more endings (`кеңеш` → `кеңештердин`), and, when the word as typed is
 * in no bulletin, the forms of its stems, longest first (`кеңештерининде` → `кеңештеринин`, …).
 * Nothing else: a query that is no word's typing gets no form at all.
 */
export function formsOf(typed: string, chunk: LexiconChunk): Form[] {
  const key = typingKey(typed);
  const typedForm = pagefindForm(typed);
  const tiers = new Map<string, Tier>();
  const add = (keys: string[], tier: Tier) => {
    for (const word of keys.flatMap((other) => chunk[other])) {
      const asTyped = word.split('-').some((part) => pagefindForm(part) === typedForm) || pagefindForm(word) === typedForm;
      const wordTier: Tier = tier === 1 && asTyped ? 0 : tier;
      if (!tiers.has(word) || wordTier < tiers.get(word)!) tiers.set(word, wordTier);
    }
  };
  if (!key) return [];
  if (chunk[key]) add([key], 1);
  // Endings are only read off words long enough to have a stem left (MIN_STEM); short words such as `ТДТ` take endings all the same.
  if (key.length >= 3) add(keysWithEndings(chunk, key, false), 2);
  if (!chunk[key]) for (const [depth, stem] of stemsOf(key).entries()) add(keysWithEndings(chunk, stem, true), STEM_TIER + depth);
  return [...tiers].map(([word, tier]) => ({ word, tier })).sort((a, b) => a.tier - b.tier || a.word.localeCompare(b.word));
}

/**
 * The archive's words of keys that a typed word is with one slip corrected (search/slips.ts
 * `corrections`), and those words with more endings, in the tiers of corrected words.
 */
export function correctedForms(keys: readonly string[], chunk: LexiconChunk): Form[] {
  const tiers = new Map<string, Tier>();
  for (const key of keys) {
    for (const word of chunk[key] ?? []) tiers.set(word, CORRECTED_TIER);
    for (const word of keysWithEndings(chunk, key, false).flatMap((other) => chunk[other])) if (!tiers.has(word)) tiers.set(word, CORRECTED_TIER + 1);
  }
  return [...tiers].map(([word, tier]) => ({ word, tier })).sort((a, b) => a.tier - b.tier || a.word.localeCompare(b.word));
}

/** Keys of this many characters or fewer are abbreviations (`ТДТ`, `ОТГ`, `SCO`). */
const ABBREVIATION_LENGTH = 3;

/**
 * Of the forms found for a word of an entity's name, those that are still that name: the word in
 * any alphabet and with endings, not its stems (`Devletleri` is not `devlet`, `States` not
 * `статус`), and an abbreviation with endings only in its own alphabet (the Russian `ОТГ` is not
 * the Uzbek `o‘tgan`).
 */
export function nameForms(typed: string, forms: Form[]): Form[] {
  const abbreviation = typingKey(typed).length <= ABBREVIATION_LENGTH;
  const script = scriptOf(typed);
  return forms.filter(({ word, tier }) => tier <= 1 || (tier === 2 && (!abbreviation || scriptOf(word) === script)));
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length];
}

/**
 * Words of the archive spelled nearly like a typed word that matches none (one letter off, two
 * for longer words), nearest first: what the search page offers instead of its empty answer.
 */
export function nearestSpellings(typed: string, chunk: LexiconChunk, limit = 3): string[] {
  const key = typingKey(typed);
  const allowed = key.length >= 7 ? 2 : 1;
  if (key.length < 3) return [];
  return Object.keys(chunk)
    .map((other) => ({ other, distance: editDistance(key, other) }))
    .filter(({ distance }) => distance > 0 && distance <= allowed)
    .sort((a, b) => a.distance - b.distance || a.other.localeCompare(b.other))
    .slice(0, limit)
    .map(({ other }) => chunk[other][0]);
}
