import { describe, expect, it } from 'vitest';
import { excerptWithoutTitle } from './excerpt.ts';

describe('excerptWithoutTitle', () => {
  const title = 'Жапаров Бишкекте делегация башчыларын кабыл алды';

  it('cuts the whole title that opens an excerpt, and the separator after it', () => {
    expect(excerptWithoutTitle('Жапаров Бишкекте делегация башчыларын кабыл алды. Бүгүн, 12-сентябрда <mark>Жапаров</mark> …', title)).toBe(
      'Бүгүн, 12-сентябрда <mark>Жапаров</mark> …',
    );
  });

  it('cuts the last words of the title where the excerpt starts inside it', () => {
    expect(excerptWithoutTitle('<mark>башчыларын</mark> кабыл алды Бүгүн, 12-сентябрда', title)).toBe('Бүгүн, 12-сентябрда');
  });

  it('keeps the marks paired when the cut ends inside one', () => {
    expect(excerptWithoutTitle('кабыл алды</mark> Бүгүн', title)).toBe('Бүгүн');
    expect(excerptWithoutTitle('<mark>кабыл алды</mark> Бүгүн', title)).toBe('Бүгүн');
  });

  it('compares words case-blind, as Pagefind matches them', () => {
    expect(excerptWithoutTitle('TDT zirvesi Bişkek’te toplandı ve', 'TDT Zirvesi Bişkek’te Toplandı')).toBe('ve');
  });

  it('keeps the bulletin’s own words that only repeat part of the title, or the title’s last word alone', () => {
    const excerpt = 'Кыргыз Республикасынын Президенти Садыр <mark>Жапаров</mark> Бишкекте';
    expect(excerptWithoutTitle(excerpt, 'Садыр Жапаров делегацияны кабыл алды')).toBe(excerpt);
    expect(excerptWithoutTitle('алды, деп билдирди', title)).toBe('алды, деп билдирди');
  });

  it('leaves an excerpt that does not start with the title alone', () => {
    expect(excerptWithoutTitle('Бүгүн <mark>Жапаров</mark>', title)).toBe('Бүгүн <mark>Жапаров</mark>');
    expect(excerptWithoutTitle('', title)).toBe('');
  });
});
