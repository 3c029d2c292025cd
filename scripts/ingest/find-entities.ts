import type { EntityKind, Gazetteer } from '../../src/lib/content/gazetteer-schema.ts';
import { matchKey } from '../../src/lib/text/match-key.ts';
import { isWhiteSpaceCode } from '../../src/lib/text/text.ts';
import { ENDING_SEQUENCE, withoutApostropheEnding } from '../../src/lib/languages/turkic-endings.ts';
import { readingOf, readingsPerLanguage, tokenized, type TokenizedText } from './token-stream.ts';

/**
 * Finds the gazetteer's people, organizations, countries and places in a bulletin, in any script
 * and under Turkic and Russian case endings (`Бекболотовдун`, `Жапаровго`, `ТМУнун`, `TDT'nin`,
 * `ТДТга`). Words are compared by their match key, so a name listed in one alphabet is found in
 * another (`Caparov` for `Жапаров`). Capitalised names the gazetteer does not know are returned
 * for the ingest report, so that maintainers can add them.
 */
export interface EntityFindings {
  people: string[];
  organizations: string[];
  countries: string[];
  places: string[];
  /** Runs of capitalised words that no gazetteer entry covers, in order of appearance. */
  unknownNames: string[];
}

/** What name matching needs of a word, the same wherever it stands: worked out once per word and language. */
interface WordForm {
  text: string;
  key: string;
  /** What followed an apostrophe (`TDT'nin`): a case ending by construction. */
  hasApostropheEnding: boolean;
  capitalised: boolean;
  /** The run of capitals a word starts with (`ТМУ` of `ТМУнун`). */
  capitalRun: string;
  /** The names the word can start, kept with the gazetteer they were worked out for (`namesStartingWith`). */
  startedNames: { compiled: CompiledGazetteer; names: CompiledName[] } | undefined;
}

/** A word where it stands: its form, and whether a sentence starts there. */
interface Token {
  form: WordForm;
  startsSentence: boolean;
}

interface CompiledName {
  id: string;
  kind: EntityKind;
  keys: string[];
  /** An abbreviation must match letter for letter at the start of a word. */
  abbreviation: string | null;
  /** Proper names start with a capital in running text; organisation names may not. */
  needsCapital: boolean;
}

/** A short name (`Ош`) takes one plain case ending at most, or it would swallow common words (`Ошондой`). */
const SHORT_NAME_ENDING = /^(?:|da|de|do|ta|te|to|ga|ge|go|ka|ke|ko|dun|nun|nin|din|tun|tin|dan|den|don|tan|ten|ton|ni|nu|du|di|tu|ti)$/;

function wordForm(word: string, lang: string | undefined): WordForm {
  const { base, hadEnding } = withoutApostropheEnding(word);
  return {
    text: word,
    key: matchKey(base, lang),
    hasApostropheEnding: hadEnding,
    capitalised: /^\p{Lu}/u.test(word),
    capitalRun: word.match(/^\p{Lu}+/u)?.[0] ?? '',
    startedNames: undefined,
  };
}

/** Word forms per language (match keys lower-case `I` the Turkish way in Turkish). */
const formsIn = readingsPerLanguage<WordForm>();

/** The words of a text (from its token stream) as name matching reads them. */
export function entityTokens(input: string | TokenizedText, lang?: string): Token[] {
  const { text, tokens } = tokenized(input);
  const forms = formsIn(lang ?? '');
  const read = (word: string) => wordForm(word, lang);
  return tokens.map((token) => ({ form: readingOf(token.facts, forms, read), startsSentence: startsSentence(text, token.start) }));
}

const SENTENCE_END = '.!?:«"“—–-';

/**
 * Whether the word at `start` opens a sentence: nothing but white space within the three
 * characters before it, or the last other character there ends a sentence or opens a quote.
 * Read character by character: slicing and trimming those characters for every word cost ingest
 * more than the rest of name matching.
 */
function startsSentence(text: string, start: number): boolean {
  for (let index = start - 1; index >= Math.max(0, start - 3); index--) {
    if (!isWhiteSpaceCode(text.charCodeAt(index))) return SENTENCE_END.includes(text[index]);
  }
  return true;
}

