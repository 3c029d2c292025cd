import { CUE_KINDS, LANGUAGES, NETWORK_NAMES, type CueKind } from '../../src/lib/languages/index.ts';
import { namesWeekday } from '../../src/lib/languages/month-names.ts';
import { ENDS_AS_SENTENCE } from '../../src/lib/text/sentences.ts';
import { caselessKey, WORD, wordCount } from '../../src/lib/text/text.ts';
import { linesBelowArticle } from './prose-blocks.ts';
import { selectLines, tokenized, wordsInLine, type TokenizedText } from '../../src/lib/text/token-stream.ts';

/**
 * The structure of a pasted page, read before its words: every line gets a role from shape cues
 * that hold in any language (length, separators such as `>` `/` `|` `•`, a date or time shape, a
 * run of short lines each ending with a date) and from the cue words of each language's
 * page-cues.json (src/lib/languages/<code>/; all consulted, since pages carry other languages'
 * interface text). Ingest then reads each field from the lines of its role: the date from publication lines and the dateline, the
 * headline, entities and the body from the article's own lines.
 */
export type LineRole =
  | 'article'
  | 'headline'
  | 'publication'
  | 'navigation'
  | 'widget'
  | 'readAlso'
  | 'related'
  | 'caption'
  | 'footer'
  /** A saved page's text outside the article Readability found (html-page.ts). */
  | 'outsideArticle'
  /** A line after the article's last paragraph that is not a sentence (prose-blocks.ts). */
  | 'belowArticle';

/** Roles of page furniture, taken out of the entry's body. */
export type LeftoverRole = Exclude<LineRole, 'article' | 'headline'>;

export interface PageLine {
  /** The line as pasted. */
  raw: string;
  text: string;
  /** How many words it holds, from the page's token stream. */
  words: number;
  role: LineRole | 'blank';
}

export interface RemovedBlock {
  role: LeftoverRole;
  lines: string[];
}

/** Every language's cue words, merged and keyed caselessly; longer cues first so `Son Güncelleme` wins over `Son`. */
function loadCues(): { cues: Record<CueKind, string[]>; networks: Set<string> } {
  const cues = Object.fromEntries(CUE_KINDS.map((kind) => [kind, new Set<string>()])) as Record<CueKind, Set<string>>;
  for (const { pageCues } of LANGUAGES.values()) {
    for (const file of pageCues) for (const kind of CUE_KINDS) for (const cue of file[kind] ?? []) cues[kind].add(caselessKey(cue));
  }
  const sorted = Object.fromEntries(CUE_KINDS.map((kind) => [kind, [...cues[kind]].sort((a, b) => b.length - a.length)])) as Record<CueKind, string[]>;
  return { cues: sorted, networks: new Set(NETWORK_NAMES.map(caselessKey)) };
}

const { cues: CUES, networks: NETWORKS } = loadCues();
/** Every word of a share cue (`paylaş`, `поделиться`, and each word of `haberi paylaşın`). */
const SHARE_WORDS = new Set(CUES.share.flatMap((cue) => [cue, ...cue.split(' ')]));

/** A related-news or "read also" link is a short headline; an article sentence is longer or ends in a full stop. */
const MAX_LINK_WORDS = 20;
const MAX_RELATED_LINKS = 12;
const MAX_READ_ALSO_LINKS = 3;
/** A publication line holds a date or time and at most this many other words (labels, weekday, zone, counter). */
const PUBLICATION_MAX_WORDS = 5;
const PUBLICATION_MAX_LENGTH = 120;
/** A breadcrumb or menu item is a few words; a credit, footer or caption line is not a paragraph. */
const MENU_ITEM_MAX_WORDS = 3;
const MENU_MAX_WORDS = 14;
const CREDIT_MAX_WORDS = 15;
/** `Haberi paylaşın`, `Нашли ошибку? Выделите текст и нажмите Ctrl+Enter`, `Telegram kanalimizga obuna bo'ling`. */
const CALL_TO_ACTION_MAX_WORDS = 12;
/** A related-news heading without a cue word is a short label: `Ушул темада`, `Еще по теме`. */
const HEADING_MAX_WORDS = 4;
const FOOTER_MAX_WORDS = 25;
/** A stamp stands above the article's first paragraph; one below it is some other news's or the footer's. */
const MAX_PARAGRAPHS_ABOVE_STAMP = 0;
const PARAGRAPH_MIN_WORDS = 20;
/** No line of furniture is longer (the longest kinds, footers and captions, have at most 25 words). */
const MAX_FURNITURE_CHARS = 400;
/** A run of this many short lines each ending with a date is a list of other news, heading or not. */
const DATED_RUN_MIN = 2;

