import { parseIsoDay } from '../dates/dates.ts';
import { matchKey } from '../text/match-key.ts';
import { forEachWord } from '../text/text.ts';
import { monthNumberOf } from '../languages/month-tables.ts';
import { nameFormsOf } from './name-forms.ts';
import { ENDING_SEQUENCE } from '../languages/turkic-endings.ts';

/**
 * Which bulletins report the same story, in any language and from any agency: the way news
 * monitors cluster wires (the EU's Europe Media Monitor links per-language clusters by the names,
 * places and numbers they share, within a window of days). Each bulletin is a set of keys: its
 * words by their alphabet-neutral match key cut to a root (`KEY_LETTERS` letters, so Turkic and
 * Russian endings fall away and `Өзгөндүн`, `Özgön` and `Озгон` meet), its numbers, and the
 * gazetteer entities found in it. A key weighs by how rare it is in the archive (inverse document
 * frequency), and more when it is a name (capitalised inside a sentence), a number or an entity.
 * Two bulletins published at most `WINDOW_DAYS` apart are one story when the weight of what they
 * share, over the smaller of their weights, reaches a threshold, higher across languages than
 * within one (translations share names and numbers, copies share words too). Stories are the
 * connected groups of such pairs, merged strongest pair first; editors' `sameStory` links join,
 * and `notSameStory` keeps two bulletins out of one story.
 *
 * Cost: a bulletin is compared only with the few bulletins that share two or more of its rarest
 * keys (an inverted index), never with every bulletin.
 */
export interface StoryInput {
  id: string;
  lang: string;
  /** Publication day, or for an undated bulletin the day ingest saw it; null when neither is known. */
  day: string | null;
  /** Title and body as plain text. */
  text: string;
  /** Gazetteer entities found in it, `<kind>:<id>`. */
  entities: readonly string[];
  /** The keys (`storyKey`) of those entities' names: the entity is one piece of evidence, not one per word of its name. */
  entityWords: ReadonlySet<string>;
  sameStory: readonly string[];
  notSameStory: readonly string[];
}

export interface StoryLink {
  /** The two bulletins, `a < b`. */
  a: string;
  b: string;
  /** How much they share, 0..1 (1 for an editor's link). */
  score: number;
  /** What they share that says so, as the texts write it: names and places, numbers, gazetteer entities. */
  shared: { names: string[]; numbers: string[]; entities: string[] };
  /** An editor's `sameStory` link. */
  forced: boolean;
}

export interface Story {
  /** The id of its first bulletin (by day, then id), `/` made `-`: stable as later bulletins join. */
  id: string;
  /** Its bulletins, by day then id. */
  members: string[];
  /** The links that made it, strongest first. */
  links: StoryLink[];
}

export const WINDOW_DAYS = 7;
/** Letters of a word's match key that stand for it: its root, without the endings. */
const KEY_LETTERS = 5;
/** Shorter keys (`va`, `и`, `bu`) are function words; a capitalised one (`Ош`) is still a name. */
const MIN_WORD_KEY = 4;
/** The share of the lighter bulletin's weight two bulletins must share: within a language, and across languages. */
export const SAME_LANGUAGE_THRESHOLD = 0.3;
export const CROSS_LANGUAGE_THRESHOLD = 0.3;
/** Weight of a key by its kind, times its rarity. */
const KIND_WEIGHT = { word: 1, name: 2, number: 2, entity: 2 } as const;
/** How many of a bulletin's rarest keys look for candidates; a key in more bulletins than `MAX_POSTINGS` finds none. */
const PROBE_KEYS = 24;
/** A story's versions share several names, numbers or entities: one rare key in common is chance. */
const MIN_SHARED_PROBES = 2;
const MAX_CANDIDATES = 50;
/** A text with less to say than this (a few words, or a script the keys do not read) is matched by editors only. */
const MIN_WEIGHT = 20;
/**
 * How many names, numbers and entities two bulletins must share at least: a president's first
 * name, surname and country are three, and name him in every report of his, whatever the event.
 */
const MIN_EVIDENCE_SAME_LANGUAGE = 3;
const MIN_EVIDENCE_CROSS_LANGUAGE = 3;
const MAX_POSTINGS = 100;

type KeyKind = keyof typeof KIND_WEIGHT;

