import { EARLIEST_DAY, isIsoDay, outOfArchiveRange, todayIsoDay } from '../../src/lib/dates/dates.ts';

/**
 * The optional first-line header maintainers add when a text carries no usable date:
 * `date 2025-09-12`. Pasted texts often keep the article on the same line after it
 * (` date 2025-09-12 Бүгүн, 12-сентябрда …`), so the header ends after the date, not at the line end.
 */
const HEADER = /^[ \t\uFEFF]*date(?![\p{L}])[ \t]*:?[ \t]*(\d\S*)[ \t]*\n?/iu;

export type DateHeader = { ok: true; date: string | null; text: string } | { ok: false; error: string };

export function splitDateHeader(text: string): DateHeader {
  const match = HEADER.exec(text);
  if (!match) return { ok: true, date: null, text };
  const value = match[1];
  const problem = dayProblem(value);
  if (problem)
    return {
      ok: false,
      error: `line 1: the date header "date ${value}" ${problem.what}; ${isIsoDay(value) ? problem.fix : 'write it like "date 2025-09-12"'}`,
    };
  return { ok: true, date: value, text: text.slice(match[0].length) };
}

/**
 * Why `value` cannot be a publication date, or null when it can: a real day written YYYY-MM-DD,
 * neither after today nor before the archive's first day (the rule `npm run check` applies). The
 * date header and `npm run ingest -- --date` / `--redate` say it alike.
 */
export function dayProblem(value: string, today = todayIsoDay()): { what: string; fix: string } | null {
  if (!isIsoDay(value)) return { what: 'is not a real day written YYYY-MM-DD', fix: 'write it like 2025-09-12' };
  const outOfRange = outOfArchiveRange(value, today);
  if (outOfRange === 'future') return { what: `is in the future (today is ${today})`, fix: 'correct it to the day the text was published' };
  if (outOfRange === 'before-archive')
    return { what: `is before ${EARLIEST_DAY.slice(0, 4)}, older than anything the archive covers`, fix: 'correct it to the day the text was published' };
  return null;
}
