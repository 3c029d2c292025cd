import { isCalendarDay, isIsoDay, outOfArchiveRange, todayIsoDay } from '../../src/lib/dates/dates.ts';
import { locateDateline } from './find-dateline.ts';
import { inferYear, type FullDate } from './infer-year.ts';
import { LANGUAGES } from '../../src/lib/languages/index.ts';
import { monthNumberOf, YEAR_WORD } from '../../src/lib/languages/month-names.ts';
import { SENTENCE_END_IN_TEXT } from '../../src/lib/text/sentences.ts';
import { WORD, wordCount } from '../../src/lib/text/text.ts';
import { readingOf, readingsPerLanguage, tokenized, type TokenizedText } from '../../src/lib/text/token-stream.ts';
import { DATE_ADVICE } from './date-advice.ts';

export interface DateFinding {
  date: string | null;
  source: 'dateline' | 'text' | 'metadata' | null;
  /** The exact substring the date was read from. */
  evidence: string | null;
  /** Why no date could be given. */
  warning?: string;
}

/**
 * Publication stamps and lead dates sit at the top of a page. Dates lower down are events of
 * the story, related-news timestamps or calendar widgets.
 */
const TOP_OF_PAGE_CHARS = 600;
/** Two-digit years (`19.05.21`) up to this value are read as 20xx, above it as 19xx. */
const TWO_DIGIT_YEAR_PIVOT = 50;
/** A lead opens with its date and goes on to say what happened (`2024-жылдын 6-сентябрь күнү Чолпон-Ата шаарында …`). */
const LEAD_MIN_WORDS_AFTER_DATE = 3;
/** A word allowed before a lead's opening date: `Бүгүн, …`, `Today, …`. */
const LEAD_MAX_WORDS_BEFORE_DATE = 1;
/**
 * Endings on the month word and words after a date that make it a limit, not the day of the news
 * (`1 июнгача`, until 1 June; `5 сентябрдан бери`, since; `12 Eylül'e kadar`): every language's
 * (their `dates.json`), since pages quote each other's languages.
 */
const LIMIT_ENDINGS = [...new Set([...LANGUAGES.values()].flatMap(({ dates }) => dates?.limitEndings ?? []))];
const LIMIT_WORDS = new Set([...LANGUAGES.values()].flatMap(({ dates }) => dates?.limitWords ?? []));

interface DateMention {
  start: number;
  end: number;
  year: number | null;
  month: number;
  day: number;
  /** Spelled with a month name; numeric dates are stamps, never a lead's words. */
  written: boolean;
}

/** `20.01.2024`, `28-08-2014`, `19.05.21`, glued to a time as in `19:3608.12.2019`. */
const DAY_FIRST_NUMERIC = /(?<=^|[^\d./-]|\d\d:\d\d)(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?![./-]?\d)/gu;
/** `2025-08-24`, `2022-08-31 07:56:53`. */
const YEAR_FIRST_NUMERIC = /(?<![\d./-])(\d{4})([./-])(\d{1,2})\2(\d{1,2})(?![./-]?\d)/gu;
/**
 * A day just before a month word: `6-`, `13 `, `29-njy `, after a time (`18:42 - 21 Dekabr`). Not the end of a range (`28-30-апрелинде`),
 * of a list of days (`1, 2 мая`) or of a calendar row (`29 30 31 Октябрь`), nor a decimal.
 */
const DAY_BEFORE_MONTH = /(?<![\d.,:])(?<!(?<!:\d)\d\s?[-–]\s?)(?<!(?:^|\s)\d{1,2},?\s)(\d{1,2})(?:-\p{L}{1,5}\s+|\s*-?\s*)$/u;
/** A year before the day: `2024-жылдын `, `2023-yil `, `2023-nji ýylyň `, `2020 жылдың `. */
const YEAR_BEFORE_DAY = new RegExp(String.raw`(?<![\d.])(\d{4})\s*-?\s*(?:\p{L}{1,4}\s+)?(?:${YEAR_WORD})\s*,?\s*$`, 'iu');
/** A year after the month: `5 сентября 2024`, `12 Eylül 2025`, `11 Qyrkúıek 2023`, `5 сент. 2024`; not a range's start (`2022-2026-жылдарга`). */
const YEAR_AFTER_MONTH = /^\.?,?\s+(\d{4})(?![\d.,:]?\d|\s*[-–]\s*\d)/u;
/** English month-first order: `April 06, 2009`. */
const DAY_AND_YEAR_AFTER_MONTH = /^\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?![\d.,:]?\d)/u;

