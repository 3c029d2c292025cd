/**
 * npm run eval -- FILE.jsonl [--pages DIR]
 *
 * Scores ingest's language, date and title against a corpus in the format of
 * ../shared/corpus/dev.jsonl (one JSON object a line: id, lang, script, text, title, date, meta),
 * printing accuracy per language and every miss. Items that also carry `leftovers` and
 * `article_lines` (as ../shared/corpus/LABELLING.md asks, or as in tests/fixtures/heldout/) are
 * scored for them too: leftovers dropped, article lines kept, and gazetteer entities taken from
 * leftovers only. An item whose `meta.html` names a saved page is ingested from that file, in DIR
 * (by default the folder FILE.jsonl is in). Entities are matched with the project's gazetteer
 * (content/gazetteer, or CONTENT_DIR's).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { allLanguages, scoreCorpus, type CorpusItem } from './eval/score-corpus.ts';
import { compileGazetteer } from '../../src/lib/entities/find-entities.ts';
import { loadAllGazetteer } from '../../src/lib/content/gazetteer-fs.ts';
import { resolveContentDir } from '../../src/lib/content/content-layout.ts';

const USAGE = 'usage: npm run eval -- FILE.jsonl [--pages DIR]';
let file: string | undefined;
let pagesDir: string | undefined;
try {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { pages: { type: 'string' } } });
  file = positionals[0];
  pagesDir = values.pages;
} catch (error) {
  console.error(`eval: ${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
if (!file) {
  console.error(USAGE);
  process.exit(2);
}
const pages = path.resolve(pagesDir ?? path.dirname(file));

let items: CorpusItem[];
try {
  items = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line, index) => {
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

/** A saved page's bytes by its `meta.html` name; a pasted text's as UTF-8. */
function bytesOf(item: CorpusItem): Uint8Array {
  const page = item.meta?.html;
  if (!page) {
    if (item.text === undefined) throw new Error(`${file}: item ${item.id} has neither "text" nor "meta.html"`);
    return new TextEncoder().encode(item.text);
  }
  try {
    return readFileSync(path.join(pages, page));
  } catch (error) {
    throw new Error(
      `${file}: item ${item.id}: its page ${path.join(pages, page)} cannot be read (${(error as NodeJS.ErrnoException).code}); give the pages' folder with --pages DIR`,
    );
  }
}

const score = scoreCorpus(items, compileGazetteer(loadAllGazetteer(resolveContentDir())), bytesOf);
const { dates, titles, leftovers, misses } = score;
const percent = (right: number, total: number) => (total ? `${((100 * right) / total).toFixed(1)}%` : 'n/a');
const all = allLanguages(score);

const unscored = misses.filter((miss) => miss.includes(': not scored: ')).length;
console.log(`Items scored: ${items.length - unscored} of ${items.length}`);
console.log(`Language and script: ${percent(all.right, all.total)} (${all.right}/${all.total})`);
for (const [key, t] of [...score.language].sort()) console.log(`  ${key.padEnd(8)} ${percent(t.right, t.total).padStart(6)} (${t.right}/${t.total})`);
console.log(`Date exactly right where the publication date is printed: ${percent(dates.right, dates.printed)} (${dates.right}/${dates.printed})`);
console.log(`Wrong date among all dated items: ${percent(dates.wrong, dates.dated)} (${dates.wrong}/${dates.dated})`);
console.log(`Dates given for items without a known date: ${dates.givenForUndated}`);
console.log(`Dates wrong or invented (given where the page prints none): ${dates.wrong + dates.givenForUndated}`);
console.log(`Title exactly right: ${percent(titles.right, titles.total)} (${titles.right}/${titles.total})`);
if (leftovers.items) {
  console.log(`Leftovers (${leftovers.items} items with labels):`);
  console.log(`  article lines kept: ${percent(leftovers.articleKept, leftovers.articleLines)} (${leftovers.articleKept}/${leftovers.articleLines})`);
  console.log(
    `  leftover lines dropped: ${percent(leftovers.leftoverRemoved, leftovers.leftoverLines)} (${leftovers.leftoverRemoved}/${leftovers.leftoverLines})`,
  );
  console.log(`  entities taken from leftovers: ${leftovers.entitiesFromLeftovers}`);
}
console.log(`\nMisses (${misses.length}):`);
for (const miss of misses) console.log(`  ${miss}`);
