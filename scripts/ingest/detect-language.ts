/**
 * Language and script detection for ingested news texts.
 *
 * Pages arrive with scraped leftovers in other languages (Russian menus and comment widgets,
 * Latin datelines, currency tickers), so the decision is made in two steps that each resist
 * such noise: the main script by letter counts, then the language by which orthography
 * explains the script's special letters. The n-gram detector `franc` only chooses among the
 * languages whose orthography fits; alone it confuses Kyrgyz, Kazakh and Karakalpak, Turkish
 * and Azerbaijani, and it has no model for Karakalpak or for Kazakh outside Cyrillic.
 */
import { createRequire } from 'node:module';
import { mainScriptOf, scriptOf, WORD, type ScriptCode } from '../../src/lib/text/text.ts';
import { factsOf, readingOf, tokenized, wordReadings, type TokenizedText, type WordFacts, type WordReadings } from '../../src/lib/text/token-stream.ts';

export type { ScriptCode };

export interface LanguageGuess {
  lang: string;
  script: ScriptCode;
  confidence: number;
  lowConfidence: boolean;
  reason: string;
}

/** One way of writing a language: the letters beyond the script's basic set that it uses. */
interface Orthography {
  lang: string;
  /** franc's ISO 639-3 code for this language in this script; absent where franc has no model. */
  franc?: string;
  /** Special letters the orthography uses; any other special letter in a text counts against it. */
  letters: string;
  /**
   * Each must match one of the text's special letters: what a text in this orthography cannot do
   * without. Classes of single special letters of the script, so that they are tested against the
   * few distinct special letters found, not against the text.
   */
  required: RegExp[];
}

/** Basic letters are those of Russian and of ISO basic Latin; everything else is "special". */
const BASIC_CYRILLIC = 'абвгдеёжзийклмнопрстуфхцчшщъыьэюя';
const BASIC_LATIN = 'abcdefghijklmnopqrstuvwxyz';
const BASIC_ARABIC = /[\u0621-\u064a]/u;
/** Unicode files ʻ and ʼ under no script, but in Uzbek Latin they are letters. */
const LATIN_MODIFIER_LETTERS = 'ʻʼ';
const BASIC_LETTERS: Record<ScriptCode, (char: string) => boolean> = {
  Cyrl: (char) => BASIC_CYRILLIC.includes(char),
  Latn: (char) => BASIC_LATIN.includes(char),
  Arab: (char) => BASIC_ARABIC.test(char),
};

const CYRILLIC_ORTHOGRAPHIES: Orthography[] = [
  { lang: 'ru', franc: 'rus', letters: '', required: [] },
  { lang: 'ky', franc: 'kir', letters: 'ңөү', required: [] },
  { lang: 'kk', franc: 'kaz', letters: 'әғқңөұүһі', required: [/[іұ]/u] },
  { lang: 'uz', franc: 'uzn', letters: 'ўқғҳ', required: [/[ўқғҳ]/u] },
  { lang: 'tt', franc: 'tat', letters: 'әөүҗңһ', required: [/[әҗ]/u] },
  // Karakalpak shares ў ҳ with Uzbek and ә ө ү ң with Kazakh; it is the one that has both.
  { lang: 'kaa', letters: 'әғқңөүўҳ', required: [/[ўҳ]/u, /[әөүң]/u] },
];

const LATIN_ORTHOGRAPHIES: Orthography[] = [
  { lang: 'en', franc: 'eng', letters: '', required: [] },
  // Uzbek has no diacritics: oʻ gʻ take a turned comma and the tutuq belgisi ʼ is a letter of its own.
  // Typed as apostrophes (o' g‘) they are punctuation, so such texts rest on franc against English.
  { lang: 'uz', franc: 'uzn', letters: 'ʻʼ', required: [] },
  { lang: 'tr', franc: 'tur', letters: 'ığşçöüâîû', required: [/[ığşçöü]/u] },
  { lang: 'az', franc: 'azj', letters: 'əığşçöü', required: [/ə/u] },
  // Some Turkmen sites type ń for ň.
  { lang: 'tk', franc: 'tuk', letters: 'äňńýžşçöü', required: [/[äňńýž]/u] },
  // Kazakh Latin of 2018 (acute accents, as on qz.inform.kz) and of 2021.
  { lang: 'kk', letters: 'áǵıńóúý', required: [/[áǵóú]/u] },
  { lang: 'kk', letters: 'äğıñöūüşç', required: [/[ñū]/u] },
];