/** The lines of a page a publication date may be read from, as the page structure found them. */
export interface DateLines {
  /** Publication lines, "updated" stamps last. */
  publication: readonly string[];
  /** Of these, the ones labelled as an update: a later day there is no disagreement. */
  updates: ReadonlySet<string>;
  /** Photo captions directly under the headline (`…, 2023-nji ýylyň 29-njy iýuny (Surat: AA)`): the event's day. */
  topCaptions: readonly string[];
}

const NO_DATE_LINES: DateLines = { publication: [], updates: new Set(), topCaptions: [] };

/**
 * The publication date of an article: from its publication lines (`lines.publication`, "updated"
 * stamps last), else its dateline, else a lead that opens with the date. A stamp and a dateline, or
 * two stamps, that name different days leave the date to a person. Only days in the archive's
 * range are dates at all (see `isValid`).
 */
export function findDate(input: string | TokenizedText, lang: string, lines: DateLines = NO_DATE_LINES): DateFinding {
  const article = tokenized(input);
  const text = article.text;
  const mentions = findDateMentions(article, lang);
  const datelineSpan = locateDateline(text, lang)?.dateSpan;
  const datelineDate = datelineSpan && mentions.find((m) => m.start >= datelineSpan.start && m.end <= datelineSpan.end);

  const stamps = stampsOf(lines.publication, lang);
  const [stamp] = stamps;
  if (stamp) {
    const evidence = evidenceOf(stamp.line, stamp.mention);
    const other = stamps.find((s) => !lines.updates.has(s.line) && !sameDay(s.mention, stamp.mention));
    if (other) return noDate(`two publication lines give different days, '${evidence}' and '${evidenceOf(other.line, other.mention)}'`);
    if (datelineDate && !sameDay(datelineDate, stamp.mention)) {
      return noDate(`the publication line gives '${evidence}' but the dateline '${evidenceOf(text, datelineDate)}' another day`);
    }
    return { date: isoDate(stamp.mention), source: datelineDate ? 'dateline' : 'text', evidence };
  }
  if (datelineDate) return dateFromDateline(text, datelineDate, mentions);

  const [caption] = stampsOf(lines.topCaptions, lang);
  if (caption) {
    const evidence = evidenceOf(caption.line, caption.mention);
    return {
      date: isoDate(caption.mention),
      source: 'text',
      evidence,
      warning: `date read from the photo caption under the headline, '${evidence}': check that the photo is of the day of publication or ${DATE_ADVICE}`,
    };
  }

  // A stamp states when the page was published; a lead date states when the news happened,
  // which is usually, not always, the same day.
  const nearTop = mentions.filter((m) => m.start < TOP_OF_PAGE_CHARS);
  const withYear = nearTop.filter((m) => m.year !== null);
  const chosen = withYear.find((m) => m.written && opensLead(text, m));
  if (chosen) return { date: isoDate(chosen), source: 'text', evidence: evidenceOf(text, chosen) };

  const yearlessLead = nearTop.find((m) => m.year === null && opensLead(text, m));
  if (yearlessLead) return withInferredYear(text, yearlessLead, mentions, 'text', 'the lead date');
  return noDate(hasYear(text) ? 'no publication date near the top of the text' : 'no year in the text');
}

/**
 * A dateline date is the publication date. When it has no year (`Москва. 30 апреля.`) the year is
 * taken from a full date of the same day and month elsewhere in the text, else inferred.
 */
