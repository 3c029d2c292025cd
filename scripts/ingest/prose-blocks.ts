import { LANGUAGES } from '../../src/lib/languages/index.ts';
import { WORD } from '../../src/lib/text/text.ts';

/**
 * Lines classified by shape, in the manner of jusText (Pomikálek 2011) and of Readability's and
 * trafilatura's heuristics: a line of prose is long, ends as a sentence ends, and is not a row of
 * capitalised names; short prose lines with enough of the language's function words count too. The
 * article is the longest coherent run of prose (prose lines with at most a few other lines between
 * them). After its last paragraph, a page lists its other news, signatures, captions, hashtags and
 * calls to follow it: there, a line that is not a sentence is chrome whatever its words, so no cue
 * list needs to know them.
 */
/** A line as the classifier reads it: its text and its word count (from the page's token stream). */
export interface ShapedLine {
  text: string;
  words: number;
}

/** Every language's frequent function words (their function-words.json), lower case. */
const FUNCTION_WORDS: ReadonlySet<string> = new Set([...LANGUAGES.values()].flatMap(({ functionWords }) => functionWords.map((word) => word.toLowerCase())));

/** A paragraph of an article: this many words and a sentence's end, or a run-on line this long. */
const PARAGRAPH_WORDS = 15;
const RUN_ON_WORDS = 30;
/** A shorter line is prose when it ends as a sentence, holds function words and is not a row of names. */
const SHORT_PROSE_WORDS = 8;
const SHORT_PROSE_FUNCTION_SHARE = 0.08;
const MAX_PROSE_CAPITALISED = 0.5;
/**
 * Below the article, a line stays only as a sentence, a list item or a table row. A closing
 * sentence of an agglutinative language may have three words (`Отырыста жағдай талқыланды.`) and
 * be mostly names; one that ends with an exclamation mark is a call to follow the site (`Смотрите
 * нас в YouTube!`) unless it is longer. A line ending with a colon introduces what follows, and a
 * list's items end with a semicolon or comma: the article goes on.
 */
const SENTENCE_MIN_WORDS = 3;
const EXCLAMATION_MIN_WORDS = 6;
const SENTENCE_MAX_CAPITALISED = 0.75;
const CONTINUES = /[;:,]["»”’)\]]*$/u;
/**
 * A long line, or one with a sentence inside it, is a paragraph whatever its end (cut short, or
 * run on into a caption): the headlines of a list of other news are shorter and one sentence.
 */
const PARAGRAPH_ANY_END_WORDS = 16;
const INNER_SENTENCE_MIN_WORDS = 8;
const INNER_SENTENCE = /[.!?…]["»”’)]*\s+["«„“(]?\p{Lu}/u;
/** A row of a table of figures: `2. | «JIZZAX-BARS» | 24 | 16 | 2 | 6 |`. */
const TABLE_ROW = /^(?:[^|]*\|){3,}/u;

/** Prose lines with fewer other lines than this between them are one run: a subheading, a quote, a caption. */
const MAX_GAP_LINES = 3;

const SENTENCE_END = /[.!?…]["»”’)\]]*$/u;

/**
 * Each measure is taken only when the decision needs it, cheapest first: most lines are decided by
 * their word count and their last character (this runs on every line of every page).
 */
const CAPITAL_STARTING_WORD = /(?<![\p{L}\p{M}\p{Nd}'’‐-])\p{Lu}/gu;

function capitalisedShare({ text, words }: ShapedLine): number {
  return words ? (text.match(CAPITAL_STARTING_WORD)?.length ?? 0) / words : 0;
}

function functionWordShare({ text, words }: ShapedLine): number {
  let found = 0;
  for (const [word] of text.toLowerCase().matchAll(WORD)) if (FUNCTION_WORDS.has(word)) found++;
  return words ? found / words : 0;
}

export function isProse(line: ShapedLine): boolean {
  if (line.words >= RUN_ON_WORDS) return true;
  if (line.words < SHORT_PROSE_WORDS || !SENTENCE_END.test(line.text) || capitalisedShare(line) > MAX_PROSE_CAPITALISED) return false;
  return line.words >= PARAGRAPH_WORDS || functionWordShare(line) >= SHORT_PROSE_FUNCTION_SHARE;
}

/** Below the article: a sentence, a list item, a table row or a paragraph, which the article goes on with. */
function continuesArticle(line: ShapedLine): boolean {
  const { text, words } = line;
  if (words > 0 && CONTINUES.test(text)) return true;
  if (TABLE_ROW.test(text) && /\d/u.test(text)) return true;
  if (words >= PARAGRAPH_ANY_END_WORDS || (words >= INNER_SENTENCE_MIN_WORDS && INNER_SENTENCE.test(text))) return true;
  if (words < SENTENCE_MIN_WORDS || !SENTENCE_END.test(text) || capitalisedShare(line) > SENTENCE_MAX_CAPITALISED) return false;
  return !/!["»”’)\]]*$/u.test(text) || words >= EXCLAMATION_MIN_WORDS;
}

/**
 * The lines after the article's last paragraph that are not sentences, by index, given each
 * line (text trimmed, empty for a blank line) and whether the page structure left it to the article.
 * Nothing when the page has no run of prose (a short note, a list).
 */
export function linesBelowArticle(lines: readonly ShapedLine[], isArticle: (index: number) => boolean): number[] {
  // Runs of prose, and the one with the most words.
  let best: { end: number; words: number } | null = null;
  let run: { end: number; words: number } | null = null;
  let gap = 0;
  lines.forEach((line, index) => {
    if (!line.text) return;
    if (isArticle(index) && isProse(line)) {
      if (!run || gap >= MAX_GAP_LINES) run = { end: index, words: 0 };
      run.end = index;
      run.words += line.words;
      gap = 0;
      if (!best || run.words > best.words) best = run;
    } else gap++;
  });
  if (!best) return [];
  const { end } = best as { end: number; words: number };
  const below: number[] = [];
  for (let index = end + 1; index < lines.length; index++) {
    if (lines[index].text && isArticle(index) && !continuesArticle(lines[index])) below.push(index);
  }
  return below;
}