/** Kazakh "tote zhazu": ۇ ۋ ە ڭ and the high hamza ٴ mark it among Arabic-script writing. */
const ARABIC_ORTHOGRAPHIES: Orthography[] = [{ lang: 'kk', letters: 'ٴٵٶٷٸۆگەڭپۋۇچھ', required: [/[ٴۇۋەڭ]/u] }];

const ORTHOGRAPHIES: Record<ScriptCode, Orthography[]> = {
  Cyrl: CYRILLIC_ORTHOGRAPHIES,
  Latn: LATIN_ORTHOGRAPHIES,
  Arab: ARABIC_ORTHOGRAPHIES,
};

/** Latin letters that pass for Cyrillic ones (and back) when typed inside a word of the other script. */
const LATIN_TO_CYRILLIC_LOOKALIKES: Record<string, string> = {
  a: 'а',
  c: 'с',
  e: 'е',
  i: 'і',
  o: 'о',
  p: 'р',
  x: 'х',
  y: 'у',
  h: 'һ',
  ə: 'ә',
  A: 'А',
  B: 'В',
  C: 'С',
  E: 'Е',
  H: 'Н',
  I: 'І',
  K: 'К',
  M: 'М',
  O: 'О',
  P: 'Р',
  T: 'Т',
  X: 'Х',
  Y: 'У',
  Ə: 'Ә',
};
const CYRILLIC_TO_LATIN_LOOKALIKES: Record<string, string> = Object.fromEntries(
  Object.entries(LATIN_TO_CYRILLIC_LOOKALIKES).map(([latin, cyrillic]) => [cyrillic, latin]),
);

/**
 * A special letter of another orthography is tolerated up to this share of all letters (quoted
 * names: "Тоқаев" in a Kyrgyz text) or this count (a short text naming one person).
 */
const FOREIGN_LETTER_RATE_TOLERATED = 0.005;
const FOREIGN_LETTER_COUNT_TOLERATED = 2;
/**
 * Menu items, buttons, tickers and category labels are short lines, and they are where a page's
 * other languages hide (a Russian "Оставить комментарий" under a Kyrgyz article, a Kyrgyz menu
 * above a Russian one). Lines of at least this many words are prose; the text is judged by its
 * prose when that holds enough letters to judge.
 */
const PROSE_MIN_WORDS = 5;
const PROSE_MIN_LETTERS = 100;
/** Below this many letters of the main script no decision deserves trust. */
const MIN_LETTERS_FOR_TRUST = 40;
/** Confidence below this asks a person to review. */
const REVIEW_BELOW = 0.75;
const CONFIDENCE = {
  /**
   * Exactly one orthography explains the special letters. franc is not asked then: on the 376
   * such texts of the development corpus and the held-out pages it disagreed once, and was wrong
   * (Azerbaijani taken for Turkish), and trigram counting was the largest cost of ingest.
   */
  orthographyDecides: 0.95,
  /** Several fit and franc only just separates them; rises to orthographyDecides at FRANC_CLEAR_MARGIN. */
  francBarelyDecides: 0.6,
  /** No orthography explains the letters: a language outside the archive, or a jumble. */
  nothingFits: 0.4,
};
/** A lead in franc's normalized score that is as convincing as orthographic evidence. */
const FRANC_CLEAR_MARGIN = 0.1;
/** Texts with less than this share of their letters in the main script are mixed enough to doubt. */
const MAIN_SCRIPT_SHARE_EXPECTED = 0.8;

/**
 * Enough text to tell the languages apart with room to spare (franc reads 2,048 characters at most;
 * the orthography test has half as much again); a long report says nothing more about its language
 * after its first page, and reading all of it would cost ingest its speed. 3,000 keeps every
 * language of the development corpus and the held-out pages right, as 6,000 did.
 */
const SAMPLE_CHARS = 3000;

export function detectLanguage(input: string | TokenizedText): LanguageGuess {
  const words = proseWords(tokenized(input)).map((word) => readingOf(word, WITHOUT_LOOKALIKES, (text) => factsOf(mapLookalikes(text))));
  const letterCounts = { Cyrl: 0, Latn: 0, Arab: 0 };
  for (const { letters } of words) {
    letterCounts.Cyrl += letters.Cyrl;
    letterCounts.Latn += letters.Latn;
    letterCounts.Arab += letters.Arab;
  }
  const script = mainScriptOf(letterCounts);
  if (!script) {
    // The type demands a script; 'und' with zero confidence already tells the caller to look.
    return { lang: 'und', script: 'Latn', confidence: 0, lowConfidence: true, reason: 'no Cyrillic, Latin or Arabic letters' };
  }
  const scriptLetters = letterCounts[script];
  const scriptWords = words.filter((word) => mainScriptOf(word.letters) === script);
  const scriptShare = scriptLetters / (letterCounts.Cyrl + letterCounts.Latn + letterCounts.Arab);
  const choice = chooseLanguage(script, scriptWords);
  const tooShort = scriptLetters < MIN_LETTERS_FOR_TRUST;
  const confidence = round(choice.confidence * Math.min(1, scriptShare / MAIN_SCRIPT_SHARE_EXPECTED) * Math.min(1, scriptLetters / MIN_LETTERS_FOR_TRUST));
  return {
    lang: choice.lang,
    script,
    confidence,
    lowConfidence: confidence < REVIEW_BELOW,
    reason: [`${script} ${Math.round(scriptShare * 100)}% of letters`, ...choice.evidence, ...(tooShort ? ['short text'] : [])].join('; '),
  };
}

