/**
 * npm run check -- [--content DIR] [--today YYYY-MM-DD]
 *
 * Validates everything in the content folder before it is merged: each entry's YAML and frontmatter
 * (the one bulletin schema), its folder, dates and language, duplicates, links between entries,
 * gazetteer references and the preserved originals. Prints `path:line: message (how to fix)` per
 * problem; exit status 1 when there are errors, 0 otherwise (warnings are for review only).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sha256Hex } from './ingest/analyze.ts';
import { bulletinsDir } from './ingest/content-store.ts';
import { listFiles } from '../src/utils/files-fs.ts';
import { checkArchive, type ArchiveFacts } from './check/archive-rules.ts';
import { checkEntry, type ValidEntry } from './check/entry-rules.ts';
import { GAZETTEER_FILES, gazetteerIds } from './check/gazetteer.ts';
import { formatProblem, sortProblems, summarize, type Problem } from './check/problems.ts';
import { isCalendarDay } from '../src/utils/dates.ts';
import { resolveContentDir } from '../src/utils/content-dir.ts';

const USAGE = 'usage: npm run check -- [--content DIR] [--today YYYY-MM-DD]';

function main(): number {
  let args;
  try {
    args = parseArgs({
      options: {
        content: { type: 'string' },
        today: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    console.error(`check: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.values.help) {
    console.log(USAGE);
    return 0;
  }
  // Only this command reads the clock, to find dates in the future; the build never does.
  const today = args.values.today ?? new Date().toISOString().slice(0, 10);
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(today);
  if (!day || !isCalendarDay(Number(day[1]), Number(day[2]), Number(day[3]))) {
    console.error(`check: --today ${today} is not a day written YYYY-MM-DD\n${USAGE}`);
    return 2;
  }
  const contentDir = args.values.content ? path.resolve(args.values.content) : resolveContentDir();
  if (!existsSync(contentDir)) {
    console.error(`check: ${contentDir}: no such folder; give the content folder with --content DIR`);
    return 2;
  }

  const show = (file: string) => displayPath(file);
  const problems: Problem[] = [];
  const entries: ValidEntry[] = [];
  const originalsOfInvalidEntries = new Set<string>();
  const entryFiles = listFiles(bulletinsDir(contentDir), '');
  let bulletinCount = 0;
  for (const file of entryFiles) {
    const relativePath = path.relative(bulletinsDir(contentDir), file).split(path.sep).join('/');
    if (!relativePath.endsWith('.md')) {
      if (path.basename(file) !== '.gitkeep') {
        problems.push({ severity: 'warning', file: show(file), message: 'not a .md entry, so the site ignores it', fix: 'remove it, or rename it to .md if it is an entry' });
      }
      continue;
    }
    bulletinCount++;
    const text = readFileSync(file, 'utf8');
    const checked = checkEntry({ file: show(file), relativePath, text }, { today });
    problems.push(...checked.problems);
    if (checked.entry) entries.push(checked.entry);
    else {
      const originalPath = /^\s*path:\s*["']?(originals\/[^"'\s]+)/m.exec(text)?.[1];
      if (originalPath) originalsOfInvalidEntries.add(originalPath);
    }
  }

  const gazetteer = {} as ArchiveFacts['gazetteer'];
  for (const kind of ['person', 'organization', 'country'] as const) {
    const file = path.join(contentDir, 'gazetteer', GAZETTEER_FILES[kind]);
    const exists = existsSync(file);
    const result = gazetteerIds(show(file), exists ? readFileSync(file, 'utf8') : null);
    problems.push(...result.problems);
    gazetteer[kind] = { file: show(file), exists, ids: result.ids };
  }
  const placesFile = path.join(contentDir, 'gazetteer', GAZETTEER_FILES.place);
  if (existsSync(placesFile)) problems.push(...gazetteerIds(show(placesFile), readFileSync(placesFile, 'utf8')).problems);

  const originals = new Map<string, string>();
  for (const file of listFiles(path.join(contentDir, 'originals'), '')) {
    originals.set(path.relative(contentDir, file).split(path.sep).join('/'), sha256Hex(readFileSync(file)));
  }
  problems.push(...checkArchive(entries, { gazetteer, originals, originalsOfInvalidEntries, displayPath: (relative) => show(path.join(contentDir, relative)) }));

  for (const problem of sortProblems(problems)) console.log(formatProblem(problem));
  console.log(summarize(problems, { bulletins: bulletinCount, originals: originals.size }));
  return problems.some((problem) => problem.severity === 'error') ? 1 : 0;
}

/** Relative to the working folder when inside it, absolute otherwise: both are easy to open. */
function displayPath(file: string) {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') ? file : relative;
}

try {
  process.exitCode = main();
} catch (error) {
  // A problem in the content is reported above; this is a fault of the command itself.
  console.error(`check: could not finish: ${(error as Error).message ?? error}; please report this with the command you ran`);
  process.exitCode = 2;
}
