import type { EntityKind, Gazetteer } from '../content/gazetteer-schema.ts';
import { matchKey } from '../text/match-key.ts';
import { BEFORE_SENTENCE_START } from '../text/sentences.ts';
import { isWhiteSpaceCode } from '../text/text.ts';
import { ENDING_SEQUENCE, withoutApostropheEnding } from '../languages/turkic-endings.ts';
import { nameFormsOf } from './name-forms.ts';
import { readingOf, readingsPerLanguage, tokenized, type TokenizedText } from '../text/token-stream.ts';

/**
 * Finds the gazetteer's people, organizations, countries and places in a bulletin, in any script
 * and under Turkic and Russian case endings (`Бекболотовдун`, `Жапаровго`, `ТМУнун`, `TDT'nin`,
 * `ТДТга`). Words are compared by their match key, so a name listed in one alphabet is found in
 * another (`Caparov` for `Жапаров`). A person named in full is also found by the surname alone
 * elsewhere in the text; without a full mention, a surname after a title ("Президент Жапаров")
 * or an initial ("В. Путин") names the one gazetteer person it fits. A surname two gazetteer people
 * share, with nothing in the text to tell which, is not guessed but returned for review. A
 * country name beside a currency word ("АҚШ доллари") is not a mention of the country.
 * Capitalised names the gazetteer does not know are returned for the names report and ingest's.
 */
