/*
 * Between the archive's alphabets. Two uses:
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

const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k',
  л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts',
  ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  ң: 'ng', ө: 'o', ү: 'u', ә: 'a', і: 'i', ұ: 'u', қ: 'q', ғ: 'gh', һ: 'h', ҳ: 'h', ў: 'o', җ: 'j',
};

/** Latin letters of Turkic alphabets that have no ASCII form of their own. */
const LATIN_TO_ASCII: Record<string, string> = {
  ı: 'i', ş: 's', ğ: 'g', ç: 'c', ö: 'o', ü: 'u', ə: 'a', ä: 'a', ň: 'n', ý: 'y', ž: 'zh', ʻ: '', ʼ: '', '‘': '', '’': '',
};

export function toAscii(text: string): string {
  return [...text.toLocaleLowerCase('tr').normalize('NFC')]
    .map((character) => CYRILLIC_TO_LATIN[character] ?? LATIN_TO_ASCII[character] ?? character)
    .join('')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
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

/**
 * Each letter's sound class in the match key. Multi-letter Latin spellings (`sh`, `ch`, `zh`, `kh`,
 * `oʻ`, `gʻ`) are read before single letters. Turkish and Azerbaijani `c` is Kyrgyz `ж` and Uzbek
 * `j`; `ç` and `ch` are `ч`; `x` is Uzbek and Azerbaijani `х`.
 */
const KEY_DIGRAPHS: [RegExp, string][] = [
  [/[oо][ʻʼ'‘’`]/g, 'o'],
  [/[gг][ʻʼ'‘’`]/g, 'g'],
  [/shch|sh|ş|ш|щ/g, 'S'],
  [/ch|ç|ч/g, 'C'],
  [/zh|dzh|дж|c|j|ж|җ/g, 'J'],
  [/kh|x|х|ҳ|һ|h/g, 'H'],
  [/ts|ц/g, 'T'],
];

const KEY_LETTERS: Record<string, string> = {
  а: 'a', ә: 'e', б: 'b', в: 'v', г: 'g', ғ: 'g', д: 'd', е: 'e', ё: 'yo', з: 'z', и: 'i', і: 'i', й: 'y',
  к: 'k', қ: 'k', л: 'l', м: 'm', н: 'n', ң: 'n', о: 'o', ө: 'o', п: 'p', р: 'r', с: 's', т: 't',
  у: 'u', ү: 'u', ұ: 'u', ў: 'o', ф: 'f', ы: 'i', э: 'e', ю: 'yu', я: 'ya', ъ: '', ь: '',
  ı: 'i', ğ: 'g', ö: 'o', ü: 'u', ə: 'e', ä: 'e', á: 'e', ň: 'n', ñ: 'n', ý: 'y', ž: 'J', q: 'k', w: 'v',
  ó: 'o', ú: 'u', ǵ: 'g', í: 'i', é: 'e',
};

const KEY_CLASS_TO_ASCII: Record<string, string> = { S: 'sh', C: 'ch', J: 'j', H: 'h', T: 'ts' };

/**
 * The match key of one word: lower-case ASCII in which every spelling of the same name agrees.
 * Turkish and Azerbaijani `I`/`İ` are lowered the Turkish way where `lang` says so, and fold to `i`
 * in every case. Doubled letters are single (`Таййип`/`Tayyip`), and a `y` between vowels, which
 * Turkish writes where Russian-style spellings do not (`Ömüraliyev`/`Өмүралиев`), is dropped.
 */
export const matchKey: (word: string, lang?: string) => string = memoByWord(computeMatchKey, 200_000);

function computeMatchKey(word: string, lang?: string): string {
  const lowered = lowerCaseFor(word.replace(/İ/g, 'i'), lang ?? '').normalize('NFC');
  let key = lowered;
  for (const [pattern, sound] of KEY_DIGRAPHS) key = key.replace(pattern, sound);
  key = [...key].map((character) => KEY_LETTERS[character] ?? character).join('');
  key = key
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-zSCJHT]/g, '')
    .replace(/(.)\1+/g, '$1')
    .replace(/([aeiou])y(?=[aeiou])/g, '$1');
  return key.replace(/[SCJHT]/g, (sound) => KEY_CLASS_TO_ASCII[sound]);
}
