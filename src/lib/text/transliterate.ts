import kk from '../languages/kk/transliteration.json' with { type: 'json' };
import uz from '../languages/uz/transliteration.json' with { type: 'json' };
import { countLettersByScript, mainScriptOf, type ScriptCode } from './text.ts';

/**
 * A name or phrase of a language written in another of its alphabets (Uzbek and Kazakh, Cyrillic
 * and Latin), by the language's own table in `src/lib/languages/<code>/transliteration.json`. For
 * what has no form of its own in the reader's alphabet (a gazetteer name known only in the other):
 * never for a bulletin's words, which are shown as written. A language without a table gets a plain
 * spelling (`spellIn`, below). Pure, for the build and the browser.
 */

type Form = string | { default?: string; start?: string; afterVowel?: string; afterLetter?: string };
interface Conversion {
  /** The locale whose capitals the target alphabet uses, and whose lower case the source's. */
  caseLocale?: string;
  vowels: string;
  rules: Record<string, Form>;
}
type Direction = `${ScriptCode}>${ScriptCode}`;
type Table = Partial<Record<Direction, Conversion>>;

const TABLES: Record<string, Table> = { kk: kk as Table, uz: uz as Table };

/** The languages written in two alphabets, each with a table between them. */
export const TWO_ALPHABET_LANGUAGES = Object.keys(TABLES).sort();

/** The alphabets a language is written in, where it has more than one; empty for the others. */
export function alphabetsOf(lang: string): ScriptCode[] {
  const table = TABLES[lang];
  return table
    ? [
        ...new Set(
          Object.keys(table)
            .filter((key) => key.includes('>'))
            .flatMap((direction) => direction.split('>') as ScriptCode[]),
        ),
      ].sort()
    : [];
}

/** A language's BCP 47 tag for text in `script`: with the script where the language has two (`uz-Latn`), bare where it has one (`ky`). */
export function languageTag(lang: string, script: ScriptCode | undefined): string {
  return script && alphabetsOf(lang).length > 1 ? `${lang}-${script}` : lang;
}

const LETTER = /\p{L}/u;

interface Compiled {
  conversion: Conversion;
  longest: number;
}
const compiled = new Map<string, Compiled | null>();

function conversionFor(lang: string, direction: Direction): Compiled | null {
  const key = `${lang} ${direction}`;
  let found = compiled.get(key);
  if (found === undefined) {
    const conversion = TABLES[lang]?.[direction];
    found = conversion ? { conversion, longest: Math.max(...Object.keys(conversion.rules).map((source) => [...source].length)) } : null;
    compiled.set(key, found);
  }
  return found;
}

function formAt(form: Form, previous: string | undefined, vowels: string): string | undefined {
  if (typeof form === 'string') return form;
  if (previous === undefined || !LETTER.test(previous)) return form.start ?? form.default;
  if (vowels.includes(previous)) return form.afterVowel ?? form.afterLetter ?? form.default;
  return form.afterLetter ?? form.default;
}

/** `SH` in a word of capitals (`ШОШ` → `SHOSH`), `Sh` at the start of a capitalised one (`Шош` → `Shosh`). */
function withCaseOf(source: string, form: string, wordInCapitals: boolean, locale: string | undefined): string {
  const lower = source.toLocaleLowerCase(locale);
  if (lower === source) return form;
  if (wordInCapitals) return form.toLocaleUpperCase(locale);
  const first = form.search(LETTER);
  return first === -1 ? form : form.slice(0, first) + form[first].toLocaleUpperCase(locale) + form.slice(first + 1);
}

const isCapital = (char: string | undefined, locale: string | undefined) => char !== undefined && LETTER.test(char) && char !== char.toLocaleLowerCase(locale);

/**
 * `text` of `lang` written from alphabet `from` in alphabet `to` (`Latn` to `Latn` writes the
 * apostrophes typed for Uzbek ʻ and ʼ as those letters). Unchanged where the language has no table
 * for that direction; characters the table does not name are kept.
 */
export function transliterate(text: string, lang: string, from: ScriptCode, to: ScriptCode): string {
  const found = conversionFor(lang, `${from}>${to}`);
  if (!found) return text;
  const { conversion, longest } = found;
  const locale = conversion.caseLocale;
  const chars = [...text];
  let out = '';
  for (let index = 0; index < chars.length; ) {
    let matched = 0;
    for (let length = Math.min(longest, chars.length - index); length > 0 && !matched; length--) {
      const source = chars.slice(index, index + length).join('');
      const form = conversion.rules[source.toLocaleLowerCase(locale)];
      const previous = index > 0 ? chars[index - 1].toLocaleLowerCase(locale) : undefined;
      const written = form === undefined ? undefined : formAt(form, previous, conversion.vowels);
      if (written === undefined) continue;
      // A word in capitals: the letter after (or, at a word's end, before) is a capital too.
      const next = chars[index + length];
      const wordInCapitals =
        length > 1
          ? [...source].filter((char) => LETTER.test(char)).every((char) => isCapital(char, locale))
          : LETTER.test(next ?? '')
            ? isCapital(next, locale)
            : isCapital(chars[index - 1], locale);
      out += withCaseOf(source, written, wordInCapitals, locale);
      matched = length;
    }
    if (!matched) {
      out += chars[index];
      matched = 1;
    }
    index += matched;
  }
  return out;
}

