/**
 * npm run eval -- FILE.jsonl
 *
 * Scores ingest's language, date and title against a corpus in the format of
 * ../shared/corpus/dev.jsonl (one JSON object a line: id, lang, script, text, title, date, meta),
 * printing accuracy per language and every miss.
 */
import { readFileSync } from 'node:fs';
import { analyze } from './ingest/analyze.ts';

interface CorpusItem {
  id: string;
  lang: string;
  script: string;
  text: string;
  title: string | null;
  date: string | null;
  meta?: { date_year_in_text?: boolean };
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

interface Tally { right: number; total: number }
const tally = () => ({ right: 0, total: 0 });
const language = new Map<string, Tally>();
const dates = { right: 0, yearInText: 0, wrong: 0, dated: 0, givenForUndated: 0 };
const titles = { right: 0, total: 0 };
const misses: string[] = [];

for (const item of items) {
  const result = analyze(new TextEncoder().encode(item.text), { knownPlaces: [], names: new Map() });
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

  if (item.date) {
    dates.dated++;
    if (item.meta?.date_year_in_text !== false) {
      dates.yearInText++;
      if (analysis.date === item.date) dates.right++;
    }
    if (analysis.date && analysis.date !== item.date) {
      dates.wrong++;
      misses.push(`${item.id}: date ${analysis.date} (from "${analysis.dateEvidence}"), expected ${item.date}`);
    } else if (!analysis.date && item.meta?.date_year_in_text !== false) {
      misses.push(`${item.id}: no date, expected ${item.date}`);
    }
  } else if (analysis.date) {
    dates.givenForUndated++;
  }

  if (item.title) {
    titles.total++;
    if (analysis.title === item.title) titles.right++;
    else misses.push(`${item.id}: title "${analysis.title}", expected "${item.title}"`);
  }
}

const percent = (right: number, total: number) => (total ? `${((100 * right) / total).toFixed(1)}%` : 'n/a');
const allLanguage = [...language.values()].reduce((sum, t) => ({ right: sum.right + t.right, total: sum.total + t.total }), tally());

console.log(`Language and script: ${percent(allLanguage.right, allLanguage.total)} (${allLanguage.right}/${allLanguage.total})`);
for (const [key, t] of [...language].sort()) console.log(`  ${key.padEnd(8)} ${percent(t.right, t.total).padStart(6)} (${t.right}/${t.total})`);
console.log(`Date exactly right where its year is in the text: ${percent(dates.right, dates.yearInText)} (${dates.right}/${dates.yearInText})`);
console.log(`Wrong date among all dated items: ${percent(dates.wrong, dates.dated)} (${dates.wrong}/${dates.dated})`);
console.log(`Dates given for items without a known date: ${dates.givenForUndated}`);
console.log(`Title exactly right: ${percent(titles.right, titles.total)} (${titles.right}/${titles.total})`);
console.log(`\nMisses (${misses.length}):`);
for (const miss of misses) console.log(`  ${miss}`);