/** The words of the text's first SAMPLE_CHARS characters, those of its prose lines when they hold enough letters. */
function proseWords({ text, tokens }: TokenizedText): WordFacts[] {
  const words: WordFacts[] = [];
  const prose: WordFacts[] = [];
  let proseLetters = 0;
  // Tokens come line by line: a line's words are words[lineStart..], judged once the line ends.
  let line = -1;
  let lineStart = 0;
  const endLine = () => {
    if (words.length - lineStart < PROSE_MIN_WORDS) return;
    for (let index = lineStart; index < words.length; index++) {
      prose.push(words[index]);
      proseLetters += words[index].text.length;
    }
  };
  for (const token of tokens) {
    if (token.start >= SAMPLE_CHARS) break;
    if (token.line !== line) {
      endLine();
      line = token.line;
      lineStart = words.length;
    }
    // A word the sample's end cuts is read as far as the sample goes.
    if (token.end <= SAMPLE_CHARS) words.push(token.facts);
    else for (const part of text.slice(token.start, SAMPLE_CHARS).match(WORD) ?? []) words.push(factsOf(part));
  }
  endLine();
  return proseLetters >= PROSE_MIN_LETTERS ? prose : words;
}

const WITHOUT_LOOKALIKES = wordReadings<WordFacts>();

/** Rewrites look-alike letters of a mixed-script word into the script its unambiguous letters belong to. */
function mapLookalikes(word: string): string {
  // Almost every word is in one script; only a word with letters of both can hold look-alikes.
  if (!/\p{Script=Cyrillic}/u.test(word) || !/\p{Script=Latin}/u.test(word)) return word;
  const chars = [...word];
  const hasCyrillic = chars.some((c) => scriptOf(c) === 'Cyrl' && !(c in CYRILLIC_TO_LATIN_LOOKALIKES));
  const hasLatin = chars.some((c) => scriptOf(c) === 'Latn' && !(c in LATIN_TO_CYRILLIC_LOOKALIKES));
  if (hasCyrillic === hasLatin) return word;
  const table = hasCyrillic ? LATIN_TO_CYRILLIC_LOOKALIKES : CYRILLIC_TO_LATIN_LOOKALIKES;
  return chars.map((c) => table[c] ?? c).join('');
}

interface LanguageChoice {
  lang: string;
  confidence: number;
  evidence: string[];
}

/** How well one orthography explains a text's special letters. */
interface Fit {
  orthography: Orthography;
  foreignLetters: number;
  meetsRequirements: boolean;
}

function chooseLanguage(script: ScriptCode, wordFacts: WordFacts[]): LanguageChoice {
  const lowered = wordFacts.map((word) => readingOf(word, PLAIN_LOWER_CASE, (text) => factsOf(plainLowerCase(text))));
  const specials = specialLetterCounts(script, lowered);
  const fits = ORTHOGRAPHIES[script].map((orthography) => fitOf(orthography, specials));
  const letterCount = lowered.reduce((sum, word) => sum + word.letters[script], 0);
  const fitting = fits.filter((fit) => fit.meetsRequirements && isTolerated(fit.foreignLetters, letterCount));
  const evidence = [describeSpecials(specials)];

  if (fitting.length === 0) {
    const closest = [...fits].sort((a, b) => Number(b.meetsRequirements) - Number(a.meetsRequirements) || a.foreignLetters - b.foreignLetters)[0];
    evidence.push(`no orthography fits; closest: ${closest.orthography.lang}`);
    return { lang: closest.orthography.lang, confidence: CONFIDENCE.nothingFits, evidence };
  }
  const langs = unique(fitting.map((fit) => fit.orthography.lang));
  if (langs.length === 1) {
    // The letters decide; franc is not asked (see CONFIDENCE.orthographyDecides).
    evidence.push(`only ${langs[0]} fits`);
    return { lang: langs[0], confidence: CONFIDENCE.orthographyDecides, evidence };
  }
  const verdict = francVerdict(
    wordFacts.map((word) => word.text),
    fitting,
  );
  if (!verdict) {
    evidence.push(`${langs.join('/')} fit; franc has no model for them`);
    return { lang: langs[0], confidence: CONFIDENCE.nothingFits, evidence };
  }
  evidence.push(`${langs.join('/')} fit; franc: ${verdict.code} (margin ${verdict.margin.toFixed(2)})`);
  return { lang: verdict.lang, confidence: francDecisionConfidence(verdict.margin), evidence };
}

