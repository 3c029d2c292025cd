/**
 * npm run eval:search -- PAGES.jsonl [--seed N] [--words N] [--nonsense N] [--words-file WORDS.jsonl] [--keep]
 *
 * How well the search finds words however readers type them, measured on a real archive: ingests
 * the pages' texts (a JSONL corpus such as ../shared/corpus/dev.jsonl) into a temporary content
 * folder, builds the site (`npm run build` with CONTENT_DIR), then queries the built site's own
 * search page (`/search/?q=`) in Chromium.
 *
 * Words are picked by a seeded rule: per language and script, `--words` words (default 8) of six
 * letters or more that occur in exactly one bulletin; or, with `--words-file`, the words it lists
 * (one JSON object a line: `{"lang", "word", "page_id"}`, `page_id` the `id` of the page of
 * PAGES.jsonl the word is from), as a held-out set labelled by others gives them. Each is typed as
 * printed (lower case), with one more ending, without its special letters, in the other alphabet,
 * and with one slip (two neighbouring letters swapped) (scripts/tools/eval-search/how-readers-type.ts);
 * a form is found when the word's bulletin is among the results the page shows. `--nonsense`
 * strings (default 20, seeded) that are no word and begin no word of the archive must find
 * nothing. Prints recall per language and form, then precision (no-match queries answered with
 * nothing; how often the target ranks first; results per query), the search index's size and the
 * bytes of a first search. Change `--seed` to measure on other words.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import matter from 'gray-matter';
import { plainTextFromMarkdown } from '../../src/lib/text/plain-text.ts';
import { searchWords } from '../../src/lib/search/terms.ts';
import { launchChromium } from '../../tests/helpers/chromium.ts';
import { serveStatic } from '../../tests/helpers/static-server.ts';
import { firstSearchBytes } from './bench/first-search.ts';
import { folderBytes } from './bench/folder-bytes.ts';
import { seededRandom } from './bench/synthetic-archive.ts';
import { inOtherAlphabet, nonsense, withNeighboursSwapped, withOneMoreEnding, withoutSpecialLetters, type Random } from './eval-search/how-readers-type.ts';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const tsx = path.join(projectRoot, 'node_modules/tsx/dist/cli.mjs');
const FORMS = ['printed', 'ending', 'plain letters', 'other alphabet', 'one slip'] as const;
type Form = (typeof FORMS)[number];

interface CorpusText {
  id: string;
  lang: string;
  script: string;
  text: string;
  date?: string | null;
}

interface Bulletin {
  url: string;
  /** The id of the page it was made from. */
  pageId: string;
  /** The corpus' language and script (`uz-Latn`), which results are reported by. */
  group: string;
  lang: string;
  words: Set<string>;
}

function fail(message: string): never {
  console.error(`eval:search: ${message}`);
  process.exit(1);
}

function readCorpus(file: string): CorpusText[] {
  if (!existsSync(file)) fail(`${file} does not exist: give a JSONL corpus such as ../shared/corpus/dev.jsonl`);
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line, index) => ({ line: line.trim(), number: index + 1 }))
    .filter(({ line }) => line)
    .map(({ line, number }) => {
      try {
        return JSON.parse(line) as CorpusText;
      } catch {
        return fail(`${file}:${number}: not a JSON object (each line must be one text, as in ../shared/corpus/dev.jsonl)`);
      }
    });
}

function run(args: string[], env: NodeJS.ProcessEnv) {
  return spawnSync(process.execPath, [tsx, ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    maxBuffer: 256 * 1024 * 1024,
  });
}

