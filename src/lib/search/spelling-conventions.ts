import az from '../languages/az/spellings.json' with { type: 'json' };
import en from '../languages/en/spellings.json' with { type: 'json' };
import kk from '../languages/kk/spellings.json' with { type: 'json' };
import ky from '../languages/ky/spellings.json' with { type: 'json' };
import ru from '../languages/ru/spellings.json' with { type: 'json' };
import tk from '../languages/tk/spellings.json' with { type: 'json' };
import tr from '../languages/tr/spellings.json' with { type: 'json' };
import tt from '../languages/tt/spellings.json' with { type: 'json' };
import uz from '../languages/uz/spellings.json' with { type: 'json' };
import { ENDINGS } from '../languages/turkic-endings.ts';
import { lowerCaseFor } from '../text/text.ts';
import { spell, TYPING_KEY } from '../text/letters.ts';

/**
 * How readers type a word, and the one spelling (its *typing key*) that every way of typing it
 * shares, so that search can meet a reader's query and a bulletin's word.
 *
 * `typingKey` folds what any reader may type into one lower-case ASCII key, whatever the alphabet
 * (its letters and sounds: src/lib/text/letters.ts):
 * Cyrillic and Latin letters of one sound meet (`ж`, `zh`, `j`, `c` and `ž`; `ш`, `sh` and `ş`), the
 * special letters of the Turkic Cyrillic alphabets meet the plain letters of a Russian keyboard
 * (`ө`/`о`, `ң`/`н`, `қ`/`к`, `ұ`/`ү`/`у`, `і`/`и`, `ә`/`а`), and `y`, `ы`, `ı`, `й`, `і`, `и`, `i` are
 * one vowel, as informal Latin writes them. A doubled letter is single (`коопсуздук`/`kopsuzduk`),
 * and a word-initial `ye` is `e` (`Yerlikaya`/`Ерликая`).
 *
 * Some readers fold further, in ways that depend on the language: a Turkish reader types `ş` as
 * `s`, an Uzbek one types `ў` on a Russian keyboard as `у`. Those are data, one file per language
 * in `src/lib/languages/<code>/spellings.json` (`typedAs`: each letter and the ways its readers type it); `typingKeys`
 * gives every key a bulletin's word may be typed as under its language's table.
 */
export interface LanguageSpellings {
  language: string;
  /** Each letter of the language and how its readers type it. */
  typedAs: Record<string, string[]>;
  /** Endings of the language that the Turkic ending list (turkic-endings.ts) does not have. */
  endings: string[];
}

export const LANGUAGE_SPELLINGS: Record<string, LanguageSpellings> = Object.fromEntries(
  [az, en, kk, ky, ru, tk, tr, tt, uz].map((table) => [table.language, table as LanguageSpellings]),
);

const keyCache = new Map<string, string>();
const KEY_CACHE_LIMIT = 200_000;

/** The typing key of one word (see above): `Жапаровго`, `Caparovgo` and `japarovgo` are all `3aparovgo`. */
export function typingKey(word: string): string {
  let key = keyCache.get(word);
  if (key === undefined) {
    if (keyCache.size >= KEY_CACHE_LIMIT) keyCache.clear();
    key = computeTypingKey(word);
    keyCache.set(word, key);
  }
  return key;
}

function computeTypingKey(word: string): string {
  // Turkish and Azerbaijani İ and I fold to the same vowel as i and ı, so plain lower-casing is enough.
  // Digits are no part of a typing key: its sound classes are digits.
  return (
    spell(
      word
        .replace(/İ/g, 'i')
        .toLowerCase()
        .normalize('NFC')
        .replace(/\p{Nd}/gu, ''),
      TYPING_KEY,
    )
      .replace(/[^a-z0-9]/g, '')
      // A doubled letter is one (`коопсуздук`/`kopsuzduk`); a longer run stays as it is: spellings
      // differ by single and double letters only, and `oooo` (typed by no one for a word) is not `ООО`.
      .replace(/(.)\1+/g, (run: string) => (run.length === 2 ? run[0] : run))
      .replace(/^ie/, 'e')
  );
}

/** Per language: its letters whose readers type them in a way that folds to another key. */
const variantLetters = new Map<string, [string, string[]][]>();

function lettersWithOtherKeys(lang: string): [string, string[]][] {
  let letters = variantLetters.get(lang);
  if (!letters) {
    const table = LANGUAGE_SPELLINGS[lang]?.typedAs ?? {};
    letters = Object.entries(table)
      .map(([letter, typed]): [string, string[]] => [letter, typed.filter((form) => typingKey(form) !== typingKey(letter))])
      .filter(([, typed]) => typed.length > 0);
    variantLetters.set(lang, letters);
  }
  return letters;
}

/** A word may have this many keys at most; a word with more special letters than that is rare. */
const MAX_KEYS = 8;

/**
 * Every typing key a word of language `lang` may be typed as: its own, and those of its language's
 * other typings (`işbirliği`: `i1birligi` and `isbirligi`).
 */
export function typingKeys(word: string, lang: string): string[] {
  const lowered = lowerCaseFor(word, lang);
  let forms = [lowered];
  for (const [letter, typed] of lettersWithOtherKeys(lang)) {
    if (!lowered.includes(letter)) continue;
    forms = forms.flatMap((form) => [form, ...typed.map((other) => form.replaceAll(letter, other))]).slice(0, MAX_KEYS);
  }
  return [...new Set(forms.map(typingKey))].filter(Boolean);
}

/** The endings of every language, as typing keys, longest first. */
const ENDING_KEYS = [...new Set([...ENDINGS, ...Object.values(LANGUAGE_SPELLINGS).flatMap((table) => table.endings)].map(typingKey))]
  .filter(Boolean)
  .sort((a, b) => b.length - a.length);

const ENDING_SEQUENCE = new RegExp(`^(?:${ENDING_KEYS.join('|')}){1,3}$`);

/** Whether `rest` is one to three endings in a row (`lardin`, `leri`, `ga`). */
export function isEndingSequence(rest: string): boolean {
  return ENDING_SEQUENCE.test(rest);
}

/** A stem must keep this many letters of the key: shorter words are searched as they are. */
export const MIN_STEM = 4;

/**
 * The stems of a typing key, longest first: the key without one, two or three endings of two
 * letters or more in all (`keneshterininde` → `keneshterinin`, `keneshter`, …).
 */
export function stemsOf(key: string): string[] {
  const stems: string[] = [];
  for (let length = key.length - 2; length >= MIN_STEM; length--) {
    if (isEndingSequence(key.slice(length))) stems.push(key.slice(0, length));
  }
  return stems;
}
