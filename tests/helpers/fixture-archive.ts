import { readFileSync, writeFileSync } from 'node:fs';
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
  for (const [from, to] of [[ky, tr], [tr, ky]]) {
    const parsed = matter(readFileSync(from, 'utf8'));
    writeFileSync(from, matter.stringify(parsed.content, { ...parsed.data, sameStory: [idOf(to)] }));
  }
  return { contentDir, ids: files.map(idOf) };
}
