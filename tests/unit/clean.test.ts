import { describe, expect, it } from 'vitest';
import { cleanLeftovers } from '../../scripts/ingest/clean.ts';

describe('clean leftovers', () => {
  it('removes a currency ticker, a category counter and a comment widget, and lists them', () => {
    const page = ['• 86.5', '  • 90.34', '', 'Министр жыйынга катышты', '', 'Саясат 0', '', 'Бишкек, 19.05.21. Жыйын өттү.', '', 'Пикир', '', 'Оставить комментарий'].join('\n');
    const cleaned = cleanLeftovers(page);
    expect(cleaned.text).toBe('Министр жыйынга катышты\n\nБишкек, 19.05.21. Жыйын өттү.');
    expect(cleaned.removed).toEqual(['• 86.5', '• 90.34', 'Саясат 0', 'Пикир', 'Оставить комментарий']);
  });

  it.each(['Yorumlar (3)', 'Paylaş', 'Izoh qoldiring', 'Поделиться:', 'Read also', 'USD 87.45', '▲ 0.85%'])('removes the interface line "%s"', (line) => {
    expect(cleanLeftovers(`Makale metni burada.\n${line}`).removed).toEqual([line]);
  });

  it.each([
    'Жыйынга 8 документке кол коюлду.',
    '1. Маалымат алмашууну күчөтүү;',
    'Пикир алмашуу уланды.',
    '2024',
  ])('keeps article prose such as "%s"', (line) => {
    expect(cleanLeftovers(line).text).toBe(line === '2024' ? '' : line);
  });
});
