/**
 * The letters of the archive's alphabets and how each is spelled in ASCII, three ways, in one table
 * so that a letter is added (or changed) once, with all three in view:
 *
 * - readable: the URL slug's spelling (`toAscii`, match-key.ts): `ж` is `zh`, `ң` is `ng`, `қ` is `q`.
 * - name key: what a name's spellings in the texts share (`matchKey`, match-key.ts), so that
 *   `Жапаров`, `Caparov` and `Japarov` meet; ingest matches gazetteer names with it.
 * - typing key: what every way a reader may type a word shares (`typingKey`,
 *   src/lib/search/spelling-conventions.ts), coarser still: `ы`, `й`, `y` and `i` are one vowel.
 *
 * Each key first replaces the sounds written with several letters (its `sounds`, below), then each
 * remaining letter by its column here, then drops the accents left (`á` is `a`). `null` in a column:
 * the key leaves the letter as it is, either because one of its sounds has already replaced it
 * (`ж` in both keys) or because the letter is already what the key wants.
 */
const LETTERS: Record<string, [readable: string | null, nameKey: string | null, typingKey: string | null]> = {
  а: ['a', 'a', 'a'],
  б: ['b', 'b', 'b'],
  в: ['v', 'v', 'v'],
  г: ['g', 'g', 'g'],
  д: ['d', 'd', 'd'],
  е: ['e', 'e', 'e'],
  ё: ['yo', 'yo', 'io'],
  ж: ['zh', null, null],
  з: ['z', 'z', 'z'],
  и: ['i', 'i', 'i'],
  й: ['y', 'y', 'i'],
  к: ['k', 'k', 'k'],
  л: ['l', 'l', 'l'],
  м: ['m', 'm', 'm'],
  н: ['n', 'n', 'n'],
  о: ['o', 'o', 'o'],
  п: ['p', 'p', 'p'],
  р: ['r', 'r', 'r'],
  с: ['s', 's', 's'],
  т: ['t', 't', 't'],
  у: ['u', 'u', 'u'],
  ф: ['f', 'f', 'f'],
  х: ['kh', null, null],
  ц: ['ts', null, null],
  ч: ['ch', null, null],
  ш: ['sh', null, null],
  щ: ['shch', null, null],
  ъ: ['', '', ''],
  ы: ['y', 'i', 'i'],
  ь: ['', '', ''],
  э: ['e', 'e', 'e'],
  ю: ['yu', 'yu', 'iu'],
  я: ['ya', 'ya', 'ia'],
  ң: ['ng', 'n', null],
  ө: ['o', 'o', 'o'],
  ү: ['u', 'u', 'u'],
  ә: ['a', 'e', 'a'],
  і: ['i', 'i', 'i'],
  ұ: ['u', 'u', 'u'],
  қ: ['q', 'k', 'k'],
  ғ: ['gh', 'g', null],
  һ: ['h', null, null],
  ҳ: ['h', null, null],
  ў: ['o', 'o', 'o'],
  җ: ['j', null, null],

  ı: ['i', 'i', 'i'],
  ş: ['s', null, null],
  ğ: ['g', 'g', null],
  ç: ['c', null, null],
  ö: ['o', 'o', 'o'],
  ü: ['u', 'u', 'u'],
  ə: ['a', 'e', 'e'],
  ä: ['a', 'e', 'a'],
  ň: ['n', 'n', null],
  ý: ['y', 'y', 'i'],
  ž: ['zh', 'J', null],
  á: [null, 'e', null],
  ñ: [null, 'n', null],
  q: [null, 'k', 'k'],
  w: [null, 'v', 'v'],
  y: [null, null, 'i'],
  ó: [null, 'o', null],
  ú: [null, 'u', null],
  ǵ: [null, 'g', null],
  í: [null, 'i', null],
  é: [null, 'e', null],
  // Uzbek's and Turkmen's apostrophes (`oʻ`, `gʻ`; the keys read them in their sounds).
  ʻ: ['', null, null],
  ʼ: ['', null, null],
  '‘': ['', null, null],
  '’': ['', null, null],
};

/** How a key spells: its sounds of several letters (read first, in order), then its column of LETTERS. */
export interface Spelling {
  sounds: readonly (readonly [RegExp, string])[];
  letters: Readonly<Record<string, string>>;
}

function column(index: 0 | 1 | 2): Record<string, string> {
  return Object.fromEntries(Object.entries(LETTERS).flatMap(([letter, spellings]) => (spellings[index] === null ? [] : [[letter, spellings[index]]])));
}

/** URL slugs: letter by letter. */
export const READABLE: Spelling = { sounds: [], letters: column(0) };

/**
 * The name key's sounds, each a class (upper case, so that no letter is taken for it). Turkish and
 * Azerbaijani `c` is Kyrgyz `ж` and Uzbek `j`; `ç` and `ch` are `ч`; `x` is Uzbek and Azerbaijani `х`.
 */
export const NAME_KEY: Spelling = {
  sounds: [
    [/[oо][ʻʼ'‘’`]/g, 'o'],
    [/[gг][ʻʼ'‘’`]/g, 'g'],
    [/shch|sh|ş|ш|щ/g, 'S'],
    [/ch|ç|ч/g, 'C'],
    [/zh|dzh|дж|c|j|ж|җ/g, 'J'],
    [/kh|x|х|ҳ|һ|h/g, 'H'],
    [/ts|ц/g, 'T'],
  ],
  letters: column(1),
};

/** The typing key's sounds; classes are digits so that keys stay lower case. */
export const TYPING_KEY: Spelling = {
  sounds: [
    [/[oо][ʻʼ'‘’`]/g, 'o'],
    [/[gг][ʻʼ'‘’`]/g, 'g'],
    [/shch|sh|ş|š|ш|щ/g, '1'],
    [/ch|ç|č|ч/g, '2'],
    [/dzh|дж|zh|c|j|ж|җ|ž/g, '3'],
    [/gh|ğ|ғ/g, 'g'],
    [/kh|x|х|ҳ|һ|h/g, '4'],
    [/ts|ц/g, '5'],
    [/ng|нг|ң|ň|ñ/g, 'n'],
  ],
  letters: column(2),
};

/** Lower-case text (NFC) as `spelling` spells it: its sounds, then letter by letter, then without accents. */
export function spell(text: string, spelling: Spelling): string {
  let spelled = text;
  for (const [pattern, sound] of spelling.sounds) spelled = spelled.replace(pattern, sound);
  return [...spelled]
    .map((character) => spelling.letters[character] ?? character)
    .join('')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
}
