/** Bulletins per month, for the archive pages and the timeline chart. Pure: dates in, counts out. */

export interface MonthCount {
  /** `YYYY-MM` */
  month: string;
  count: number;
}

/** The month of each dated bulletin, counted, newest month first; undated bulletins have no month. */
export function countByMonth(dates: readonly (string | null)[]): MonthCount[] {
  const counts = new Map<string, number>();
  for (const date of dates) if (date) counts.set(date.slice(0, 7), (counts.get(date.slice(0, 7)) ?? 0) + 1);
  return [...counts].map(([month, count]) => ({ month, count })).sort((a, b) => (a.month < b.month ? 1 : -1));
}

/** Every month from the first to the last bulletin, oldest first, months without bulletins included. */
export function monthlySeries(dates: readonly (string | null)[]): MonthCount[] {
  const counts = countByMonth(dates);
  if (counts.length === 0) return [];
  const byMonth = new Map(counts.map(({ month, count }) => [month, count]));
  let [year, month] = counts.at(-1)!.month.split('-').map(Number);
  const last = counts[0].month;
  const series: MonthCount[] = [];
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    series.push({ month: key, count: byMonth.get(key) ?? 0 });
    if (key === last) return series;
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year++;
  }
}

/** Years with their months, newest first, for the archive index. */
export function groupByYear(counts: readonly MonthCount[]): { year: string; count: number; months: MonthCount[] }[] {
  const years = new Map<string, MonthCount[]>();
  for (const entry of counts) {
    const year = entry.month.slice(0, 4);
    years.set(year, [...(years.get(year) ?? []), entry]);
  }
  return [...years].map(([year, months]) => ({ year, count: months.reduce((sum, { count }) => sum + count, 0), months }));
}
