import { z } from 'zod';
import { bulletinSchema, type Bulletin } from '../../src/lib/content/bulletin-schema.ts';
import { EARLIEST_DAY, outOfArchiveRange } from '../../src/lib/dates/dates.ts';
import { isEntrySlug, ORIGINAL_EXTENSION } from '../../src/lib/content/content-layout.ts';
import { closestWord } from '../../src/lib/text/edit-distance.ts';
import { parseEntryFile } from './entry-file.ts';
import { knownLanguageName } from './languages.ts';
import type { Problem } from './problems.ts';

/** Checks of one entry file on its own: YAML, the one bulletin schema, its place and its dates. */
export interface EntrySource {
  /** Path to show in messages. */
  file: string;
  /** Path under `bulletins/`, with forward slashes: `ky/2025-09-12-….md`. */
  relativePath: string;
  text: string;
}

export interface ValidEntry {
  file: string;
  /** `<lang>/<slug>`, the id `sameStory` lists and the page's path. */
  id: string;
  data: Bulletin;
  /** The frontmatter's lines, which `keyLine` searches (kept so that a cached check can make it again). */
  lines: string[];
  keyLine: (path: readonly PropertyKey[]) => number | undefined;
}

/**
 * What the checks of one entry find that does not depend on the day they run: everything but the
 * date's range, which `dateProblems` adds. The build keeps it per file between builds
 * (scripts/assemble/check-cache.ts), so an unchanged entry is not read and parsed again.
 */
export interface EntryFileCheck {
  problems: Problem[];
  entry: ValidEntry | null;
  /** The entry's valid date and its line, for `dateProblems`; null when undated or invalid. */
  date: { day: string; line: number } | null;
}

/** The keys the schema knows, at the top and inside each object it holds (`original`): the site ignores any other. */
const SCHEMA_KEYS: ReadonlyMap<string, readonly string[]> = new Map([
  ['', Object.keys(bulletinSchema.shape)],
  ...Object.entries(bulletinSchema.shape).flatMap(([key, schema]) =>
    schema instanceof z.ZodObject ? [[key, Object.keys(schema.shape)] as [string, string[]]] : [],
  ),
]);
/** What to do about a wrong value of the keys maintainers edit most; the schema describes the rest. */
const SCHEMA_FIXES: Record<string, string> = {
  date: 'write the day the text was published as YYYY-MM-DD, e.g. 2025-09-12, or null when it gives none',
  title: 'write the text\'s headline; quote it when it contains ": " or "#"',
};

export function checkEntry(source: EntrySource, options: { today: string }): { problems: Problem[]; entry: ValidEntry | null } {
  const checked = checkEntryFile(source);
  return { problems: [...checked.problems, ...dateProblems(source.file, checked.date, options.today)], entry: checked.entry };
}

/** A date's range: not in the future, not before the archive's earliest day. */
export function dateProblems(file: string, date: EntryFileCheck['date'], today: string): Problem[] {
  const outOfRange = date ? outOfArchiveRange(date.day, today) : null;
  if (outOfRange === 'future') {
    return [
      {
        severity: 'error',
        file,
        line: date!.line,
        message: `the date ${date!.day} is in the future (today is ${today})`,
        fix: 'correct "date" to the day the text was published',
      },
    ];
  }
  if (outOfRange === 'before-archive') {
    return [
      {
        severity: 'error',
        file,
        line: date!.line,
        message: `the date ${date!.day} is before ${EARLIEST_DAY.slice(0, 4)}, older than anything the archive covers`,
        fix: 'correct "date"; check the year',
      },
    ];
  }
  return [];
}

