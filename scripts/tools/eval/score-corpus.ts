import { analyze, type Analysis } from '../../ingest/analyze.ts';
import { findEntities, type CompiledGazetteer } from '../../ingest/find-entities.ts';

/**
 * Scores ingest against labelled texts in the format of ../shared/corpus/dev.jsonl: language and
 * script, the date where the publication date is printed (`meta.date_in_text`), wrong dates,
 * headlines, and, for items that list their `leftovers`, article lines kept, leftover lines
 * removed and gazetteer entities taken from leftovers only.
 */
export interface CorpusItem {
  id: string;
  lang: string;
  script: string;
  text: string;
  title: string | null;
  date: string | null;
  meta?: { date_in_text?: boolean };
  /** Page-furniture lines, trimmed; every other line but the headline is article text. */
  leftovers?: string[];
}

export interface Tally {
  right: number;
  total: number;
}

export interface CorpusScore {
  language: Map<string, Tally>;
  dates: { right: number; printed: number; wrong: number; dated: number; givenForUndated: number };
  titles: Tally;
  leftovers: { articleKept: number; articleLines: number; leftoverRemoved: number; leftoverLines: number; entitiesFromLeftovers: number; items: number };
  misses: string[];
}

export function scoreCorpus(items: readonly CorpusItem[], names: CompiledGazetteer): CorpusScore {
  const score: CorpusScore = {
    language: new Map(),
    dates: { right: 0, printed: 0, wrong: 0, dated: 0, givenForUndated: 0 },
    titles: { right: 0, total: 0 },
    leftovers: { articleKept: 0, articleLines: 0, leftoverRemoved: 0, leftoverLines: 0, entitiesFromLeftovers: 0, items: 0 },
    misses: [],
  };
  const { dates, titles, misses } = score;
  for (const item of items) {
    const result = analyze(new TextEncoder().encode(item.text), { knownPlaces: [], names });
    const key = `${item.lang}-${item.script}`;
    const perLanguage = score.language.get(key) ?? { right: 0, total: 0 };
    score.language.set(key, perLanguage);
    perLanguage.total++;
    if (!result.ok) {
      misses.push(`${item.id}: rejected: ${result.errors.join('; ')}`);
      continue;
    }
    const { analysis } = result;
    if (analysis.lang === item.lang && analysis.script === item.script) perLanguage.right++;
    else misses.push(`${item.id}: language ${analysis.lang}-${analysis.script}, expected ${key}`);

    const printed = item.date !== null && item.meta?.date_in_text === true;
    if (item.date) {
      dates.dated++;
      if (printed) {
        dates.printed++;
        if (analysis.date === item.date) dates.right++;
      }
      if (analysis.date && analysis.date !== item.date) {
        dates.wrong++;
        misses.push(`${item.id}: date ${analysis.date} (from "${analysis.dateEvidence}"), expected ${item.date}`);
      } else if (!analysis.date && printed) {
        misses.push(`${item.id}: no date, expected ${item.date}`);
      }
    } else if (analysis.date) {
      dates.givenForUndated++;
      misses.push(`${item.id}: date ${analysis.date} (from "${analysis.dateEvidence}") for a text without a known date`);
    }

    if (item.title) {
      titles.total++;
      if (analysis.title === item.title) titles.right++;
      else misses.push(`${item.id}: title "${analysis.title}", expected "${item.title}"`);
    }

    if (item.leftovers) scoreLeftovers(item, item.leftovers, analysis, names, score);
  }
  return score;
}

/** Lines compared trimmed; the headline is neither an article line of the body nor a leftover. */
function scoreLeftovers(item: CorpusItem, leftoverLines: string[], analysis: Analysis, names: CompiledGazetteer, score: CorpusScore) {
  const { leftovers, misses } = score;
  leftovers.items++;
  const removed = new Set(analysis.removed.flatMap((block) => block.lines));
  const leftoverSet = new Set(leftoverLines);
  const articleLines = item.text.split('\n').map((line) => line.trim()).filter((line) => line && !leftoverSet.has(line) && line !== item.title);
  for (const line of articleLines) {
    leftovers.articleLines++;
    if (!removed.has(line)) leftovers.articleKept++;
    else misses.push(`${item.id}: article line removed: "${line}"`);
  }
  for (const line of leftoverLines) {
    leftovers.leftoverLines++;
    if (removed.has(line)) leftovers.leftoverRemoved++;
    else misses.push(`${item.id}: leftover kept: "${line}"`);
  }
  const inArticle = findEntities([item.title ?? '', ...articleLines].join('\n'), item.lang, names);
  const inLeftovers = findEntities(leftoverLines.join('\n'), item.lang, names);
  for (const kind of ['people', 'organizations', 'countries'] as const) {
    for (const id of inLeftovers[kind]) {
      if (!inArticle[kind].includes(id) && analysis[kind].includes(id)) {
        leftovers.entitiesFromLeftovers++;
        misses.push(`${item.id}: ${id} taken from a leftover`);
      }
    }
  }
}

export function allLanguages(score: CorpusScore): Tally {
  return [...score.language.values()].reduce((sum, t) => ({ right: sum.right + t.right, total: sum.total + t.total }), { right: 0, total: 0 });
}