function isAbbreviation(name: string): boolean {
  return !/\s/.test(name) && /^\p{Lu}[\p{Lu}\p{Ll}]{1,5}$/u.test(name) && (name.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
}

/** Names indexed by the first two letters of their first word's match key. */
export type CompiledGazetteer = Map<string, CompiledName[]>;

export function compileGazetteer(gazetteer: Gazetteer): CompiledGazetteer {
  const byFirstKey = new Map<string, CompiledName[]>();
  for (const kind of ['person', 'organization', 'country', 'place'] as const) {
    for (const entity of gazetteer[kind]) {
      for (const [languageKey, names] of Object.entries(entity.names)) {
        const lang = languageKey.split('-')[0];
        for (const name of names) {
          const keys = entityTokens(name, lang).map((token) => token.form.key).filter(Boolean);
          if (keys.length === 0) continue;
          const compiled: CompiledName = {
            id: entity.id,
            kind,
            keys,
            abbreviation: isAbbreviation(name) ? name : null,
            needsCapital: kind !== 'organization',
          };
          const bucket = keys[0].slice(0, 2);
          const names = byFirstKey.get(bucket);
          if (names) names.push(compiled);
          else byFirstKey.set(bucket, [compiled]);
        }
      }
    }
  }
  // Longer names first, so that "Түрк мамлекеттер уюму" wins over a shorter name at the same place.
  for (const names of byFirstKey.values()) names.sort((a, b) => b.keys.length - a.keys.length || b.keys[0].length - a.keys[0].length);
  return byFirstKey;
}

/**
 * Russian declension replaces a name's final -а/-я (key `a`) instead of adding to it: Россия →
 * России, Россию, Россией; Москва → Москвы, Москве; and an adjective's -ая (key `aa`): Российская → Российской.
 * A form is the stem without that vowel and one of these endings (in match-key letters).
 */
const RUSSIAN_A_DECLENSION = /^(?:|a|i|e|u|y|oy|oi|ey|ei|oyu|eyu)$/;
const RUSSIAN_AYA_DECLENSION = /^(?:oy|oi|uu|uyu|ui)$/;
const RUSSIAN_DECLINED_MIN_KEY = 5;

function isRussianForm(tokenKey: string, nameKey: string): boolean {
  if (nameKey.length < RUSSIAN_DECLINED_MIN_KEY || !nameKey.endsWith('a')) return false;
  if (nameKey.endsWith('aa')) {
    const stem = nameKey.slice(0, -2);
    if (tokenKey.startsWith(stem) && RUSSIAN_AYA_DECLENSION.test(tokenKey.slice(stem.length))) return true;
  }
  const stem = nameKey.slice(0, -1);
  return tokenKey.startsWith(stem) && RUSSIAN_A_DECLENSION.test(tokenKey.slice(stem.length));
}

function isFormOf(token: WordForm, nameKey: string): boolean {
  if (!token.key.startsWith(nameKey)) return !token.hasApostropheEnding && isRussianForm(token.key, nameKey);
  if (token.hasApostropheEnding) return token.key === nameKey;
  const ending = token.key.slice(nameKey.length);
  return nameKey.length <= 3 ? SHORT_NAME_ENDING.test(ending) : ENDING_SEQUENCE.test(ending);
}

/** Whether a name's first word can be this word: the same wherever the word stands. */
function startsName(word: WordForm, name: CompiledName): boolean {
  if (name.abbreviation) {
    const rest = word.text.slice(word.capitalRun.length);
    return matchKey(word.capitalRun) === name.keys[0] && (rest === '' || /^['’ʼ]?\p{Ll}/u.test(rest));
  }
  if (name.needsCapital && !word.capitalised) return false;
  return isFormOf(word, name.keys[0]);
}

/** The names a word can start, in the gazetteer's order of preference: worked out once per word, language and gazetteer. */
function namesStartingWith(word: WordForm, compiled: CompiledGazetteer): CompiledName[] {
  if (word.startedNames?.compiled === compiled) return word.startedNames.names;
  const names = (compiled.get(word.key.slice(0, 2)) ?? []).filter((name) => startsName(word, name));
  word.startedNames = { compiled, names };
  return names;
}

/** Whether the name's other words follow its first at `start`. */
function continuesAt(tokens: Token[], start: number, name: CompiledName): boolean {
  if (start + name.keys.length > tokens.length) return false;
  return name.keys.every((key, offset) => offset === 0 || isFormOf(tokens[start + offset].form, key));
}

export function findEntities(input: string | TokenizedText, lang: string, compiled: CompiledGazetteer): EntityFindings {
  const tokens = entityTokens(input, lang);
  const found: Record<EntityKind, string[]> = { person: [], organization: [], country: [], place: [] };
  const covered = new Set<number>();

  for (let index = 0; index < tokens.length; index++) {
    const match = namesStartingWith(tokens[index].form, compiled).find((name) => continuesAt(tokens, index, name));
    if (!match) continue;
    if (!found[match.kind].includes(match.id)) found[match.kind].push(match.id);
    for (let offset = 0; offset < match.keys.length; offset++) covered.add(index + offset);
    index += match.keys.length - 1;
  }

  return {
    people: found.person,
    organizations: found.organization,
    countries: found.country,
    places: found.place,
    unknownNames: unknownNames(tokens, covered),
  };
}

/**
 * Runs of two or more capitalised words (a first and last name, a multi-word place) that no
 * gazetteer name covered. Single capitalised words are too often sentence starts to report, and a
 * longer run that opens a sentence loses its first word, which is capitalised for that reason alone.
 */
function unknownNames(tokens: Token[], covered: Set<number>): string[] {
  const names: string[] = [];
  let run: Token[] = [];
  const flush = () => {
    const words = run[0]?.startsSentence && run.length >= 3 ? run.slice(1) : run;
    if (words.length >= 2) {
      const name = words.map((token) => token.form.text).join(' ');
      if (!names.includes(name)) names.push(name);
    }
    run = [];
  };
  tokens.forEach((token, index) => {
    const isNameWord = token.form.capitalised && !covered.has(index) && token.form.capitalRun.length < 2;
    if (isNameWord && !(run.length > 0 && token.startsSentence)) run.push(token);
    else {
      flush();
      if (isNameWord) run.push(token);
    }
  });
  flush();
  return names;
}