interface Features {
  input: StoryInput;
  dayNumber: number | null;
  /** key → its kind and the first way the text wrote it. */
  keys: Map<string, { kind: KeyKind; written: string }>;
  /** The days of the month its lead names (`25 февраль`, `5-мартка`, `29-njy iýunda`), as `month-day`. */
  leadDays: Set<string>;
  weight: number;
  /** The weight of its names, numbers and entities alone: what texts in two languages can share. */
  strongWeight: number;
}

const DAY = 86_400_000;
/** A capital after these starts a sentence; after a quote it is still a name (`"Arkadag" seýilgähi`). */
const SENTENCE_END = /[.!?:—\n]\s*$/;

const titleKeys = new Map<string, Set<string>>();

function titleKeysOf(lang: string): Set<string> {
  let keys = titleKeys.get(lang);
  if (!keys) {
    keys = new Set(
      nameFormsOf(lang)
        .titles.flatMap((title) => title.split(/[\s-]+/))
        .map((word) => matchKey(word, lang)),
    );
    titleKeys.set(lang, keys);
  }
  return keys;
}

/** Whether a word's match key is a title's, with or without endings ("Президенти", not "Мырза-Арык" for "мырза"). */
function isTitle(key: string, titles: Set<string>): boolean {
  for (const title of titles) if (key.startsWith(title) && ENDING_SEQUENCE.test(key.slice(title.length))) return true;
  return false;
}

/** The key a word stands for: its match key cut to a root. */
export function storyKey(word: string, lang?: string): string {
  return `w${matchKey(word, lang).slice(0, KEY_LETTERS)}`;
}

