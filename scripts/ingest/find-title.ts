/**
 * The title of a bulletin: the text's own headline when it has one, else a short title cut from
 * the lead sentence. The line of the headline is returned, so that it is taken out of the body.
 *
 * A page copied from a news site puts menus, section names, mastheads, tickers and time stamps
 * above the headline. Read as an editor would: the headline is a prose-like line above the lead,
 * set off on its own, and the most substantial of such lines.
 */
import { countLettersByScript, lowerCaseFor, mainScriptOf, upperCaseFor, wordCount, type ScriptCode as Script } from '../../src/lib/text/text.ts';
import { lettersOfTokens, tokenized, type TokenizedText } from '../../src/lib/text/token-stream.ts';
import { leadWordsFor, type LeadWords } from '../../src/lib/languages/index.ts';
import { monthNumberOf, YEAR_WORD } from '../../src/lib/languages/month-names.ts';

export interface TitleFinding {
  title: string;
  source: 'headline' | 'lead';
  /** Index of the headline among the text's lines; null when the title is derived from the lead. */
  line: number | null;
}

/** Derived titles read as headlines in listings, feed readers and a phone's screen. */
const MAX_DERIVED_LENGTH = 90;
/** A verb-final sentence too long for a title keeps its subject and at most this many closing words (object and verb). */
const MAX_VERB_GROUP_WORDS = 4;
/** The capitalised start of a name whose title goes on in lower case (`Қазақстан Республикасының Сыртқы` істер министрі). */
const MAX_NAME_START_WORDS = 3;
/** A clause shorter than this does not say who did what. */
const MIN_CLAUSE_WORDS = 4;
const MAX_HEADLINE_LENGTH = 250;
/** A single word above an article is a section name or a menu item (`JEMGYÝET`, `Жаңалық`), not a headline. */
const MIN_HEADLINE_WORDS = 2;
/**
 * A standfirst is a sentence-long summary under the headline: at least this many words and twice
 * the headline's. A shorter line under a masthead or label is the headline itself.
 */
const STANDFIRST_MIN_WORDS = 15;
const STANDFIRST_HEADLINE_MIN_WORDS = 4;
/** Below this share of letters among its visible characters a line is a ticker, stamp or counter. */
const MIN_LETTER_SHARE = 0.6;
/** The lead is the first line of prose: a sentence of this many words, or a run-on line this long. */
const LEAD_MIN_WORDS = 8;
const LEAD_RUN_ON_WORDS = 30;
/** How far down a headline is looked for when no lead is recognised. */
const MAX_LINES_ABOVE_LEAD = 40;

/** A dateline opening the lead: `Бишкек, 19.05.21. /Кабар/.`, `ASTANA. Kazinform -`, `ТОШКЕНТ, 26 дек – Sputnik.`, `БИШКЕК, 19-июл. — Sputnik.` */
const LEADING_DATELINE =
  /^\p{Lu}[\p{L}-]*(?:[ ,.]+(?:\d{1,2}[-\s]?\p{L}{1,12}|[\d./]+)\.?)?[ ,.]*(?:\/[^/\n]{1,40}\/\.?|\p{L}[\p{L} ]{0,30}\s[-–—]|[-–—]\s*[\p{L}\d][\p{L}\d.]{0,30}[.,])\s*/u;
