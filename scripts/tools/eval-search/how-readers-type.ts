/**
 * How `npm run eval:search` types a word the way readers do: deliberately written apart from
 * src/lib/search/spelling-conventions.ts and src/lib/languages/<code>/spellings.json, so the search is measured on typings it did
 * not produce itself. Where readers choose between spellings (`ж` as `zh` or `j`), a seeded random
 * choice picks one, so every run types the same way.
 */
export type Random = () => number;

const pick = <T>(random: Random, choices: readonly T[]): T => choices[Math.floor(random() * choices.length)];

/** A Russian keyboard has none of these letters; readers type the nearest Russian one. */
const RUSSIAN_KEYBOARD: Record<string, string> = { ө: 'о', ү: 'у', ң: 'н', қ: 'к', ғ: 'г', ұ: 'у', ә: 'а', і: 'и', һ: 'х', ў: 'у', ҳ: 'х', җ: 'ж' };

/** Latin letters that Turkish, Azerbaijani and Turkmen readers drop the marks of, and Uzbek readers the apostrophe of. */
const PLAIN_LATIN: Record<string, string> = {
  ı: 'i',
  ğ: 'g',
  ş: 's',
  ç: 'c',
  ö: 'o',
  ü: 'u',
  ə: 'e',
  ä: 'a',
  ň: 'n',
  ý: 'y',
  ž: 'z',
  ʻ: '',
  '‘': '',
  "'": '',
  '’': '',
};

/** The word without its language's special letters, as typed on a Russian or an English keyboard. */
export function withoutSpecialLetters(word: string): string {
  return [...word].map((letter) => RUSSIAN_KEYBOARD[letter] ?? PLAIN_LATIN[letter] ?? letter).join('');
}

/** Informal Latin for Kyrgyz, Kazakh, Tatar and Russian Cyrillic, as phones and English keyboards type it. */
const INFORMAL_LATIN: Record<string, readonly string[]> = {
  а: ['a'],
  б: ['b'],
  в: ['v'],
  г: ['g'],
  д: ['d'],
  е: ['e'],
  ё: ['yo'],
  ж: ['zh', 'j'],
  з: ['z'],
  и: ['i'],
  й: ['y', 'i'],
  к: ['k'],
  л: ['l'],
  м: ['m'],
  н: ['n'],
  о: ['o'],
  п: ['p'],
  р: ['r'],
  с: ['s'],
  т: ['t'],
  у: ['u'],
  ф: ['f'],
  х: ['kh', 'h'],
  ц: ['ts'],
  ч: ['ch'],
  ш: ['sh'],
  щ: ['shch', 'sh'],
  ъ: [''],
  ы: ['y'],
  ь: [''],
  э: ['e'],
  ю: ['yu'],
  я: ['ya'],
  ө: ['o', 'ö'],
  ү: ['u', 'ü'],
  ң: ['ng', 'n'],
  қ: ['q', 'k'],
  ғ: ['gh', 'g'],
  ә: ['a', 'ä'],
  ұ: ['u'],
  і: ['i'],
  һ: ['h'],
  җ: ['zh', 'j'],
};

/** Uzbek's official Latin for its Cyrillic (the 1995 alphabet with the 2019 apostrophes). */
const UZBEK_LATIN: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'j',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'x',
  ц: 's',
  ч: 'ch',
  ш: 'sh',
  ъ: 'ʼ',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  ў: 'oʻ',
  қ: 'q',
  ғ: 'gʻ',
  ҳ: 'h',
};

/** …and its Cyrillic for its Latin, digraphs first. */
const UZBEK_CYRILLIC: [string, string][] = [
  ['oʻ', 'ў'],
  ["o'", 'ў'],
  ['gʻ', 'ғ'],
  ["g'", 'ғ'],
  ['sh', 'ш'],
  ['ch', 'ч'],
  ['yo', 'ё'],
  ['yu', 'ю'],
  ['ya', 'я'],
  ['ye', 'е'],
  ...[...'abdefghijklmnopqrstuvxyz'].map((letter): [string, string] => [letter, 'абдэфгҳижклмнопқрстувхйз'['abdefghijklmnopqrstuvxyz'.indexOf(letter)]]),
];

/** A Cyrillic word as its readers type it in Latin (Uzbek in its official Latin); an Uzbek Latin word in Uzbek Cyrillic. */
export function inOtherAlphabet(word: string, lang: string, random: Random): string | null {
  if (/\p{Script=Cyrillic}/u.test(word)) {
    // A word-initial е is said, and written in Latin, ye.
    if (lang === 'uz') return [...word].map((letter, index) => (index === 0 && letter === 'е' ? 'ye' : (UZBEK_LATIN[letter] ?? letter))).join('');
    return [...word].map((letter, index) => (index === 0 && letter === 'е' ? 'ye' : pick(random, INFORMAL_LATIN[letter] ?? [letter]))).join('');
  }
  if (lang !== 'uz') return null;
  let out = '';
  for (let index = 0; index < word.length; ) {
    const [latin, cyrillic] = UZBEK_CYRILLIC.find(([latin]) => word.startsWith(latin, index)) ?? [word[index], word[index]];
    // Uzbek Cyrillic writes a word-initial e as э, and e elsewhere as е.
    out += latin === 'e' ? (index === 0 ? 'э' : 'е') : cyrillic;
    index += latin.length;
  }
  return out;
}