/** `20.01.2024`, `2024-01-20`, `19.05.21` (also glued to a time: `19:3608.12.2019`), a time `14:32`, `5 сентября 2024`, `2025-nji ýylyň 12-nji`, `2020 ж. 25 сәуір`, `March 4, 2025`. */
const DATE_OR_TIME =
  /(?:(?<!\d)|(?<=\d:\d\d))(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{4}[./-]\d{1,2}[./-]\d{1,2}|\d{1,2}:\d{2}|\d{1,2}(?:-\p{L}{1,5})?[\s-]+\p{L}{3,}\.?,?\s+\d{4}|\d{4}\s*-?\s*\p{L}{0,4}\s+\p{L}+\s+\d{1,2}|\d{4}\s*-?\s*\p{L}{1,8}\.?,?\s+\d{1,2}[-\s]+\p{L}{3,}|\p{L}{3,}\.?\s+\d{1,2},\s+\d{4})(?!\d)/u;
/** A date or a time closing a line: `… ачылды 28.01.2026`, `… 12:40`, `… 10-март`, `… 10 мая, 18:30`. */
const ENDS_WITH_DATE = /(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{1,2}:\d{2}|(?<!\d)\d{1,2}-\p{L}{3,})\)?$/u;
const STARTS_WITH_TIME = /^\d{1,2}:\d{2}\s*[-–—|/]?\s*\p{L}/u;
/** Breadcrumb and menu separators. */
const MENU_SEPARATOR = /\s+(?:[>»›|•→·]|\/)\s+/u;
const BREADCRUMB_SEPARATOR = /\s+[>»›→]\s+/u;
/** One of MENU_SEPARATOR's characters: a cheap test before a line is split by it. */
const MENU_SEPARATOR_CHARACTER = /[>»›|•→·/]/u;
/** A view counter: `👁 842`, `1,204 views`, `Просмотров: 4 120`. */
const COUNTER_NUMBER = String.raw`\d[\d\s.,]*`;
/** `Просмотров: 4 120` after the cue, `1,204 views` before it; compiled once, not per line. */
const COUNT_AFTER_CUE = new RegExp(String.raw`^\s*:?\s*${COUNTER_NUMBER}$`, 'u');
const COUNT_BEFORE_CUE = new RegExp(String.raw`^${COUNTER_NUMBER}\s+(?:${CUES.views.map(escapeRegExp).join('|')})$`, 'u');
/** A ticker line: a number, perhaps with a bullet, sign, currency or percent (`• 86.5`, `USD 87,45`). */
const TICKER_LINE = /^[\s•·*▲▼↑↓+\-–]*(?:[A-Z]{3}\s*)?[$€₽₸£]?\s*[+-]?\d+(?:[.,]\d+)?\s*%?\s*(?:[A-Z]{3})?\s*$/u;
/** A category label with a comment or view counter (`Саясат 0`, `Politika 12`): at most three words and a number. */
const CATEGORY_COUNTER_LINE = /^\p{Lu}\p{L}*(?:[ -]\p{L}+){0,2}\s+\d{1,6}$/u;
const EYE_COUNTER = /^(?:👁|👀|👁️)\s*\d[\d\s.,]*$/u;

