/**
 * Writes a name the way another language's readers spell it: Kyrgyz `Садыр Жапаров` as Turkish
 * `Sadır Caparov` or Uzbek `Sadir Japarov`, Turkish `Ömüraliyev` as Kyrgyz `Өмүралиев`. Each
 * convention is a letter table; multi-letter spellings are matched first. Where two conventions
 * disagree on a sound (ж is Turkish c, Uzbek j, English zh), the target convention decides.
 * For comparing spellings, use `matchKey` (match-key.ts) instead: it needs no direction.
 */
export type Convention = 'ky-Cyrl' | 'kk-Cyrl' | 'uz-Cyrl' | 'ru-Cyrl' | 'tr-Latn' | 'az-Latn' | 'uz-Latn' | 'en-Latn';

type Table = Record<string, string>;

/** Cyrillic letters every Latin convention writes alike. */
const CYRILLIC_COMMON: Table = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ұ: 'u', ф: 'f', ҳ: 'h', һ: 'h', ц: 'ts', ь: '',
  э: 'e', ю: 'yu', я: 'ya', і: 'i',
};

/** …and those each convention writes its own way. */
const FROM_CYRILLIC: Record<'tr-Latn' | 'az-Latn' | 'uz-Latn' | 'en-Latn', Table> = {
  'tr-Latn': { ...CYRILLIC_COMMON, ғ: 'ğ', ж: 'c', җ: 'c', қ: 'k', ң: 'n', ө: 'ö', ү: 'ü', ў: 'o', х: 'h', ч: 'ç', ш: 'ş', щ: 'şç', ъ: '', ы: 'ı', ә: 'e' },
  'az-Latn': { ...CYRILLIC_COMMON, ғ: 'ğ', ж: 'c', җ: 'c', қ: 'q', ң: 'n', ө: 'ö', ү: 'ü', ў: 'o', х: 'x', ч: 'ç', ш: 'ş', щ: 'şç', ъ: '', ы: 'ı', ә: 'ə' },
  'uz-Latn': { ...CYRILLIC_COMMON, ғ: 'gʻ', ж: 'j', җ: 'j', қ: 'q', ң: 'ng', ө: 'oʻ', ү: 'u', ў: 'oʻ', х: 'x', ч: 'ch', ш: 'sh', щ: 'sh', ъ: 'ʼ', ы: 'i', ә: 'a' },
  'en-Latn': { ...CYRILLIC_COMMON, ғ: 'gh', ж: 'zh', җ: 'j', қ: 'q', ң: 'ng', ө: 'o', ү: 'u', ў: 'o', х: 'kh', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ә: 'a' },
};

/** Latin spellings into each Cyrillic alphabet, digraphs first; Turkish `iye` is Russian-style `ие`. */
const LATIN_TO_KYRGYZ: Table = {
  iye: 'ие', iya: 'ия', yu: 'ю', ya: 'я', yo: 'ё', sh: 'ш', ch: 'ч', zh: 'ж', kh: 'х', ts: 'ц', ng: 'ң', 'oʻ': 'ө', "o'": 'ө', 'gʻ': 'г', "g'": 'г',
  a: 'а', b: 'б', c: 'ж', ç: 'ч', d: 'д', e: 'е', ə: 'е', f: 'ф', g: 'г', ğ: 'г', h: 'х', ı: 'ы', i: 'и', j: 'ж', k: 'к',
  l: 'л', m: 'м', n: 'н', o: 'о', ö: 'ө', p: 'п', q: 'к', r: 'р', s: 'с', ş: 'ш', t: 'т', u: 'у', ü: 'ү', v: 'в',
  w: 'в', x: 'х', y: 'й', z: 'з',
};

const TO_CYRILLIC: Record<'ky-Cyrl' | 'kk-Cyrl' | 'uz-Cyrl' | 'ru-Cyrl', Table> = {
  'ky-Cyrl': LATIN_TO_KYRGYZ,
  'kk-Cyrl': { ...LATIN_TO_KYRGYZ, ı: 'ы', q: 'қ', ğ: 'ғ', ə: 'ә', 'gʻ': 'ғ', "g'": 'ғ', h: 'һ', x: 'х' },
  'uz-Cyrl': { ...LATIN_TO_KYRGYZ, ö: 'ў', ü: 'у', 'oʻ': 'ў', "o'": 'ў', ı: 'и', q: 'қ', ğ: 'ғ', 'gʻ': 'ғ', "g'": 'ғ', h: 'ҳ', x: 'х', ng: 'нг' },
  'ru-Cyrl': { ...LATIN_TO_KYRGYZ, ö: 'ё', ü: 'ю', 'oʻ': 'у', "o'": 'у', ı: 'ы', ng: 'нг', c: 'дж', j: 'дж', h: 'х' },
};

function isCyrillic(convention: Convention): convention is 'ky-Cyrl' | 'kk-Cyrl' | 'uz-Cyrl' | 'ru-Cyrl' {
  return convention.endsWith('-Cyrl');
}

function applyTable(text: string, table: Table, lowerLocale: string, upperLocale: string): string {
  const keys = Object.keys(table).sort((a, b) => b.length - a.length);
  let out = '';
  for (let index = 0; index < text.length; ) {
    const rest = text.slice(index);
    const lowered = rest.toLocaleLowerCase(lowerLocale);
    const key = keys.find((candidate) => lowered.startsWith(candidate));
    if (!key) {
      out += text[index];
      index++;
      continue;
    }
    const source = rest.slice(0, key.length);
    const target = table[key];
    // Keep capitals: a capital initial stays one (Жапаров → Caparov), a word in capitals stays in capitals.
    const allCaps = source.length > 1 && source === source.toLocaleUpperCase(lowerLocale) && /\p{Lu}/u.test(source);
    const initialCap = /^\p{Lu}/u.test(source);
    out += allCaps ? target.toLocaleUpperCase(upperLocale) : initialCap ? target.charAt(0).toLocaleUpperCase(upperLocale) + target.slice(1) : target;
    index += key.length;
  }
  return out;
}

/** `text` written in convention `from`, rewritten in convention `to` (Cyrillic ↔ Latin). */
export function transliterate(text: string, from: Convention, to: Convention): string {
  if (isCyrillic(from) === isCyrillic(to)) return text;
  const fromLang = from.split('-')[0];
  const toLang = to.split('-')[0];
  if (isCyrillic(from)) {
    // Azerbaijani writes к as q before back vowels (Казакстан → Qazaxıstan's Qaz-), as k elsewhere.
    const source = to === 'az-Latn' ? text.replace(/к(?=[аоуы])/g, 'қ').replace(/К(?=[аоуыАОУЫ])/g, 'Қ') : text;
    return applyTable(source, FROM_CYRILLIC[to as keyof typeof FROM_CYRILLIC], fromLang, toLang === 'tr' || toLang === 'az' ? 'tr' : toLang);
  }
  return applyTable(text, TO_CYRILLIC[to as keyof typeof TO_CYRILLIC], fromLang === 'tr' || fromLang === 'az' ? 'tr' : fromLang, toLang);
}
