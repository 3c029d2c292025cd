/**
 * npm run build -- [astro build options, e.g. --outDir DIR]
 *
 * Checks the content, then builds the site with Astro and its search index with Pagefind side by
 * side, each in processes of its own: the check first, so that an entry it rejects never reaches
 * the site (errors stop the build with the lines check prints; warnings are printed and the build
 * goes on); what each file's own checks found is kept in the cache folder, so a rebuild reads and
 * parses only changed files. The search index is in shards by time (scripts/search-index/indexing.ts),
 * made from the checked content (scripts/search-index/records.ts), not from Astro's output: the shards
 * whose bulletins changed are known before Astro starts, and are indexed while it renders, one
 * Pagefind process beside it (Astro keeps about one core busy), more once it has finished. Then the
 * build removes what earlier builds left in the output folder and this one did not make
 * (scripts/assemble/build-output.ts), and writes the index's manifest and lexicon.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { astroCacheDir, incrementalOutputs, publicOutputs, removeStaleOutput } from './assemble/build-output.ts';
import { CHECK_CACHE_FILE } from './assemble/check-cache.ts';
import { checkedBytesFileOf } from './assemble/checked-bytes.ts';
import { contentCheckGate, gatedEnv } from './assemble/content-check-gate.ts';
import { readPublishedOriginals } from './assemble/originals-output.ts';
import {
  hasRuntime,
  keptIndexFiles,
  planSearchIndex,
  shardDir,
  shardsWithoutSummary,
  startShardIndexing,
  writeSearchManifest,
  writeSearchPlan,
  writeShardRecords,
} from './search-index/indexing.ts';
import { checkedBulletinChunks, checkedFileTexts } from './search-index/records.ts';
import { loadSiteConfig } from '../src/lib/site/site-config.ts';
import { publishedOriginalPath, resolveContentDir } from '../src/lib/content/content-layout.ts';
import { loadAllGazetteer } from '../src/lib/content/gazetteer-fs.ts';

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

const cacheDir = astroCacheDir(projectRoot);
const contentDir = resolveContentDir();
const checkCache = path.join(cacheDir, CHECK_CACHE_FILE);

// Node stops a process at about 4 GB of heap whatever the machine has, and Astro holds every
// bulletin's entry (its frontmatter: bodies are read page by page, scripts/assemble/bulletin-loader.ts) and
// every route's paths and props at once: archives of some tens of thousands of bulletins need more.
// Three quarters of the machine's memory, unless NODE_OPTIONS says otherwise.
const heapLimit = /--max-old-space-size/.test(process.env.NODE_OPTIONS ?? '') ? [] : [`--max-old-space-size=${Math.floor((os.totalmem() / 1048576) * 0.75)}`];
// Astro starts while the content is checked, and waits for the check before it loads a bulletin
// (scripts/assemble/content-check-gate.ts). What it prints is held until the check has passed, so that a
// failed check prints the check's lines only; colours as on a terminal, as if it printed there.
const colours = process.stdout.isTTY && !('NO_COLOR' in process.env) && !('FORCE_COLOR' in process.env) ? { FORCE_COLOR: '1' } : {};
const astro = spawn(process.execPath, [...heapLimit, path.join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', ...args], {
  cwd: projectRoot,
  stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  env: { ...process.env, ...gatedEnv, ...colours },
});
const astroExit = new Promise<number>((resolve) => astro.on('close', (code) => resolve(code ?? 1)));
const gate = contentCheckGate(astro);
const heldOutput: [NodeJS.WriteStream, Buffer][] = [];
let holding = true;
for (const [from, to] of [
  [astro.stdout!, process.stdout],
  [astro.stderr!, process.stderr],
] as const) {
  from.on('data', (chunk: Buffer) => (holding ? heldOutput.push([to, chunk]) : to.write(chunk)));
}

// In a process of its own, so that the memory it takes (some 600 MB at 10,000 bulletins, 2 GB at
// 100,000) is given back before Astro loads the bulletins. What each file's own checks found is kept
// in the cache folder: a rebuild reads only changed files.
const check = await new Promise<{ status: number; stdout: string }>((resolve) => {
  const child = spawn(process.execPath, [...process.execArgv, path.join(projectRoot, 'scripts/check.ts'), '--content', contentDir, '--cache', checkCache], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const chunks: Buffer[] = [];
  child.stdout!.on('data', (chunk: Buffer) => chunks.push(chunk));
  child.on('close', (code) => resolve({ status: code ?? 1, stdout: Buffer.concat(chunks).toString('utf8') }));
});
// Errors go where errors go, with the line that says the build stopped; warnings are only printed.
if (check.status !== 0) {
  astro.kill();
  process.stderr.write(check.stdout);
  console.error('build: stopped before rendering anything; fix the errors above (npm run check lists the same) and build again');
  process.exit(1);
}
process.stdout.write(check.stdout);
for (const [to, chunk] of heldOutput.splice(0)) to.write(chunk);
holding = false;
gate.open();

// The search index's shards and whether each changed, from what the check kept of every entry.
// A shard whose bulletins did not change since the last build into this folder keeps its files
// (scripts/search-index/indexing.ts); the others are indexed again, from records written for them
// only, of the files' text as the check read it (scripts/assemble/checked-bytes.ts).
const base = loadSiteConfig().base;
const bulletinChunks = checkedBulletinChunks(contentDir, checkCache);
const checkedBytes = checkedBytesFileOf(checkCache);
const checkedTexts = checkedFileTexts(checkedBytes);
const recordsWritten = () => {
  checkedTexts.close();
  rmSync(checkedBytes, { force: true });
};
const plan = planSearchIndex(bulletinChunks, base);
const shardStamp = path.join(cacheDir, 'search-shards.json');
const last = existsSync(shardStamp) ? (JSON.parse(readFileSync(shardStamp, 'utf8')) as { outDir: string; digests: Record<string, string> }) : null;
const unchanged = plan.shards.filter(
  (shard) => hasRuntime(outDir) && last?.outDir === outDir && last.digests[shard.name] === plan.digests[shard.name] && existsSync(shardDir(outDir, shard.name)),
);
const toIndex = plan.shards.filter((shard) => !unchanged.includes(shard));
const keptIndex = keptIndexFiles(outDir, unchanged);
writeSearchPlan(outDir, plan);
const writeRecords = (shard: (typeof plan.shards)[number]) => writeShardRecords(outDir, shard, bulletinChunks, base, checkedTexts.textOf);
// The manifest's summary of a shard kept as it was is made from its records if the cache lost it.
for (const shard of shardsWithoutSummary(cacheDir, plan)) if (!toIndex.includes(shard)) writeRecords(shard);

// CI indexes the shards in parallel jobs and finishes the index itself (scripts/search-shard.ts)
// from the records written here. Otherwise the shards are indexed beside Astro, and the manifest and
// lexicon written as soon as they are (Astro writes nothing under pagefind/): after one new bulletin
// all of it is done before Astro is.
const separately = process.env.SEARCH_SHARDS === 'separately';
const indexing = separately ? null : startShardIndexing(outDir, toIndex, writeRecords);
const searchIndex = indexing?.done().then(() => writeSearchManifest(outDir, plan, loadAllGazetteer(contentDir), cacheDir));
// Its failure is reported below, once Astro has finished, or not at all if Astro fails first.
searchIndex?.catch(() => {});
if (separately) {
  for (const shard of toIndex) writeRecords(shard);
  recordsWritten();
}
const astroStatus = await astroExit;
if (astroStatus !== 0) {
  indexing?.stop();
  process.exit(astroStatus);
}
const siteBuilt = performance.now();
indexing?.useAllJobs();
let count = 0;
try {
  count = (await searchIndex) ?? 0;
} catch (error) {
  console.error(`search index: ${(error as Error).message}`);
  process.exit(1);
}
if (!separately) recordsWritten();
const indexAfterSite = (performance.now() - siteBuilt) / 1000;
const kept = incrementalOutputs(cacheDir);
// The originals are copied by the build, not rendered (scripts/assemble/originals-output.ts): an unchanged one keeps its copy.
for (const file of readPublishedOriginals(cacheDir)) kept.add(publishedOriginalPath(file));
for (const file of keptIndex) kept.add(file);
// Astro copies the public folder's files with their own (old) times: they are this build's all the same.
for (const file of publicOutputs(path.join(projectRoot, 'public'))) kept.add(file);
removeStaleOutput(outDir, builtSince, kept);

// The stamp of the shards this output folder holds. CI keeps this output folder and cache folder
// only when its shard jobs and --finish succeeded, so there the stamp already says which shards
// they will hold.
mkdirSync(cacheDir, { recursive: true });
writeFileSync(shardStamp, JSON.stringify({ outDir, digests: plan.digests }));
if (separately) {
  console.log(
    `search index: left to npm run search:shard, ${plan.shards.length} shards, ${unchanged.length} unchanged kept, to index: ${toIndex.map(({ name }) => name).join(', ') || 'none'}`,
  );
  process.exit(0);
}
// `npm run bench` reads this line for the time the index adds: what is left of it once Astro has
// finished (the shards are indexed beside it).
console.log(
  `search index: ${count} bulletins in ${indexAfterSite.toFixed(1)} s after the site, ${plan.shards.length} shards, ${unchanged.length} unchanged kept from the last build`,
);
const shownOutDir = path.relative(process.cwd(), outDir);
console.log(`site: ${shownOutDir.startsWith('..') || !shownOutDir ? outDir : shownOutDir}/, built in ${((Date.now() - builtSince) / 1000).toFixed(1)} s`);
