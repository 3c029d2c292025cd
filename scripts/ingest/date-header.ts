import { isCalendarDay } from '../../src/utils/dates.ts';

/**
 * The optional first-line header maintainers add when a text carries no usable date:
 * `date 2025-09-12`. Pasted texts often keep the article on the same line after it
 * (` date 2025-09-12 Бүгүн, 12-сентябрда …`), so the header ends after the date, not at the line end.
 */
const HEADER = /^[ \t\uFEFF]*date(?![\p{L}])[ \t]*:?[ \t]*(\d\S*)[ \t]*\n?/iu;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export type DateHeader =
  | { ok: true; date: string | null; text: string }
  | { ok: false; error: string };

export function splitDateHeader(text: string): DateHeader {
  const match = HEADER.exec(text);
  if (!match) return { ok: true, date: null, text };
  const value = match[1];
  const day = ISO_DAY.exec(value);
  if (!day || !isCalendarDay(Number(day[1]), Number(day[2]), Number(day[3]))) {
    return {
      ok: false,
      error: `line 1: the date header "date ${value}" is not a real day written YYYY-MM-DD; write it like "date 2025-09-12"`,
    };
  }
  return { ok: true, date: value, text: text.slice(match[0].length) };
}
