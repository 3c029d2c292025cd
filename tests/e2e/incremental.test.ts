import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import matter from 'gray-matter';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSiteInto, ingestInto, makeContentDir, makeOutDir, reusedPageCount } from '../helpers/build-site.ts';
import { relativeFilePaths } from '../helpers/link-check.ts';
import { makeSeedArchive } from '../helpers/fixture-archive.ts';
import { builtShardDirs } from '../../scripts/search-index/indexing.ts';

/**
 * An incremental build (Astro's experimental.incrementalBuild, pages keyed by src/lib/site/cache-key.ts)
 * copies unchanged pages from the last build. Each change a maintainer makes is built twice, once
 * incrementally on top of the previous build and once cold in fresh folders, and both must write
 * the same files byte for byte: a key that misses something a page shows would leave a stale page.
 */
/** The seeds' originals, as ingest named them (tests/helpers/fixture-archive.ts). */
const originals = path.join(makeSeedArchive(), 'originals');
const seeds = readdirSync(originals, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.txt'))
  .sort();
// This Kyrgyz seed reports the same story as the Turkish one: adding it changes that page's links too.
const added = seeds.find((file) => file.startsWith('ky/2025-'))!;

const withdrawnFile = () => seeds.find((file) => file.startsWith('uz/'))!;
const turkishSeed = seeds.find((file) => file.startsWith('tr/'))!;
/** The day the Turkish seed's date header gives (its file name starts with it). */
const turkishSeedDay = path.basename(turkishSeed).slice(0, 10);
/** Days of a month and of a year no seed is from. */
const NEW_DATES = { 'a new month': '2025-11-03', 'a new year': '2023-04-10' } as const;

/** A year none of the seeds nor an earlier step is from (NEW_DATES has 2023). */
const NEW_SHARD_YEAR = '2022';

/** Every file of a built site's search shards (`<shard>/<file>`) with a hash of its bytes. */
function shardFiles(dist: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const dir of builtShardDirs(dist)) {
    for (const file of relativeFilePaths(dir))
      files.set(
        `${path.basename(dir)}/${file}`,
        createHash('sha256')
          .update(readFileSync(path.join(dir, file)))
          .digest('hex'),
      );
  }
  return files;
}

/** Shards whose files are all the same before and after, and those with any file added, removed or changed. */
function compareShards(before: Map<string, string>, after: Map<string, string>) {
  const shardOf = (file: string) => file.slice(0, file.indexOf('/'));
  const changed = new Set([...new Set([...before.keys(), ...after.keys()])].filter((file) => before.get(file) !== after.get(file)).map(shardOf));
  const same = [...new Set([...before.keys()].map(shardOf))].filter((shard) => !changed.has(shard));
  return { same, changed: [...changed].sort() };
}

interface Step {
  incremental: string;
  cold: string;
  log: string;
}

function differingFiles(a: string, b: string): string[] {
  const files = new Set([...relativeFilePaths(a), ...relativeFilePaths(b)]);
  return [...files].filter((file) => {
    try {
      return !readFileSync(path.join(a, file)).equals(readFileSync(path.join(b, file)));
    } catch {
      return true; // in one build only
    }
  });
}

