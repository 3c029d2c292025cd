import { lowerCaseFor } from '../text/text.ts';
import { memoByWord } from '../text/word-memo.ts';

/**
 * Month names of the archive's languages, as data for the date and dateline stages.
 *
 * Each month is listed as word beginnings (stems): a word in the text names the month when it
 * starts with one of them, so the Turkic case endings and Russian inflections ride along
 * (сентябрда, апрелинде, сентября, қыркүйекте, Eylülde, iýuny, awgustda). Abbreviations used in
 * datelines (`26 дек`, `25 янв`, `19-июл.`) are stems too. Stems are lower case.
 */
type MonthStems = readonly [
  jan: readonly string[], feb: readonly string[], mar: readonly string[], apr: readonly string[],
  may: readonly string[], jun: readonly string[], jul: readonly string[], aug: readonly string[],
  sep: readonly string[], oct: readonly string[], nov: readonly string[], dec: readonly string[],
];

/** Russian forms; Kyrgyz, Uzbek Cyrillic, Tatar and Karakalpak borrow the same month names. */
const russianCyrillic: MonthStems = [
  ['янв'], ['фев'], ['мар'], ['апр'], ['май', 'мая', 'мае', 'маю'], ['июн'],
  ['июл'], ['авг'], ['сен'], ['окт'], ['ноя'], ['дек'],
];

const english: MonthStems = [
  ['jan'], ['feb'], ['mar'], ['apr'], ['may'], ['jun'],
  ['jul'], ['aug'], ['sep'], ['oct'], ['nov'], ['dec'],
];

/** Uzbek, Azerbaijani and Karakalpak Latin spellings (sentabr/sentyabr, avgust/avqust). */
const turkicLatinLoans: MonthStems = [
  ['yanv'], ['fev'], ['mart'], ['apr'], ['may'], ['iyun'],
  ['iyul'], ['avg', 'avq'], ['sent'], ['okt'], ['noy'], ['dek'],
];

/** Full names only: the short forms (ara-, eki-, kas-) begin everyday Turkish words. */
const turkish: MonthStems = [
  ['ocak', 'ocağ'], ['şubat'], ['mart'], ['nisan'], ['mayıs'], ['haziran'],
  ['temmuz'], ['ağustos'], ['eylül'], ['ekim'], ['kasım'], ['aralık', 'aralığ'],
];

const turkmenLatin: MonthStems = [
  ['ýanwar'], ['fewral'], ['mart'], ['aprel'], ['maý'], ['iýun'],
  ['iýul'], ['awgust'], ['sentýabr'], ['oktýabr'], ['noýabr'], ['dekabr'],
];

const kazakhCyrillic: MonthStems = [
  ['қаңтар'], ['ақпан'], ['наурыз'], ['сәуір'], ['мамыр'], ['маусым'],
  ['шілде'], ['тамыз'], ['қыркүйек'], ['қазан'], ['қараша'], ['желтоқсан'],
];

/** The 2021 alphabet (Qyrkúıek) and the older and informal Latin spellings seen on news sites. */
const kazakhLatin: MonthStems = [
  ['qańtar', 'qantar'], ['aqpan'], ['naýryz', 'nauryz'], ['sáýir', 'sauir', 'sáuir'], ['mamyr'], ['maýsym', 'mausym'],
  ['shilde'], ['tamyz'], ['qyrkúıek', 'qyrkúiek', 'qyrküyek', 'qyrkuiek'], ['qazan'], ['qarasha'], ['jeltoqsan'],
];

/** Kazakh in Arabic script; a leading hamza (ء) is dropped before matching. */
const kazakhArabic: MonthStems = [
  ['قاڭتار'], ['اقپان'], ['ناۋرىز'], ['ساۋىر'], ['مامىر'], ['ماۋسىم'],
  ['شىلدە'], ['تامىز'], ['قىركۇيەك'], ['قازان'], ['قاراشا'], ['جەلتوقسان'],
];

/** Tatar takes the Russian names except January (гыйнвар). */
const tatarCyrillic: MonthStems = [
  ['гыйнвар', 'янв'], ['фев'], ['мар'], ['апр'], ['май', 'мая', 'мае', 'маю'], ['июн'],
  ['июл'], ['авг'], ['сен'], ['окт'], ['ноя'], ['дек'],
];

/**
 * Words for "year" that follow the number in year-first dates (`2024-жылдын 6-сентябрь`,
 * `2023-yil 12-sentabr`, `2023-nji ýylyň 29-njy iýuny`, `2020 жылдың 13 тамызы`) or after it
 * (`5 сентября 2024 года`, `2024 ж.`). A regular-expression source, to be used with the `u` and `i` flags.
 */
export const YEAR_WORD = String.raw`(?:жыл|йил|yil|yıl|ýyl|jyl|جىل|ил|il|ел|год|year)[\p{L}\p{M}]*|(?:ж|й|y|г)\.`;

/**
 * Month tables consulted for each language. Russian and English are always added: Turkic pages
 * carry Russian interface text and English date stamps (`20 October 2009`, `April 06, 2009`).
 */
const monthTablesByLanguage: Record<string, readonly MonthStems[]> = {
  ky: [russianCyrillic],
  kk: [kazakhCyrillic, kazakhLatin, kazakhArabic],
  uz: [russianCyrillic, turkicLatinLoans],
  tr: [turkish],
  az: [turkicLatinLoans],
  ru: [russianCyrillic],
  tt: [tatarCyrillic],
  tk: [turkmenLatin],
  en: [english],
  kaa: [russianCyrillic, turkicLatinLoans],
};

const alwaysConsulted: readonly MonthStems[] = [russianCyrillic, english];

/** 1-12 when `word` names a month in `lang` (or in Russian or English), else null. The longest stem wins. */
export const monthNumberOf: (word: string, lang: string) => number | null = memoByWord(
  (word, lang) => lookUpMonth(word, lang ?? ''),
  100_000,
);

function lookUpMonth(word: string, lang: string): number | null {
  const lowered = lowerCaseFor(word, lang).replace(/^ء/u, '');
  let month: number | null = null;
  let longestStem = 0;
  for (const table of [...(monthTablesByLanguage[lang] ?? []), ...alwaysConsulted]) {
    for (const [index, stems] of table.entries()) {
      for (const stem of stems) {
        if (lowered.startsWith(stem) && stem.length > longestStem) {
          month = index + 1;
          longestStem = stem.length;
        }
      }
    }
  }
  return month;
}
