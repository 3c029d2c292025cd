import { describe, expect, it } from 'vitest';
import { forEachWord, isWhiteSpaceCode, WORD, wordCount, wordsOf } from './text.ts';

/** What WORD itself finds: the definition forEachWord must follow to the character. */
const byRegex = (text: string) => [...text.matchAll(WORD)].map((match) => [match.index, match.index + match[0].length]);
const byScanner = (text: string) => {
  const spans: number[][] = [];
  forEachWord(text, (start, end) => spans.push([start, end]));
  return spans;
};

/**
 * Pieces that decide where words start and end: letters of every script the archive holds,
 * combining marks, letters and digits beyond U+FFFF, half a surrogate pair, modifier letters
 * (ʻ ʼ), digits of other scripts, both hyphens, every apostrophe WORD knows and some it does not.
 */
const PIECES = [
  'a',
  'Z',
  'q',
  '7',
  'ж',
  'Ң',
  'ө',
  '\u0482',
  '\u0483',
  'ə',
  'İ',
  'ı',
  'ğ',
  'ق',
  'ۇ',
  '٣',
  '\u0301',
  '\u0307',
  '𝐀',
  '𝟏',
  '\ud835',
  '\udc00',
  'ʻ',
  'ʼ',
  '-',
  '‐',
  '–',
  "'",
  '’',
  '‘',
  '`',
  '"',
  '.',
  ',',
  ' ',
  '\n',
  '\u00a0',
  '#',
  '_',
];

/** A fixed pseudo-random sequence (mulberry32), so that a failure is the same on every run. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('forEachWord', () => {
  it('finds exactly the words WORD matches, on 20,000 texts made of the characters that decide word edges', () => {
    const next = random(11);
    for (let n = 0; n < 20_000; n++) {
      const text = Array.from({ length: 1 + Math.floor(next() * 24) }, () => PIECES[Math.floor(next() * PIECES.length)]).join('');
      expect(byScanner(text), JSON.stringify(text)).toEqual(byRegex(text));
    }
  });

  it('reads names with hyphens and apostrophe endings as one word', () => {
    const text = "Чолпон-Ата, TDT'nin COVID-19 Oʻzbekiston o'g'il -да 12-сентябрда";
    expect(byScanner(text)).toEqual(byRegex(text));
    expect(wordsOf(text).map((word) => word.text)).toEqual(['Чолпон-Ата', "TDT'nin", 'COVID-19', 'Oʻzbekiston', "o'g'il", 'да', 'сентябрда']);
    expect(wordCount(text)).toBe(7);
  });
});

describe('isWhiteSpaceCode', () => {
  it('is true for exactly the UTF-16 code units that \\s matches', () => {
    const differing: number[] = [];
    for (let code = 0; code <= 0xffff; code++) if (isWhiteSpaceCode(code) !== /\s/.test(String.fromCharCode(code))) differing.push(code);
    expect(differing).toEqual([]);
    expect(isWhiteSpaceCode(0x20) && isWhiteSpaceCode(0x3000) && !isWhiteSpaceCode(0x41)).toBe(true);
  });
});
