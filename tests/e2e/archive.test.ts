import { readFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { beforeAll, describe, expect, it } from 'vitest';
import { bulletinSchema, type Bulletin } from '../../src/lib/content/bulletin-schema.ts';
import { listFiles } from '../../src/lib/content/files-fs.ts';
import { languageTag } from '../../src/lib/text/transliterate.ts';
import { buildSite } from '../helpers/build-site.ts';
import { makeSeedArchive } from '../helpers/fixture-archive.ts';
import { hasChromium, noChromiumReason, openSiteInChromium } from '../helpers/chromium.ts';
import { hasShared, sharedPath } from '../helpers/shared.ts';
import { typeInOtherScript } from '../helpers/type-in-other-script.ts';
import { indexedPageCount } from '../helpers/search-index.ts';
import { loadAllGazetteer } from '../../src/lib/content/gazetteer-fs.ts';
import { bulletinsDir, ENTRY_EXTENSION, entryIdOf } from '../../src/lib/content/content-layout.ts';
import { matchKey } from '../../src/lib/text/match-key.ts';

/**
 * The project's archive as shipped, the seeds brought in by `npm run ingest` (tests/fixtures/seeds;
 * not content/, which maintainers change), builds into a complete site.
 */
const contentDir = makeSeedArchive();
const entries = listFiles(bulletinsDir(contentDir), ENTRY_EXTENSION).map((file) => ({
  id: entryIdOf(contentDir, file),
  data: bulletinSchema.parse(matter(readFileSync(file, 'utf8')).data) as Bulletin,
}));

let dist: string;
beforeAll(() => {
  dist = buildSite(contentDir);
});

describe("the seeds' archive", () => {
  it('holds the seeds, each with its original', () => {
    expect(entries.length).toBeGreaterThanOrEqual(5);
    for (const { data } of entries) {
      expect(readFileSync(path.join(contentDir, data.original.path)).length).toBeGreaterThan(0);
    }
  });

  it('builds a page for each bulletin under its language and a section per language', () => {
    for (const { id, data } of entries) {
      expect(id.startsWith(`${data.lang}/`)).toBe(true);
      // With its script where its language is written in two alphabets (uz-Cyrl).
      expect(readFileSync(path.join(dist, id, 'index.html'), 'utf8')).toContain(`<html lang="${languageTag(data.lang, data.script)}"`);
    }
    for (const lang of new Set(entries.map(({ data }) => data.lang))) {
      expect(readFileSync(path.join(dist, lang, 'index.html'), 'utf8')).toMatch(new RegExp(`<html lang="${lang}(-(Cyrl|Latn))?"`));
      expect(readFileSync(path.join(dist, lang, 'rss.xml'), 'utf8').match(/<item>/g)).toHaveLength(entries.filter(({ data }) => data.lang === lang).length);
    }
    expect(readFileSync(path.join(dist, 'rss.xml'), 'utf8').match(/<item>/g)).toHaveLength(entries.length);
  });

  it('links exactly the seeds that report one story (000 and 001), both ways', () => {
    const linksOf = (id: string) =>
      [
        ...(readFileSync(path.join(dist, id, 'index.html'), 'utf8').match(/<aside aria-labelledby="same-story"[\s\S]*?<\/aside>/)?.[0] ?? '').matchAll(
          /href="\/([a-z]{2,3}\/[a-z0-9-]+)\/"/g,
        ),
      ].map((match) => match[1]);
    const idOfSeed = (seed: string) => entries.find(({ data }) => data.original.submittedAs === seed)?.id;
    const pair = [idOfSeed('000_858c5811d22043e6.txt'), idOfSeed('001_1e033fb6aa629b6a.txt')];
    for (const { id } of entries) {
      const expected = pair.includes(id) ? pair.filter((other) => other !== id) : [];
      expect(linksOf(id), id).toEqual(expected);
    }
  });

  it('indexes every bulletin for search', () => {
    expect(indexedPageCount(dist)).toBe(entries.length);
  });
});

interface CrossScriptCase {
  query: string;
  mustFind: string[];
}

/**
 * The fixture's cross-script queries, then every person of every seed typed in the other alphabet,
 * and that person's surname alone as the gazetteer spells it in each language, each of which must
 * find every seed that names that person (in whatever alphabet it does).
 */
function crossScriptCases(): CrossScriptCase[] {
  const expected = JSON.parse(readFileSync(sharedPath('fixtures', 'seeds-expected.json'), 'utf8'));
  const people = loadAllGazetteer(contentDir).person;
  const personOf = (name: string) =>
    people.find((person) =>
      Object.values(person.names)
        .flat()
        .some((known) => matchKey(known) === matchKey(name)),
    )?.id;
  const seedsNaming = (id: string | undefined) =>
    Object.entries(expected.bulletins as Record<string, { people: string[] }>)
      .filter(([, facts]) => facts.people.some((name) => personOf(name) === id))
      .map(([seed]) => seed);
  const cases: CrossScriptCase[] = expected.crossScriptSearch;
  const surnames = new Set<string>();
  for (const facts of Object.values(expected.bulletins as Record<string, { people: string[] }>)) {
    for (const name of facts.people) {
      cases.push({ query: typeInOtherScript(name), mustFind: seedsNaming(personOf(name)) });
      // The surname alone, in every alphabet the gazetteer spells it in.
      const person = people.find((candidate) => candidate.id === personOf(name));
      for (const spelling of Object.values(person?.names ?? {}).flat()) surnames.add(`${person!.id}\u0000${spelling.split(' ').at(-1)}`);
    }
  }
  for (const entry of surnames) {
    const [id, surname] = entry.split('\u0000');
    cases.push({ query: surname, mustFind: seedsNaming(id) });
  }
  return cases;
}

describe.skipIf(!hasChromium || !hasShared)(
  `cross-script search in real Chromium${!hasChromium ? ` (${noChromiumReason})` : !hasShared ? ' (skipped: ../shared is absent)' : ''}`,
  () => {
    const session = openSiteInChromium(() => dist);
    const urlOfSeed = (seed: string) => `/${entries.find(({ data }) => data.original.submittedAs === seed)!.id}/`;

    it.each(hasShared ? crossScriptCases() : [])('"$query" finds $mustFind', async ({ query, mustFind }) => {
      const tab = await session.browser.newPage();
      await tab.goto(`${session.url}search/?q=${encodeURIComponent(query)}`);
      await tab.waitForFunction(() => document.querySelector('[role=status]')?.textContent?.trim(), null, { timeout: 15_000 });
      const found = await tab.$$eval('.search-results a', (anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
      for (const seed of mustFind) expect(found, `${query} → ${seed}`).toContain(urlOfSeed(seed));
      // Excerpts show the bulletins' own words with the matched one marked.
      expect(await tab.$eval('.search-results li', (item) => item.querySelectorAll('mark').length)).toBeGreaterThan(0);
      // No excerpt repeats the title its heading shows.
      const shown = await tab.$$eval('.search-results li', (items) =>
        items.map((item) => ({ title: item.querySelector('h2')!.textContent!.trim(), excerpt: item.querySelector('p:last-of-type')!.textContent!.trim() })),
      );
      for (const { title, excerpt } of shown) expect(excerpt.toLowerCase().startsWith(title.toLowerCase()), `${query}: ${excerpt}`).toBe(false);
      await tab.close();
    });
  },
);