/** Ingests the corpus (each text with a date header, so that undated texts are kept) and builds the site. */
function buildArchive(texts: CorpusText[], work: string): { dist: string; bulletins: Bulletin[] } {
  const raw = path.join(work, 'raw');
  const content = path.join(work, 'content');
  const dist = path.join(projectRoot, '.cache', `eval-search-${path.basename(work)}`);
  mkdirSync(raw, { recursive: true });
  cpSync(path.join(projectRoot, 'content/gazetteer'), path.join(content, 'gazetteer'), { recursive: true });
  const groupOf = new Map<string, CorpusText>();
  texts.forEach((text, index) => {
    const file = `${String(index).padStart(4, '0')}.txt`;
    groupOf.set(file, text);
    writeFileSync(path.join(raw, file), `date ${text.date?.slice(0, 10) ?? '2025-01-01'}\n${text.text}`);
  });
  const ingest = run(['scripts/ingest.ts', '--out', content, '--json', raw], {});
  if (!ingest.stdout.trim().startsWith('{')) fail(`ingest failed:\n${ingest.stderr}`);
  const report = JSON.parse(ingest.stdout) as { results: { input: string; status: string; output?: string }[] };
  const build = run(['scripts/build.ts', '--outDir', dist], { CONTENT_DIR: content, ASTRO_CACHE_DIR: path.join(work, 'cache') });
  if (build.status !== 0) fail(`the build failed:\n${build.stdout.slice(-3000)}\n${build.stderr.slice(-3000)}`);
  const bulletins = report.results
    .filter((result) => result.status === 'ok' && result.output)
    .map((result) => {
      const file = path.resolve(projectRoot, result.output!);
      const { data, content: body } = matter(readFileSync(file, 'utf8'));
      const id = path.relative(path.join(content, 'bulletins'), file).replace(/\.md$/, '').split(path.sep).join('/');
      const source = groupOf.get(path.basename(result.input))!;
      const text = `${data.title}\n${plainTextFromMarkdown(body)}`;
      return {
        url: `/${id}/`,
        pageId: source.id,
        group: `${source.lang}-${source.script}`,
        lang: source.lang,
        words: new Set(
          searchWords(text)
            .flatMap((word) => [word, ...word.split('-')])
            .map((word) => lowerCase(word, source.lang)),
        ),
      };
    });
  return { dist, bulletins };
}

function lowerCase(word: string, lang: string): string {
  return word.toLocaleLowerCase(lang === 'tr' || lang === 'az' ? 'tr' : lang);
}

function shuffled<T>(items: T[], random: Random): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

interface Query {
  group: string;
  form: Form | 'nonsense';
  text: string;
  target: string | null;
}

/** A word to look for, and the one bulletin it is from. */
interface Target {
  word: string;
  bulletin: Bulletin;
}

/**
 * The seeded choice of words: per language and script, `count` words of six letters or more that
 * occur in exactly one bulletin, each handed to `typed` as it is chosen (which draws on the same
 * seeded stream).
 */
function forSeededTargets(bulletins: Bulletin[], bulletinsOf: Map<string, Bulletin[]>, count: number, random: Random, typed: (target: Target) => void) {
  for (const group of [...new Set(bulletins.map(({ group }) => group))].sort()) {
    if (!/-(Cyrl|Latn)$/.test(group)) continue;
    const candidates = [...bulletinsOf]
      .filter(([word, where]) => where.length === 1 && where[0].group === group && [...word].length >= 6 && /^\p{L}+$/u.test(word))
      .map(([word]) => word)
      .sort();
    for (const word of shuffled(candidates, random).slice(0, count)) typed({ word, bulletin: bulletinsOf.get(word)![0] });
  }
}

/** The words of a words file (`{"lang", "word", "page_id"}` a line), each with the bulletin made from its page. */
function listedTargets(file: string, bulletins: Bulletin[]): Target[] {
  if (!existsSync(file)) fail(`${file} does not exist: give a JSONL file of {"lang", "word", "page_id"} lines`);
  const byPage = new Map(bulletins.map((bulletin) => [bulletin.pageId, bulletin]));
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line, index) => ({ line: line.trim(), number: index + 1 }))
    .filter(({ line }) => line)
    .map(({ line, number }) => {
      let entry: { lang?: unknown; word?: unknown; page_id?: unknown };
      try {
        entry = JSON.parse(line);
      } catch {
        fail(`${file}:${number}: not a JSON object (each line must be {"lang", "word", "page_id"})`);
      }
      if (typeof entry.word !== 'string' || typeof entry.page_id !== 'string') fail(`${file}:${number}: give "word" and "page_id" as strings`);
      const bulletin = byPage.get(entry.page_id);
      if (!bulletin) fail(`${file}:${number}: no bulletin was made from page ${entry.page_id} (is it in the pages file, and did ingest keep it?)`);
      return { word: lowerCase(entry.word, bulletin.lang), bulletin };
    });
}

