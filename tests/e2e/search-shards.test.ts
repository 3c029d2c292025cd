import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import matter from 'gray-matter';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { sentencePools, syntheticTexts } from '../../scripts/tools/bench/synthetic-archive.ts';
import { bulletinsDir, ENTRY_EXTENSION } from '../../src/lib/content/content-layout.ts';
import { listFiles } from '../../src/lib/content/files-fs.ts';
import { loadAllGazetteer } from '../../src/lib/content/gazetteer-fs.ts';
import { buildSiteInto, ingestInto, makeContentDir, makeOutDir, projectRoot, runBuild } from '../helpers/build-site.ts';
import { hasChromium, noChromiumReason, openSiteInChromium } from '../helpers/chromium.ts';
import { relativeFilePaths } from '../helpers/link-check.ts';
import { makeSeedArchive } from '../helpers/fixture-archive.ts';

/**
 * The search index in shards on an archive of a few hundred generated bulletins over twenty years
 * (the bench's generator): built by `npm run build`, and shard by shard as CI does; searched in
 * Chromium, watching which shards the page fetches.
 */
const contentDir = makeContentDir();
const dist = makeOutDir();
const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'bulletins-astro-cache-'));
const tsx = path.join(projectRoot, 'node_modules/tsx/dist/cli.mjs');
let bulletins: { url: string; year: string; date: string; text: string }[] = [];
const RARE_WORD = 'Айнакулова';
const RARE_YEAR = '2009';

beforeAll(() => {
  const raw = mkdtempSync(path.join(os.tmpdir(), 'bulletins-shards-raw-'));
  // Sentences of the seeds' entries, names of the project's gazetteer.
  const seeds = makeSeedArchive();
  const gazetteer = loadAllGazetteer(seeds);
  const pools = sentencePools(seeds);
  for (const { fileName, text } of syntheticTexts({ count: 240, languages: ['ky', 'tr'], pools, gazetteer })) {
    writeFileSync(path.join(raw, fileName), text);
  }
  // A surname no other bulletin and no gazetteer entry has, in an old year.
  const pool = pools.get('ky')!;
  writeFileSync(path.join(raw, 'rare.txt'), `date ${RARE_YEAR}-04-02\n${pool.slice(0, 4).join(' ')}\nЖыйынга ${RARE_WORD} да катышты.\n`);
  ingestInto(contentDir, [raw]);
  buildSiteInto(contentDir, dist, cacheDir);
  bulletins = listFiles(bulletinsDir(contentDir), ENTRY_EXTENSION).map((file) => {
    const { data, content } = matter(readFileSync(file, 'utf8'));
    const id = path.relative(bulletinsDir(contentDir), file).slice(0, -ENTRY_EXTENSION.length).split(path.sep).join('/');
    return { url: `/${id}/`, date: String(data.date), year: String(data.date).slice(0, 4), text: `${data.title}\n${content}`.toLowerCase() };
  });
}, 300_000);

const manifest = () => JSON.parse(readFileSync(path.join(dist, 'pagefind/shards.json'), 'utf8')) as { shards: { name: string; years: string[] }[] };

describe('the search index in shards', () => {
  it('has a shard per year, each with its own Pagefind index', () => {
    const { shards } = manifest();
    expect(shards.map(({ name }) => name)).toEqual([...new Set(bulletins.map(({ year }) => year))].sort());
    expect(shards.length).toBeGreaterThan(10);
  });

  it('built shard by shard (search:shard --list, --shard, --finish, as the CI jobs do) equals what npm run build makes, byte for byte', () => {
    const separate = makeOutDir();
    const env = { ...process.env, CONTENT_DIR: contentDir, ASTRO_CACHE_DIR: mkdtempSync(path.join(os.tmpdir(), 'bulletins-astro-cache-')) };
    const run = (args: string[], extra: NodeJS.ProcessEnv = {}) => {
      const result = spawnSync(process.execPath, [tsx, ...args], { cwd: projectRoot, encoding: 'utf8', env: { ...env, ...extra } });
      expect(result.status, result.stderr).toBe(0);
      return result.stdout;
    };
    run(['scripts/build.ts', '--outDir', separate], { SEARCH_SHARDS: 'separately' });
    const names = JSON.parse(run(['scripts/search-shard.ts', '--site', separate, '--list'])) as string[];
    expect(names).toEqual(manifest().shards.map(({ name }) => name));
    for (const name of names) run(['scripts/search-shard.ts', '--site', separate, '--shard', name]);
    run(['scripts/search-shard.ts', '--site', separate, '--finish']);
    const files = relativeFilePaths(path.join(dist, 'pagefind'));
    expect(relativeFilePaths(path.join(separate, 'pagefind'))).toEqual(files);
    const differing = files.filter((file) => !readFileSync(path.join(dist, 'pagefind', file)).equals(readFileSync(path.join(separate, 'pagefind', file))));
    expect(differing).toEqual([]);
  }, 300_000);

  it('fails the build saying which shard Pagefind stopped on when its process dies (as when it runs out of memory), instead of waiting for ever', () => {
    // A Pagefind that is killed as soon as it is sent something; Pagefind's Node API finds its
    // binary through this variable. The site's pages are reused from the first build's cache.
    const bin = mkdtempSync(path.join(os.tmpdir(), 'dying-pagefind-'));
    const dying = path.join(bin, 'pagefind_extended');
    writeFileSync(dying, '#!/bin/sh\nhead -c 1 > /dev/null\nkill -9 $$\n');
    chmodSync(dying, 0o755);
    const cache = mkdtempSync(path.join(os.tmpdir(), 'bulletins-astro-cache-'));
    cpSync(cacheDir, cache, { recursive: true });
    const result = runBuild(contentDir, makeOutDir(), cache, { env: { PAGEFIND_EXTENDED_BINARY_PATH: dying } });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^search index: shard \d{4}: search:shard: Pagefind stopped before shard \d{4} was written; it may have run out of memory$/m);
    expect(result.stderr).not.toMatch(/^\s+at /m);
  }, 300_000);
});

