/**
 * npm run eval -- FILE.jsonl
 *
 * Scores ingest's language, date and title against a corpus in the format of
 * ../shared/corpus/dev.jsonl (one JSON object a line: id, lang, script, text, title, date, meta),
 * printing accuracy per language and every miss. Items that also carry `leftovers` (the exact
 * page-furniture lines, as in tests/fixtures/heldout/pages.jsonl) are scored for leftovers too:
 * article lines kept, leftover lines removed, and gazetteer entities taken from leftovers only.
 * Entities are matched with the project's gazetteer (content/gazetteer).
 */
import { readFileSync } from 'node:fs';
import { analyze } from './ingest/analyze.ts';
import { compileGazetteer, findEntities } from './ingest/find-entities.ts';
import { loadAllGazetteer } from '../src/utils/gazetteer.ts';
import { resolveContentDir } from '../src/utils/content-dir.ts';

interface CorpusItem {
  id: string;
  lang: string;
  script: string;
  text: string;
  title: string | null;
  date: string | null;
  meta?: { date_in_text?: boolean };
  leftovers?: string[];
}

const file = process.argv[2];
if (!file) {
  console.error('usage: npm run eval -- FILE.jsonl');
  process.exit(2);
}

let items: CorpusItem[];
try {
  items = readFileSync(file, 'utf8').split('\n').filter((line) => line.trim()).map((line, index) => {
    try {
      return JSON.parse(line) as CorpusItem;
    } catch {
      throw new Error(`${file}:${index + 1}: not a JSON object; each line must be one`);
    }
  });
} catch (error) {
  console.error(`eval: ${(error as Error).message}`);
  process.exit(2);
}

const names = compileGazetteer(loadAllGazetteer(resolveContentDir()));
const context = { knownPlaces: [], names };

interface Tally { right: number; total: number }
const tally = () => ({ right: 0, total: 0 });
const language = new Map<string, Tally>();
const dates = { right: 0, printed: 0, wrong: 0, dated: 0, givenForUndated: 0 };
const titles = { right: 0, total: 0 };
const leftovers = { articleKept: 0, articleLines: 0, leftoverRemoved: 0, leftoverLines: 0, entitiesFromLeftovers: 0, items: 0 };
const misses: string[] = [];

for (const item of items) {
  const result = analyze(new TextEncoder().encode(item.text), context);
  const key = `${item.lang}-${item.script}`;
  const perLanguage = language.get(key) ?? tally();
  language.set(key, perLanguage);
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

  if (item.leftovers) scoreLeftovers(item, item.leftovers, analysis);
}

/** Lines compared trimmed; the headline is neither an article line of the body nor a leftover. */
function scoreLeftovers(item: CorpusItem, leftoverLines: string[], analysis: Extract<ReturnType<typeof analyze>, { ok: true }>['analysis']) {
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

const percent = (right: number, total: number) => (total ? `${((100 * right) / total).toFixed(1)}%` : 'n/a');
const allLanguage = [...language.values()].reduce((sum, t) => ({ right: sum.right + t.right, total: sum.total + t.total }), tally());

console.log(`Language and script: ${percent(allLanguage.right, allLanguage.total)} (${allLanguage.right}/${allLanguage.total})`);
for (const [key, t] of [...language].sort()) console.log(`  ${key.padEnd(8)} ${percent(t.right, t.total).padStart(6)} (${t.right}/${t.total})`);
console.log(`Date exactly right where the publication date is printed: ${percent(dates.right, dates.printed)} (${dates.right}/${dates.printed})`);
console.log(`Wrong date among all dated items: ${percent(dates.wrong, dates.dated)} (${dates.wrong}/${dates.dated})`);
console.log(`Dates given for items without a known date: ${dates.givenForUndated}`);
console.log(`Title exactly right: ${percent(titles.right, titles.total)} (${titles.right}/${titles.total})`);
if (leftovers.items) {
  console.log(`Leftovers (${leftovers.items} items with labels):`);
  console.log(`  article lines kept: ${percent(leftovers.articleKept, leftovers.articleLines)} (${leftovers.articleKept}/${leftovers.articleLines})`);
  console.log(`  leftover lines removed: ${percent(leftovers.leftoverRemoved, leftovers.leftoverLines)} (${leftovers.leftoverRemoved}/${leftovers.leftoverLines})`);
  console.log(`  entities taken from leftovers: ${leftovers.entitiesFromLeftovers}`);
}
console.log(`\nMisses (${misses.length}):`);
for (const miss of misses) console.log(`  ${miss}`);
