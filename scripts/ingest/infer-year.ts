import { YEAR_WORD } from '../../src/lib/languages/month-names.ts';

/**
 * The year of a dateline or lead date written without one (`Москва. 30 апреля. INTERFAX.RU -`,
 * `Бугун — 5 сентябрь куни`), read from the text after it the way an editor would, and only when
 * the text leaves no doubt; the caller must flag the year as inferred. Never the current year.
 */
export interface DayOfYear {
  month: number;
  day: number;
}

export interface FullDate extends DayOfYear {
  start: number;
  end: number;
  year: number;
}

export interface InferredYear {
  year: number;
  /** The words the year was read from. */
  evidence: string;
}

/** A school year or sports season of two consecutive years: `2022-2023 ўқув йили`, `2019/2020 mövsümü`. */
const SEASON = /(?<![\d.,:/-])((?:19|20)\d\d)\s*[-–/]\s*((?:19|20)\d\d)(?![\d.,:]?\d)/gu;
/** Seasons begin in autumn: from September the season's first year is the current one. */
const FIRST_MONTH_OF_SEASON = 9;
/**
 * A year naming an event, after its name (`ЧМ по хоккею 2019`, `Сабан туе-2017`, `«Армия-2019»`):
 * such events are the news of their year. A year with a year word (`в 2018 году`, `2016-жылы`)
 * or after a preposition (`в 2020`) is as often a past or planned one and proves nothing, and so is
 * a range (`2022-2026-жылдарга`).
 */
const EVENT_YEAR = new RegExp(
  String.raw`(?<=[\p{L}\p{M}]{3}\s|[\p{L}\p{M}][-–])(?:19|20)\d\d(?![\d.,:/]?\d|\s*[-–/]\s*\d|\s*-?\s*(?:${YEAR_WORD})|-\p{L})`,
  'giu',
);
/** Words either side of an event's year quoted as evidence. */
const EVIDENCE_WORDS = 1;

/**
 * From `from` on, in this order: the season a school-year range names; else the year of the latest
 * full date, when that date falls on or before the day in question in its year (a later one is a
 * coming event of that year or a past one of the year before: undecidable); else, with no full
 * date at all, the latest year mentioned.
 */
export function inferYear(text: string, from: number, dayOfYear: DayOfYear, fullDates: readonly FullDate[]): InferredYear | null {
  const after = text.slice(from);
  const season = seasonYear(after, dayOfYear);
  if (season) return season;

  const later = fullDates.filter((date) => date.start >= from);
  if (later.length > 0) {
    const latest = later.reduce((a, b) => (compareDates(b, a) > 0 ? b : a));
    if (compareDayOfYear(latest, dayOfYear) > 0) return null;
    return { year: latest.year, evidence: text.slice(latest.start, latest.end) };
  }
  return latestEventYear(after);
}

function seasonYear(after: string, { month }: DayOfYear): InferredYear | null {
  for (const match of after.matchAll(SEASON)) {
    const [whole, first, second] = match;
    if (Number(second) !== Number(first) + 1) continue;
    return { year: month >= FIRST_MONTH_OF_SEASON ? Number(first) : Number(second), evidence: whole };
  }
  return null;
}

function latestEventYear(after: string): InferredYear | null {
  let latest: InferredYear | null = null;
  for (const match of after.matchAll(EVENT_YEAR)) {
    const year = Number(match[0]);
    if (!latest || year > latest.year) latest = { year, evidence: wordsAround(after, match.index, match.index + match[0].length) };
  }
  return latest;
}

function wordsAround(text: string, start: number, end: number): string {
  const before = text
    .slice(0, start)
    .split(/\s+/u)
    .slice(-EVIDENCE_WORDS - 1)
    .join(' ')
    .trimStart();
  const after = text
    .slice(end)
    .split(/\s+/u)
    .slice(0, EVIDENCE_WORDS + 1)
    .join(' ')
    .trimEnd();
  return `${before}${text.slice(start, end)}${after}`.replace(/\s+/gu, ' ').trim();
}

function compareDates(a: FullDate, b: FullDate): number {
  return a.year - b.year || compareDayOfYear(a, b);
}

function compareDayOfYear(a: DayOfYear, b: DayOfYear): number {
  return a.month - b.month || a.day - b.day;
}