/** The typings of each target word, and the nonsense strings. */
function queriesFor(bulletins: Bulletin[], options: { seed: number; words: number; nonsense: number; wordsFile?: string }): Query[] {
  const random = seededRandom(options.seed);
  // Slips have a stream of their own, so that the words and typings chosen before slips were measured stay the same.
  const slipRandom = seededRandom(options.seed + 0x51195);
  const bulletinsOf = new Map<string, Bulletin[]>();
  for (const bulletin of bulletins) for (const word of bulletin.words) bulletinsOf.set(word, [...(bulletinsOf.get(word) ?? []), bulletin]);
  const queries: Query[] = [];
  const typed = ({ word, bulletin }: Target) => {
    const forms: [Form, string | null][] = [
      ['printed', word],
      ['ending', withOneMoreEnding(word, bulletin.lang, random)],
      ['plain letters', withoutSpecialLetters(word)],
      ['other alphabet', inOtherAlphabet(word, bulletin.lang, random)],
      ['one slip', withNeighboursSwapped(word, slipRandom)],
    ];
    for (const [form, text] of forms) {
      // A word without special letters has no plain-letter form of its own.
      if (text && !(form === 'plain letters' && text === word)) queries.push({ group: bulletin.group, form, text, target: bulletin.url });
    }
  };
  if (options.wordsFile) listedTargets(options.wordsFile, bulletins).forEach(typed);
  else forSeededTargets(bulletins, bulletinsOf, options.words, random, typed);
  const words = [...bulletinsOf.keys()];
  const beginsOrIsWord = (text: string) => words.some((word) => word.startsWith(text) || text === word);
  for (let made = 0; made < options.nonsense; ) {
    const text = nonsense(random);
    if (beginsOrIsWord(text)) continue;
    queries.push({ group: 'none', form: 'nonsense', text, target: null });
    made++;
  }
  return queries;
}

interface Answer {
  count: number;
  urls: string[];
}

async function ask(dist: string, queries: Query[]): Promise<Answer[]> {
  const site = await serveStatic(dist);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const answers: Answer[] = [];
    for (const query of queries) {
      await page.goto(`${site.url}search/?q=${encodeURIComponent(query.text)}`);
      await page.waitForFunction(() => document.querySelector('[role=status]')?.textContent?.trim(), null, { timeout: 60_000 });
      answers.push(
        await page.evaluate(() => {
          const urls = [...document.querySelectorAll('.search-results h2 a')].map((link) => new URL((link as HTMLAnchorElement).href).pathname);
          const count = urls.length ? Number(/\d+/.exec(document.querySelector('[role=status]')!.textContent!.replace(/\s/g, ''))?.[0] ?? urls.length) : 0;
          return { count, urls };
        }),
      );
    }
    return answers;
  } finally {
    await browser.close();
    await site.close();
  }
}

const percent = (part: number, whole: number) => (whole ? `${Math.round((100 * part) / whole)}%` : '–');
const cell = (found: number, total: number) => (total ? `${found}/${total} ${percent(found, total)}` : '–');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? (sorted.length % 2 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2) : NaN;
}