describe('an incremental build after a change equals a cold build of the same content', () => {
  const contentDir = makeContentDir();
  const outDir = makeOutDir();
  const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'bulletins-astro-cache-'));
  const steps: Record<string, Step> = {};

  /** Builds the content as it now is, incrementally into outDir and cold elsewhere. */
  function buildBoth(name: string) {
    const log = buildSiteInto(contentDir, outDir, cacheDir);
    const incremental = path.join(mkdtempSync(path.join(os.tmpdir(), 'bulletins-incremental-')), 'dist');
    // A snapshot: the next step builds into the same folder again.
    cpSync(outDir, incremental, { recursive: true });
    const cold = makeOutDir();
    buildSiteInto(contentDir, cold, mkdtempSync(path.join(os.tmpdir(), 'bulletins-astro-cache-')));
    steps[name] = { incremental, cold, log };
  }

  /** The search index's shard files after the first build, before any change. */
  let firstShards = new Map<string, string>();

  beforeAll(() => {
    ingestInto(
      contentDir,
      seeds.filter((file) => file !== added).map((file) => path.join(originals, file)),
    );
    buildSiteInto(contentDir, outDir, cacheDir);
    firstShards = shardFiles(outDir);

    ingestInto(contentDir, [path.join(originals, added)]);
    buildBoth('one bulletin added');

    // A headline corrected: the page, its neighbours' previous/next links, listings, entity pages.
    const edited = path.join(contentDir, 'bulletins', seeds.find((file) => file.startsWith('ky/2024-'))!.replace(/\.txt$/, '.md'));
    const entry = matter(readFileSync(edited, 'utf8'));
    writeFileSync(edited, matter.stringify(entry.content, { ...entry.data, title: `${entry.data.title} (corrected)` }));
    buildBoth('a headline corrected');

    // A Turkish report of a month, then of a year, that the archive had no bulletin of: a new month
    // page, the archive page's months and years, the timelines' axes, a new search records chunk.
    for (const [step, day] of Object.entries(NEW_DATES)) {
      const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'bulletins-inbox-')), `tr-${day}.txt`);
      const text = readFileSync(path.join(originals, turkishSeed), 'utf8');
      writeFileSync(file, `${text.replace(turkishSeedDay, day).trimEnd()}\n\nBu haber ${day} tarihlidir.\n`);
      ingestInto(contentDir, [file]);
      buildBoth(step);
    }

    // A name added to the gazetteer: shown on the pages of every bulletin that mentions the person.
    const peopleFile = path.join(contentDir, 'gazetteer/people.json');
    const people = JSON.parse(readFileSync(peopleFile, 'utf8')) as { names: Record<string, string[]> }[];
    people[0].names.en = [...(people[0].names.en ?? []), 'Another Spelling'];
    writeFileSync(peopleFile, JSON.stringify(people, null, 2));
    buildBoth('a gazetteer name added');

    // The Turkish section outgrows the Kyrgyz one (three more reports of the seed's story, each with
    // a sentence of its own): no page but the new ones, their neighbours and the lists should change.
    const inbox = mkdtempSync(path.join(os.tmpdir(), 'bulletins-inbox-'));
    const variants = [1, 2, 3].map((n) => {
      const file = path.join(inbox, `tr-variant-${n}.txt`);
      writeFileSync(file, `${readFileSync(path.join(originals, turkishSeed), 'utf8').trimEnd()}\n\nBu haberin ${n}. güncellemesidir.\n`);
      return file;
    });
    ingestInto(contentDir, variants);
    buildBoth('a section outgrows another');

    // The only Uzbek bulletin withdrawn: its page, original and section listing must disappear.
    const withdrawn = withdrawnFile();
    rmSync(path.join(contentDir, 'bulletins', withdrawn.replace(/\.txt$/, '.md')));
    rmSync(path.join(contentDir, 'originals', withdrawn));
    buildBoth('a bulletin withdrawn');

    // The first bulletin of a year the archive has none of: a new search shard, the others untouched.
    const newYear = path.join(inbox, 'ky-new-year.txt');
    writeFileSync(
      newYear,
      `date ${NEW_SHARD_YEAR}-03-15\n${readFileSync(path.join(originals, added), 'utf8').trimEnd()}\n\nБул кабар ${NEW_SHARD_YEAR}-жылы жазылган.\n`,
    );
    ingestInto(contentDir, [newYear]);
    buildBoth('a new shard');
  }, 900_000);

  // A gazetteer change re-renders every page (all may show names), so only the others reuse pages.
  for (const name of ['one bulletin added', 'a headline corrected', 'a new month', 'a new year', 'a section outgrows another']) {
    it(`${name}: reuses pages from the last build`, () => {
      expect(reusedPageCount(steps[name].log)).toBeGreaterThan(10);
    });
  }

  it('keeps every search shard when no record changed (the gazetteer is not in them)', () => {
    const [, shards, unchanged] = /search index: .*, (\d+) shards, (\d+) unchanged/.exec(steps['a gazetteer name added'].log)!;
    expect(Number(shards)).toBeGreaterThan(1);
    expect(unchanged).toBe(shards);
  });

  it('one bulletin added: indexes the shard of its year again, and every other shard keeps its files byte for byte', () => {
    const year = added.slice('ky/'.length, 'ky/'.length + 4);
    const { same, changed } = compareShards(firstShards, shardFiles(steps['one bulletin added'].incremental));
    expect(changed).toEqual([year]);
    expect(same.length).toBeGreaterThan(0);
  });

  it('a new shard: the new year gets a shard of its own, and every other shard keeps its files byte for byte', () => {
    const before = shardFiles(steps['a bulletin withdrawn'].incremental);
    const { same, changed } = compareShards(before, shardFiles(steps['a new shard'].incremental));
    expect(changed).toEqual([NEW_SHARD_YEAR]);
    expect([...before.keys()].some((file) => file.startsWith(`${NEW_SHARD_YEAR}/`))).toBe(false);
    expect(same.length).toBeGreaterThan(1);
  });

  it.each(Object.entries(NEW_DATES))('%s: the bulletin of %s has its month page, which the build before had not', (step, day) => {
    const monthPage = `tr/archive/${day.slice(0, 7)}/index.html`;
    const before = step === 'a new month' ? 'a headline corrected' : 'a new month';
    expect(relativeFilePaths(steps[before].incremental)).not.toContain(monthPage);
    expect(relativeFilePaths(steps[step].incremental)).toContain(monthPage);
    expect(readFileSync(path.join(steps[step].incremental, 'tr/archive/index.html'), 'utf8')).toContain(`id="year-${day.slice(0, 4)}"`);
  });

  it('a bulletin withdrawn: leaves none of its files behind', () => {
    const before = relativeFilePaths(steps['a section outgrows another'].incremental);
    const after = new Set(relativeFilePaths(steps['a bulletin withdrawn'].incremental));
    const slug = path.basename(withdrawnFile(), '.txt');
    const gone = [`uz/${slug}/index.html`, `originals/${withdrawnFile()}`, 'uz/index.html', 'uz/rss.xml'];
    expect(gone.filter((file) => before.includes(file))).toEqual(gone);
    expect(gone.filter((file) => after.has(file))).toEqual([]);
  });

  for (const name of [
    'one bulletin added',
    'a headline corrected',
    'a new month',
    'a new year',
    'a gazetteer name added',
    'a section outgrows another',
    'a bulletin withdrawn',
    'a new shard',
  ]) {
    it(`${name}: writes the same files, byte for byte, as a cold build`, () => {
      const { incremental, cold } = steps[name];
      expect(relativeFilePaths(incremental).length).toBeGreaterThan(100);
      expect(differingFiles(incremental, cold)).toEqual([]);
    });
  }
});