function dateFromDateline(text: string, datelineDate: DateMention, mentions: DateMention[]): DateFinding {
  const full =
    datelineDate.year !== null ? datelineDate : mentions.find((m) => m.year !== null && m.month === datelineDate.month && m.day === datelineDate.day);
  if (!full) return withInferredYear(text, datelineDate, mentions, 'dateline', 'the dateline');
  return { date: isoDate(full), source: 'dateline', evidence: evidenceOf(text, full) };
}

/** A date without a year, completed from the text after it, with a warning that asks for a check. */
function withInferredYear(text: string, yearless: DateMention, mentions: DateMention[], source: 'dateline' | 'text', what: string): DateFinding {
  const fullDates = mentions.filter((m): m is DateMention & FullDate => m.year !== null);
  const inferred = inferYear(text, yearless.end, yearless, fullDates);
  const evidence = evidenceOf(text, yearless);
  const date = inferred && isoDate({ ...yearless, year: inferred.year });
  // 29 February of a year that has none, or a year outside the archive's range, is no inference to offer.
  if (!inferred || !date || !isIsoDay(date) || outOfArchiveRange(date, todayIsoDay())) return noDate(`${what} '${evidence}' gives no year`);
  return {
    date,
    source,
    evidence,
    warning: `${what} '${evidence}' gives no year; year ${inferred.year} inferred from '${inferred.evidence}': check it or ${DATE_ADVICE}`,
  };
}

interface Stamp {
  line: string;
  mention: DateMention;
}

/** The first full date of each publication line, in the order given. */
function stampsOf(lines: readonly string[], lang: string): Stamp[] {
  const stamps: Stamp[] = [];
  for (const line of lines) {
    const mention = findDateMentions(line, lang).find((m) => m.year !== null);
    if (mention) stamps.push({ line, mention });
  }
  return stamps;
}

/** Same day and month, and the same year where both give one. */
function sameDay(a: DateMention, b: DateMention): boolean {
  return a.month === b.month && a.day === b.day && (a.year === null || b.year === null || a.year === b.year);
}

function noDate(reason: string): DateFinding {
  return { date: null, source: null, evidence: null, warning: `${reason}: ${DATE_ADVICE}` };
}

/** Every valid day the text names, with or without a year, in text order. */
function findDateMentions(input: string | TokenizedText, lang: string): DateMention[] {
  const text = tokenized(input);
  const mentions = [...numericMentions(text.text, lang), ...writtenMentions(text, lang)];
  return mentions.filter(isValid).sort((a, b) => a.start - b.start);
}

function* numericMentions(text: string, lang: string): Generator<DateMention> {
  for (const match of text.matchAll(DAY_FIRST_NUMERIC)) {
    const [whole, first, separator, second, yearDigits] = match;
    if (yearDigits.length === 2 && separator === '-') continue; // dd-dd-dd is more often a phone number
    const order = dayMonthOrder(Number(first), Number(second), separator, lang);
    if (!order) continue;
    const year = yearDigits.length === 2 ? expandTwoDigitYear(Number(yearDigits)) : Number(yearDigits);
    yield { start: match.index, end: match.index + whole.length, year, ...order, written: false };
  }
  for (const match of text.matchAll(YEAR_FIRST_NUMERIC)) {
    const [whole, year, , month, day] = match;
    yield { start: match.index, end: match.index + whole.length, year: Number(year), month: Number(month), day: Number(day), written: false };
  }
}

/** Day first everywhere, except English slashed dates, which are month first; an undecidable one is skipped. */
function dayMonthOrder(first: number, second: number, separator: string, lang: string): { day: number; month: number } | null {
  if (lang !== 'en' || separator !== '/') return { day: first, month: second };
  if (first > 12) return { day: first, month: second };
  if (second > 12) return { day: second, month: first };
  return null;
}

function expandTwoDigitYear(year: number): number {
  return year <= TWO_DIGIT_YEAR_PIVOT ? 2000 + year : 1900 + year;
}

/** The month each word names (or null), per language, remembered by the word's facts. */
const monthsIn = readingsPerLanguage<number | null>();