/** The alphabet most of a text's letters are in. */
export function scriptOfText(text: string): ScriptCode | undefined {
  return mainScriptOf(countLettersByScript(text));
}

/** `text` of `lang` in alphabet `script`, whichever it is written in; as written where the language has no table for it. */
export function inAlphabet(text: string, lang: string, script: ScriptCode): string {
  const from = scriptOfText(text);
  return from ? transliterate(text, lang, from, script) : text;
}

const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'zh',
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
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  ң: 'ng',
  ө: 'ö',
  ү: 'ü',
  ә: 'ä',
  і: 'i',
  ұ: 'u',
  қ: 'q',
  ғ: 'gh',
  һ: 'h',
  ҳ: 'h',
  ў: 'o‘',
  җ: 'j',
};

const LATIN_TO_CYRILLIC: [string, string][] = [
  ['shch', 'щ'],
  ['sh', 'ш'],
  ['ch', 'ч'],
  ['zh', 'ж'],
  ['kh', 'х'],
  ['ts', 'ц'],
  ['yo', 'ё'],
  ['yu', 'ю'],
  ['ya', 'я'],
  ["o'", 'ў'],
  ['o‘', 'ў'],
  ['oʻ', 'ў'],
  ["g'", 'ғ'],
  ['g‘', 'ғ'],
  ['gʻ', 'ғ'],
  ['ng', 'ң'],
  ['a', 'а'],
  ['b', 'б'],
  ['c', 'ж'],
  ['ç', 'ч'],
  ['d', 'д'],
  ['e', 'е'],
  ['ə', 'ә'],
  ['ä', 'ә'],
  ['f', 'ф'],
  ['g', 'г'],
  ['ğ', 'ғ'],
  ['h', 'х'],
  ['ı', 'ы'],
  ['i', 'и'],
  ['İ', 'и'],
  ['j', 'ж'],
  ['k', 'к'],
  ['l', 'л'],
  ['m', 'м'],
  ['n', 'н'],
  ['ň', 'ң'],
  ['o', 'о'],
  ['ö', 'ө'],
  ['p', 'п'],
  ['q', 'қ'],
  ['r', 'р'],
  ['s', 'с'],
  ['ş', 'ш'],
  ['t', 'т'],
  ['u', 'у'],
  ['ü', 'ү'],
  ['v', 'в'],
  ['w', 'в'],
  ['x', 'х'],
  ['y', 'й'],
  ['ý', 'й'],
  ['z', 'з'],
  ['ž', 'ж'],
];

function withCaseOfName(source: string, target: string): string {
  if (!target || source === source.toLowerCase()) return target;
  return target.charAt(0).toUpperCase() + (source.length > 1 && source === source.toUpperCase() ? target.slice(1).toUpperCase() : target.slice(1));
}

/**
 * A name of a language without a table of its own (or of none known) spelled in the other
 * alphabet: a plain, reversible-enough spelling (Жапаров → Zhaparov, Japarov → Жапаров), not any
 * one language's official romanisation. Case is kept letter by letter.
 */
export function spellIn(name: string, script: 'Cyrl' | 'Latn'): string {
  if (script === 'Latn') {
    return [...name]
      .map((character) => {
        const latin = CYRILLIC_TO_LATIN[character.toLowerCase()];
        return latin === undefined ? character : withCaseOfName(character, latin);
      })
      .join('');
  }
  let result = '';
  for (let index = 0; index < name.length; ) {
    const rest = name.slice(index).toLowerCase();
    const pair = LATIN_TO_CYRILLIC.find(([latin]) => rest.startsWith(latin));
    if (!pair) {
      result += name[index];
      index++;
      continue;
    }
    result += withCaseOfName(name.slice(index, index + pair[0].length), pair[1]);
    index += pair[0].length;
  }
  return result;
}

export function scriptOfName(name: string): 'Cyrl' | 'Latn' | 'Arab' {
  return /\p{Script=Cyrillic}/u.test(name) ? 'Cyrl' : /\p{Script=Arabic}/u.test(name) ? 'Arab' : 'Latn';
}