export interface EntityFindings {
  people: string[];
  organizations: string[];
  countries: string[];
  places: string[];
  /** Per found id (`<kind>:<id>`), the forms the text writes it in where they carry no ending: the "as written" of entity pages. */
  variants: Record<string, string[]>;
  /** Surnames that several gazetteer people share, written where the text does not say which (for review). */
  ambiguous: string[];
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

/**
 * Whether the word at `start` opens a sentence: nothing but white space within the three
 * characters before it, or the last other character there ends a sentence or opens a quote.
 * Read character by character: slicing and trimming those characters for every word cost ingest
 * more than the rest of name matching.
 */
function startsSentence(text: string, start: number): boolean {
  for (let index = start - 1; index >= Math.max(0, start - 3); index--) {
    if (!isWhiteSpaceCode(text.charCodeAt(index))) return BEFORE_SENTENCE_START.includes(text[index]);
  }
  return true;
}

function isAbbreviation(name: string): boolean {
  return !/\s/.test(name) && /^\p{Lu}[\p{Lu}\p{Ll}]{1,5}$/u.test(name) && (name.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
}

/** A person's surname (the last word of a full name) and the key of the first name before it. */
interface CompiledSurname {
  id: string;
  key: string;
  firstKey: string;
}

/**
 * Names indexed by the first two letters of their first word's match key, and people's surnames
 * by the first two letters of theirs.
 */
export interface CompiledGazetteer {
  names: Map<string, CompiledName[]>;
  surnames: Map<string, CompiledSurname[]>;
}

/** Surnames this short are too often other words (`Си`, `Ли`) to be matched alone. */
const MIN_SURNAME_KEY = 4;

export function compileGazetteer(gazetteer: Gazetteer): CompiledGazetteer {
  const byFirstKey = new Map<string, CompiledName[]>();
  const surnames = new Map<string, CompiledSurname[]>();
  for (const kind of ['person', 'organization', 'country', 'place'] as const) {
    for (const entity of gazetteer[kind]) {
      for (const [languageKey, names] of Object.entries(entity.names)) {
        const lang = languageKey.split('-')[0];
        for (const name of names) {
          const keys = entityTokens(name, lang)
            .map((token) => token.form.key)
            .filter(Boolean);
          if (keys.length === 0) continue;
          const compiled: CompiledName = {
            id: entity.id,
            kind,
            keys,
            abbreviation: isAbbreviation(name) ? name : null,
            needsCapital: kind !== 'organization',
          };
          pushTo(byFirstKey, keys[0].slice(0, 2), compiled);
          const surname = keys.at(-1)!;
          if (kind === 'person' && keys.length >= 2 && surname.length >= MIN_SURNAME_KEY) {
            const bucket = surnames.get(surname.slice(0, 2));
            if (!bucket?.some((known) => known.id === entity.id && known.key === surname && known.firstKey === keys[0])) {
              pushTo(surnames, surname.slice(0, 2), { id: entity.id, key: surname, firstKey: keys[0] });
            }
          }
        }
      }
    }
  }
  // Longer names first, so that "Түрк мамлекеттер уюму" wins over a shorter name at the same place.
  for (const names of byFirstKey.values()) names.sort((a, b) => b.keys.length - a.keys.length || b.keys[0].length - a.keys[0].length);
  return { names: byFirstKey, surnames };
}

/** A gazetteer without names, for stages that need none. */
export const NO_NAMES: CompiledGazetteer = { names: new Map(), surnames: new Map() };

function pushTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** A language's name forms as match keys: worked out once per language. */
interface LanguageKeys {
  currencies: string[];
  commonWords: Set<string>;
  titles: string[];
}

const languageKeys = new Map<string, LanguageKeys>();

function keysOf(lang: string): LanguageKeys {
  let keys = languageKeys.get(lang);
  if (!keys) {
    const forms = nameFormsOf(lang);
    const key = (word: string) => matchKey(word, lang);
    keys = {
      currencies: forms.currencies.map(key).filter(Boolean),
      commonWords: new Set(forms.commonWords.map(key)),
      titles: forms.titles
        .flatMap((title) => title.split(/[\s-]+/))
        .map(key)
        .filter(Boolean),
    };
    languageKeys.set(lang, keys);
  }
  return keys;
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
  const names = (compiled.names.get(word.key.slice(0, 2)) ?? []).filter((name) => startsName(word, name));
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
  const keys = keysOf(lang);
  const found: Record<EntityKind, string[]> = { person: [], organization: [], country: [], place: [] };
  const variants: Record<string, string[]> = {};
  const covered = new Map<number, EntityKind>();
  const addFound = (kind: EntityKind, id: string, start: number, length: number, nameKeys: readonly string[]) => {
    if (!found[kind].includes(id)) found[kind].push(id);
    const span = tokens.slice(start, start + length);
    if (span.every((token, offset) => token.form.key === nameKeys[offset])) {
      const written = span.map((token) => token.form.text).join(' ');
      const list = (variants[`${kind}:${id}`] ??= []);
      if (!list.includes(written)) list.push(written);
    }
  };

  for (let index = 0; index < tokens.length; index++) {
    const match = namesStartingWith(tokens[index].form, compiled).find((name) => continuesAt(tokens, index, name));
    if (!match) continue;
    for (let offset = 0; offset < match.keys.length; offset++) covered.set(index + offset, match.kind);
    if (match.kind !== 'country' || isCountryMention(tokens, index, match, keys)) addFound(match.kind, match.id, index, match.keys.length, match.keys);
    index += match.keys.length - 1;
  }

  const ambiguous: string[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    if (covered.has(index) || !token.form.capitalised || token.form.key.length < MIN_SURNAME_KEY) continue;
    const candidates = (compiled.surnames.get(token.form.key.slice(0, 2)) ?? []).filter((surname) => isFormOf(token.form, surname.key));
    if (candidates.length === 0) continue;
    const person = whoseSurname(tokens, index, candidates, found.person, keys, covered);
    if (person === 'ambiguous') {
      if (!ambiguous.includes(token.form.text)) ambiguous.push(token.form.text);
    } else if (person) {
      if (!found.person.includes(person)) found.person.push(person);
    } else continue;
    covered.set(index, 'person');
  }

  return {
    people: found.person,
    organizations: found.organization,
    countries: found.country,
    places: found.place,
    variants,
    ambiguous,
    unknownNames: unknownNames(tokens, covered),
  };
}

/** Not a country where a currency word stands beside it, nor a common word of the language capitalised by a sentence's start. */
function isCountryMention(tokens: Token[], start: number, name: CompiledName, keys: LanguageKeys): boolean {
  const isCurrency = (token: Token | undefined) => token !== undefined && keys.currencies.some((currency) => token.form.key.startsWith(currency));
  if (isCurrency(tokens[start - 1]) || isCurrency(tokens[start + name.keys.length])) return false;
  return !(name.keys.length === 1 && tokens[start].startsSentence && keys.commonWords.has(tokens[start].form.key));
}

/** An initial before a surname: one capital letter, or two in a digraph (`Sh.`, `Ш.`). */
function initialKey(token: Token | undefined): string | null {
  if (!token || !/^\p{Lu}\p{Ll}?$/u.test(token.form.text)) return null;
  return token.form.key || null;
}

/** Whether a title stands before the surname at `index`, across the country or organization it may name ("Президент РФ Путин"). */
function hasTitleBefore(tokens: Token[], index: number, keys: LanguageKeys, covered: Map<number, EntityKind>): boolean {
  let before = index - 1;
  while (before >= 0 && index - before <= 4 && (covered.get(before) === 'country' || covered.get(before) === 'organization')) before--;
  const word = tokens[before]?.form;
  return (
    word !== undefined && keys.titles.some((title) => word.key === title || (word.key.startsWith(title) && ENDING_SEQUENCE.test(word.key.slice(title.length))))
  );
}

/**
 * Which person a surname alone names: the one of its bearers named in full in this text, else the
 * one an initial before it fits, else after a title the only gazetteer person of that surname.
 * Several possible and nothing to choose: 'ambiguous'. Nothing that says it is a person: null.
 */
function whoseSurname(
  tokens: Token[],
  index: number,
  candidates: CompiledSurname[],
  named: string[],
  keys: LanguageKeys,
  covered: Map<number, EntityKind>,
): string | null | 'ambiguous' {
  const ids = (list: CompiledSurname[]) => [...new Set(list.map((candidate) => candidate.id))];
  const namedInFull = ids(candidates).filter((id) => named.includes(id));
  if (namedInFull.length === 1) return namedInFull[0];
  if (namedInFull.length > 1) return 'ambiguous';
  const initial = initialKey(tokens[index - 1]);
  if (initial) {
    const fitting = ids(candidates.filter((candidate) => candidate.firstKey.startsWith(initial)));
    return fitting.length === 1 ? fitting[0] : fitting.length > 1 ? 'ambiguous' : null;
  }
  if (!hasTitleBefore(tokens, index, keys, covered)) return ids(candidates).length > 1 ? 'ambiguous' : null;
  const all = ids(candidates);
  return all.length === 1 ? all[0] : 'ambiguous';
}

/**
 * Runs of two or more capitalised words (a first and last name, a multi-word place) that no
 * gazetteer name covered. Single capitalised words are too often sentence starts to report, and a
 * longer run that opens a sentence loses its first word, which is capitalised for that reason alone.
 */
function unknownNames(tokens: Token[], covered: Map<number, EntityKind>): string[] {
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
