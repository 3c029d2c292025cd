import { describe, expect, it } from 'vitest';
import { isProse, linesBelowArticle } from './prose-blocks.ts';
import { wordCount } from '../../src/lib/text/text.ts';

const shaped = (text: string) => ({ text, words: wordCount(text) });
import { readPage } from './page-structure.ts';

const PARAGRAPH_1 =
  'Бишкекте Жамааттык коопсуздук жөнүндө келишим уюмунун тышкы иштер министрлеринин кеңеши өттү, анда аймактагы коопсуздук маселелери талкууланды.';
const PARAGRAPH_2 = 'Министрлер терроризмге жана баңгизат контрабандасына каршы күрөштө биргелешкен аракеттерди күчөтүү боюнча макулдашууга кол коюшту.';

describe('isProse', () => {
  it('takes a long line that ends as a sentence for prose', () => {
    expect(isProse(shaped(PARAGRAPH_1))).toBe(true);
  });

  it('takes a headline, a byline, a row of names and a menu for what they are not: prose', () => {
    for (const line of ['Бишкекте чек ара кызматтарынын жыйыны башталды', 'Айгүл Асанова', 'Facebook Twitter Telegram', 'Саясат Коом Экономика Дүйнө']) {
      expect(isProse(shaped(line)), line).toBe(false);
    }
  });
});

describe('linesBelowArticle', () => {
  /** A page whose bottom holds the kinds of chrome no cue list knows (words made up for the test, shapes as pages print them). */
  const page = [
    'Коопсуздук кеңеши өттү',
    '',
    PARAGRAPH_1,
    '',
    PARAGRAPH_2,
    'Жыйын эртең уланат.',
    '',
    'Айгүл Асанова',
    'Мавзуга алоқадор',
    'Түркстанда жаңы көпүрө ачылды',
    'Ош шаарында машыгуу өттү',
    '#ЖККУ #Бишкек',
    'Смотрите нас в YouTube!',
    '© 2026 Ала-Тоо',
  ];
  const lines = readPage(page.join('\n'));
  const roleOf = (text: string) => lines.find((line) => line.text === text)?.role;

  it('keeps the article, its closing sentence too', () => {
    expect(roleOf(PARAGRAPH_2)).toBe('article');
    expect(roleOf('Жыйын эртең уланат.')).toBe('article');
  });

  it('takes every short or list-like line after the last paragraph for chrome, whatever its words', () => {
    for (const text of [
      'Айгүл Асанова',
      'Мавзуга алоқадор',
      'Түркстанда жаңы көпүрө ачылды',
      'Ош шаарында машыгуу өттү',
      '#ЖККУ #Бишкек',
      'Смотрите нас в YouTube!',
    ]) {
      expect(['belowArticle', 'related', 'footer', 'widget'], text).toContain(roleOf(text));
    }
  });

  it('leaves lists, tables and paragraphs cut short after the last paragraph to the article', () => {
    const texts = [
      PARAGRAPH_1,
      PARAGRAPH_2,
      'Катышкандар:',
      '1. Казакстан — 12 адам;',
      '2. Кыргызстан — 9 адам;',
      '1. | Бостон | 24 | 17 | 2 |',
      'Министрлер кийинки жылы Бакуда чогулуп, аймактагы абалды кайрадан карап чыгышат жана чек ара коопсуздугу боюнча жаңы программаны талкуулашат деп айтылды жана кошумча',
    ];
    expect(linesBelowArticle(texts.map(shaped), () => true)).toEqual([]);
  });

  it('marks nothing on a page without a run of prose', () => {
    expect(linesBelowArticle(['Саясат', 'Коом', 'Бишкекте жыйын'].map(shaped), () => true)).toEqual([]);
  });
});