/** Month words with a day beside them, and the year when one is attached. */
function* writtenMentions({ text, tokens }: TokenizedText, lang: string): Generator<DateMention> {
  const months = monthsIn(lang);
  const read = (word: string) => monthNumberOf(word, lang);
  for (const word of tokens) {
    const month = readingOf(word.facts, months, read);
    if (month === null) continue;
    const wordStart = word.start;
    const wordEnd = word.end;
    const before = text.slice(Math.max(0, wordStart - 40), wordStart);
    const after = text.slice(wordEnd, wordEnd + 20);

    const dayBefore = DAY_BEFORE_MONTH.exec(before);
    if (dayBefore) {
      const dayStart = wordStart - before.length + dayBefore.index;
      const yearBefore = YEAR_BEFORE_DAY.exec(text.slice(Math.max(0, dayStart - 40), dayStart));
      const yearAfter = yearBefore ? null : YEAR_AFTER_MONTH.exec(after);
      const year = yearBefore ?? yearAfter;
      yield {
        start: yearBefore ? dayStart - yearBefore[0].length : dayStart,
        end: yearAfter ? wordEnd + yearAfter[0].length : wordEnd,
        year: year ? Number(year[1]) : null,
        month,
        day: Number(dayBefore[1]),
        written: true,
      };
      continue;
    }
    const dayAndYearAfter = DAY_AND_YEAR_AFTER_MONTH.exec(after);
    if (dayAndYearAfter) {
      const [whole, day, year] = dayAndYearAfter;
      yield { start: wordStart, end: wordEnd + whole.length, year: Number(year), month, day: Number(day), written: true };
    }
  }
}

/**
 * A real calendar day (no 00.00.0000, no 31 April) in the archive's range (src/lib/dates/dates.ts): a
 * 1985 or a future date is an event of the story, not the day it was published. Without a year,
 * 29 February is allowed.
 */
function isValid(mention: DateMention): boolean {
  const { year, month, day } = mention;
  if (month < 1 || month > 12 || day < 1) return false;
  // 2000 is a leap year: a day without its year may be 29 February.
  if (year === null) return isCalendarDay(2000, month, day);
  return isCalendarDay(year, month, day) && outOfArchiveRange(isoDate(mention), todayIsoDay()) === null;
}

/**
 * The date opens the first sentence of its paragraph, and that sentence goes on to tell the news.
 * A date trailing a photo caption, or inside a later sentence, is an event of the story.
 */
function opensLead(text: string, mention: DateMention): boolean {
  const line = lineAround(text, mention.start);
  const before = text.slice(line.start, mention.start).trim();
  if (before && (wordCount(before) > LEAD_MAX_WORDS_BEFORE_DATE || !/[,:–—-]$/u.test(before))) return false;
  const afterLine = text.slice(mention.end, line.end);
  const sentenceEnd = afterLine.search(SENTENCE_END_IN_TEXT);
  const after = sentenceEnd === -1 ? afterLine : afterLine.slice(0, sentenceEnd);
  return wordCount(after) >= LEAD_MIN_WORDS_AFTER_DATE && !isLimit(text, mention, after);
}

function isLimit(text: string, mention: DateMention, after: string): boolean {
  const lastWord = text.slice(mention.start, mention.end).match(WORD)?.at(-1)?.toLowerCase() ?? '';
  const nextWord = after.match(WORD)?.[0].toLowerCase() ?? '';
  return LIMIT_ENDINGS.some((ending) => lastWord.endsWith(ending)) || LIMIT_WORDS.has(nextWord);
}

function lineAround(text: string, index: number): { start: number; end: number } {
  const start = text.lastIndexOf('\n', index - 1) + 1;
  const newline = text.indexOf('\n', index);
  return { start, end: newline === -1 ? text.length : newline };
}

function hasYear(text: string): boolean {
  return /(?<!\d)(?:19|20)\d\d(?!\d)/u.test(text);
}

function isoDate({ year, month, day }: DateMention): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function evidenceOf(text: string, mention: DateMention): string {
  return text.slice(mention.start, mention.end);
}