function francDecisionConfidence(margin: number): number {
  const { francBarelyDecides, orthographyDecides } = CONFIDENCE;
  return francBarelyDecides + (orthographyDecides - francBarelyDecides) * Math.min(margin / FRANC_CLEAR_MARGIN, 1);
}

/** Lowercasing turns Turkish İ into i plus a combining dot; dropping marks leaves the plain i. */
function plainLowerCase(word: string): string {
  return word.toLowerCase().replace(/\p{M}/gu, '');
}

const PLAIN_LOWER_CASE = wordReadings<WordFacts>();
/** The special letters of each (lower-case) word, in order, per script. */
const SPECIAL_LETTERS: Record<ScriptCode, WordReadings<string[]>> = { Cyrl: wordReadings(), Latn: wordReadings(), Arab: wordReadings() };

/** How often each special letter occurs in the words, in order of first occurrence. */
function specialLetterCounts(script: ScriptCode, words: readonly WordFacts[]): Map<string, number> {
  const counts = new Map<string, number>();
  const specialLettersOf = (text: string) => [...text].filter((char) => isSpecialLetter(script, char));
  for (const word of words) {
    for (const char of readingOf(word, SPECIAL_LETTERS[script], specialLettersOf)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  return counts;
}

function isSpecialLetter(script: ScriptCode, char: string): boolean {
  if (script === 'Latn' && LATIN_MODIFIER_LETTERS.includes(char)) return true;
  return scriptOf(char) === script && !BASIC_LETTERS[script](char);
}

function fitOf(orthography: Orthography, specials: Map<string, number>): Fit {
  let foreignLetters = 0;
  for (const [char, count] of specials) {
    if (!orthography.letters.includes(char)) foreignLetters += count;
  }
  const meetsRequirements = orthography.required.every((pattern) => [...specials.keys()].some((char) => pattern.test(char)));
  return { orthography, foreignLetters, meetsRequirements };
}

function isTolerated(foreignLetters: number, letterCount: number): boolean {
  return foreignLetters <= FOREIGN_LETTER_COUNT_TOLERATED || foreignLetters <= letterCount * FOREIGN_LETTER_RATE_TOLERATED;
}

interface FrancVerdict {
  lang: string;
  code: string;
  margin: number;
}

/**
 * franc's pick among the candidates it has models for, with its lead over the runner-up. A
 * candidate franc cannot score (Kazakh in Latin, Karakalpak) leaves the lead at zero: franc
 * never weighed it. It reads the main script's words only, so that a Latin dateline or an
 * Arabic caption does not dilute the trigrams.
 */
function francVerdict(words: string[], candidates: Fit[]): FrancVerdict | undefined {
  francAll ??= (createRequire(import.meta.url)('franc') as typeof import('franc')).francAll;
  const langByCode = new Map(candidates.flatMap(({ orthography }) => (orthography.franc ? [[orthography.franc, orthography.lang] as const] : [])));
  if (langByCode.size === 0) return undefined;
  const [best, runnerUp] = francAll(words.join(' '), { only: [...langByCode.keys()], minLength: 1 });
  const lang = langByCode.get(best[0]);
  if (!lang) return undefined;
  const someUnscored = candidates.some(({ orthography }) => !orthography.franc);
  const margin = someUnscored ? 0 : runnerUp ? best[1] - runnerUp[1] : 1;
  return { lang, code: best[0], margin };
}

/**
 * franc, loaded the first time a text needs it (Node's require of an ES module is synchronous):
 * its trigram models cost each ingest thread 35–50 ms of start, and most texts never ask it (none
 * of a synthetic 1,000, 134 of the 510 corpus and held-out texts).
 */
let francAll: typeof import('franc').francAll | undefined;

function describeSpecials(specials: Map<string, number>): string {
  const present = [...specials.entries()].sort((a, b) => b[1] - a[1]).map(([char]) => char);
  return present.length ? `${present.slice(0, 8).join(' ')} present` : 'no special letters';
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
