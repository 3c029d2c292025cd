/**
 * npm run check -- [--content DIR] [--today YYYY-MM-DD] [--review] [--cache FILE]
 *
 * Validates everything in the content folder before it is merged: each entry's YAML and frontmatter
 * (the one bulletin schema), its folder, dates and language, duplicates, links between entries,
 * gazetteer references and the preserved originals. Prints `path:line: message (how to fix)` per
 * problem; exit status 1 when there are errors, 0 otherwise (warnings do not fail). The points ingest
 * left in entries' `review` lists are counted on one line; `--review` lists each at its line.
 * `--cache FILE` keeps what each file's own checks found there and reads only files changed since
 * (scripts/assemble/check-cache.ts); `npm run build` checks this way, in a process of its own.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent, hasErrors, reportLines } from './check/check-content.ts';
import { isIsoDay, todayIsoDay } from '../src/lib/dates/dates.ts';
import { resolveContentDir } from '../src/lib/content/content-layout.ts';

const USAGE = 'usage: npm run check -- [--content DIR] [--today YYYY-MM-DD] [--review] [--cache FILE]';

function parsedArgs() {
  return parseArgs({
    options: {
      content: { type: 'string' },
      today: { type: 'string' },
      cache: { type: 'string' },
      review: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}

function main(): number {
  let args: ReturnType<typeof parsedArgs>;
  try {
    args = parsedArgs();
  } catch (error) {
    console.error(`check: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.values.help) {
    console.log(USAGE);
    return 0;
  }
  // The clock is read only to find dates in the future; `npm run build` asks the same.
  const today = args.values.today ?? todayIsoDay();
  if (!isIsoDay(today)) {
    console.error(`check: --today ${today} is not a day written YYYY-MM-DD\n${USAGE}`);
    return 2;
  }
  const contentDir = args.values.content ? path.resolve(args.values.content) : resolveContentDir();
  if (!existsSync(contentDir)) {
    console.error(`check: ${contentDir}: no such folder; give the content folder with --content DIR`);
    return 2;
  }

  const report = checkContent(contentDir, { today, cacheFile: args.values.cache && path.resolve(args.values.cache) });
  for (const line of reportLines(report, { listReview: args.values.review })) console.log(line);
  return hasErrors(report) ? 1 : 0;
}

try {
  process.exitCode = main();
} catch (error) {
  // A problem in the content is reported above; this is a fault of the command itself.
  console.error(`check: could not finish: ${(error as Error).message ?? error}; please report this with the command you ran`);
  process.exitCode = 2;
}
