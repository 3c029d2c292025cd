import { describe, expect, it } from 'vitest';
import { splitDateHeader } from './date-header.ts';

describe('date header', () => {
  it('takes the header on its own line', () => {
    expect(splitDateHeader('date 2024-11-06\nБишкекте жыйын')).toEqual({ ok: true, date: '2024-11-06', text: 'Бишкекте жыйын' });
  });
  it('takes the header when the article follows on the same line, as pasted', () => {
    expect(splitDateHeader(' date 2025-09-12 Бүгүн, 12-сентябрда')).toEqual({ ok: true, date: '2025-09-12', text: 'Бүгүн, 12-сентябрда' });
  });
  it('accepts "Date:" with a colon', () => {
    expect(splitDateHeader('Date: 2021-05-19\ntext')).toMatchObject({ ok: true, date: '2021-05-19' });
  });
  it('leaves a text without header untouched', () => {
    expect(splitDateHeader('Датасы жок текст')).toEqual({ ok: true, date: null, text: 'Датасы жок текст' });
  });
  it('does not mistake a word starting with "date" for the header', () => {
    expect(splitDateHeader('dated letters were sent')).toMatchObject({ ok: true, date: null });
  });
  it.each(['date 2025-02-30', 'date 19.05.2021', 'date 2025-9-1'])('rejects "%s" naming line 1 and the form to use', (text) => {
    const result = splitDateHeader(`${text}\nbody`);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/line 1.*date 2025-09-12/);
  });
  it.each([
    ['date 1985-01-01', /before 1991/],
    ['date 2999-01-01', /in the future/],
  ])('rejects "%s", a day the content check would reject too', (text, why) => {
    const result = splitDateHeader(`${text}\nbody`);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(why);
  });
});
