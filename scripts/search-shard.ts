/**
 * npm run search:shard -- --site DIR --list
 * npm run search:shard -- --site DIR --shard NAME
 *
 * One shard of the search index (src/build/search-index.ts), on its own: `--list` plans the shards
 * of a built site's search records and prints their names as a JSON array (a CI matrix);
 * `--shard NAME` indexes that shard into DIR/pagefind/shards/NAME/. `npm run build` runs the
 * second form for each changed shard, in parallel; CI can run them as parallel jobs.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { planSearchShards, plannedShards, writeShardIndex } from '../src/build/search-index.ts';

function fail(message: string): never {
  console.error(`search:shard: ${message}`);
  process.exit(1);
}

const { values } = parseArgs({ options: { site: { type: 'string', default: 'dist' }, shard: { type: 'string' }, list: { type: 'boolean', default: false } } });
const site = path.resolve(values.site);

// Pagefind's Node API leaves its promises unsettled when Pagefind's process dies (at 100,000
// bulletins one index grew to 20 GB and stopped on a 24 GB machine), and Node then exits with 13: say why.
process.on('exit', (code) => {
  if (code === 13) console.error(`search:shard: Pagefind stopped before shard ${values.shard} was written; it may have run out of memory`);
});

try {
  if (values.list) {
    console.log(JSON.stringify(planSearchShards(site).map(({ name }) => name)));
  } else if (values.shard) {
    const shard = plannedShards(site).find(({ name }) => name === values.shard);
    if (!shard) fail(`${site} has no shard ${values.shard}; --list prints the shards it has`);
    console.log(`search:shard ${shard.name}: ${await writeShardIndex(site, shard)} bulletins`);
  } else {
    fail('give --list or --shard NAME (and --site DIR, default dist)');
  }
} catch (error) {
  fail((error as Error).message);
}