export function readPage(input: string | TokenizedText): PageLine[] {
  const page = tokenized(input);
  const lines: PageLine[] = page.text
    .split('\n')
    .map((raw, index) => ({ raw, text: raw.trim(), words: wordsInLine(page, index), role: raw.trim() === '' ? 'blank' : 'article' }));
  let list: { role: 'related' | 'readAlso' | 'share'; left: number } | null = null;
  for (const line of lines) {
    if (line.role === 'blank') {
      list = null;
      continue;
    }
    if (list && list.left > 0 && continuesList(line.text, list.role)) {
      line.role = list.role === 'share' ? 'widget' : list.role;
      list.left--;
      continue;
    }
    list = null;
    const found = roleOf(line.text, line.words);
    line.role = found.role;
    if (found.opensList) list = found.opensList;
  }
  markDatedRuns(lines);
  for (const index of linesBelowArticle(lines, (index) => lines[index].role === 'article')) lines[index].role = 'belowArticle';
  return lines;
}

/**
 * Lines above the headline that are not prose are the page's masthead, menus and section labels.
 * One with more words than the headline is kept: it may be the real headline or text, and the
 * original keeps everything anyway, but the body should not lose it. So is a line of markup or
 * code (`---`, `title: "…"`, `<b>`): whatever a maintainer pasted there is shown, as text.
 */
export function markAboveHeadline(lines: PageLine[], headline: number, isProse: (line: string) => boolean): void {
  const headlineWords = lines[headline].words;
  for (let index = 0; index < headline; index++) {
    const line = lines[index];
    if (line.role === 'article' && !isProse(line.text) && line.words <= headlineWords && isPlainLabel(line.text)) line.role = 'navigation';
  }
}

/**
 * A breadcrumb ends with the page's own headline, which the page prints again on a line of its own:
 * `Bosh sahifa / Yangiliklar / <headline>`. Its other parts are menu items; the line is navigation
 * however long the headline is.
 */
export function markBreadcrumbs(lines: PageLine[]): void {
  const texts = new Set(lines.filter((line) => line.role === 'article').map((line) => line.text));
  for (const line of lines) {
    if (line.role !== 'article' || !MENU_SEPARATOR_CHARACTER.test(line.text)) continue;
    const parts = line.text.split(MENU_SEPARATOR);
    if (parts.length < 2 || !texts.has(parts.at(-1)!.trim()) || parts.at(-1)!.trim() === line.text) continue;
    if (parts.slice(0, -1).every((part) => wordCount(part) >= 1 && wordCount(part) <= MENU_ITEM_MAX_WORDS)) line.role = 'navigation';
  }
}

/** The article's own lines, headline included or not (blank lines kept, so paragraphs stay apart), as one text. */
export function articleText(lines: readonly PageLine[], withHeadline = true): string {
  return lines
    .filter((line) => isArticleLine(line, withHeadline))
    .map((line) => line.raw)
    .join('\n')
    .replace(/\n{3,}/gu, '\n\n')
    .trim();
}

/** `articleText` with its words, taken from the page's token stream (`page` is what `lines` were read from). */
export function articleTokens(page: TokenizedText, lines: readonly PageLine[], withHeadline = true): TokenizedText {
  return selectLines(page, (index) => isArticleLine(lines[index], withHeadline));
}

function isArticleLine(line: PageLine, withHeadline: boolean): boolean {
  return line.role === 'article' || line.role === 'blank' || (withHeadline && line.role === 'headline');
}

/**
 * The lines a publication date is read from: publication lines at the top of the article ("updated"
 * stamps after the others) and the photo caption, if any, that directly follows the headline. A
 * stamp below the body belongs to the list of other news or to the page's footer.
 */
