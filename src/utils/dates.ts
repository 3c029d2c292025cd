/** Pure calendar helpers shared by the schema, the ingest stages and the pages. */

export function isCalendarDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
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
