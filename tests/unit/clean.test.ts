import { describe, expect, it } from 'vitest';
import { cleanLeftovers } from '../../scripts/ingest/clean.ts';

describe('clean leftovers', () => {
  it('removes a currency ticker, a category counter and a comment widget, and lists them', () => {
    const page = ['• 86.5', '  • 90.34', '', 'Министр жыйынга катышты', '', 'Саясат 0', '', 'Бишкек, 19.05.21. Жыйын өттү.', '', 'Пикир', '', 'Оставить комментарий'].join('\n');
    const cleaned = cleanLeftovers(page);
    expect(cleaned.text).toBe('Министр жыйынга катышты\n\nБишкек, 19.05.21. Жыйын өттү.');
    expect(cleaned.removed).toEqual(['• 86.5', '• 90.34', 'Саясат 0', 'Пикир', 'Оставить комментарий']);
  });

  it('removes a related-news heading with its link lines and teaser, and keeps the prose after them', () => {
    const page = ['Министр жыйынга катышты.', 'Тектеш', ' Кеңешме Бишкекте өтөт', 'Катчылар Ош шаарында чогулушат. Алар...', 'Жыйында бир нече маселе талкууланып, чечимдер кабыл алынды.'].join('\n');
    const cleaned = cleanLeftovers(page);
    expect(cleaned.text).toBe('Министр жыйынга катышты.\nЖыйында бир нече маселе талкууланып, чечимдер кабыл алынды.');
    expect(cleaned.removed).toEqual(['Тектеш', 'Кеңешме Бишкекте өтөт', 'Катчылар Ош шаарында чогулушат. Алар...']);
  });

  it('ends a related-news list at a blank line', () => {
    expect(cleanLeftovers('Также по теме\nВстреча министров прошла в Анкаре\n\nПодпись под фото').text).toBe('Подпись под фото');
  });

  it.each(['Yorumlar (3)', 'Qidirish', 'Your browser doesn’t support HTML5', 'Paylaş', 'Izoh qoldiring', 'Поделиться:', 'Read also', 'USD 87.45', '▲ 0.85%'])('removes the interface line "%s"', (line) => {
    expect(cleanLeftovers(`Makale metni burada.\n${line}`).removed).toEqual([line]);
  });

  it.each([
    'Жыйынга 8 документке кол коюлду.',
    '1. Маалымат алмашууну күчөтүү;',
    'Пикир алмашуу уланды.',
  ])('keeps article prose such as "%s"', (line) => {
    expect(cleanLeftovers(line)).toEqual({ text: line, removed: [] });
  });

  it('removes a line that is only a number, as tickers and date widgets leave ("2024"), and keeps the prose around it', () => {
    expect(cleanLeftovers('Makale metni burada.\n2024\nDevamı burada.')).toEqual({ text: 'Makale metni burada.\nDevamı burada.', removed: ['2024'] });
  });
});
