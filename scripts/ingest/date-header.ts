import { EARLIEST_DAY, isIsoDay, outOfArchiveRange, todayIsoDay } from '../../src/lib/dates/dates.ts';

/**
 * The optional first-line header maintainers add when a text carries no usable date:
 * `date 2025-09-12`. Pasted texts often keep the article on the same line after it
 * (` date 2025-09-12 Бүгүн, 12-сентябрда …`), so the header ends after the date, not at the line end.
 */
const HEADER = /^[ \t\uFEFF]*date(?![\p{L}])[ \t]*:?[ \t]*(\d\S*)[ \t]*\n?/iu;

export type DateHeader =
  | { ok: true; date: string | null; text: string }
  | { ok: false; error: string };

export function splitDateHeader(text: string): DateHeader {
  const match = HEADER.exec(text);
  if (!match) return { ok: true, date: null, text };
  const value = match[1];
  if (!isIsoDay(value)) {
    return {
      ok: false,
      error: `line 1: the date header "date ${value}" is not a real day written YYYY-MM-DD; write it like "date 2025-09-12"`,
    };
  }
  const outOfRange = outOfArchiveRange(value, todayIsoDay());
  if (outOfRange) {
    const why = outOfRange === 'future' ? 'is in the future' : `is before ${EARLIEST_DAY.slice(0, 4)}, older than anything the archive covers`;
    return { ok: false, error: `line 1: the date header "date ${value}" ${why}; correct it to the day the text was published` };
  }
  return { ok: true, date: value, text: text.slice(match[0].length) };
}