export function dateLines(lines: readonly PageLine[], lang: string): { publication: string[]; updates: Set<string>; topCaptions: string[] } {
  const headlineAt = lines.findIndex((line) => line.role === 'headline');
  const lastParagraph = lines.findLastIndex((line) => line.role === 'article' && line.words >= PARAGRAPH_MIN_WORDS);
  const top: string[] = [];
  const masthead: string[] = [];
  const inside: string[] = [];
  let paragraphs = 0;
  lines.forEach((line, index) => {
    if (line.role === 'article' && line.words >= PARAGRAPH_MIN_WORDS) paragraphs++;
    if (line.role !== 'publication') return;
    if (paragraphs <= MAX_PARAGRAPHS_ABOVE_STAMP) (index < headlineAt && namesWeekday(line.text, lang) ? masthead : top).push(line.text);
    else if (index < lastParagraph) inside.push(line.text);
  });
  // A masthead's weekday and date are the issue's, or today's on a site that prints it: the
  // article's own line outweighs it. A stamp after the lead, an author line or a counter, with the
  // article going on below it, is the article's; one below the last paragraph is other news's.
  const stamps = top.length ? top : inside.length ? inside.slice(0, 1) : masthead;
  const updates = new Set(stamps.filter((line) => afterCue(caselessKey(line), CUES.updated) !== null));
  const headline = lines.findIndex((line) => line.role === 'headline');
  const next = headline === -1 ? undefined : lines.slice(headline + 1).find((line) => line.role !== 'blank' && line.role !== 'headline');
  return {
    publication: [...stamps.filter((line) => !updates.has(line)), ...updates],
    updates,
    topCaptions: next?.role === 'caption' ? [next.text] : [],
  };
}

/** Furniture taken out, as consecutive runs of one role. */
export function removedBlocks(lines: readonly PageLine[]): RemovedBlock[] {
  const blocks: RemovedBlock[] = [];
  lines.forEach((line, index) => {
    if (line.role === 'article' || line.role === 'blank' || line.role === 'headline') return;
    const last = blocks.at(-1);
    if (last && last.role === line.role && lines[index - 1]?.role === line.role) last.lines.push(line.text);
    else blocks.push({ role: line.role, lines: [line.text] });
  });
  return blocks;
}

interface RoleFinding {
  role: LineRole;
  opensList?: { role: 'related' | 'readAlso' | 'share'; left: number };
}

function roleOf(line: string, words: number): RoleFinding {
  if (line.length > MAX_FURNITURE_CHARS) return { role: 'article' };
  const key = caselessKey(line);

  if (/^(?:©|\(c\)\s)/iu.test(line) || (words <= FOOTER_MAX_WORDS && containsCue(key, CUES.footer))) return { role: 'footer' };

  const readAlso = afterCue(key, CUES.readAlso);
  if (readAlso !== null) {
    if (isBare(readAlso)) return { role: 'readAlso', opensList: { role: 'readAlso', left: MAX_READ_ALSO_LINKS } };
    if (/^[:–—-]/u.test(readAlso) && words <= MAX_LINK_WORDS + 3) return { role: 'readAlso' };
  }
  const related = afterCue(key, CUES.related);
  if (related !== null && isBare(related)) return { role: 'related', opensList: { role: 'related', left: MAX_RELATED_LINKS } };

  for (const kind of ['share', 'comments'] as const) {
    const rest = afterCue(key, CUES[kind]);
    if (rest !== null && (isBare(rest) || isNetworkRow(rest)))
      return { role: 'widget', opensList: kind === 'share' ? { role: 'share', left: MAX_LINK_WORDS } : undefined };
  }
  if (isNetworkRow(key) || isCounter(line, key)) return { role: 'widget' };
  if (words <= CALL_TO_ACTION_MAX_WORDS && !/(?<![.])\.$/u.test(line) && containsCue(key, CUES.callsToAction)) return { role: 'widget' };

  const credit = afterCue(key, CUES.credit);
  if (credit !== null && /^\s*[:/|–—-]/u.test(credit) && words <= CREDIT_MAX_WORDS) return { role: 'caption' };
  if (endsWithCredit(key) && words <= FOOTER_MAX_WORDS) return { role: 'caption' };

  if (isPublicationLine(line, key, words)) return { role: isDateWidget(line, key, words) ? 'widget' : 'publication' };
  if (isMenu(line, words) || (words <= MENU_ITEM_MAX_WORDS && CUES.navigation.includes(key.replace(/[:.]$/u, '')))) return { role: 'navigation' };
  return { role: 'article' };
}

