import { caselessKey, wordCount } from '../../src/lib/text/text.ts';

/**
 * A site's name after its headlines, as page titles and pasted headlines carry it:
 * `Headline | Kabar`, `Headline - Son Dakika`. A bar is a title's separator and never a
 * headline's, so what follows the last one is cut. A dash is also a headline's own punctuation
 * (`… yalandır - MN`, `Sabaha olan - HAVA PROQNOZU`), so what follows it is cut only where the page
 * shows it is the site's: the same words stand on a short line of their own elsewhere on the page
 * (the masthead, the footer's `© 2024 Son Dakika`).
 */
const BAR = /\s+[|‖]\s+/gu;
const DASH = /\s+[-–—]\s+/gu;
const SEPARATOR_CHARACTER = /[|‖\-–—]/u;
const MAX_SUFFIX_WORDS = 4;
const MIN_HEADLINE_WORDS = 2;
/** A line that names the site is a masthead, a footer or a credit, not a paragraph. */
const MAX_NAMING_LINE_WORDS = 8;

export function withoutSiteSuffix(title: string, otherLines: readonly string[] = []): string {
  if (!SEPARATOR_CHARACTER.test(title)) return title;
  const barred = cutLast(title, BAR, () => true);
  if (barred !== title) return withoutSiteSuffix(barred, otherLines);
  return cutLast(title, DASH, (suffix) => namedElsewhere(suffix, title, otherLines));
}

function cutLast(title: string, separator: RegExp, isSiteName: (suffix: string) => boolean): string {
  const last = [...title.matchAll(separator)].at(-1);
  if (!last) return title;
  const head = title.slice(0, last.index).trim();
  const suffix = title.slice(last.index + last[0].length).trim();
  if (wordCount(suffix) === 0 || wordCount(suffix) > MAX_SUFFIX_WORDS || wordCount(head) < MIN_HEADLINE_WORDS) return title;
  return isSiteName(suffix) ? head : title;
}

function namedElsewhere(suffix: string, title: string, otherLines: readonly string[]): boolean {
  const key = caselessKey(suffix);
  return otherLines.some((line) => {
    if (line === title || wordCount(line) > MAX_NAMING_LINE_WORDS) return false;
    const lineKey = caselessKey(line);
    const at = lineKey.indexOf(key);
    return at !== -1 && !/[\p{L}\p{M}]/u.test(lineKey[at - 1] ?? '') && !/[\p{L}\p{M}]/u.test(lineKey[at + key.length] ?? '');
  });
}
