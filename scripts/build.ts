/**
 * npm run build -- [astro build options, e.g. --outDir DIR]
 *
 * Builds the site with Astro, then its search index with Pagefind, one after the other in separate
 * processes: each holds its own large heap for an archive of thousands of bulletins, and the
 * build's peak memory is the larger of the two, not their sum. The index is in shards by time,
 * indexed in parallel processes (src/build/search-index.ts). In between, it removes what earlier
 * builds left in the output folder and this one did not make (src/build/build-output.ts).
 *
 * Before any of it, the content folder is checked with every rule of `npm run check`
 * (scripts/check/check-content.ts): an entry check rejects never reaches the site. Errors stop the
 * build with the lines check prints; warnings are printed and the build goes on. What each file's
 * own checks found is kept in the cache folder, so a rebuild reads and parses only changed files.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { astroCacheDir, incrementalOutputs, removeStaleOutput } from '../src/build/build-output.ts';
import { CHECK_CACHE_FILE } from '../src/build/check-cache.ts';
import { readPublishedOriginals } from '../src/build/originals-output.ts';
import { hasRuntime, indexShards, keptIndexFiles, planSearchShards, shardDigest, shardDir, writeSearchManifest } from '../src/build/search-index.ts';
import { resolveContentDir } from '../src/utils/content-layout.ts';
import { loadAllGazetteer } from '../src/utils/gazetteer-fs.ts';

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
// In a process of its own, so that the memory it takes (some 600 MB at 10,000 bulletins, 2 GB at
// 100,000) is given back before Astro starts. What each file's own checks found is kept in the cache
// folder: a rebuild reads only changed files.
const check = spawnSync(
  process.execPath,
  [...process.execArgv, path.join(projectRoot, 'scripts/check.ts'), '--content', resolveContentDir(), '--cache', path.join(cacheDir, CHECK_CACHE_FILE)],
  { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', maxBuffer: 2 ** 30 },
);
// Errors go where errors go, with the line that says the build stopped; warnings are only printed.
if (check.status !== 0) {
  process.stderr.write(check.stdout ?? '');
  console.error('build: stopped before rendering anything; fix the errors above (npm run check lists the same) and build again');
  process.exit(1);
}
process.stdout.write(check.stdout);

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
// A shard of the search index whose records did not change since the last build into this folder
// keeps its files (src/build/search-index.ts); the others are indexed again.
const shardStamp = path.join(cacheDir, 'search-shards.json');
const shards = planSearchShards(outDir);
const digests = Object.fromEntries(shards.map((shard) => [shard.name, shardDigest(outDir, shard)]));
const last = existsSync(shardStamp) ? (JSON.parse(readFileSync(shardStamp, 'utf8')) as { outDir: string; digests: Record<string, string> }) : null;
const unchanged = shards.filter((shard) => hasRuntime(outDir) && last?.outDir === outDir && last.digests[shard.name] === digests[shard.name] && existsSync(shardDir(outDir, shard.name)));
const toIndex = shards.filter((shard) => !unchanged.includes(shard));
const kept = incrementalOutputs(cacheDir);
// The originals are copied by the build, not rendered (src/build/originals-output.ts): an unchanged one keeps its copy.
for (const file of readPublishedOriginals(cacheDir)) kept.add(file);
for (const file of keptIndexFiles(outDir, unchanged)) kept.add(file);
removeStaleOutput(outDir, builtSince, kept);

const writeShardStamp = () => {
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(shardStamp, JSON.stringify({ outDir, digests }));
};
// CI indexes the shards in parallel jobs and finishes the index itself (scripts/search-shard.ts);
// it keeps this output folder and cache folder only when that succeeded, so the stamp already says
// which shards they will hold.
if (process.env.SEARCH_SHARDS === 'separately') {
  writeShardStamp();
  console.log(`search index: left to npm run search:shard, ${shards.length} shards, ${unchanged.length} unchanged kept, to index: ${toIndex.map(({ name }) => name).join(', ') || 'none'}`);
  process.exit(0);
}
const started = performance.now();
try {
  await indexShards(outDir, toIndex);
  const count = writeSearchManifest(outDir, shards, loadAllGazetteer(resolveContentDir()), { cacheDir, digests });
  writeShardStamp();
  // `npm run bench` reads this line for the indexing time.
  console.log(`search index: ${count} bulletins in ${((performance.now() - started) / 1000).toFixed(1)} s, ${shards.length} shards, ${unchanged.length} unchanged kept from the last build`);
  const shownOutDir = path.relative(process.cwd(), outDir);
  console.log(`site: ${shownOutDir.startsWith('..') || !shownOutDir ? outDir : shownOutDir}/, built in ${((Date.now() - builtSince) / 1000).toFixed(1)} s`);
} catch (error) {
  console.error(`search index: ${(error as Error).message}`);
  process.exit(1);
}
