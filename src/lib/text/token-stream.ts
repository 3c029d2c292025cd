import { countLettersByScript, forEachWord, type ScriptCode } from './text.ts';
import { memoByWord } from './word-memo.ts';

/**
 * The words of a text, found once. Ingest splits a page into words in one pass (`tokenizeText`);
 * page structure, title, language, date and entity stages all read that stream, and the article's
 * own text (the page without its furniture) is a selection of its lines (`selectLines`) whose
 * words are the page's, moved to their new offsets, not found again. What a stage needs to know of
 * a word is worked out once per distinct word in a run, not per occurrence: a news archive repeats
 * its words. Every occurrence of a word shares one `WordFacts` object (its letters per script
 * here); a stage keeps its own readings of a word (match key, lower case) in a slot of that object
 * (`readingOf`), which costs neither string hashing nor a map lookup.
 */
export interface WordFacts {
  readonly text: string;
  readonly letters: Readonly<Record<ScriptCode, number>>;
  /** Stages' readings of the word, each kind of reading in its slot (`WordReadings`). */
  readonly readings: unknown[];
}

/** A kind of reading a stage keeps per word: its slot in every word's `readings`. */
export interface WordReadings<T> {
  readonly slot: number;
  /** Only ties the slot to its type. */
  readonly type?: T;
}

let slotsTaken = 0;

/** A new kind of reading; made once per kind (at module level), as the slots are never given back. */
export function wordReadings<T>(): WordReadings<T> {
  return { slot: slotsTaken++ };
}

export interface Token {
  text: string;
  start: number;
  end: number;
  /** The token's line: its index among the text's `\n`-separated lines. */
  line: number;
  facts: WordFacts;
}

export interface TokenizedText {
  text: string;
  tokens: readonly Token[];
  /** Line `l`'s tokens are `tokens[lineStarts[l]]` up to, not including, `tokens[lineStarts[l + 1]]`. */
  lineStarts: readonly number[];
}

export function tokenizeText(text: string): TokenizedText {
  const tokens: Token[] = [];
  forEachWord(text, (start, end) => {
    const facts = factsOf(text.slice(start, end));
    tokens.push({ text: facts.text, start, end, line: 0, facts });
  });
  return withLines(text, tokens);
}

/** Stages take a tokenized text from ingest, or a plain string from a caller that has only that. */
export function tokenized(input: string | TokenizedText): TokenizedText {
  return typeof input === 'string' ? tokenizeText(input) : input;
}

/** How many words line `line` holds. */
export function wordsInLine(text: TokenizedText, line: number): number {
  return text.lineStarts[line + 1] - text.lineStarts[line];
}

/** The tokens of line `line`. */
export function lineTokens(text: TokenizedText, line: number): readonly Token[] {
  return text.tokens.slice(text.lineStarts[line], text.lineStarts[line + 1]);
}

/**
 * The text made of the lines `keep` accepts, joined by `\n` (and when `tidy`, runs of three or more
 * newlines made a single blank line and the whole trimmed), with its tokens taken over from
 * `source` at their new offsets and lines.
 */
export function selectLines(source: TokenizedText, keep: (line: number) => boolean, tidy = true): TokenizedText {
  const lines = source.text.split('\n');
  /** Each kept line's offset in the source and in the joined text. */
  const kept: { line: number; from: number; to: number }[] = [];
  const parts: string[] = [];
  let length = 0;
  let from = 0;
  lines.forEach((line, index) => {
    if (keep(index)) {
      if (parts.length > 0) length++;
      kept.push({ line: index, from, to: length });
      parts.push(line);
      length += line.length;
    }
    from += line.length + 1;
  });
  const joined = parts.join('\n');
  // Characters the clean-up removes before each point: the third and later newlines of each run, then the leading white space.
  const cuts: { at: number; removed: number }[] = [];
  let removed = 0;
  if (tidy) {
    for (const run of joined.matchAll(/\n{3,}/gu)) {
      removed += run[0].length - 2;
      cuts.push({ at: run.index + run[0].length, removed });
    }
  }
  const collapsed = tidy ? joined.replace(/\n{3,}/gu, '\n\n') : joined;
  const leading = tidy ? collapsed.length - collapsed.trimStart().length : 0;
  const text = tidy ? collapsed.trim() : joined;

  const tokens: Token[] = [];
  let cut = 0;
  for (const { line, from, to } of kept) {
    for (let index = source.lineStarts[line]; index < source.lineStarts[line + 1]; index++) {
      const token = source.tokens[index];
      const joinedStart = to + token.start - from;
      while (cut < cuts.length && cuts[cut].at <= joinedStart) cut++;
      const shift = (cut > 0 ? cuts[cut - 1].removed : 0) + leading;
      const start = joinedStart - shift;
      tokens.push({ text: token.text, start, end: start + token.text.length, line: 0, facts: token.facts });
    }
  }
  return withLines(text, tokens);
}

/** Sets each token's line in `text` and the line index of the stream. */
function withLines(text: string, tokens: Token[]): TokenizedText {
  const lineStarts = [0];
  let nextNewline = text.indexOf('\n');
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    while (nextNewline !== -1 && nextNewline < token.start) {
      lineStarts.push(index);
      nextNewline = text.indexOf('\n', nextNewline + 1);
    }
    token.line = lineStarts.length - 1;
  }
  while (nextNewline !== -1) {
    lineStarts.push(tokens.length);
    nextNewline = text.indexOf('\n', nextNewline + 1);
  }
  lineStarts.push(tokens.length);
  return { text, tokens, lineStarts };
}

/** The one `WordFacts` of a word in this run. */
export const factsOf: (word: string) => WordFacts = memoByWord((word) => ({ text: word, letters: countLettersByScript(word), readings: [] }), 200_000);

/** A stage's reading of a word, worked out on its first occurrence and kept in the word's slot for `readings`. */
export function readingOf<T>(facts: WordFacts, readings: WordReadings<T>, read: (word: string) => T): T {
  let reading = facts.readings[readings.slot] as T | undefined;
  if (reading === undefined) facts.readings[readings.slot] = reading = read(facts.text);
  return reading;
}

/** Readings that depend on the language too: one kind per language, made on the language's first use. */
export function readingsPerLanguage<T>(): (lang: string) => WordReadings<T> {
  const kinds = new Map<string, WordReadings<T>>();
  return (lang) => {
    let readings = kinds.get(lang);
    if (!readings) kinds.set(lang, (readings = wordReadings<T>()));
    return readings;
  };
}

/** The letters per script of a run of tokens: what `countLettersByScript` gives for their text. */
export function lettersOfTokens(tokens: readonly Token[]): Record<ScriptCode, number> {
  const counts: Record<ScriptCode, number> = { Cyrl: 0, Latn: 0, Arab: 0 };
  for (const token of tokens) {
    const letters = token.facts.letters;
    counts.Cyrl += letters.Cyrl;
    counts.Latn += letters.Latn;
    counts.Arab += letters.Arab;
  }
  return counts;
}
