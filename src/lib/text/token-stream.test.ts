import { describe, expect, it } from 'vitest';
import { articleText, articleTokens, readPage } from '../../../scripts/ingest/page-structure.ts';
import { lettersOfTokens, selectLines, tokenizeText, wordsInLine } from './token-stream.ts';
import { countLettersByScript, wordCount } from './text.ts';

const page = [
  '  Башкы бет > Саясат > Коопсуздук',
  '',
  'Бишкекте ТМУнун жыйыны өттү',
  '',
  '',
  '',
  '   Бишкек, 19.05.21. /Кабар/. Түрк мамлекеттер уюмунун (TDT’nin) министрлери Чолпон-Ата шаарында чогулушту.',
  'Поделиться: Facebook Twitter WhatsApp',
  '',
  '',
  'Экинчи абзац: COVID-19 жана oʻzbek сөздөрү.   ',
  '',
  '',
].join('\n');

describe('token stream', () => {
  it('finds every word of a text once, with its offsets and line', () => {
    const stream = tokenizeText(page);
    const lines = page.split('\n');
    expect(stream.tokens.map((token) => page.slice(token.start, token.end))).toEqual(stream.tokens.map((token) => token.text));
    lines.forEach((line, index) => {
      expect(wordsInLine(stream, index)).toBe(wordCount(line));
    });
    for (const token of stream.tokens) expect(lines[token.line]).toContain(token.text);
  });

  it("gives the article's text with the same words, at the offsets and lines a fresh pass would find", () => {
    const stream = tokenizeText(page);
    const lines = readPage(stream);
    const article = articleTokens(stream, lines);
    expect(lines.some((line) => line.role !== 'article' && line.role !== 'blank')).toBe(true);
    expect(article.text).toBe(articleText(lines));
    expect(article).toEqual(tokenizeText(article.text));
  });

  it('keeps lines as they are when not asked to tidy', () => {
    const stream = tokenizeText(page);
    const odd = selectLines(stream, (line) => line % 2 === 1, false);
    expect(odd.text).toBe(
      page
        .split('\n')
        .filter((_, line) => line % 2 === 1)
        .join('\n'),
    );
    expect(odd).toEqual(tokenizeText(odd.text));
  });

  it("counts a text's letters per script from its words", () => {
    expect(lettersOfTokens(tokenizeText(page).tokens)).toEqual(countLettersByScript(page));
  });
});
