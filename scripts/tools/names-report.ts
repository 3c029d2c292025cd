/**
 * npm run names [-- --content DIR] [--min-bulletins N] [--json]
 *
 * The names the gazetteer does not know yet that recur across the archive's bulletins: runs of
 * capitalised words (people, places, organizations written out) and abbreviations (ШОС, ОДКБ,
 * BMT), read from the bulletins' own text (ingest has already set page chrome apart), with the
 * titles before a name stripped ("Президент", "Cumhurbaşkanı"). One candidate per name across
 * alphabets and endings: `Шавкат Мирзиёевнинг`, `Şavkat Mirziyayev` and `Shavkat Mirziyoyev` are
 * one, listed with every variant, how often and in how many bulletins it occurs, and where. A
 * maintainer accepts one by adding it to `content/gazetteer/` (an id and its names per language);
 * the next build tags every bulletin that names it, earlier ones included.
 */
import path from 'node:path';
import { loadAllGazetteer } from '../../src/lib/content/gazetteer-fs.ts';
import { resolveContentDir } from '../../src/lib/content/content-layout.ts';
import { bulletinText, knowBulletin } from '../../src/lib/entities/archive-knowledge.ts';
import { NAME_FORM_LANGUAGES, nameFormsOf } from '../../src/lib/entities/name-forms.ts';
import { storyKey } from '../../src/lib/entities/stories.ts';
import { matchKey } from '../../src/lib/text/match-key.ts';
import { forEachWord, scriptOf } from '../../src/lib/text/text.ts';
import { compileGazetteer } from '../../src/lib/entities/find-entities.ts';
import { readArchiveInputs } from './archive-inputs.ts';

export interface NameCandidate {
  /** The variant written most often. */
  name: string;
  kind: 'name' | 'abbreviation';
  variants: { text: string; count: number }[];
  count: number;
  bulletins: string[];
  languages: string[];
}

/** A run this long is a menu or a headline in title case, not a name. */
const MAX_NAME_WORDS = 4;

/** Titles of every archive language as match keys: stripped from a name's start ("Президент Шавкат Мирзиёев"). */
const TITLE_KEYS = new Set(
  NAME_FORM_LANGUAGES.flatMap((lang) =>
    nameFormsOf(lang)
      .titles.flatMap((title) => title.split(/[\s-]+/))
      .map((word) => matchKey(word, lang)),
  ),
);

function isTitle(word: string, lang: string): boolean {
  // "Премьер-министр": its last part says it.
  const key = matchKey(word.split('-').at(-1)!, lang);
  for (const title of TITLE_KEYS) if (key.startsWith(title) && key.length - title.length <= 3) return true;
  return false;
}

/** A run of capitalised words without the titles before it; null when nothing name-like is left. */
export function cleanName(run: string, lang: string): string | null {
  const words = run.split(' ');
  while (words.length > 0 && isTitle(words[0], lang)) words.shift();
  if (words.length < 2 || words.length > MAX_NAME_WORDS) return null;
  if (words.some((word) => matchKey(word, lang).length < 2)) return null;
  return words.join(' ');
}

/** The candidate a variant belongs to, whatever its alphabet and endings: the roots of its words. */
function groupKey(name: string, lang: string): string {
  const keys: string[] = [];
  forEachWord(name, (start, end) => keys.push(storyKey(name.slice(start, end), lang)));
  return keys.join(' ');
}

