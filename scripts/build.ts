/**
 * npm run build -- [astro build options, e.g. --outDir DIR]
 *
 * Builds the site with Astro, then its search index with Pagefind, one after the other in separate
 * processes: each holds its own large heap for an archive of thousands of bulletins, and the
 * build's peak memory is the larger of the two, not their sum. In between, it removes what earlier
 * builds left in the output folder and this one did not make (src/build/build-output.ts).
 *
 * Before any of it, the content folder is checked with every rule of `npm run check`
 * (scripts/check/check-content.ts): an entry check rejects never reaches the site. Errors stop the
 * build with the lines check prints; warnings are printed and the build goes on.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { astroCacheDir, incrementalOutputs, removeStaleOutput } from '../src/build/build-output.ts';
import { searchInputDigest, takeRecordCount, writeSearchIndex } from '../src/build/search-index.ts';
import { resolveContentDir } from '../src/utils/content-layout.ts';
import { todayIsoDay } from '../src/utils/dates.ts';
import { checkContent, hasErrors, reportLines } from './check/check-content.ts';

const projectRoot = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);

function outDirOf(args: string[]): string {
  const index = args.findIndex((arg) => arg === '--outDir' || arg.startsWith('--outDir='));
  if (index < 0) return path.join(projectRoot, 'dist');
  const value = args[index].includes('=') ? args[index].slice(args[index].indexOf('=') + 1) : args[index + 1];
  return path.resolve(value);
}

const outDir = outDirOf(args);
const builtSince = Date.now();

const report = checkContent(resolveContentDir(), { today: todayIsoDay() });
if (hasErrors(report)) {
  for (const line of reportLines(report)) console.error(line);
  console.error('build: stopped before rendering anything; fix the errors above (npm run check lists the same) and build again');
  process.exit(1);
}
for (const line of reportLines(report)) console.log(line);

// Node stops a process at about 4 GB of heap whatever the machine has, and Astro holds every
// bulletin's entry (its frontmatter: bodies are read page by page, src/build/bulletin-loader.ts) and
// every route's paths and props at once: archives of some tens of thousands of bulletins need more.
// Three quarters of the machine's memory, unless NODE_OPTIONS says otherwise.
const heapLimit = /--max-old-space-size/.test(process.env.NODE_OPTIONS ?? '')
  ? []
  : [`--max-old-space-size=${Math.floor((os.totalmem() / 1048576) * 0.75)}`];
const astro = spawnSync(process.execPath, [...heapLimit, path.join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', ...args], {
  cwd: projectRoot,
  stdio: 'inherit',
});
if (astro.status !== 0) process.exit(astro.status ?? 1);
// The search index of the last build into this folder is kept when its input is unchanged (a
// template, style or gazetteer edit): Pagefind takes a minute at 10,000 bulletins.
const cacheDir = astroCacheDir(projectRoot);
const indexStamp = path.join(cacheDir, 'search-index.json');
const inputDigest = searchInputDigest(outDir);
const lastIndex = existsSync(indexStamp) ? (JSON.parse(readFileSync(indexStamp, 'utf8')) as { outDir: string; inputDigest: string }) : null;
const keepIndex = lastIndex?.outDir === outDir && lastIndex.inputDigest === inputDigest && existsSync(path.join(outDir, 'pagefind'));
const kept = incrementalOutputs(cacheDir);
if (keepIndex) for (const file of readdirSync(path.join(outDir, 'pagefind'), { recursive: true, encoding: 'utf8' })) kept.add(`pagefind/${file.split(path.sep).join('/')}`);
removeStaleOutput(outDir, builtSince, kept);

// Pagefind's Node API leaves its promises unsettled when Pagefind's process dies (at 100,000
// bulletins it grew to 20 GB and stopped on a 24 GB machine), and Node then exits with 13: say why.
process.on('exit', (code) => {
  if (code === 13) console.error('search index: Pagefind stopped before it finished; it may have run out of memory');
});
const started = performance.now();
try {
  const count = keepIndex ? takeRecordCount(outDir) : await writeSearchIndex(outDir);
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(indexStamp, JSON.stringify({ outDir, inputDigest }));
  // `npm run bench` reads this line for the indexing time.
  console.log(`search index: ${count} bulletins in ${((performance.now() - started) / 1000).toFixed(1)} s${keepIndex ? ' (unchanged, kept from the last build)' : ''}`);
  const shownOutDir = path.relative(process.cwd(), outDir);
  console.log(`site: ${shownOutDir.startsWith('..') || !shownOutDir ? outDir : shownOutDir}/, built in ${((Date.now() - builtSince) / 1000).toFixed(1)} s`);
} catch (error) {
  console.error(`search index: ${(error as Error).message}`);
  process.exit(1);
}
