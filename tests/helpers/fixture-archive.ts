import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { entryIdOf } from '../../src/lib/content/content-layout.ts';
import { ingestInto, makeContentDir, projectRoot } from './build-site.ts';

/**
 * A small archive in a temporary content folder: the fixture texts of tests/fixtures/raw, ingested,
 * with two entries linked as the same story (as a maintainer would), so pages have every kind of link.
 */
export function makeFixtureArchive(): { contentDir: string; ids: string[] } {
  const contentDir = makeContentDir();
  const report = ingestInto(contentDir, [path.join(projectRoot, 'tests/fixtures/raw')]);
  const files = report.results.filter((result) => result.status === 'ok').map((result) => path.resolve(projectRoot, result.output!));
  const idOf = (file: string) => entryIdOf(contentDir, file);
  const ky = files.find((file) => idOf(file).startsWith('ky/'))!;
  const tr = files.find((file) => idOf(file).startsWith('tr/'))!;
  for (const [from, to] of [
    [ky, tr],
    [tr, ky],
  ]) {
    const parsed = matter(readFileSync(from, 'utf8'));
    writeFileSync(from, matter.stringify(parsed.content, { ...parsed.data, sameStory: [idOf(to)] }));
  }
  return { contentDir, ids: files.map(idOf) };
}

/** The five seed texts, byte for byte as `../shared/seeds` holds them, so that tests need neither ../shared nor the live content/. */
export const seedsDir = path.join(projectRoot, 'tests/fixtures/seeds');

let seedArchive: string | undefined;

/**
 * A content folder holding the seeds as `npm run ingest` makes them (each entry and its original),
 * with the project's gazetteer: the archive as it was shipped, whatever maintainers have added to,
 * edited in or removed from content/ since. Ingested once per test file; each call gets a copy of its own.
 */
export function makeSeedArchive(): string {
  seedArchive ??= ingestSeeds();
  const contentDir = makeContentDir();
  for (const folder of ['bulletins', 'originals']) cpSync(path.join(seedArchive, folder), path.join(contentDir, folder), { recursive: true });
  return contentDir;
}

function ingestSeeds(): string {
  const contentDir = makeContentDir();
  const rejected = ingestInto(contentDir, [seedsDir]).results.filter((result) => result.status !== 'ok');
  if (rejected.length) throw new Error(`seeds not ingested: ${JSON.stringify(rejected, null, 2)}`);
  return contentDir;
}
