/**
 * npm run search:shard -- --site DIR --list
 * npm run search:shard -- --site DIR --shard NAME
 * npm run search:shard -- --site DIR --finish
 * node scripts/search-shard.ts --site DIR --serve   (started by npm run build, see below)
 *
 * The search index (scripts/search-index/indexing.ts) a shard at a time, after a build that planned the
 * shards and wrote their records: `--list` prints, as a JSON array (a CI matrix), the names of the
 * shards the site does not have yet (a build keeps the folders of unchanged shards only, and writes
 * the records of the others); `--shard NAME` indexes that shard into DIR/pagefind/shards/NAME/;
 * `--finish`, once every shard is there, writes the manifest and the lexicon (from the summaries
 * the build's cache folder keeps, and the records) and removes the records. `npm run build` starts
 * a few `--serve` processes, which index the shards the build hands them over IPC one after
 * another, then finishes; with SEARCH_SHARDS=separately it stops after the site and its records,
 * and CI runs the rest as parallel jobs (.github/workflows/deploy.yml).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { astroCacheDir } from './assemble/build-output.ts';
import {
  builtShardDirs,
  plannedSearchIndex,
  shardDir,
  writeSearchManifest,
  writeShardIndex,
  type SearchPlan,
  type ShardReply,
  type ShardRequest,
} from './search-index/indexing.ts';
import { resolveContentDir } from '../src/lib/content/content-layout.ts';
import { loadAllGazetteer } from '../src/lib/content/gazetteer-fs.ts';

function fail(message: string): never {
  console.error(`search:shard: ${message}`);
  process.exit(1);
}

const { values } = parseArgs({
  options: {
    site: { type: 'string', default: 'dist' },
    shard: { type: 'string' },
    list: { type: 'boolean', default: false },
    finish: { type: 'boolean', default: false },
    serve: { type: 'boolean', default: false },
  },
});
const site = path.resolve(values.site);
const cacheDir = astroCacheDir(path.resolve(import.meta.dirname, '..'));

/**
 * The shard being indexed. Pagefind's Node API leaves its promises unsettled when Pagefind's
 * process dies (at 100,000 bulletins one index grew to 20 GB and stopped on a 24 GB machine), and
 * Node then exits with nothing left to do: say why, and fail.
 */
let indexing: string | undefined;
process.on('exit', (code) => {
  if (indexing === undefined) return;
  console.error(`search:shard: Pagefind stopped before shard ${indexing} was written; it may have run out of memory`);
  if (code === 0) process.exitCode = 1;
});
/** Indexes the shard of that name, noting which one it is while Pagefind works on it. */
async function indexShard(plan: SearchPlan, name: string): Promise<number> {
  const shard = plan.shards.find((planned) => planned.name === name);
  if (!shard) throw new Error(`${site} has no shard ${name}; --list prints the shards it has`);
  indexing = shard.name;
  try {
    return await writeShardIndex(site, plan, shard, cacheDir);
  } finally {
    indexing = undefined;
  }
}

try {
  if (values.list) {
    console.log(
      JSON.stringify(
        plannedSearchIndex(site)
          .shards.filter(({ name }) => !existsSync(shardDir(site, name)))
          .map(({ name }) => name),
      ),
    );
  } else if (values.shard) {
    console.log(`search:shard ${values.shard}: ${await indexShard(plannedSearchIndex(site), values.shard)} bulletins`);
  } else if (values.serve && process.send) {
    // One shard at a time, as the build asks; the process ends when the build disconnects. While a
    // shard is indexed the channel does not keep the process alive, so that it ends if Pagefind dies.
    const plan = plannedSearchIndex(site);
    process.on('message', async ({ shard: name }: ShardRequest) => {
      process.channel?.unref();
      let reply: ShardReply;
      try {
        reply = { shard: name, bulletins: await indexShard(plan, name) };
      } catch (error) {
        reply = { shard: name, error: (error as Error).message };
      }
      // What the shard left behind is given back before the next one (the build starts this process
      // with --expose-gc): otherwise the heap grows to about twice what one shard needs, beside Astro.
      (globalThis as { gc?: () => void }).gc?.();
      process.channel?.ref();
      process.send!(reply);
    });
  } else if (values.finish) {
    const plan = plannedSearchIndex(site);
    const have = new Set(builtShardDirs(site).map((dir) => path.basename(dir)));
    const missing = plan.shards.filter(({ name }) => !have.has(name)).map(({ name }) => name);
    if (missing.length) fail(`${site} lacks shard ${missing.join(', ')}: index it with --shard NAME first`);
    // The build's cache folder holds the summaries of the shards whose records it did not write.
    const count = writeSearchManifest(site, plan, loadAllGazetteer(resolveContentDir()), cacheDir);
    console.log(`search:shard: ${count} bulletins in ${plan.shards.length} shards`);
  } else {
    fail('give --list, --shard NAME or --finish (and --site DIR, default dist); --serve only in a process the build started');
  }
} catch (error) {
  fail((error as Error).message);
}
