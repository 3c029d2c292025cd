import { typingKey } from './spelling-conventions.ts';

/**
 * One slip of the fingers: a typed key that is no key of the archive, read as the archive's keys
 * one edit away (two neighbouring letters swapped, one letter missing, one extra, one wrong).
 * Keys are typing keys (spelling-conventions.ts), so a slip is found in whatever alphabet the
 * reader typed.
 *
 * A swap is also read in the letters as typed (`swappedBack`), where it is more than one edit of
 * the key.
 *
 * The lexicon's chunks go by a key's first characters (lexicon.ts `lexiconLayout`): a key one edit
 * from the typed one is in the typed key's own chunk unless the edit falls within those first
 * characters. For those, the lexicon has a *near index* (`near/<chunk>.json.gz`): each key once per
 * position within its chunk's name, under the key without that position's letter (a deletion),
 * filed in the chunk of that shorter string. A swap, a wrong or a missing letter there leaves the
 * typed key with one of those deletions, or equal to one; an extra letter there leaves a key of
 * the archive once it is taken out, in its own chunk.
 */

/**
 * Typed keys shorter than this are never corrected: among short keys almost any string is one
 * edit from some word of a large archive, and a string that is no word must find nothing.
 */
export const MIN_CORRECTED_KEY = 6;

/** Near index chunk: a deletion → where its keys had the letter taken out, as `<position><letter>` (`0k`: `k` at 0). */
export type NearChunk = Record<string, string[]>;

/** The folder of the near index in the lexicon's. */
export const NEAR_DIR = 'near';

/** The key without its letter at `index`. */
export const without = (key: string, index: number) => key.slice(0, index) + key.slice(index + 1);

/** The keys a near index entry stands for: `deletion` with each letter put back. */
export function nearKeys(deletion: string, places: readonly string[]): string[] {
  return places.map((place) => {
    const index = Number(place.slice(0, -1));
    return deletion.slice(0, index) + place.slice(-1) + deletion.slice(index);
  });
}

/** The entries a key makes in the near index: its deletions at the first `depth` positions, each with where the letter was. */
export function nearEntries(key: string, depth: number): [string, string][] {
  return Array.from({ length: Math.min(depth, key.length) }, (_, index): [string, string] => [without(key, index), `${index}${key[index]}`]);
}

/** What the near index is looked up by for a typed key whose chunk's name has `depth` characters: the key and its deletions up to `depth`. */
export function nearLookups(typed: string, depth: number): string[] {
  return [...new Set([typed, ...Array.from({ length: Math.min(depth + 1, typed.length) }, (_, index) => without(typed, index))])];
}

/** Keys that lose one letter within the first `depth` positions to be the typed key's deletions: where an extra typed letter is taken out. */
export function withoutOneEarly(typed: string, depth: number): string[] {
  return [...new Set(Array.from({ length: Math.min(depth, typed.length) }, (_, index) => without(typed, index)))];
}

/** How a key of the archive differs from the typed one by one slip, most likely first. */
export type Slip = 'swap' | 'neighbour' | 'missing' | 'extra' | 'wrong';
const SLIP_ORDER: Slip[] = ['swap', 'neighbour', 'missing', 'extra', 'wrong'];

/** Keys side by side on a Latin (QWERTY) or a Russian (ЙЦУКЕН) keyboard, as typing keys. */
const KEYBOARD_ROWS = [
  ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'],
  ['йцукенгшщзх', 'фывапролджэ', 'ячсмитьбю'],
];
const NEIGHBOURS: Set<string> = (() => {
  const pairs = new Set<string>();
  const pair = (a: string, b: string) => {
    const [x, y] = [typingKey(a), typingKey(b)];
    if (x.length === 1 && y.length === 1 && x !== y) pairs.add(x + y).add(y + x);
  };
  for (const rows of KEYBOARD_ROWS) {
    rows.forEach((row, line) => {
      for (let index = 0; index < row.length; index++) {
        if (index + 1 < row.length) pair(row[index], row[index + 1]);
        // The key below and the one below to the left, as rows are staggered.
        for (const below of [index, index - 1]) if (rows[line + 1]?.[below]) pair(row[index], rows[line + 1][below]);
      }
    });
  }
  return pairs;
})();

/** The slip that makes `typed` of `key`, or null where they are not one edit apart. */
export function slipBetween(typed: string, key: string): Slip | null {
  if (typed === key) return null;
  let start = 0;
  while (start < typed.length && start < key.length && typed[start] === key[start]) start++;
  if (typed.length === key.length) {
    if (typed.slice(start + 1) === key.slice(start + 1)) return NEIGHBOURS.has(typed[start] + key[start]) ? 'neighbour' : 'wrong';
    if (typed[start] === key[start + 1] && typed[start + 1] === key[start] && typed.slice(start + 2) === key.slice(start + 2)) return 'swap';
    return null;
  }
  if (typed.length + 1 === key.length) return typed.slice(start) === key.slice(start + 1) ? 'missing' : null;
  if (typed.length === key.length + 1) return typed.slice(start + 1) === key.slice(start) ? 'extra' : null;
  return null;
}

/**
 * Typed words of fewer letters than this are not read with their letters swapped: among words
 * of four letters, a swap of a random string makes a word of a large archive now and then.
 */
export const MIN_SWAPPED_LETTERS = 5;

/**
 * The keys of a typed word with two neighbouring letters as typed swapped back. A swap of letters
 * that a key writes with more or fewer characters (`sh` typed `hs`, `я` before `л`) is more than
 * one edit of the key, but one swap of what the reader typed.
 */
export function swappedBack(typed: string): string[] {
  const letters = [...typed.toLowerCase()];
  if (letters.length < MIN_SWAPPED_LETTERS) return [];
  const keys = new Set<string>();
  for (let index = 0; index + 1 < letters.length; index++) {
    if (letters[index] === letters[index + 1]) continue;
    const swapped = [...letters];
    [swapped[index], swapped[index + 1]] = [swapped[index + 1], swapped[index]];
    keys.add(typingKey(swapped.join('')));
  }
  keys.delete(typingKey(typed));
  return [...keys].filter(Boolean);
}

/** Corrections of a typed key at most: beyond a few, a slip reads as too many words to be one reader's. */
export const MAX_CORRECTIONS = 3;

/**
 * Of keys of the archive, those one slip from `typed`, of the likeliest kind of slip found only
 * (a swap before a neighbouring key, before a missing, an extra or a wrong letter), at most
 * MAX_CORRECTIONS; none for a key shorter than MIN_CORRECTED_KEY.
 */
export function corrections(typed: string, keys: Iterable<string>): string[] {
  if (typed.length < MIN_CORRECTED_KEY) return [];
  const bySlip = new Map<Slip, Set<string>>();
  for (const key of keys) {
    const slip = slipBetween(typed, key);
    if (slip) bySlip.set(slip, (bySlip.get(slip) ?? new Set()).add(key));
  }
  const best = SLIP_ORDER.find((slip) => bySlip.has(slip));
  return best ? [...bySlip.get(best)!].sort().slice(0, MAX_CORRECTIONS) : [];
}
