import { existsSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startAnalysis } from './analyze-pool.ts';
import type { AnalysedFile } from './read-and-analyze.ts';
import type { ContentStore } from './content-store.ts';
import { listFiles } from '../../src/lib/content/files-fs.ts';
import { displayPath, progressBar, toJson, toTable, type IngestResult } from './report.ts';
import type { Gazetteer } from '../../src/lib/content/gazetteer-schema.ts';
import { resolveContentDir } from '../../src/lib/content/content-layout.ts';
import { dayProblem } from './date-header.ts';
import { acquireIngestLock } from './ingest-lock.ts';

const USAGE = [
  'usage: npm run ingest -- [files or dirs…] [--out DIR] [--dry-run] [--json] [--keep]',
  '       npm run ingest -- --date YYYY-MM-DD FILE…      the texts were published that day (whatever they say)',
  '       npm run ingest -- --redate ENTRY YYYY-MM-DD    gives an entry its date, renaming it and its original',
].join('\n');
const PROGRESS_FROM = 50;
/** Texts as pasted, and pages as a browser saves them. */
const INPUT_EXTENSIONS = ['.txt', '.html', '.htm'];

function parsedArgs() {
  return parseArgs({
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      date: { type: 'string' },
      redate: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}

/** `npm run ingest` (scripts/ingest.ts loads this once Node's compile cache is on); returns the exit status. */
export async function main(): Promise<number> {
  let args: ReturnType<typeof parsedArgs>;
  try {
    args = parsedArgs();
  } catch (error) {
    console.error(`ingest: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.values.help) {
    console.log(USAGE);
    return 0;
  }

  if (args.values.redate !== undefined) {
    const { redateCommand } = await import('./redate.ts');
    return redateCommand(args.values.redate, args.positionals);
  }
  const givenDate = args.values.date ?? null;
  if (givenDate !== null) {
    const problem = dayProblem(givenDate);
    if (problem) {
      console.error(`ingest: --date ${givenDate} ${problem.what}; ${problem.fix}`);
      return 2;
    }
    if (!args.positionals.length) {
      console.error(
        `ingest: --date ${givenDate} dates the texts named after it, not the whole inbox; name the file: npm run ingest -- --date ${givenDate} content/inbox/<file>.txt`,
      );
      return 2;
    }
  }

  const contentDir = args.values.out ? path.resolve(args.values.out) : resolveContentDir();
  const inbox = path.join(contentDir, 'inbox');
  const dryRun = args.values['dry-run'];
  // Before the inbox is listed: a second ingest finds what the first left.
  const lock = dryRun ? null : await acquireIngestLock(contentDir);
  try {
    return await ingest(contentDir, inbox, args.positionals, givenDate, args.values);
  } finally {
    lock?.release();
  }
}

async function ingest(
  contentDir: string,
  inbox: string,
  positionals: string[],
  givenDate: string | null,
  options: { 'dry-run': boolean; json: boolean; keep: boolean },
): Promise<number> {
  const inputs = positionals.length ? positionals : [inbox];
  const files: string[] = [];
  for (const input of inputs) {
    if (!existsSync(input)) {
      console.error(`ingest: ${input}: no such file or folder; give the path of a .txt or .html file or of a folder of them`);
      return 2;
    }
    files.push(...(statSync(input).isDirectory() ? INPUT_EXTENSIONS.flatMap((extension) => listFiles(input, extension)).sort() : [path.resolve(input)]));
  }

  const analysis = startAnalysis(files, givenDate);
  // Loaded once the analysis threads are starting, so that they load their code meanwhile: the
  // gazetteer's validation (zod) and the content store (yaml) cost this thread ~100 ms.
  const [{ GazetteerError, loadAllGazetteer }, entries] = await Promise.all([import('../../src/lib/content/gazetteer-fs.ts'), import('./content-store.ts')]);
  let gazetteer: Gazetteer;
  try {
    gazetteer = loadAllGazetteer(contentDir);
  } catch (error) {
    await analysis.stop();
    if (!(error instanceof GazetteerError)) throw error;
    console.error(`ingest: ${error.message}`);
    return 2;
  }

  const store = entries.openContentStore(contentDir);
  const showProgress = !options.json && files.length >= PROGRESS_FROM && process.stderr.isTTY;
  const results: IngestResult[] = [];
  await analysis.each(gazetteer, (analysed, index) => {
    // An inbox file goes once its text is safely in the archive: written and committed, or already there.
    const fromInbox = !options['dry-run'] && !options.keep && isInside(analysed.file, inbox);
    const removeInput = () => {
      rmSync(analysed.file);
      entries.stepDone();
    };
    const result = record(analysed, store, options['dry-run'], entries, fromInbox ? removeInput : undefined);
    if (fromInbox && result.status === 'skipped') removeInput();
    if (showProgress) process.stderr.write(progressBar(index + 1, files.length));
    results.push(result);
  });
  await entries.closeContentStore(store);
  if (showProgress) process.stderr.write('\n');

  if (options.json) console.log(toJson(results));
  else console.log(files.length ? toTable(results) : `Nothing to ingest: ${inputs.join(', ')} holds no .txt or .html files.`);
  return results.some((result) => result.status === 'rejected') ? 1 : 0;
}

/** The write stage of one input, in input order: skip what the archive holds, else write the entry. */
function record(
  input: AnalysedFile,
  store: ContentStore,
  dryRun: boolean,
  entries: typeof import('./content-store.ts'),
  afterCommit?: () => void,
): IngestResult {
  const { planEntry, writeEntry, originalNote } = entries;
  const file = input.file;
  const result: IngestResult = {
    input: file,
    status: 'rejected',
    output: null,
    lang: null,
    script: null,
    date: null,
    dateSource: null,
    title: null,
    removed: [],
    unknownNames: [],
    errors: [],
    warnings: [],
  };
  if ('readError' in input) return { ...result, errors: [input.readError] };

  const { analysed, bytes } = input;
  const existing = store.idsByHash.get(analysed.ok ? analysed.analysis.sha256 : analysed.sha256);
  if (existing) {
    return { ...result, status: 'skipped', output: existing, warnings: [`the same text is already in the archive as ${existing}`] };
  }
  if (!analysed.ok) return { ...result, errors: analysed.errors.map((error) => `${file}: ${error}`) };

  const { analysis } = analysed;
  const entry = planEntry(analysis, bytes, path.basename(file), store, displayPath);
  if (!dryRun) writeEntry(entry, bytes, store, afterCommit);
  const note = originalNote(entry, displayPath(entry.originalPath));
  return {
    ...result,
    status: 'ok',
    output: displayPath(entry.entryPath),
    lang: analysis.lang,
    script: analysis.script,
    date: analysis.date,
    dateSource: analysis.dateSource,
    title: analysis.title,
    removed: analysis.removed,
    unknownNames: analysis.unknownNames,
    warnings: note ? [...entry.frontmatter.review, note] : entry.frontmatter.review,
  };
}

function isInside(file: string, dir: string) {
  const relative = path.relative(dir, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}