// Each test waits for several searches over a slow (throttled) or busy machine: room for them all.
describe.skipIf(!hasChromium)(`searching the shards in real Chromium${hasChromium ? '' : ` (${noChromiumReason})`}`, { timeout: 120_000 }, () => {
  const session = openSiteInChromium(() => dist);

  /** Opens the search page for a query, noting the shards it fetches anything of. */
  async function open(query: string, params = '') {
    const tab = await session.browser.newPage();
    const fetched = new Set<string>();
    tab.on('request', (request) => {
      const shard = /\/pagefind\/shards\/([^/]+)\//.exec(request.url())?.[1];
      if (shard) fetched.add(shard);
    });
    await tab.goto(`${session.url}search/?q=${encodeURIComponent(query)}${params}`);
    await settled(tab);
    return { tab, fetched };
  }

  async function settled(tab: Page) {
    await tab.waitForFunction(() => document.querySelector('[role=status]')?.textContent?.trim(), null, { timeout: 30_000 });
    await tab.waitForLoadState('networkidle');
  }

  /** Until at least `count` results are listed and the page is searching no more (the list is not busy). */
  const listed = (tab: Page, count: number) =>
    tab.waitForFunction(
      (count) => document.querySelectorAll('.search-results li').length >= count && !document.querySelector('.search-results[aria-busy]'),
      count,
      {
        timeout: 30_000,
      },
    );

  const shownUrls = (tab: Page) => tab.$$eval('.search-results h2 a', (links) => links.map((link) => link.getAttribute('href')!));
  const yearOf = (url: string) => bulletins.find((bulletin) => bulletin.url === url)!.year;
  /** A word of the Turkish bulletins that many of them have, in every year. */
  const commonWord = () => {
    const surname = loadAllGazetteer(contentDir).person[0].names.tr![0].split(' ').at(-1)!;
    expect(new Set(bulletins.filter(({ text }) => text.includes(surname.toLowerCase())).map(({ year }) => year)).size).toBeGreaterThan(5);
    return surname;
  };

  it('fills the first page from the newest shards that have the word, fetching no older one, and goes on to older years as the reader reads on', async () => {
    const word = commonWord();
    const { tab, fetched } = await open(word);
    const first = await shownUrls(tab);
    expect(first.length).toBe(10);
    expect(fetched.size).toBeLessThan(manifest().shards.length / 2);
    // The results shown come from the shards fetched, and no shard older than them was fetched.
    for (const url of first) expect(fetched.has(yearOf(url)), url).toBe(true);
    const oldestShown = first.map(yearOf).sort()[0];
    expect([...fetched].filter((year) => year < oldestShown)).toEqual([]);
    expect(await tab.isVisible('[data-coverage]')).toBe(true);

    const before = fetched.size;
    for (let click = 0; click < 3; click++) {
      await tab.click('[data-more]');
      await listed(tab, (click + 2) * 10);
    }
    const read = await shownUrls(tab);
    expect(read.slice(0, 10)).toEqual(first);
    expect(new Set(read).size).toBe(read.length);
    expect(fetched.size).toBeGreaterThan(before);
    await tab.close();
  });

  it('asked for all years, finds every bulletin with the word and none without a form of it', async () => {
    const word = commonWord();
    const { tab } = await open(word);
    await tab.click('[data-all-years]');
    await tab.waitForFunction(() => (document.querySelector('[data-coverage]') as HTMLElement).hidden, null, { timeout: 60_000 });
    while (await tab.isVisible('[data-more]')) {
      const count = (await shownUrls(tab)).length;
      await tab.click('[data-more]');
      await tab.waitForFunction((count) => document.querySelectorAll('.search-results li').length > count, count, { timeout: 30_000 });
    }
    expect(await tab.$eval('[role=status]', (status) => status.textContent)).toContain(String((await shownUrls(tab)).length));
    const found = new Set(await shownUrls(tab));
    const printed = new RegExp(`(^|[^\\p{L}])${word.toLowerCase()}($|[^\\p{L}])`, 'u');
    for (const bulletin of bulletins.filter(({ text }) => printed.test(text))) expect(found.has(bulletin.url), bulletin.url).toBe(true);
    const anyForm = /caparov|japarov|жапаров/u;
    expect(word.toLowerCase()).toMatch(anyForm);
    for (const url of found) expect(anyForm.test(bulletins.find((bulletin) => bulletin.url === url)!.text), url).toBe(true);
    await tab.close();
  });

  it('in date order, lists the newest bulletin with the word first and stays newest first across shards as the reader reads on', async () => {
    const word = commonWord();
    const { tab } = await open(word);
    // A slow network, so that the click below lands while the page still puts results in date order.
    await tab.route('**/pagefind/shards/**', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      await route.continue();
    });
    await tab.selectOption('#search-sort', 'newest');
    // A reader asking for more while the results are being put in date order gets the new order's
    // second page: the click is neither lost nor applied to the list about to be replaced.
    await tab.click('[data-more]');
    await listed(tab, 20);
    for (let click = 0; click < 2; click++) {
      await tab.click('[data-more]');
      await listed(tab, (click + 3) * 10);
    }
    const dates = await tab.$$eval('.search-results time', (times) => times.map((time) => time.getAttribute('datetime')!));
    expect(dates.length).toBe(40);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(new Set(dates.map((date) => date.slice(0, 4))).size).toBeGreaterThan(1);
    await tab.close();
  });

  it('with a year filter, fetches only that year’s shard and shows only its bulletins', async () => {
    const word = commonWord();
    const { tab, fetched } = await open(word);
    // The second oldest year that has the word: not one the first page needed.
    const year = [...new Set(bulletins.filter(({ text }) => text.includes(word.toLowerCase())).map(({ year }) => year))].sort()[1];
    // Opened, the filters count the results shown, from their fragments: those are fetched first.
    await tab.locator('.search-filters summary').click();
    await tab.waitForSelector('[data-filters][data-counted]');
    fetched.clear();
    await tab.locator(`[data-filter=year] input[value="${year}"]`).check();
    await tab.waitForFunction(
      (year) => {
        const times = [...document.querySelectorAll('.search-results time')];
        return times.length > 0 && times.every((time) => time.getAttribute('datetime')!.startsWith(year));
      },
      year,
      { timeout: 30_000 },
    );
    await tab.waitForLoadState('networkidle');
    const urls = await shownUrls(tab);
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(yearOf(url)).toBe(year);
    expect([...fetched]).toEqual([year]);
    await tab.close();
  });

  it('says the search could not load when the connection drops, not that nothing matches, and finds the word once it is back', async () => {
    const [rare] = bulletins.filter(({ text }) => text.includes(RARE_WORD.toLowerCase()));
    const failedTexts = readdirSync(path.join(projectRoot, 'src/i18n'))
      .filter((file) => file.endsWith('.json'))
      .map((file) => (JSON.parse(readFileSync(path.join(projectRoot, 'src/i18n', file), 'utf8')) as { searchFailed: string }).searchFailed);
    const tab = await session.browser.newPage();
    await tab.goto(`${session.url}search/`);
    await tab.waitForSelector('[data-search][data-ready]');
    const statusText = () => tab.$eval('[role=status]', (status) => status.textContent);
    // Lost while the page reads the lexicon, then while Pagefind reads its index (it lets that pass without a word).
    for (const [files, word] of [
      ['**/pagefind/lexicon/**', commonWord()],
      ['**/pagefind/shards/**', RARE_WORD],
    ] as const) {
      await tab.route(files, (route) => route.abort('internetdisconnected'));
      await tab.evaluate(() => (document.querySelector('[role=status]')!.textContent = ''));
      await tab.fill('#search-query', word);
      await tab.press('#search-query', 'Enter');
      await tab.waitForFunction(() => document.querySelector('[role=status]')?.textContent?.trim(), null, { timeout: 30_000 });
      expect(failedTexts, files).toContain(await statusText());
      await tab.unroute(files);
    }
    expect(await shownUrls(tab)).toEqual([]);
    await tab.press('#search-query', 'Enter');
    await listed(tab, 1);
    expect(await shownUrls(tab)).toEqual([rare.url]);
    expect(failedTexts).not.toContain(await statusText());
    await tab.close();
  });

  it('finds a word of one old bulletin fetching only its shard, typed in Latin too', async () => {
    const [rare] = bulletins.filter(({ text }) => text.includes(RARE_WORD.toLowerCase()));
    for (const typed of [RARE_WORD, 'Aynakulova']) {
      const { tab, fetched } = await open(typed);
      expect(await shownUrls(tab), typed).toEqual([rare.url]);
      expect([...fetched], typed).toEqual([RARE_YEAR]);
      await tab.close();
    }
  });
});