/** Abbreviations written in capitals, with or without an ending (`ЕАЭБтин`, `BMT'nin`). */
function abbreviationsOf(text: string): string[] {
  const found: string[] = [];
  forEachWord(text, (start, end) => {
    const capitals = text.slice(start, end).match(/^\p{Lu}{2,6}(?=$|['’]?\p{Ll}{1,6}$)/u)?.[0];
    if (capitals) found.push(capitals);
  });
  return found;
}

export function namesReport(contentDir: string, minBulletins = 2): NameCandidate[] {
  const gazetteer = compileGazetteer(loadAllGazetteer(contentDir));
  const groups = new Map<string, { kind: NameCandidate['kind']; variants: Map<string, number>; bulletins: Set<string>; languages: Set<string> }>();
  const add = (key: string, kind: NameCandidate['kind'], text: string, id: string, lang: string) => {
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { kind, variants: new Map(), bulletins: new Set(), languages: new Set() }));
    group.variants.set(text, (group.variants.get(text) ?? 0) + 1);
    group.bulletins.add(id);
    group.languages.add(lang);
  };
  for (const input of readArchiveInputs(contentDir)) {
    const known = knowBulletin(input, gazetteer);
    for (const run of known.unknownNames) {
      const name = cleanName(run, input.lang);
      if (name) add(`n ${groupKey(name, input.lang)}`, 'name', name, input.id, input.lang);
    }
    // An abbreviation the gazetteer knows was tagged; the others are candidates.
    const knownAbbreviations = new Set(Object.values(known.variants).flat());
    const common = new Set(nameFormsOf(input.lang).commonAbbreviations);
    for (const abbreviation of abbreviationsOf(bulletinText(input))) {
      // Capitals of another alphabet than the text's are a site's address or a code (`RU`), not a name.
      if (common.has(abbreviation) || scriptOf(abbreviation[0]) !== input.script) continue;
      if (!knownAbbreviations.has(abbreviation) && findsNothing(abbreviation, input.lang, gazetteer))
        add(`a ${matchKey(abbreviation)}`, 'abbreviation', abbreviation, input.id, input.lang);
    }
  }
  return [...groups.values()]
    .filter((group) => group.bulletins.size >= minBulletins)
    .map((group) => {
      const variants = [...group.variants].map(([text, count]) => ({ text, count })).sort((a, b) => b.count - a.count || a.text.localeCompare(b.text));
      return {
        name: variants[0].text,
        kind: group.kind,
        variants,
        count: variants.reduce((sum, variant) => sum + variant.count, 0),
        bulletins: [...group.bulletins].sort(),
        languages: [...group.languages].sort(),
      };
    })
    .sort((a, b) => b.bulletins.length - a.bulletins.length || b.count - a.count || a.name.localeCompare(b.name));
}

function findsNothing(abbreviation: string, lang: string, gazetteer: ReturnType<typeof compileGazetteer>): boolean {
  const found = knowBulletin(
    { id: '', lang, date: null, title: abbreviation, body: '', people: [], organizations: [], countries: [], sameStory: [], notSameStory: [] },
    gazetteer,
  );
  return found.people.length + found.organizations.length + found.countries.length === 0;
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  const option = (name: string) => {
    const index = args.indexOf(name);
    return index >= 0 ? args[index + 1] : undefined;
  };
  const contentDir = option('--content') ? path.resolve(option('--content')!) : resolveContentDir();
  const minBulletins = Number(option('--min-bulletins') ?? 2);
  if (!Number.isInteger(minBulletins) || minBulletins < 1) {
    console.error('names: --min-bulletins takes a whole number of at least 1, e.g. --min-bulletins 3');
    process.exit(2);
  }
  const candidates = namesReport(contentDir, minBulletins);
  if (args.includes('--json')) console.log(JSON.stringify({ candidates }, null, 2));
  else {
    console.log(`${candidates.length} names the gazetteer does not know, in ${minBulletins} bulletins or more (${contentDir}):`);
    for (const candidate of candidates) {
      const others = candidate.variants.slice(1).map((variant) => variant.text);
      console.log(
        `${String(candidate.bulletins.length).padStart(4)} bulletins ${String(candidate.count).padStart(4)}×  ${candidate.name}${others.length ? `  (also ${others.join(', ')})` : ''}  [${candidate.languages.join(', ')}]`,
      );
    }
    console.log(
      'Add the ones you want recognised to content/gazetteer/ (people.json, organizations.json…): the next build tags every bulletin that names them.',
    );
  }
}
