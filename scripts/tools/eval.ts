/**
 * npm run eval -- FILE.jsonl
 *
 * Scores ingest's language, date and title against a corpus in the format of
 * ../shared/corpus/dev.jsonl (one JSON object a line: id, lang, script, text, title, date, meta),
 * printing accuracy per language and every miss. Items that also carry `leftovers` (the exact
 * page-furniture lines, as in tests/fixtures/heldout/) are scored for leftovers too: article lines
 * kept, leftover lines removed, and gazetteer entities taken from leftovers only. Entities are
 * matched with the project's gazetteer (content/gazetteer, or CONTENT_DIR's).
 */
import { readFileSync } from 'node:fs';
import { allLanguages, scoreCorpus, type CorpusItem } from './eval/score-corpus.ts';
import { compileGazetteer } from '../ingest/find-entities.ts';
import { loadAllGazetteer } from '../../src/lib/content/gazetteer-fs.ts';
import { resolveContentDir } from '../../src/lib/content/content-layout.ts';

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

const score = scoreCorpus(items, compileGazetteer(loadAllGazetteer(resolveContentDir())));
const { dates, titles, leftovers, misses } = score;
const percent = (right: number, total: number) => (total ? `${((100 * right) / total).toFixed(1)}%` : 'n/a');
const all = allLanguages(score);

console.log(`Language and script: ${percent(all.right, all.total)} (${all.right}/${all.total})`);
for (const [key, t] of [...score.language].sort()) console.log(`  ${key.padEnd(8)} ${percent(t.right, t.total).padStart(6)} (${t.right}/${t.total})`);
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
