/**
 * Writes a name the way another language's readers spell it: Kyrgyz `Садыр Жапаров` as Turkish
 * `Sadır Caparov` or Uzbek `Sadir Japarov`, Turkish `Ömüraliyev` as Kyrgyz `Өмүралиев`. Each
 * convention is a letter table; multi-letter spellings are matched first. Where two conventions
 * disagree on a sound (ж is Turkish c, Uzbek j, English zh), the target convention decides.
 * For comparing spellings, use `matchKey` (transliterate.ts) instead: it needs no direction.
 */
export type Convention = 'ky-Cyrl' | 'kk-Cyrl' | 'uz-Cyrl' | 'ru-Cyrl' | 'tr-Latn' | 'az-Latn' | 'uz-Latn' | 'en-Latn';

type Table = Record<string, string>;

/** Cyrillic letters common to the archive's Cyrillic alphabets, and those of one language only. */
const FROM_CYRILLIC: Record<'tr-Latn' | 'az-Latn' | 'uz-Latn' | 'en-Latn', Table> = {
  'tr-Latn': {
    а: 'a', б: 'b', в: 'v', г: 'g', ғ: 'ğ', д: 'd', е: 'e', ё: 'yo', ж: 'c', з: 'z', и: 'i', й: 'y', к: 'k', қ: 'k',
    л: 'l', м: 'm', н: 'n', ң: 'n', о: 'o', ө: 'ö', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ү: 'ü', ұ: 'u', ў: 'o',
    ф: 'f', х: 'h', ҳ: 'h', һ: 'h', ц: 'ts', ч: 'ç', ш: 'ş', щ: 'şç', ъ: '', ы: 'ı', ь: '', э: 'e', ю: 'yu', я: 'ya',
    ә: 'e', і: 'i', җ: 'c',
  },
  'az-Latn': {
    а: 'a', б: 'b', в: 'v', г: 'g', ғ: 'ğ', д: 'd', е: 'e', ё: 'yo', ж: 'c', з: 'z', и: 'i', й: 'y', к: 'k', қ: 'q',
    л: 'l', м: 'm', н: 'n', ң: 'n', о: 'o', ө: 'ö', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ү: 'ü', ұ: 'u', ў: 'o',
    ф: 'f', х: 'x', ҳ: 'h', һ: 'h', ц: 'ts', ч: 'ç', ш: 'ş', щ: 'şç', ъ: '', ы: 'ı', ь: '', э: 'e', ю: 'yu', я: 'ya',
    ә: 'ə', і: 'i', җ: 'c',
  },
  'uz-Latn': {
    а: 'a', б: 'b', в: 'v', г: 'g', ғ: 'gʻ', д: 'd', е: 'e', ё: 'yo', ж: 'j', з: 'z', и: 'i', й: 'y', к: 'k', қ: 'q',
    л: 'l', м: 'm', н: 'n', ң: 'ng', о: 'o', ө: 'oʻ', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ү: 'u', ұ: 'u', ў: 'oʻ',
    ф: 'f', х: 'x', ҳ: 'h', һ: 'h', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'sh', ъ: 'ʼ', ы: 'i', ь: '', э: 'e', ю: 'yu', я: 'ya',
    ә: 'a', і: 'i', җ: 'j',
  },
  'en-Latn': {
    а: 'a', б: 'b', в: 'v', г: 'g', ғ: 'gh', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', қ: 'q',
    л: 'l', м: 'm', н: 'n', ң: 'ng', о: 'o', ө: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ү: 'u', ұ: 'u', ў: 'o',
    ф: 'f', х: 'kh', ҳ: 'h', һ: 'h', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
    ә: 'a', і: 'i', җ: 'j',
  },
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
