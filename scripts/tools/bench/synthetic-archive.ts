import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Gazetteer } from '../../../src/lib/content/gazetteer-schema.ts';
import { listFiles } from '../../../src/lib/content/files-fs.ts';
import { originalsDir } from '../../../src/lib/content/content-layout.ts';

/**
 * Raw bulletin texts for benchmarks, as maintainers would paste them: a `date` header, a headline,
 * and a body assembled from the sentences of the archive's own originals in that language, with
 * people, organizations and places from the gazetteer and numbers varied, over twenty years.
 * A seeded generator makes the same archive on every run.
 */
export interface SyntheticText {
  fileName: string;
  text: string;
}

/** Mulberry32: small, fast and deterministic. */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Sentences of the preserved originals, per language (their folder). */
export function sentencePools(contentDir: string): Map<string, string[]> {
  const pools = new Map<string, string[]>();
  for (const file of listFiles(originalsDir(contentDir), '.txt')) {
    const lang = path.basename(path.dirname(file));
    const text = readFileSync(file, 'utf8').replace(/^\s*date \d{4}-\d{2}-\d{2}\s*/i, '');
    const sentences = text
      .split(/(?<=[.!?»"”])\s+|\n+/u)
      .map((sentence) => sentence.trim())
      .filter((sentence) => sentence.length > 40 && /[.!?»"”]$/u.test(sentence) && !/\d{2}\.\d{2}\.\d{2}/.test(sentence));
    pools.set(lang, [...(pools.get(lang) ?? []), ...sentences]);
  }
  return pools;
}

function namesIn(gazetteer: Gazetteer, kind: keyof Gazetteer, lang: string): string[] {
  return gazetteer[kind].flatMap((entity) => entity.names[lang] ?? entity.names[`${lang}-Cyrl`] ?? entity.names[`${lang}-Latn`] ?? []);
}

export function* syntheticTexts(options: {
  count: number;
  languages: string[];
  pools: Map<string, string[]>;
  gazetteer: Gazetteer;
  seed?: number;
}): Generator<SyntheticText> {
  const random = seededRandom(options.seed ?? 1);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const start = Date.UTC(2006, 0, 1);
  const span = 20 * 365 * 86_400_000;
  // A language's names, looked up once rather than for each of 100,000 texts.
  const names = new Map<string, { people: string[]; organizations: string[]; places: string[] }>();
  const namesOf = (lang: string) =>
    names.get(lang) ??
    names
      .set(lang, {
        people: namesIn(options.gazetteer, 'person', lang),
        organizations: namesIn(options.gazetteer, 'organization', lang),
        places: namesIn(options.gazetteer, 'place', lang),
      })
      .get(lang)!;
  for (let index = 0; index < options.count; index++) {
    const lang = options.languages[index % options.languages.length];
    const pool = options.pools.get(lang);
    if (!pool?.length) throw new Error(`no originals in ${lang} to build sentences from; choose among: ${[...options.pools.keys()].join(', ')}`);
    const { people, organizations, places } = namesOf(lang);
    const date = new Date(start + Math.floor(random() * span)).toISOString().slice(0, 10);
    // Realistic lengths: from a short note to a long report (about 1 to 12 KB).
    const sentenceCount = 4 + Math.floor(random() ** 2 * 60);
    const sentences: string[] = [];
    for (let n = 0; n < sentenceCount; n++) {
      let sentence = pick(pool).replace(/\d+/g, () => String(1 + Math.floor(random() * 40)));
      if (people.length && random() < 0.4) sentence = `${pick(people)}: ${sentence}`;
      if (organizations.length && random() < 0.3) sentence += ` (${pick(organizations)})`;
      sentences.push(sentence);
    }
    const place = places.length ? pick(places) : '';
    const headline = `${place} ${pick(pool)
      .split(/\s+/)
      .slice(0, 8)
      .join(' ')
      .replace(/[.,:;!?«»"]+/g, '')} ${index + 1}`.trim();
    const paragraphs: string[] = [];
    for (let n = 0; n < sentences.length; n += 3) paragraphs.push(sentences.slice(n, n + 3).join(' '));
    yield { fileName: `${String(index).padStart(6, '0')}-${lang}.txt`, text: `date ${date}\n${headline}\n${paragraphs.join('\n')}\n` };
  }
}