function report(queries: Query[], answers: Answer[], dist: string, firstSearch: number | null, seed: number) {
  const rows = queries.map((query, index) => ({ ...query, ...answers[index], rank: query.target ? answers[index].urls.indexOf(query.target) : -1 }));
  const words = rows.filter((row) => row.target);
  const groups = [...new Set(words.map(({ group }) => group))];
  const table = [
    ['language', ...FORMS],
    ...[...groups, 'all'].map((group) => [
      group,
      ...FORMS.map((form) => {
        const cases = words.filter((row) => row.form === form && (group === 'all' || row.group === group));
        return cell(cases.filter((row) => row.rank >= 0).length, cases.length);
      }),
    ]),
  ];
  const widths = table[0].map((_, column) => Math.max(...table.map((row) => row[column].length)));
  console.log(`recall (seed ${seed}): the word's bulletin among the results shown, per language and form`);
  for (const row of table) console.log(row.map((value, column) => value.padEnd(widths[column])).join('  '));
  const misses = words.filter((row) => row.rank < 0);
  if (misses.length) console.log(`\nmissed: ${misses.map((row) => `${row.text} (${row.group}, ${row.form})`).join(', ')}`);
  const nonsenseRows = rows.filter((row) => row.form === 'nonsense');
  const printed = words.filter((row) => row.form === 'printed');
  console.log('\nprecision');
  console.log(
    `  no-match strings answered with nothing: ${cell(nonsenseRows.filter((row) => row.count === 0).length, nonsenseRows.length)}${
      nonsenseRows.some((row) => row.count)
        ? ` (not: ${nonsenseRows
            .filter((row) => row.count)
            .map((row) => `${row.text} → ${row.count}`)
            .join(', ')})`
        : ''
    }`,
  );
  console.log(
    `  word in one bulletin, printed: that bulletin first ${cell(printed.filter((row) => row.rank === 0).length, printed.length)}; results per query median ${median(printed.map((row) => row.count))}`,
  );
  console.log(
    `  every typed form: target first ${cell(words.filter((row) => row.rank === 0).length, words.length)}; results per query median ${median(words.map((row) => row.count))}`,
  );
  for (const form of FORMS) {
    const cases = words.filter((row) => row.form === form);
    console.log(
      `    ${form}: first ${cell(cases.filter((row) => row.rank === 0).length, cases.length)}, results median ${median(cases.map((row) => row.count))}`,
    );
  }
  const index = folderBytes(path.join(dist, 'pagefind'));
  const lexicon = folderBytes(path.join(dist, 'pagefind/lexicon'));
  console.log(
    `\nsearch index ${(index / 1048576).toFixed(2)} MB (of which the lexicon ${(lexicon / 1048576).toFixed(2)} MB); first search ${firstSearch === null ? 'not measured' : `${Math.round(firstSearch / 1024)} KB`}`,
  );
}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      seed: { type: 'string', default: '1' },
      words: { type: 'string', default: '8' },
      nonsense: { type: 'string', default: '20' },
      'words-file': { type: 'string' },
      keep: { type: 'boolean', default: false },
    },
  });
  if (positionals.length !== 1) fail('give one pages file: npm run eval:search -- ../shared/corpus/dev.jsonl [--words-file WORDS.jsonl]');
  const texts = readCorpus(path.resolve(positionals[0]));
  const work = mkdtempSync(path.join(os.tmpdir(), 'bulletins-eval-search-'));
  const { dist, bulletins } = buildArchive(texts, work);
  console.log(`${bulletins.length} bulletins from ${texts.length} texts`);
  const wordsFile = values['words-file'] ? path.resolve(values['words-file']) : undefined;
  const queries = queriesFor(bulletins, { seed: Number(values.seed), words: Number(values.words), nonsense: Number(values.nonsense), wordsFile });
  const answers = await ask(dist, queries);
  const firstWord = queries.find((query) => query.target)?.text ?? 'a';
  report(queries, answers, dist, await firstSearchBytes(dist, firstWord), Number(values.seed));
  if (values.keep) console.error(`kept ${work} and ${dist}`);
  else for (const dir of [work, dist]) rmSync(dir, { recursive: true, force: true });
}

await main();
