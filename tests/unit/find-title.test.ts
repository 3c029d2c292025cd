import { describe, expect, it } from 'vitest';
import { findTitle } from '../../scripts/ingest/find-title.ts';

describe('find title', () => {
  it('takes the first line as the headline when it reads as one, and drops it from the body', () => {
    const found = findTitle('Бишкекте жыйын өттү\nБүгүн Бишкекте жыйын өттү. Ага министрлер катышты.');
    expect(found).toEqual({ title: 'Бишкекте жыйын өттү', source: 'headline', body: 'Бүгүн Бишкекте жыйын өттү. Ага министрлер катышты.' });
  });

  it('derives a title from the lead sentence when the text starts with prose', () => {
    const found = findTitle('Toplantı bugün Ankara’da yapıldı. Bakanlar katıldı.\nİkinci paragraf.');
    expect(found.title).toBe('Toplantı bugün Ankara’da yapıldı');
    expect(found.source).toBe('lead');
    expect(found.body).toContain('Toplantı bugün');
  });

  it('drops a dateline from a derived title', () => {
    expect(findTitle('Бишкек, 19.05.21. /Кабар/. Министр жыйынга катышты. Дагы.').title).toBe('Министр жыйынга катышты');
    expect(findTitle('ASTANA. Kazinform - Йиғилиш бўлиб ўтди. Бошқа.').title).toBe('Йиғилиш бўлиб ўтди');
  });

  it('cuts a long lead at a word boundary', () => {
    const lead = `${'кызматташтык '.repeat(20).trim()}.`;
    const { title } = findTitle(lead);
    expect(title.length).toBeLessThanOrEqual(111);
    expect(title.endsWith('кызматташтык…')).toBe(true);
  });

  it('never takes a one-line text as a headline with an empty body', () => {
    expect(findTitle('Жалгыз сап гана бар').source).toBe('lead');
  });
});
