import { readdirSync, readFileSync } from 'node:fs';

/**
 * The archive's knowledge of each language, read from its folder here (one folder per language,
 * named by its ISO 639 code): adding a language to ingest is adding a folder. Each file is read
 * once, when this module loads; a missing file means the language has nothing of that kind.
 *
 * - `dates.json`: month names, "year" words, and the words that make a date a limit;
 * - `lead.json`: what a news lead says besides who did what (for titles derived from the lead);
 * - `page-cues.json` (and `page-cues.<Script>.json` for another alphabet): cue words of page furniture;
 * - `function-words.json`: its commonest short words, a sign of prose (npm run function-words);
 * - `cldr-dates.json`: CLDR's abbreviated month and weekday names (npm run cldr-dates);
 * - `spellings.json`: how readers type the language's letters, imported by search statically
 *   (src/lib/search/spelling-conventions.ts), since the browser has no file system;
 * - `name-forms.json`: country abbreviations, currency words, titles before a surname, imported
 *   statically by src/lib/entities/name-forms.ts, since the build's bundle reads it too.
 *
 * For Node only (ingest): the browser reads nothing here.
 */

/** Twelve lists of month stems, January first. */
export type MonthStems = readonly (readonly string[])[];

export interface DateWords {
  months: MonthStems;
  /** Words for "year" after a number (`2024-жылдын`, `2023-yil`); a word starting with one counts. */
  yearWords: readonly string[];
  /** Their abbreviations, with the full stop (`ж.`, `г.`). */
  yearAbbreviations: readonly string[];
  /** Endings on the month word that make a date a limit: `1 июнгача` (until 1 June), `5 сентябрдан`. */
  limitEndings: readonly string[];
  /** Words after a date that make it a limit: `чейин`, `kadar`, `beri`. */
  limitWords: readonly string[];
}

export interface LeadWords {
  /** `бүгүн`, `today`: words that open a lead; a phrase may have several words (`bu gün`). */
  when: readonly string[];
  /** Prepositions a date may take (`On 12 September`, `В 2024 году`). */
  datePrepositions: readonly string[];
  /** Whether the main verb comes last (the Turkic languages) or after the subject (Russian, English). */
  verbFinal: boolean;
}

export const CUE_KINDS = [
  'published',
  'updated',
  'views',
  'share',
  'comments',
  'readAlso',
  'related',
  'credit',
  'footer',
  'navigation',
  'callsToAction',
] as const;
export type CueKind = (typeof CUE_KINDS)[number];
export type PageCues = Partial<Record<CueKind, readonly string[]>>;

export interface LanguageData {
  code: string;
  dates: DateWords | null;
  lead: LeadWords | null;
  /** One entry per page-cues file of the language (one per alphabet that has its own). */
  pageCues: readonly PageCues[];
  /** Its commonest short words, lower case (`function-words.json`, made by npm run function-words). */
  functionWords: readonly string[];
  /** CLDR's abbreviated months (twelve lists) and weekday names, lower case (`cldr-dates.json`, made by npm run cldr-dates). */
  cldrDates: { monthAbbreviations: MonthStems; weekdays: readonly string[] } | null;
}

const FOLDER = new URL('./', import.meta.url);

function readJson<T>(url: URL): T {
  return JSON.parse(readFileSync(url, 'utf8')) as T;
}

function readLanguage(code: string): LanguageData {
  const folder = new URL(`${code}/`, FOLDER);
  const files = readdirSync(folder).sort();
  const optional = <T>(name: string): T | null => (files.includes(name) ? readJson<T>(new URL(name, folder)) : null);
  return {
    code,
    dates: optional<DateWords>('dates.json'),
    lead: optional<LeadWords>('lead.json'),
    functionWords: optional<{ words: string[] }>('function-words.json')?.words ?? [],
    cldrDates: optional<LanguageData['cldrDates']>('cldr-dates.json'),
    pageCues: files.filter((name) => /^page-cues(?:\.[A-Z][a-z]{3})?\.json$/u.test(name)).map((name) => readJson<PageCues>(new URL(name, folder))),
  };
}

/** Every language with a folder, by code. */
export const LANGUAGES: ReadonlyMap<string, LanguageData> = new Map(
  readdirSync(FOLDER, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((code) => [code, readLanguage(code)]),
);

/** Names of social networks and messengers as share buttons print them, the same in every language. */
export const NETWORK_NAMES: readonly string[] = readJson<{ networks: string[] }>(new URL('networks.json', FOLDER)).networks;

const NO_LEAD_WORDS: LeadWords = { when: [], datePrepositions: [], verbFinal: false };

/** A language's lead words; a language without them has none, its verb not known to come last. */
export function leadWordsFor(code: string | undefined): LeadWords {
  return (code !== undefined && LANGUAGES.get(code)?.lead) || NO_LEAD_WORDS;
}