function continuesList(line: string, role: 'related' | 'readAlso' | 'share'): boolean {
  if (role === 'share') return isNetworkRow(caselessKey(line));
  const words = wordCount(line);
  return words > 0 && words <= MAX_LINK_WORDS && !/(?<![.])\.["»”)]*$/u.test(line);
}

/** Only a colon, a counter or nothing after the cue: `Поделиться:`, `Yorumlar (3)`, `Пикирлер 0`. */
function isBare(rest: string): boolean {
  return /^\s*(?:[:.]|\(\d+\)|\d+)?\s*:?\s*$/u.test(rest);
}

/** What follows the cue the line opens with, or null when it opens with none. */
function afterCue(key: string, cues: readonly string[]): string | null {
  for (const cue of cues) {
    if (key.startsWith(cue) && !/^[\p{L}\p{M}]/u.test(key.slice(cue.length))) return key.slice(cue.length);
  }
  return null;
}

/** A caption closes with its credit in brackets: `… açylyş dabarasynda (Surat: AA)`, `… (Фото: Кабар)`. */
function endsWithCredit(key: string): boolean {
  const open = key.lastIndexOf('(');
  if (open === -1 || !key.endsWith(')')) return false;
  const inside = key.slice(open + 1, -1).trim();
  const rest = afterCue(inside, CUES.credit);
  return rest !== null && /^\s*:/u.test(rest);
}

function containsCue(key: string, cues: readonly string[]): boolean {
  return cues.some((cue) => {
    const at = key.indexOf(cue);
    return at !== -1 && !/[\p{L}\p{M}]/u.test(key[at - 1] ?? '') && !/[\p{L}\p{M}]/u.test(key[at + cue.length] ?? '');
  });
}

/** Every word a network name or a share word, at least one network: `Facebook Twitter WhatsApp`, `Facebook'ta Paylaş`. */
function isNetworkRow(key: string): boolean {
  let networks = 0;
  let words = 0;
  // Most lines fail at their first word: read the words one at a time.
  for (const match of key.matchAll(WORD)) {
    const word = match[0].replace(/'[\p{L}\p{M}]+$/u, '');
    words++;
    if (NETWORKS.has(word)) networks++;
    else if (!SHARE_WORDS.has(word)) return false;
  }
  if (words === 0) return false;
  const rest = key.replace(/[\p{L}\p{M}\d'’.-]+/gu, '').replace(/[\s|•·,:/]+/gu, '');
  return networks > 0 && rest === '';
}

function isCounter(line: string, key: string): boolean {
  if (TICKER_LINE.test(line) || CATEGORY_COUNTER_LINE.test(line) || EYE_COUNTER.test(line)) return true;
  const after = afterCue(key, CUES.views);
  if (after !== null && COUNT_AFTER_CUE.test(after)) return true;
  return COUNT_BEFORE_CUE.test(key);
}

/**
 * A date or time with few other words (labels, weekday, time zone, a counter), or a line opening
 * with a "published" / "updated" label followed by a date.
 */
function isPublicationLine(line: string, key: string, words: number): boolean {
  if (line.length > PUBLICATION_MAX_LENGTH || !DATE_OR_TIME.test(line)) return false;
  // `Бишкек, 19.05.21. Жыйын өттү.` is a dateline opening a sentence; `Дата: 17:28, 28-08-2014.`
  // and `14-nji fewral 2025 ý.` (a year word cut to one letter) are stamps.
  if (ENDS_AS_SENTENCE.test(line) && !/(?:\d|(?<![\p{L}\p{M}])\p{L})\.$/u.test(line)) return false;
  const labelled = [...CUES.published, ...CUES.updated].some((cue) => afterCue(key, [cue]) !== null);
  return labelled || words <= PUBLICATION_MAX_WORDS;
}

/** A currency code or sign beside an amount: `USD 12 650,00`, `€ 96.10`. */
const CURRENCY = /(?:\b(?:USD|EUR|RUB|RUR|KZT|KGS|UZS|TRY|AZN|TMT|CNY|GBP|JPY|CHF)\b|[$€₽₸£¥₺₼])/u;
const AMOUNT = /\d[\d\s]*[.,]\d{2}(?!\d)/u;
/** A temperature: `+3°`, `-12 °C`. */
const TEMPERATURE = /[+−-]?\d{1,2}\s?°/u;
/** "Today" words of every language (their lead.json), which open a "today" line: `Bugun 1 mart, 2026 yil`, `Сегодня: 7 мая`. */
const TODAY_WORDS = [...new Set([...LANGUAGES.values()].flatMap(({ lead }) => lead?.when ?? []).map(caselessKey))];
const TODAY_LINE_MAX_WORDS = 8;

/**
 * A line shaped like a publication line whose date is a widget's, which never dates the article:
 * a currency ticker (`Valyuta kurslari 20/09/2024: USD 12 650,00`), the weather beside today's date
 * (`Вторник, 7 мая, 2024 +3°`), a "today" line. Read by shape: an amount with its currency, a
 * temperature, a short line opening with the word for today.
 */
function isDateWidget(line: string, key: string, words: number): boolean {
  if ((CURRENCY.test(line) && AMOUNT.test(line)) || TEMPERATURE.test(line)) return true;
  return words <= TODAY_LINE_MAX_WORDS && afterCue(key, TODAY_WORDS) !== null && !ENDS_AS_SENTENCE.test(line);
}

function isMenu(line: string, words: number): boolean {
  if (words > MENU_MAX_WORDS || /\d/u.test(line)) return false;
  const parts = line.split(MENU_SEPARATOR);
  const enough = parts.length >= 3 || (parts.length === 2 && BREADCRUMB_SEPARATOR.test(line));
  return (
    enough &&
    parts.every((part) => {
      const count = wordCount(part);
      return count >= 1 && count <= MENU_ITEM_MAX_WORDS && !/[.!?,;:]$/u.test(part.trim());
    })
  );
}

/** Runs of short lines each ending with a date or opening with a time, without a heading: other news. */
function markDatedRuns(lines: PageLine[]): void {
  let run: PageLine[] = [];
  let heading: PageLine | undefined;
  const flush = () => {
    if (run.length >= DATED_RUN_MIN) {
      for (const line of run) line.role = 'related';
      if (heading?.role === 'article' && isBareHeading(heading.text)) heading.role = 'related';
    }
    run = [];
  };
  for (const [index, line] of lines.entries()) {
    if (run.length === 0) heading = lines[index - 1];
    const dated =
      line.text.length <= MAX_FURNITURE_CHARS &&
      (line.role === 'article' || line.role === 'related' || line.role === 'publication') &&
      line.words >= 2 &&
      line.words <= MAX_LINK_WORDS &&
      (ENDS_WITH_DATE.test(line.text) || STARTS_WITH_TIME.test(line.text)) &&
      !ENDS_AS_SENTENCE.test(line.text.replace(ENDS_WITH_DATE, '').trim());
    if (dated && wordCount(line.text.replace(DATE_OR_TIME, '')) > PUBLICATION_MAX_WORDS - 2) run.push(line);
    else flush();
  }
  flush();
}

/** Words with at most light punctuation: a label, a menu, a masthead. */
function isPlainLabel(line: string): boolean {
  const visible = line.replace(/\s/gu, '');
  const letters = visible.match(/[\p{L}\p{M}]/gu)?.length ?? 0;
  return letters * 2 >= visible.length && !/[:;[\]{}<>=#*\\]/u.test(line);
}

/** A short label standing over a list: a few words, no digits, no sentence punctuation. */
function isBareHeading(line: string): boolean {
  const words = wordCount(line);
  return words >= 1 && words <= HEADING_MAX_WORDS && !/\d/u.test(line) && !/[.!?,;]$/u.test(line);
}

function escapeRegExp(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
