/**
 * What a word is, which script a letter belongs to, and how a word is lower-cased, for every
 * stage that reads text: ingest (page structure, language, dates, titles, names) and search (the
 * lexicon and the query, in the build and the browser). One definition, so that no two stages disagree on where a word starts or on `İ`/`ı`.
 */
export type ScriptCode = 'Cyrl' | 'Latn' | 'Arab';
export const SCRIPT_CODES: readonly ScriptCode[] = ['Cyrl', 'Latn', 'Arab'];

const SCRIPT_PATTERNS: Record<ScriptCode, RegExp> = {
  Cyrl: /\p{Script=Cyrillic}/u,
  Latn: /\p{Script=Latin}/u,
  Arab: /\p{Script=Arabic}/u,
};

/**
 * A word: letters and combining marks, with apostrophes inside (Uzbek `oʻ` typed `o'`, Turkish
 * `TDT'nin`), hyphenated parts and digits after the first letter (`Чолпон-Ата`, `COVID-19`).
 */
export const WORD = /[\p{L}\p{M}][\p{L}\p{M}\p{Nd}]*(?:[-‐][\p{L}\p{M}\p{Nd}]+)*(?:['’ʼ‘`][\p{L}\p{M}]+)*/gu;

/**
 * A word as Pagefind's indexer splits it: letters and digits, joined by apostrophes (`TDT'nin`,
 * `Oʻzbekiston`) and hyphens (`12-сентябрда`), a leading digit allowed. Search must cut a query
 * and a bulletin exactly where Pagefind does, or a lexicon word would never meet its index entry;
 * ingest reads names with WORD above.
 */
export const PAGEFIND_WORD = /[\p{L}\p{M}\p{Nd}]+(?:['’‘ʼʻ`-][\p{L}\p{M}\p{Nd}]+)*/gu;

export interface Word {
  text: string;
  start: number;
  end: number;
}

/** A character's class in WORD, by code point: 0 not yet known, then one of these. */
const NOT_IN_WORD = 1;
const LETTER_OR_MARK = 2;
const DIGIT = 3;
const LETTER_OR_MARK_PATTERN = /^[\p{L}\p{M}]$/u;
const DIGIT_PATTERN = /^\p{Nd}$/u;
/**
 * The classes of the characters met so far below U+10000, each worked out once by the patterns WORD
 * uses. Marked pure so that the search page's bundle, which takes only PAGEFIND_WORD from here, drops it.
 */
const BMP_CLASSES = /* @__PURE__ */ new Uint8Array(0x10000);

function classOf(codePoint: number): number {
  if (codePoint < 0x10000 && BMP_CLASSES[codePoint] !== 0) return BMP_CLASSES[codePoint];
  const char = String.fromCodePoint(codePoint);
  const found = LETTER_OR_MARK_PATTERN.test(char) ? LETTER_OR_MARK : DIGIT_PATTERN.test(char) ? DIGIT : NOT_IN_WORD;
  if (codePoint < 0x10000) BMP_CLASSES[codePoint] = found;
  return found;
}

const isHyphen = (code: number) => code === 0x2d || code === 0x2010;
const isApostrophe = (code: number) => code === 0x27 || code === 0x2019 || code === 0x2bc || code === 0x2018 || code === 0x60;

/**
 * Calls `onWord` with the start and end of every word WORD matches, in order, without a regex
 * match object per word: splitting a text into words was the largest single cost of ingest.
 * src/lib/text/text-words.test.ts holds it to WORD.
 */
export function forEachWord(text: string, onWord: (start: number, end: number) => void): void {
  const length = text.length;
  /** The end of the run of characters of the classes `accepts` takes from `at` on. */
  const runEnd = (at: number, accepts: (wordClass: number) => boolean) => {
    let index = at;
    while (index < length) {
      const codePoint = text.codePointAt(index)!;
      if (!accepts(classOf(codePoint))) break;
      index += codePoint > 0xffff ? 2 : 1;
    }
    return index;
  };
  const inWord = (wordClass: number) => wordClass === LETTER_OR_MARK || wordClass === DIGIT;
  const letterOrMark = (wordClass: number) => wordClass === LETTER_OR_MARK;
  let index = 0;
  while (index < length) {
    const codePoint = text.codePointAt(index)!;
    const width = codePoint > 0xffff ? 2 : 1;
    if (classOf(codePoint) !== LETTER_OR_MARK) {
      index += width;
      continue;
    }
    const start = index;
    let end = runEnd(index + width, inWord);
    // Hyphenated parts, then apostrophe endings: each separator counts only with a word character after it.
    while (end + 1 < length && isHyphen(text.charCodeAt(end)) && inWord(classOf(text.codePointAt(end + 1)!))) end = runEnd(end + 1, inWord);
    while (end + 1 < length && isApostrophe(text.charCodeAt(end)) && letterOrMark(classOf(text.codePointAt(end + 1)!))) end = runEnd(end + 1, letterOrMark);
    onWord(start, end);
    index = end;
  }
}

/** Whether a UTF-16 code unit is white space as `\s` in a regular expression has it, without a regex call per character. */
export function isWhiteSpaceCode(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** The words of a text with their offsets, in order. */
export function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  forEachWord(text, (start, end) => words.push({ text: text.slice(start, end), start, end }));
  return words;
}

export function wordCount(text: string): number {
  let count = 0;
  forEachWord(text, () => count++);
  return count;
}

/** The script of one letter; Latin and Cyrillic are told by code point first, which is what almost every letter is. */
export function scriptOf(char: string): ScriptCode | undefined {
  const code = char.codePointAt(0)!;
  if (code < 0x80) return (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a ? 'Latn' : undefined;
  if (code >= 0x400 && code <= 0x4ff) return 'Cyrl';
  for (const script of SCRIPT_CODES) if (SCRIPT_PATTERNS[script].test(char)) return script;
  return undefined;
}

export function countLettersByScript(text: string): Record<ScriptCode, number> {
  const counts: Record<ScriptCode, number> = { Cyrl: 0, Latn: 0, Arab: 0 };
  for (const char of text) {
    const script = scriptOf(char);
    if (script) counts[script]++;
  }
  return counts;
}

/** The script most letters are in; undefined when there are none. */
export function mainScriptOf(counts: Record<ScriptCode, number>): ScriptCode | undefined {
  let best: ScriptCode | undefined;
  for (const script of SCRIPT_CODES) if (counts[script] > 0 && (!best || counts[script] > counts[best])) best = script;
  return best;
}

/** Languages whose Latin capitals follow Turkish casing (I → ı, İ → i). */
const TURKISH_CASING = new Set(['tr', 'az']);

export function lowerCaseFor(word: string, lang: string): string {
  return TURKISH_CASING.has(lang) ? word.toLocaleLowerCase('tr') : word.toLowerCase();
}

export function upperCaseFor(word: string, lang: string): string {
  return TURKISH_CASING.has(lang) ? word.toLocaleUpperCase('tr') : word.toUpperCase();
}

/**
 * A language-blind comparison key for interface phrases: lower case that treats `I`/`İ`/`ı` alike
 * and every apostrophe alike, single spaces. For cue words, not for names (see `matchKey`).
 */
export function caselessKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/\u0307/gu, '')
    .replace(/ı/gu, 'i')
    .replace(/['’ʼ‘`ʻ]/gu, "'")
    .replace(/\s+/gu, ' ')
    .trim();
}