export function checkEntryFile(source: EntrySource): EntryFileCheck {
  const problems: Problem[] = [];
  const report = (severity: Problem['severity'], line: number | undefined, message: string, fix: string) =>
    problems.push({ severity, file: source.file, line, message, fix });

  const [folder, ...rest] = source.relativePath.split('/');
  const slug = rest.join('/').replace(/\.md$/, '');
  if (rest.length !== 1) {
    report('error', undefined, 'the entry is not in a language folder', 'move it to bulletins/<lang>/, the folder of its "lang"');
  } else if (!isEntrySlug(slug)) {
    report(
      'error',
      undefined,
      `the file name "${slug}.md" is not a slug`,
      'rename it to lower-case Latin letters, digits and dashes, e.g. 2025-09-12-summit-in-bishkek.md',
    );
  }

  const parsed = parseEntryFile(source.text);
  if (!parsed.ok) {
    report('error', parsed.line, parsed.message, parsed.fix);
    return { problems, entry: null, date: null };
  }
  const { data, keyLine } = parsed;
  const lineOf = (path: readonly PropertyKey[]) => keyLine(path) ?? 1;

  /** Keys a misspelt key was taken for: that they are missing is what the misspelling already says. */
  const misspelt = new Set<string>();
  if ('slug' in data)
    report('error', lineOf(['slug']), '"slug" would replace the entry\'s id, which is its file name', 'remove "slug" and rename the file instead');
  for (const [parent, known] of SCHEMA_KEYS) {
    const object = parent ? data[parent] : data;
    if (!object || typeof object !== 'object' || Array.isArray(object)) continue;
    for (const key of Object.keys(object)) {
      if (known.includes(key) || (!parent && key === 'slug')) continue;
      const path = parent ? [parent, key] : [key];
      const shown = path.join('.');
      const meant = closestWord(key, known);
      // A misspelt key is an error: its value is not where the site looks (a bulletin whose "orgnizations"
      // list the SCO would silently be missing from the SCO's page and feed).
      if (meant) {
        report('error', lineOf(path), `unknown key "${shown}": did you mean "${meant}"?`, `rename it to "${meant}"`);
        misspelt.add([...path.slice(0, -1), meant].join('.'));
      } else {
        report('error', lineOf(path), `unknown key "${shown}", which the site ignores`, `remove it, or use one of the keys it knows: ${known.join(', ')}`);
      }
    }
  }

  const result = bulletinSchema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      if (misspelt.has(issue.path.join('.'))) continue;
      report(
        'error',
        lineOf(issue.path),
        describeIssue(issue, data),
        SCHEMA_FIXES[String(issue.path[0])] ?? 'correct it; src/lib/content/bulletin-schema.ts describes every key',
      );
    }
  }

  // Checks beyond the schema run on what can be read even when another key is wrong.
  const lang = typeof data.lang === 'string' ? data.lang : null;
  if (lang && /^[a-z]{2,3}$/.test(lang) && !knownLanguageName(lang)) {
    report('error', lineOf(['lang']), `"${lang}" is not a known ISO 639 language code`, 'use the code of the text\'s language, e.g. "ky", "tr", "uz", "tt"');
  }
  if (lang && rest.length === 1 && folder !== lang) {
    report('error', lineOf(['lang']), `the entry is in the folder "${folder}" but its lang is "${lang}"`, `move it to bulletins/${lang}/ or correct "lang"`);
  }

  if (!result.success) return { problems, entry: null, date: null };
  const bulletin = result.data;
  const originalName = bulletin.original.path.split('/').at(-1)!.replace(ORIGINAL_EXTENSION, '');
  if (rest.length === 1 && isEntrySlug(slug) && originalName !== slug) {
    report(
      'warning',
      lineOf(['original', 'path']),
      `the file name ${slug}.md no longer matches its original ${bulletin.original.path}, so the page's address changed`,
      `rename the file back to ${originalName}.md, or keep the new name and rename the original to ${slug}${bulletin.original.path.match(ORIGINAL_EXTENSION)![0]} and "original.path" with it`,
    );
  }
  for (const [index, point] of bulletin.review.entries()) {
    report('review', lineOf(['review', index]), point, 'check it, then remove the point from "review"');
  }

  return {
    problems,
    entry: rest.length === 1 ? { file: source.file, id: `${bulletin.lang}/${slug}`, data: bulletin, lines: parsed.lines, keyLine } : null,
    date: bulletin.date ? { day: bulletin.date, line: lineOf(['date']) } : null,
  };
}

function describeIssue(issue: z.core.$ZodIssue, data: Record<string, unknown>): string {
  const key = issue.path.map(String).join('.');
  const value = issue.path.reduce<unknown>(
    (node, segment) => (node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[segment as PropertyKey] : undefined),
    data,
  );
  if (value === undefined && issue.code === 'invalid_type') return `"${key}" is missing`;
  // The schema's own messages say what is expected ("a date written YYYY-MM-DD"); zod's defaults say what is wrong.
  const expected = /^(a|an|the) /.test(issue.message) ? `expected ${issue.message}` : issue.message;
  const shown = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? ` is ${JSON.stringify(value)}` : '';
  return `"${key}"${shown}: ${expected}`;
}
