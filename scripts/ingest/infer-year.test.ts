import { describe, expect, it } from 'vitest';
import { inferYear, type FullDate } from './infer-year.ts';

/** A full date found in `text`, as the date stage hands it over. */
function fullDate(text: string, written: string, year: number, month: number, day: number): FullDate {
  const start = text.indexOf(written);
  return { start, end: start + written.length, year, month, day };
}

describe('inferYear', () => {
  it('takes the season of a school-year range: autumn in its first year, spring in its second', () => {
    const text = 'Бугун дарслар 2022-2023 ўқув йили учун бошланди.';
    expect(inferYear(text, 0, { month: 9, day: 5 }, [])).toEqual({ year: 2022, evidence: '2022-2023' });
    expect(inferYear(text, 0, { month: 5, day: 25 }, [])?.year).toBe(2023);
  });

  it('takes the year of the latest full date when it falls before the day in question', () => {
    const text = 'Срок начинается с 7 февраля 2021 года; прежний срок истёк 3 марта 2019 года.';
    const dates = [fullDate(text, '7 февраля 2021', 2021, 2, 7), fullDate(text, '3 марта 2019', 2019, 3, 3)];
    expect(inferYear(text, 0, { month: 5, day: 14 }, dates)).toEqual({ year: 2021, evidence: '7 февраля 2021' });
  });

  it('gives up when the latest full date falls later in its year: a coming event, or last year’s', () => {
    const text = 'Драка произошла 8 октября 2018 года.';
    expect(inferYear(text, 0, { month: 5, day: 8 }, [fullDate(text, '8 октября 2018', 2018, 10, 8)])).toBeNull();
  });

  it('without full dates, takes the latest year that names an event, quoting the words around it', () => {
    const text = 'Сабан туе-2017 тәмамланды, 2007 елда да шунда узган иде.';
    expect(inferYear(text, 0, { month: 5, day: 13 }, [])).toEqual({ year: 2017, evidence: 'Сабан туе-2017 тәмамланды,' });
  });

  it.each([
    'Строительство завершат в 2030 году.',
    'Ишке 2016-жылы киришкен.',
    'В 2020 начнут стройку.',
    'Стратегия 2022-2026-жылдарга кабыл алынды.',
    'Текст без годов.',
  ])('proves nothing from "%s"', (text) => {
    expect(inferYear(text, 0, { month: 8, day: 8 }, [])).toBeNull();
  });

  it('reads only the text after the date in question', () => {
    const text = 'Чемпионат 2016 прошёл. Москва. 8 мая. Новость.';
    expect(inferYear(text, text.indexOf('Москва'), { month: 5, day: 8 }, [])).toBeNull();
  });
});
