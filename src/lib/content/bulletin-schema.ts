import { z } from 'zod';
import { isIsoDay } from '../dates/dates.ts';

/**
 * The one schema of a bulletin's frontmatter. `scripts/ingest` validates what it writes with it,
 * `src/content.config.ts` validates what Astro reads with it, and `npm run check` reports against it.
 */

/** ISO 639-1 where it exists, else ISO 639-3 (`kaa`). Any such code is accepted: a new language needs no code change. */
export const languageCode = z.string().regex(/^[a-z]{2,3}$/, 'a lower-case ISO 639-1 (or 639-3) code such as "ky", "tr" or "kaa"');

/** ISO 15924 script codes the archive's languages are written in. */
export const scriptCode = z.enum(['Cyrl', 'Latn', 'Arab']);
export type ScriptCode = z.infer<typeof scriptCode>;

const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A calendar day as `YYYY-MM-DD`, as written: frontmatter is read with YAML 1.2
 * (src/lib/content/frontmatter.ts), where an unquoted date is text, not a Date that would turn
 * 2025-10-32 into 1 November.
 */
export const isoDate = z
  .string()
  .regex(isoDatePattern, 'a date written YYYY-MM-DD, e.g. 2025-09-12')
  .refine(isIsoDay, 'a real calendar day (check month and day)');

const bulletinId = z.string().regex(/^[a-z]{2,3}\/[a-z0-9-]+$/, 'a bulletin id such as "tr/2025-09-12-..." (its folder and file name)');

/** Where the date came from: the text's `date` header, its dateline, its text, its frontmatter, a saved page's metadata, or the maintainer (`npm run ingest -- --date` or `--redate`). */
export const dateSource = z.enum(['header', 'dateline', 'text', 'frontmatter', 'metadata', 'maintainer']);
export type DateSource = z.infer<typeof dateSource>;

export const bulletinSchema = z.object({
  title: z.string().trim().min(1, 'a non-empty title').max(300, 'a title of at most 300 characters'),
  /** `headline`: the text's own headline; `lead`: derived from the first sentence. */
  titleSource: z.enum(['headline', 'lead', 'maintainer']).default('maintainer'),
  lang: languageCode,
  script: scriptCode,
  /** Publication date; null when the text does not give one (the page then shows none). */
  date: isoDate.nullable(),
  dateSource: dateSource.nullable().default(null),
  /** For an undated bulletin, the day ingest saw it: stories compare it with bulletins published about then. */
  ingested: isoDate.optional(),
  place: z.string().min(1).optional(),
  agency: z.string().min(1).optional(),
  /** Gazetteer ids (`content/gazetteer/*.json`) of what the text mentions. */
  people: z.array(z.string().min(1)).default([]),
  organizations: z.array(z.string().min(1)).default([]),
  countries: z.array(z.string().min(1)).default([]),
  /**
   * Same-story links are found at build time (date and shared people and organizations); these two
   * lists let a maintainer force a link the rules miss, or forbid one they got wrong. Either
   * entry of a pair may carry it. Values are bulletin ids, `<lang>/<slug>`.
   */
  sameStory: z.array(bulletinId).default([]),
  notSameStory: z.array(bulletinId).default([]),
  /** The maintainer's raw text, kept byte for byte. */
  original: z.object({
    /** Path of the preserved bytes, relative to the content folder. */
    path: z.string().regex(/^originals\/[a-z]{2,3}\/[a-z0-9-]+\.(?:txt|html)$/, 'a path such as "originals/ky/<slug>.txt" (or .html for a saved page)'),
    /** The file name the maintainer submitted. */
    submittedAs: z.string().min(1),
    sha256: z.string().regex(/^[0-9a-f]{64}$/, 'the SHA-256 of the original bytes, 64 hex digits'),
    encoding: z.string().min(1),
  }),
  /** Ingest's confidence in the language decision, 0..1. */
  langConfidence: z.number().min(0).max(1).optional(),
  /** Points a person should review (low confidence, no date, ...). */
  review: z.array(z.string()).default([]),
});

export type Bulletin = z.infer<typeof bulletinSchema>;
export type BulletinInput = z.input<typeof bulletinSchema>;
