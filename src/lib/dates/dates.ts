/** Pure calendar helpers shared by the schema, the ingest stages, the content check and the pages. */

/**
 * The first day a bulletin may carry: nothing in the archive predates the independent states whose
 * cooperation it covers (1991). Ingest takes no earlier date for a text, and the content check
 * rejects one, so what ingest writes passes the check.
 */
export const EARLIEST_DAY = '1991-01-01';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `day` exists in `month` (1–12) of `year`: no 30 February, a 29th only in leap years. */
export function isCalendarDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A real calendar day written `YYYY-MM-DD` (no 2025-02-30). */
export function isIsoDay(value: string): boolean {
  const day = ISO_DAY.exec(value);
  return day !== null && isCalendarDay(Number(day[1]), Number(day[2]), Number(day[3]));
}

/** Today in UTC as `YYYY-MM-DD`: the latest day a bulletin may carry. Ingest and the content check (also before a build) read it; no page does. */
export function todayIsoDay(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/**
 * Where a bulletin date `YYYY-MM-DD` falls outside the archive's range: before EARLIEST_DAY, after
 * `today`, or null when it can be a publication day. One rule for ingest and the content check.
 */
export function outOfArchiveRange(isoDay: string, today: string): 'before-archive' | 'future' | null {
  if (isoDay < EARLIEST_DAY) return 'before-archive';
  if (isoDay > today) return 'future';
  return null;
}

/** `YYYY-MM-DD` as a UTC midnight, so that no time zone shifts the day. */
export function parseIsoDay(value: string): Date {
  const [year, month, day] = value.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day));
}

/** Newest first; undated bulletins last; ties broken by id so every build orders the same way. */
export function compareNewestFirst(a: { id: string; date: string | null }, b: { id: string; date: string | null }): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? 1 : -1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
