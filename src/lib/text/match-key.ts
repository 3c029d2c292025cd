/*
 * Between the archive's alphabets (their letters: letters.ts). Two uses:
 *
 * - `slugify` / `toAscii`: readable ASCII for URLs (Cyrillic → Latin, Turkic Latin letters → ASCII).
 * - `matchKey`: one spelling-independent key for a word, whatever alphabet and convention wrote it,
 *   so that Kyrgyz `Жапаров`, Turkish `Caparov` and Uzbek `Japarov` meet, as do `Өмүралиев` and
 *   `Ömüraliyev`, `Ҳакан` and `Hakan`, `KIRGIZİSTAN` and `kırgızistan`. Letters that one language
 *   distinguishes and its neighbours write alike (ө/о, ү/у, ң/н, қ/к, ғ/г, ҳ/х, ә/е, ı/i) fold
 *   together, so a reader who types the plain letter still matches.
 */
import { memoByWord } from './word-memo.ts';
import { lowerCaseFor } from './text.ts';
import { NAME_KEY, READABLE, spell } from './letters.ts';

export function toAscii(text: string): string {
  return spell(text.toLocaleLowerCase('tr').normalize('NFC'), READABLE);
}

/** A readable, ASCII, lower-case slug of at most `maxWords` words. */
export function slugify(text: string, maxWords = 8): string {
  return toAscii(text)
    .replace(/['"]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, maxWords)
    .join('-');
}

/** The name key's sound classes (letters.ts) as they are written in the key. */
const KEY_CLASS_TO_ASCII: Record<string, string> = { S: 'sh', C: 'ch', J: 'j', H: 'h', T: 'ts' };

/**
 * The match key of one word: lower-case ASCII in which every spelling of the same name agrees.
 * Turkish and Azerbaijani `I`/`İ` are lowered the Turkish way where `lang` says so, and fold to `i`
 * in every case. Doubled letters are single (`Таййип`/`Tayyip`), and a `y` between vowels, which
 * Turkish writes where Russian-style spellings do not (`Ömüraliyev`/`Өмүралиев`), is dropped.
 */
export const matchKey: (word: string, lang?: string) => string = memoByWord(computeMatchKey, 200_000);

function computeMatchKey(word: string, lang?: string): string {
  const key = spell(lowerCaseFor(word.replace(/İ/g, 'i'), lang ?? '').normalize('NFC'), NAME_KEY)
    .replace(/[^a-zSCJHT]/g, '')
    .replace(/(.)\1+/g, '$1')
    .replace(/([aeiou])y(?=[aeiou])/g, '$1');
  return key.replace(/[SCJHT]/g, (sound) => KEY_CLASS_TO_ASCII[sound]);
}