/**
 * Case, plural and possessive endings readers add, by the last vowel of the word (front or back,
 * and for Kyrgyz rounded or not): the first vowel class that matches chooses the list.
 */
const ENDINGS: Record<string, [RegExp, string[]][]> = {
  ky: [
    [/[оу][^аеёиоуыэюяөү]*$/u, ['го', 'до', 'дон', 'лор', 'нун']],
    [/[өү][^аеёиоуыэюяөү]*$/u, ['гө', 'дө', 'дөн', 'лөр', 'нүн']],
    [/[еиэ][^аеёиоуыэюяөү]*$/u, ['ге', 'де', 'ден', 'лер', 'нин']],
    [/./u, ['га', 'да', 'дан', 'лар', 'нын']],
  ],
  kk: [
    [/[eiöüä][^aeiouyöüäı]*$/u, ['ge', 'de', 'den', 'ler', 'niń']],
    [/\p{Script=Latin}/u, ['ǵa', 'da', 'dan', 'lar', 'nyń']],
    [/[еиіөүә][^аеёиоуыэюяөүәіұ]*$/u, ['ге', 'де', 'ден', 'лер', 'нің']],
    [/./u, ['ға', 'да', 'дан', 'лар', 'ның']],
  ],
  tt: [
    [/[еиөүә][^аеёиоуыэюяөүә]*$/u, ['гә', 'дә', 'дән', 'ләр', 'нең']],
    [/./u, ['га', 'да', 'дан', 'лар', 'ның']],
  ],
  uz: [
    [/\p{Script=Cyrillic}/u, ['га', 'да', 'дан', 'лар', 'нинг']],
    [/./u, ['ga', 'da', 'dan', 'lar', 'ning']],
  ],
  tr: [
    [/[eiöü][^aeıioöuü]*$/u, ['de', 'den', 'ler', 'leri', 'in']],
    [/./u, ['da', 'dan', 'lar', 'ları', 'ın']],
  ],
  az: [
    [/[eəiöü][^aeəıioöuü]*$/u, ['də', 'dən', 'lər', 'ləri', 'in']],
    [/./u, ['da', 'dan', 'lar', 'ları', 'ın']],
  ],
  tk: [
    [/[eäiöü][^aäeıioöuüy]*$/u, ['de', 'den', 'ler', 'leri']],
    [/./u, ['da', 'dan', 'lar', 'lary']],
  ],
  kaa: [[/./u, ['ға', 'да', 'дан', 'лар']]],
  ru: [[/./u, ['ы', 'ом', 'ах', 'ов']]],
  en: [[/./u, ['s']]],
};

/** The word with one more ending of its language, or null for a language without a list. */
export function withOneMoreEnding(word: string, lang: string, random: Random): string | null {
  const classes = ENDINGS[lang];
  if (!classes) return null;
  const [, endings] = classes.find(([pattern]) => pattern.test(word))!;
  return word + pick(random, endings);
}

/**
 * The word with two neighbouring letters typed the other way round, the slip thumbs make most on a
 * phone: at a seeded place among those where the two letters differ; null for a word without one.
 */
export function withNeighboursSwapped(word: string, random: Random): string | null {
  const letters = [...word];
  const places = letters.slice(0, -1).flatMap((letter, index) => (letter !== letters[index + 1] ? [index] : []));
  if (!places.length) return null;
  const at = pick(random, places);
  [letters[at], letters[at + 1]] = [letters[at + 1], letters[at]];
  return letters.join('');
}

const KEYBOARD_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm', 'йцукенгшщзх', 'фывапролджэ', 'ячсмитьбю'];
const ALPHABETS = ['abcdefghijklmnopqrstuvwxyz', 'абвгдежзийклмнопрстуфхцчшщыэюя', 'abcçdefgğhıijklmnoöprsştuüvyz'];

/**
 * A string a reader might type that should find nothing: a run of keys along a keyboard row,
 * one key held down, or random letters of one alphabet; four to eight letters.
 */
export function nonsense(random: Random): string {
  const length = 4 + Math.floor(random() * 5);
  const kind = random();
  if (kind < 0.3) {
    const row = pick(random, KEYBOARD_ROWS);
    const start = Math.floor(random() * Math.max(1, row.length - length));
    return row.slice(start, start + length);
  }
  if (kind < 0.45) return pick(random, [...pick(random, ALPHABETS)]).repeat(length);
  const alphabet = [...pick(random, ALPHABETS)];
  return Array.from({ length }, () => pick(random, alphabet)).join('');
}
