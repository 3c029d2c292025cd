import { mkdtempSync, readFileSync, statSync, utimesSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { relativeFilePaths } from '../helpers/link-check.ts';
import { buildSiteInto, makeOutDir, projectRoot } from '../helpers/build-site.ts';
import { makeFixtureArchive } from '../helpers/fixture-archive.ts';

/**
 * Astro copies public/ into the output with the source files' own times, so in a fresh clone every
 * public file is "older than the build". The build's cleanup must keep them by where they come from:
 * a cold build and a rebuild into the same folder both hold every public file, byte for byte.
 */
const publicDir = path.join(projectRoot, 'public');
const publicFiles = relativeFilePaths(publicDir);
const yearAgo = new Date(Date.now() - 365 * 24 * 3600 * 1000);
const originalTimes = new Map(publicFiles.map((file) => [file, statSync(path.join(publicDir, file))]));

describe('public files in the output', () => {
  let outDir = '';
  let cacheDir = '';
  let contentDir = '';
  beforeAll(() => {
    for (const file of publicFiles) utimesSync(path.join(publicDir, file), yearAgo, yearAgo);
    contentDir = makeFixtureArchive().contentDir;
    outDir = makeOutDir();
    cacheDir = mkdtempSync(path.join(os.tmpdir(), 'bulletins-astro-cache-'));
    buildSiteInto(contentDir, outDir, cacheDir);
  });
  afterAll(() => {
    for (const [file, stat] of originalTimes) utimesSync(path.join(publicDir, file), stat.atime, stat.mtime);
  });

  it('has public files to check', () => {
    expect(publicFiles.length).toBeGreaterThan(0);
  });

  it('keeps every public file of a year ago after a cold build and after a rebuild', () => {
    const copied = (file: string) => {
      try {
        return readFileSync(path.join(outDir, file)).equals(readFileSync(path.join(publicDir, file)));
      } catch {
        return false;
      }
    };
    expect(publicFiles.filter((file) => !copied(file))).toEqual([]);
    buildSiteInto(contentDir, outDir, cacheDir);
    expect(publicFiles.filter((file) => !copied(file))).toEqual([]);
  });
});
