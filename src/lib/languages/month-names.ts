import { lowerCaseFor } from '../text/text.ts';
import { memoByWord } from '../text/word-memo.ts';
import { LANGUAGES } from './index.ts';
import { ALWAYS_CONSULTED, monthOfStem } from './month-tables.ts';

/**
 * Month names of the archive's languages (each language's `dates.json`), for the date and dateline
 * stages. Each month is listed as word beginnings (stems): a word in the text names the month when
 * it starts with one of them, so the Turkic case endings and Russian inflections ride along
 * (сентябрда, апрелинде, сентября, қыркүйекте, Eylülde, iýuny, awgustda). Abbreviations used in
 * datelines (`26 дек`, `25 янв`, `19-июл.`) are stems too.
 */

/**
 * Words for "year" that follow the number in year-first dates (`2024-жылдын 6-сентябрь`,
 * `2023-yil 12-sentabr`, `2023-nji ýylyň 29-njy iýuny`, `2020 жылдың 13 тамызы`) or after it
 * (`5 сентября 2024 года`, `2024 ж.`), of every language: pages quote other languages' dates.
 * A regular-expression source, to be used with the `u` and `i` flags.
 */
export const YEAR_WORD = yearWordSource();

function yearWordSource(): string {
  const words = new Set<string>();
  const abbreviations = new Set<string>();
  for (const { dates } of LANGUAGES.values()) {
    for (const word of dates?.yearWords ?? []) words.add(word);
    for (const abbreviation of dates?.yearAbbreviations ?? []) abbreviations.add(abbreviation.replace(/\.$/u, ''));
  }
  // Longest first; ties in code-unit order (localeCompare would load a collator: ~300 ms a thread).
  const alternation = (set: Set<string>) =>
    [...set]
      .sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0))
      .map(escapeRegExp)
      .join('|');
  return String.raw`(?:${alternation(words)})[\p{L}\p{M}]*|(?:${alternation(abbreviations)})\.`;
}

function escapeRegExp(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The abbreviated month names of CLDR (each language's `cldr-dates.json`), in their format and
 * stand-alone forms: `нау.` (Kazakh наурыз), `сент.`, `Şub`. Matched as whole words only, since an
 * abbreviation begins longer everyday words (`қаз`, October, begins `Қазақстан`).
 */
const abbreviationsByLanguage = new Map<string, Map<string, number>>();

function cldrAbbreviations(lang: string): Map<string, number> {
  let abbreviations = abbreviationsByLanguage.get(lang);
  if (abbreviations) return abbreviations;
  abbreviations = new Map();
  for (const code of [lang, ...ALWAYS_CONSULTED]) {
    LANGUAGES.get(code)?.cldrDates?.monthAbbreviations.forEach((forms, index) => {
      for (const form of forms) if (!abbreviations!.has(form)) abbreviations!.set(form, index + 1);
    });
  }
  abbreviationsByLanguage.set(lang, abbreviations);
  return abbreviations;
}

/** 1-12 when `word` names a month in `lang` (or in Russian or English), else null. The longest stem wins. */
export const monthNumberOf: (word: string, lang: string) => number | null = memoByWord((word, lang) => lookUpMonth(word, lang ?? ''), 100_000);

function lookUpMonth(word: string, lang: string): number | null {
  // Kazakh in Arabic script may open a word with a hamza (ء) that its stems do not have.
  const lowered = lowerCaseFor(word, lang).replace(/^ء/u, '');
  return monthOfStem(lowered, lang) ?? cldrAbbreviations(lang).get(lowered) ?? null;
}

/**
 * Weekday names of every language CLDR has (their `cldr-dates.json`), long and abbreviated: a date
 * beside one is a masthead's or a "today" line's (`Сенбі, 20 қыркүйек, 2014 жыл`, `Вторник, 7 мая,
 * 2024`) or a publication line's (`13 Şubat 2026 Cuma - 15:01:03`).
 */
const WEEKDAY_NAMES: ReadonlySet<string> = new Set([...LANGUAGES.values()].flatMap(({ cldrDates }) => cldrDates?.weekdays ?? []));

/** Whether the line names a weekday (one or two words: `bazar ertəsi`), in any language. */
export function namesWeekday(line: string, lang: string): boolean {
  const words = lowerCaseFor(line, lang).match(/[\p{L}\p{M}]+/gu) ?? [];
  return words.some((word, index) => WEEKDAY_NAMES.has(word) || (index > 0 && WEEKDAY_NAMES.has(`${words[index - 1]} ${word}`)));
}