/** A time printed before a headline in a news list: `03:33 - Фирибгар қўлга олинди`. */
const LEADING_TIME = /^\d{1,2}:\d{2}\s*[-–—|/]\s*/u;
/** A time anywhere else makes the line a stamp: `O‘zbekiston | 19:05 / 20.01.2024`. */
const TIME = /(?<!\d)\d{1,2}:\d{2}(?!\d)/u;
/** Braces, angle brackets and equals signs are markup or code pasted along, never a headline's. */
const CODE_CHARACTERS = /[{}<>=]/u;
/** One full stop ends a sentence; an ellipsis (`театрида...`) marks a headline cut short. */
const FULL_STOP_AT_END = /(?<![.])\.["»”)]*$/u;
/** Lead sentences end in these; headlines do not (`?` and `!` they may). */
const NON_HEADLINE_END = /(?:(?<![.])\.|[:;,])["»”)]*$/u;
/** A sentence boundary inside a line. */
const SENTENCE_INSIDE = /[.!?…]["»”)]*\s+["«„“(–—-]?\p{Lu}/u;

interface Candidate {
  title: string;
  line: number;
  /** A block of its own, with blank lines (or the start of the text) around it. */
  isolated: boolean;
}

/** `lang` (the detected language) lets a derived title drop the lead's date and "today" words. */
export function findTitle(input: string | TokenizedText, lang?: string): TitleFinding {
  const { text, tokens } = tokenized(input);
  const lines = text.split('\n');
  const lead = leadLine(lines);
  const headline = bestHeadline(headlineCandidates(lines, lead, mainScriptOf(lettersOfTokens(tokens)) ?? null));
  if (headline) return { title: headline.title, source: 'headline', line: headline.line };
  return { title: titleFromLead(text, lang), source: 'lead', line: null };
}

/** Index of the first line of prose, or of the line where the search stops. */
function leadLine(lines: string[]): number {
  const limit = Math.min(lines.length, MAX_LINES_ABOVE_LEAD);
  for (let index = 0; index < limit; index++) if (isProse(lines[index].trim())) return index;
  return limit;
}

/**
 * A sentence of some length ending in a full stop, or a first sentence followed by a long one.
 * Two-part headlines (`Кафе өрттөндү. Видео`, `… арестовали на 15 суток. Она только что отсидела 10`)
 * have a short second part and no final full stop.
 */
export function isProse(line: string): boolean {
  const words = wordCount(line);
  if (words >= LEAD_RUN_ON_WORDS) return true;
  if (words >= LEAD_MIN_WORDS && FULL_STOP_AT_END.test(line)) return true;
  const boundary = SENTENCE_INSIDE.exec(line);
  return boundary !== null && wordCount(line.slice(boundary.index)) >= LEAD_MIN_WORDS;
}

/** Lines above the lead that read as a headline, each followed by more text. */
function headlineCandidates(lines: string[], lead: number, script: Script | null): Candidate[] {
  const lastContent = lines.findLastIndex((line) => line.trim() !== '');
  const candidates: Candidate[] = [];
  for (let index = 0; index < lead && index < lastContent; index++) {
    const title = lines[index].trim().replace(LEADING_TIME, '');
    if (!looksLikeHeadline(title, script) || isInsideRunningText(lines[index - 1], title, lines[index + 1])) continue;
    const isolated = isBlank(lines[index - 1]) && isBlank(lines[index + 1]);
    candidates.push({ title, line: index, isolated });
  }
  return candidates;
}

/**
 * Set-off lines win over lines inside a block of page furniture; then the longest wins, unless it
 * directly follows a headline-like line of some words: then it is that headline's standfirst.
 */
function bestHeadline(candidates: Candidate[]): Candidate | null {
  const isolated = candidates.filter((candidate) => candidate.isolated);
  const pool = isolated.length > 0 ? isolated : candidates;
  const longest = pool.reduce<Candidate | null>((best, candidate) => (!best || candidate.title.length > best.title.length ? candidate : best), null);
  const above = longest && candidates.find((candidate) => candidate.line === longest.line - 1);
  if (!longest || !above) return longest;
  const [headlineWords, standfirstWords] = [wordCount(above.title), wordCount(longest.title)];
  const isStandfirst = headlineWords >= STANDFIRST_HEADLINE_MIN_WORDS && standfirstWords >= STANDFIRST_MIN_WORDS && standfirstWords >= 2 * headlineWords;
  return isStandfirst ? above : longest;
}

function looksLikeHeadline(line: string, script: Script | null): boolean {
  if (line.length > MAX_HEADLINE_LENGTH || wordCount(line) < MIN_HEADLINE_WORDS) return false;
  if (NON_HEADLINE_END.test(line) || TIME.test(line) || CODE_CHARACTERS.test(line)) return false;
  return letterShare(line) >= MIN_LETTER_SHARE && isInScript(line, script);
}

/**
 * A line inside running text: after a byline's comma (`Элдор Арипов,` then the author's post) or
 * a sentence, or hard-wrapped prose that starts or goes on in lower case (`Son dakika haberleri`
 * then `ile karşınızdayız.`).
 */
function isInsideRunningText(before: string | undefined, line: string, after: string | undefined): boolean {
  const startsLower = (text: string | undefined) => /^\p{Ll}/u.test(text?.trim() ?? '');
  return startsLower(line) || startsLower(after) || /(?:[,–—-]|(?<![.])\.)$/u.test(before?.trim() ?? '');
}

function letterShare(line: string): number {
  const visible = line.replace(/\s/gu, '');
  return (visible.match(/[\p{L}\p{M}]/gu)?.length ?? 0) / visible.length;
}

/** Interface text in another script (`World News in Kazakh` on a Kazakh page) is not the headline. */
function isInScript(line: string, script: Script | null): boolean {
  if (!script) return true;
  const counts = countLettersByScript(line);
  const letters = line.match(/\p{L}/gu)?.length ?? 0;
  return counts[script] * 2 >= letters;
}

function isBlank(line: string | undefined): boolean {
  return line === undefined || line.trim() === '';
}

/** The title a text without a headline gets, from its first line; `lang` drops its date and "today" words. */
export function titleFromLead(text: string, lang?: string): string {
  return deriveFromLead((text.split('\n').find((line) => line.trim() !== '') ?? '').trim(), lang);
}

/**
 * A headline made from the lead: its first sentence without the dateline, the date and the
 * "today" words (who did what, not when), shortened to the main clause when too long: in
 * verb-final languages the subject and the closing object and verb, elsewhere the words up to
 * the first comma; failing that, cut at a word boundary.
 */
function deriveFromLead(line: string, lang?: string): string {
  const words = leadWordsFor(lang);
  const lead = line.replace(LEADING_DATELINE, '').trim() || line;
  const sentence = (lead.match(/^.+?[.!?](?=\s|$)/u)?.[0] ?? lead).replace(/[.]$/u, '');
  const clause = capitalized(withoutWhen(sentence, words, lang ?? ''), lang ?? '');
  return clause.length <= MAX_DERIVED_LENGTH ? clause : shortened(clause, words);
}

/** The sentence without its date and "today" words (`Бүгүн, 12-сентябрда`, `On 12 September 2025,`), wherever they stand. */
function withoutWhen(sentence: string, words: LeadWords, lang: string): string {
  const tokens = sentence.split(/\s+/u);
  const bare = (token: string | undefined) => lowerCaseFor(token ?? '', lang).replace(/^[("«„“]+|[)"»”,.:;]+$/gu, '');
  const yearWord = new RegExp(`^(?:${YEAR_WORD})$`, 'iu');
  const isDateWord = (token: string | undefined) => {
    const word = bare(token).replace(/^\d+[-–]?/u, '');
    return /^\p{L}/u.test(word) && (monthNumberOf(word, lang) !== null || yearWord.test(word));
  };
  const isNumber = (token: string | undefined) => /^\d{1,4}(?:[./-]\d{1,4})*(?:[-–]?\p{L}+)?$/u.test(bare(token));
  const isNumericDate = (token: string | undefined) => /^\d{1,2}[./]\d{1,2}[./]\d{2,4}$/u.test(bare(token));
  /** How many tokens from `index` say when: a "today" phrase, or a date of numbers, month names and year words. */
  const whenLength = (index: number): number => {
    const phrase = words.when.map((when) => when.split(' ')).find((when) => when.every((word, offset) => bare(tokens[index + offset]) === word));
    if (phrase) return phrase.length;
    let end = index;
    if (words.datePrepositions.includes(bare(tokens[end])) && isNumber(tokens[end + 1])) end++;
    const start = end;
    while (
      (isNumber(tokens[end]) && (isDateWord(tokens[end]) || isDateWord(tokens[end + 1]) || isDateWord(tokens[end - 1]) || isNumericDate(tokens[end]))) ||
      (isDateWord(tokens[end]) && (isNumber(tokens[end + 1]) || isNumber(tokens[end - 1])))
    )
      end++;
    return end > start ? end - index : 0;
  };
  const rest: string[] = [];
  for (let index = 0; index < tokens.length; ) {
    const when = whenLength(index);
    if (when === 0) rest.push(tokens[index]);
    index += Math.max(when, 1);
  }
  // Nothing but a date (or too little beside it) keeps the sentence as it was.
  if (rest.length < 3) return sentence;
  return rest
    .join(' ')
    .replace(/^[,.:;–—-]+\s*/u, '')
    .replace(/\s+,/gu, ',');
}

function capitalized(text: string, lang: string): string {
  return upperCaseFor(text.charAt(0), lang) + text.slice(1);
}

function shortened(clause: string, words: LeadWords): string {
  return (words.verbFinal ? verbFinalMainClause(clause) : clauseBeforeComma(clause)) ?? cutAtWord(clause);
}

/**
 * The main verb closes the sentence: the last comma's clause when it is a sentence of its own
 * (`…açıklamaya göre, toplantı … gerçekleştirildi`), shortened in turn, else the subject (the opening capitalised
 * name, with a lower-case title inside it: `Сыртқы істер министрі`) and the closing object and
 * verb, the modifiers between them left out (`Садыр Жапаров Бишкекте … делегация башчыларын кабыл алды`).
 */
function verbFinalMainClause(clause: string): string | null {
  const lastComma = clause.lastIndexOf(', ');
  const last = lastComma > 0 ? capitalized(clause.slice(lastComma + 2), '') : '';
  if (wordCount(last) >= MIN_CLAUSE_WORDS) return last.length <= MAX_DERIVED_LENGTH ? last : verbFinalMainClause(last);
  const tokens = clause.split(' ');
  const isCapital = (token: string | undefined) => /^\p{Lu}/u.test(token ?? '');
  let subject = 0;
  while (isCapital(tokens[subject])) subject++;
  const lowerTitle = [1, 2].find((gap) => isCapital(tokens[subject + gap]) && tokens.slice(subject, subject + gap).every((token) => !isCapital(token)));
  // Only after a short start: a long capitalised run is a whole name and place, and what follows its lower-case words is another phrase.
  if (subject > 0 && subject <= MAX_NAME_START_WORDS && lowerTitle) for (subject += lowerTitle; isCapital(tokens[subject]); ) subject++;
  for (let verbGroup = MAX_VERB_GROUP_WORDS; verbGroup >= 2 && subject > 0; verbGroup--) {
    if (subject + verbGroup >= tokens.length) continue;
    const joined = [...tokens.slice(0, subject), ...tokens.slice(-verbGroup)].join(' ').replace(/,(?=\s|$)/gu, '');
    if (joined.length <= MAX_DERIVED_LENGTH) return joined;
  }
  return null;
}

/** Subject and verb come first: the clause before the first comma, when it says enough. */
function clauseBeforeComma(clause: string): string | null {
  const comma = clause.indexOf(', ');
  return comma > 0 && comma <= MAX_DERIVED_LENGTH && wordCount(clause.slice(0, comma)) >= MIN_CLAUSE_WORDS ? clause.slice(0, comma) : null;
}

function cutAtWord(clause: string): string {
  const cut = clause.slice(0, MAX_DERIVED_LENGTH + 1);
  const boundary = cut.lastIndexOf(' ');
  return `${(boundary > 40 ? cut.slice(0, boundary) : cut.slice(0, MAX_DERIVED_LENGTH)).replace(/[\s,;:–—-]+$/u, '')}…`;
}
