import { analyze, type Analysis } from '../../ingest/analyze.ts';
import { findEntities, type CompiledGazetteer } from '../../../src/lib/entities/find-entities.ts';

/**
 * Scores ingest against labelled pages in the format of ../shared/corpus/dev.jsonl and of the
 * labelling brief (../shared/corpus/LABELLING.md): language and script, the date where the
 * publication date is printed (`meta.date_in_text`), wrong dates and dates given where the page
 * prints none, headlines, and, for items that list them, `leftovers` dropped, `article_lines` kept
 * and gazetteer entities taken from leftovers only. An item is a pasted text (`text`) or a saved
 * page (`meta.html`, a file name: its bytes are what ingest reads, see `bytes`).
 */
export interface CorpusItem {
  id: string;
  lang: string;
  script: string;
  text?: string;
  title: string | null;
  date: string | null;
  meta?: { date_in_text?: boolean; date_partial?: boolean; html?: string };
  /** Page-furniture lines, trimmed, that must not reach the bulletin. */
  leftovers?: string[];
  /** Lines of the article that must be kept; where absent, every line of `text` but the leftovers and the headline is. */
  article_lines?: string[];
}

export interface Tally {
  right: number;
  total: number;
}

export interface CorpusScore {
  language: Map<string, Tally>;
  /** `givenForUndated`: a date given where the item has none (the page prints none). */
  dates: { right: number; printed: number; wrong: number; dated: number; givenForUndated: number };
  titles: Tally;
  leftovers: { articleKept: number; articleLines: number; leftoverRemoved: number; leftoverLines: number; entitiesFromLeftovers: number; items: number };
  misses: string[];
}

/**
 * `bytes` gives a saved page's bytes by its `meta.html` name (npm run eval reads them from the
 * folder of the list); a pasted text is its `text` as UTF-8.
 */
export function scoreCorpus(items: readonly CorpusItem[], names: CompiledGazetteer, bytes: (item: CorpusItem) => Uint8Array = textBytes): CorpusScore {
  const score: CorpusScore = {
    language: new Map(),
    dates: { right: 0, printed: 0, wrong: 0, dated: 0, givenForUndated: 0 },
    titles: { right: 0, total: 0 },
    leftovers: { articleKept: 0, articleLines: 0, leftoverRemoved: 0, leftoverLines: 0, entitiesFromLeftovers: 0, items: 0 },
    misses: [],
  };
  const { dates, titles, misses } = score;
  for (const item of items) {
    // An item whose page cannot be read is one miss, not the end of the measurement.
    let input: Uint8Array;
    try {
      input = bytes(item);
    } catch (error) {
      misses.push(`${item.id}: not scored: ${(error as Error).message}`);
      continue;
    }
    const result = analyze(input, { knownPlaces: [], names });
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

    if (item.leftovers || item.article_lines) scoreLeftovers(item, analysis, names, score);
  }
  return score;
}

function textBytes(item: CorpusItem): Uint8Array {
  if (item.text === undefined) throw new Error(`${item.id}: no "text" and no "meta.html" page to read`);
  return new TextEncoder().encode(item.text);
}

/** A line as compared: white space collapsed, Markdown's escapes undone. */
function comparable(line: string): string {
  return line
    .replace(/\\([\\`*_[\]<>&|~!#>+=.)-])/gu, '$1')
    .replace(/^(?:[-*] |\d+\. )/u, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * Whether a labelled line reached the bulletin: it is the title, or a line of the body holds it.
 * A short line inside a long paragraph is a word the article uses (`Фото`, `Спорт`), not the
 * leftover: a body line holds a leftover when it is the leftover with at most a few words around it.
 */
function reached(line: string, title: string, bodyLines: readonly string[]): boolean {
  const wanted = comparable(line);
  if (!wanted) return false;
  if (comparable(title) === wanted) return true;
  return bodyLines.some((body) => body === wanted || (body.includes(wanted) && (wanted.length >= 40 || body.length <= wanted.length + 40)));
}

/**
 * Lines compared as a reader sees them in the bulletin (title and body, white space collapsed): a
 * leftover is dropped when no line of them holds it; an article line is kept when one does. The
 * headline is neither an article line of the body nor a leftover.
 */
function scoreLeftovers(item: CorpusItem, analysis: Analysis, names: CompiledGazetteer, score: CorpusScore) {
  const { leftovers, misses } = score;
  leftovers.items++;
  const bodyLines = analysis.markdownBody.split('\n').map(comparable).filter(Boolean);
  const leftoverLines = item.leftovers ?? [];
  const leftoverSet = new Set(leftoverLines);
  const articleLines =
    item.article_lines ??
    (item.text ?? '')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !leftoverSet.has(line) && line !== item.title);
  for (const line of articleLines) {
    leftovers.articleLines++;
    if (reached(line, '', bodyLines) || line === item.title) leftovers.articleKept++;
    else misses.push(`${item.id}: article line removed: "${line}"`);
  }
  for (const line of leftoverLines) {
    leftovers.leftoverLines++;
    if (!reached(line, analysis.title, bodyLines)) leftovers.leftoverRemoved++;
    else misses.push(`${item.id}: leftover kept: "${line}"`);
  }
  // Entities are judged against the whole article, so only where every other line is labelled as article.
  if (item.article_lines) return;
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