/** The keys of one bulletin's text. */
export function storyKeys(
  text: string,
  lang: string,
  entities: readonly string[],
  entityWords: ReadonlySet<string> = new Set(),
): Map<string, { kind: KeyKind; written: string }> {
  const keys = new Map<string, { kind: KeyKind; written: string }>();
  const add = (key: string, kind: KeyKind, written: string) => {
    const known = keys.get(key);
    if (!known) keys.set(key, { kind, written });
    else if (KIND_WEIGHT[kind] > KIND_WEIGHT[known.kind]) keys.set(key, { kind, written });
  };
  const titles = titleKeysOf(lang);
  forEachWord(text, (start, end) => {
    // An abbreviation with an ending (`ӨКМнын`, `TDT'nin`) stands for the abbreviation.
    const word = text.slice(start, end).match(/^\p{Lu}{2,}(?=['’]?\p{Ll})/u)?.[0] ?? text.slice(start, end);
    const key = matchKey(word, lang);
    const capitalised = /^\p{Lu}/u.test(word) && !SENTENCE_END.test(text.slice(Math.max(0, start - 3), start)) && start > 0;
    if (key.length < (capitalised ? 2 : MIN_WORD_KEY)) return;
    const wordKey = `w${key.slice(0, KEY_LETTERS)}`;
    // A title ("Президент") is capitalised in many texts and names no one in particular; an entity's words are the entity.
    const isName = capitalised && !entityWords.has(wordKey) && !isTitle(key, titles);
    add(wordKey, isName ? 'name' : 'word', word);
  });
  // Thousands, decimals and times of day (`1,5`, `3:50`) are one number each.
  for (const match of text.matchAll(/\d+(?:[.,:]\d+)*/g)) {
    const digits = match[0].replace(/[.,:]/g, '');
    // One digit is a count or a day of the month, no evidence; a year alone is in every bulletin of that year.
    if (digits.length >= 2) add(`#${digits}`, 'number', match[0]);
  }
  for (const entity of entities) add(`@${entity}`, 'entity', entity);
  return keys;
}

/** How far into a text its lead runs, where the day of the event is named. */
const LEAD_CHARACTERS = 600;
const DAY_MONTH = /(?<!\d)(\d{1,2})(?:-\p{L}{1,4}(?=\s))?[\s\u00a0-]*(\p{L}+)/gu;

/**
 * The days a text's lead names by day and month. Two reports whose leads both name a day, and no
 * day in common, tell of two events (two phone calls of the same presidents, months apart).
 */
export function leadDaysOf(text: string, lang: string): Set<string> {
  const days = new Set<string>();
  for (const match of text.slice(0, LEAD_CHARACTERS).matchAll(DAY_MONTH)) {
    const day = Number(match[1]);
    const month = monthNumberOf(match[2], lang);
    if (month && day >= 1 && day <= 31) days.add(`${month}-${day}`);
  }
  return days;
}

function dayNumberOf(day: string | null): number | null {
  return day ? Math.round(parseIsoDay(day).getTime() / DAY) : null;
}

export interface StoryThresholds {
  sameLanguage: number;
  crossLanguage: number;
}

const THRESHOLDS: StoryThresholds = { sameLanguage: SAME_LANGUAGE_THRESHOLD, crossLanguage: CROSS_LANGUAGE_THRESHOLD };

export function groupStories(inputs: readonly StoryInput[], thresholds: StoryThresholds = THRESHOLDS): Story[] {
  const features: Features[] = inputs.map((input) => ({
    input,
    dayNumber: dayNumberOf(input.day),
    keys: storyKeys(input.text, input.lang, input.entities, input.entityWords),
    leadDays: leadDaysOf(input.text, input.lang),
    weight: 0,
    strongWeight: 0,
  }));
  const index = new Map<string, number[]>();
  features.forEach((feature, position) => {
    for (const key of feature.keys.keys()) {
      const postings = index.get(key);
      if (postings) postings.push(position);
      else index.set(key, [position]);
    }
  });
  const total = features.length;
  const rarity = (key: string) => Math.log(1 + total / index.get(key)!.length);
  const weightOf = (key: string, kind: KeyKind) => KIND_WEIGHT[kind] * rarity(key);
  for (const feature of features) {
    for (const [key, { kind }] of feature.keys) {
      const weight = weightOf(key, kind);
      feature.weight += weight;
      if (kind !== 'word') feature.strongWeight += weight;
    }
  }

  const byId = new Map(features.map((feature, position) => [feature.input.id, position]));
  const pairKey = (a: number, b: number) => (a < b ? `${a} ${b}` : `${b} ${a}`);
  const forbidden = new Set<string>();
  for (const [position, feature] of features.entries()) {
    for (const other of feature.input.notSameStory) {
      const otherPosition = byId.get(other);
      if (otherPosition !== undefined) forbidden.add(pairKey(position, otherPosition));
    }
  }

  const links = new Map<string, StoryLink>();
  const link = (a: number, b: number, score: number, forced: boolean) => {
    const key = pairKey(a, b);
    const known = links.get(key);
    if (forbidden.has(key) || (known && known.score >= score)) return;
    const [first, second] = [features[a], features[b]].sort((x, y) => (x.input.id < y.input.id ? -1 : 1));
    links.set(key, { a: first.input.id, b: second.input.id, score, shared: sharedEvidence(first, second), forced });
  };

  for (const [position, feature] of features.entries()) {
    for (const other of feature.input.sameStory) {
      const otherPosition = byId.get(other);
      if (otherPosition !== undefined && otherPosition !== position) link(position, otherPosition, 1, true);
    }
  }

  const inWindow = (a: Features, b: Features) =>
    a.dayNumber === null || b.dayNumber === null ? a.dayNumber === b.dayNumber : Math.abs(a.dayNumber - b.dayNumber) <= WINDOW_DAYS;

  for (const [position, feature] of features.entries()) {
    const probes = [...feature.keys.keys()]
      .filter((key) => index.get(key)!.length > 1 && index.get(key)!.length <= MAX_POSTINGS)
      .sort((a, b) => index.get(a)!.length - index.get(b)!.length || (a < b ? -1 : 1))
      .slice(0, PROBE_KEYS);
    // Candidates share at least two of its rarest keys; the most such first, at most MAX_CANDIDATES.
    const sharedProbes = new Map<number, number>();
    for (const key of probes) for (const other of index.get(key)!) if (other > position) sharedProbes.set(other, (sharedProbes.get(other) ?? 0) + 1);
    const candidates = [...sharedProbes]
      .filter(([, count]) => count >= MIN_SHARED_PROBES)
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, MAX_CANDIDATES)
      .map(([other]) => other);
    for (const other of candidates) {
      const candidate = features[other];
      if (!inWindow(feature, candidate) || daysDisagree(feature, candidate)) continue;
      const sameLanguage = feature.input.lang === candidate.input.lang;
      const score = similarity(feature, candidate, sameLanguage, weightOf);
      const threshold = sameLanguage ? thresholds.sameLanguage : thresholds.crossLanguage;
      if (score >= threshold) link(position, other, score, false);
    }
  }

  return storiesFrom(features, links, forbidden, pairKey, byId);
}

function daysDisagree(a: Features, b: Features): boolean {
  if (a.leadDays.size === 0 || b.leadDays.size === 0) return false;
  for (const day of a.leadDays) if (b.leadDays.has(day)) return false;
  return true;
}

/**
 * What two bulletins share, over the weight of the lighter: 1 when one says nothing the other does
 * not. Across languages only names, numbers and entities count: the words themselves differ.
 */
function similarity(a: Features, b: Features, sameLanguage: boolean, weightOf: (key: string, kind: KeyKind) => number): number {
  const [small, large] = a.keys.size <= b.keys.size ? [a, b] : [b, a];
  let shared = 0;
  let evidence = 0;
  for (const [key, { kind }] of small.keys) {
    const other = large.keys.get(key);
    if (!other) continue;
    // Evidence is what both write as a name, number or entity: a name in one text is often a plain word in another.
    const strong = kind !== 'word' && other.kind !== 'word';
    if (strong) evidence++;
    const strongest = KIND_WEIGHT[kind] >= KIND_WEIGHT[other.kind] ? kind : other.kind;
    if (sameLanguage || strong) shared += weightOf(key, strongest);
  }
  if (evidence < (sameLanguage ? MIN_EVIDENCE_SAME_LANGUAGE : MIN_EVIDENCE_CROSS_LANGUAGE)) return 0;
  const base = sameLanguage ? Math.min(a.weight, b.weight) : Math.min(a.strongWeight, b.strongWeight);
  return Math.min(1, shared / Math.max(base, MIN_WEIGHT));
}

function sharedEvidence(a: Features, b: Features): StoryLink['shared'] {
  const shared: StoryLink['shared'] = { names: [], numbers: [], entities: [] };
  for (const [key, { kind, written }] of a.keys) {
    const other = b.keys.get(key);
    if (!other) continue;
    if (kind === 'entity') shared.entities.push(written);
    else if (kind === 'number') shared.numbers.push(written);
    else if (kind === 'name' && other.kind === 'name') shared.names.push(written);
  }
  return shared;
}

/** Pairs merged into stories strongest first, so that a forbidden pair keeps the weaker side out. */
function storiesFrom(
  features: Features[],
  links: Map<string, StoryLink>,
  forbidden: Set<string>,
  pairKey: (a: number, b: number) => string,
  byId: Map<string, number>,
): Story[] {
  const groupOf = features.map((_, position) => position);
  const members = new Map<number, number[]>(features.map((_, position) => [position, [position]]));
  const find = (position: number): number => {
    while (groupOf[position] !== position) position = groupOf[position] = groupOf[groupOf[position]];
    return position;
  };
  const ordered = [...links.values()].sort((x, y) => Number(y.forced) - Number(x.forced) || y.score - x.score || (x.a + x.b < y.a + y.b ? -1 : 1));
  const used: StoryLink[] = [];
  for (const pair of ordered) {
    const a = find(byId.get(pair.a)!);
    const b = find(byId.get(pair.b)!);
    if (a === b) {
      used.push(pair);
      continue;
    }
    const left = members.get(a)!;
    const right = members.get(b)!;
    if (left.some((x) => right.some((y) => forbidden.has(pairKey(x, y))))) continue;
    groupOf[b] = a;
    members.set(a, [...left, ...right]);
    members.delete(b);
    used.push(pair);
  }
  const byDay = (x: number, y: number) => {
    const [p, q] = [features[x], features[y]];
    const dayOrder = (p.dayNumber ?? Number.MAX_SAFE_INTEGER) - (q.dayNumber ?? Number.MAX_SAFE_INTEGER);
    return dayOrder || (p.input.id < q.input.id ? -1 : 1);
  };
  const stories: Story[] = [];
  for (const [root, positions] of members) {
    if (positions.length < 2) continue;
    const sorted = [...positions].sort(byDay);
    const ids = sorted.map((position) => features[position].input.id);
    const inStory = new Set(ids);
    stories.push({
      id: ids[0].replace('/', '-'),
      members: ids,
      links: used.filter((pair) => inStory.has(pair.a) && find(byId.get(pair.a)!) === find(root)),
    });
  }
  return stories.sort((x, y) => (x.id < y.id ? -1 : 1));
}

/** How many shared names and numbers a link shows readers. */
const SHOWN_EVIDENCE = 6;

/** Why two bulletins of a story are linked, for readers: the names and numbers their direct link shares (none for an editor's link). */
export function evidenceOf(links: readonly StoryLink[], a: string, b: string): string[] {
  const link = links.find((candidate) => (candidate.a === a && candidate.b === b) || (candidate.a === b && candidate.b === a));
  return link ? [...link.shared.names, ...link.shared.numbers].slice(0, SHOWN_EVIDENCE) : [];
}
