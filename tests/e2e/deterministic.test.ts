import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build-site.ts';
import { makeFixtureArchive } from '../helpers/fixture-archive.ts';
import { relativeFilePaths } from '../helpers/link-check.ts';

/**
 * Two clean builds of the same content give byte-identical output: a rebuild publishes no spurious
 * change, a deploy can be verified, and nothing in a page depends on the clock, the machine or the
 * order in which files happen to be read.
 */
describe('two clean builds of the same content', () => {
  let first: string;
  let second: string;

  beforeAll(() => {
    const { contentDir } = makeFixtureArchive();
    first = buildSite(contentDir);
    second = buildSite(contentDir);
  });

  it('write the same files', () => {
    expect(relativeFilePaths(second)).toEqual(relativeFilePaths(first));
    expect(relativeFilePaths(first).length).toBeGreaterThan(20);
  });

  it('write every file byte for byte the same', () => {
    const differing = relativeFilePaths(first).filter((file) => !readFileSync(path.join(first, file)).equals(readFileSync(path.join(second, file))));
    expect(differing).toEqual([]);
  });
});
