/*
 * Dates written the way a language writes them. ICU's long format is right for most languages, but
 * not for all (Kyrgyz `2025-ж., 12-сентябрь` where people write `2025-жылдын 12-сентябры`): a UI
 * file may then give its own patterns and month names. Pure, so the search page's script shares it.
 */

/** A language's own date patterns: `dates` in its file of src/i18n/. */
export interface DatePatterns {
  /** A day, e.g. `{year}-жылдын {day}-{month}`. */
  day: string;
  /** A month of a year, e.g. `{year}-жылдын {month}`. */
  month: string;
  /** The twelve month names in the form both patterns use. */
  months: string[];
}

function fillDate(pattern: string, year: number, month: number, day?: number, months?: string[]): string {
  return pattern.replace(/\{(year|month|day)\}/g, (_, key: string) =>
    key === 'year' ? String(year) : key === 'day' ? String(day) : (months?.[month - 1] ?? String(month)),
  );
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** ICU formatters are costly to make and a build formats thousands of dates: one per locale and form. */
function formatter(locale: string, form: 'day' | 'month'): Intl.DateTimeFormat {
  const key = `${locale} ${form}`;
  let made = formatters.get(key);
  if (!made) {
    const options: Intl.DateTimeFormatOptions = form === 'day' ? { dateStyle: 'long', timeZone: 'UTC' } : { month: 'long', year: 'numeric', timeZone: 'UTC' };
    made = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, made);
  }
  return made;
}

/** `YYYY-MM-DD` as a day; the day never shifts with time zones. */
export function formatDay(locale: string, isoDay: string, patterns?: DatePatterns): string {
  const [year, month, day] = isoDay.split('-').map(Number);
  if (patterns) return fillDate(patterns.day, year, month, day, patterns.months);
  return formatter(locale, 'day').format(new Date(Date.UTC(year, month - 1, day)));
}

/** `YYYY-MM` as a month of a year, for archive headings and the timeline. */
export function formatMonth(locale: string, isoMonth: string, patterns?: DatePatterns): string {
  const [year, month] = isoMonth.split('-').map(Number);
  if (patterns) return fillDate(patterns.month, year, month, undefined, patterns.months);
  const text = formatter(locale, 'month').format(new Date(Date.UTC(year, month - 1, 1)));
  // A heading starts with a capital even where ICU writes the month in lower case (ru, az).
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}
