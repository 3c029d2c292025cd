import { readFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { beforeAll, expect, it } from 'vitest';
import { describeWithShared, sharedPath } from '../helpers/shared.ts';
import { ingestInto, makeContentDir, projectRoot, type IngestJson } from '../helpers/build-site.ts';
import { loadAllGazetteer } from '../../src/lib/content/gazetteer-fs.ts';
import type { Bulletin } from '../../src/lib/content/bulletin-schema.ts';
import type { GazetteerEntity } from '../../src/lib/content/gazetteer-schema.ts';

interface SeedFacts {
  lang: string;
  script: string;
  date: string;
  headline: string | null;
  place: string | null;
  agency: string | null;
  mustNotAppearInBody: string[];
  people: string[];
  organizations: Record<string, string[]>;
  countries: string[];
}

/** The gazetteer id whose names include this spelling (capitals aside), as a person would match it. */
function idOf(entities: readonly GazetteerEntity[], name: string): string {
  const lower = name.toLocaleLowerCase();
  const entity = entities.find((candidate) =>
    Object.values(candidate.names)
      .flat()
      .some((known) => known.toLocaleLowerCase() === lower),
  );
  if (!entity) throw new Error(`"${name}" is in no gazetteer entry; add it to content/gazetteer/`);
  return entity.id;
}

describeWithShared('the five seeds, ingested as a maintainer would', () => {
  let facts: Record<string, SeedFacts>;
  let entries: Record<string, { data: Bulletin; body: string }>;

  beforeAll(() => {
    facts = JSON.parse(readFileSync(sharedPath('fixtures', 'seeds-expected.json'), 'utf8')).bulletins;
    const report: IngestJson = ingestInto(makeContentDir(), [sharedPath('seeds')]);
    entries = Object.fromEntries(
      report.results.map((result) => {
        expect(result.status, `${result.input}: ${result.errors.join('; ')}`).toBe('ok');
        const { data, content } = matter(readFileSync(path.resolve(projectRoot, result.output!), 'utf8'));
        return [path.basename(result.input), { data: data as Bulletin, body: content }];
      }),
    );
  });

  const seeds = ['000_858c5811d22043e6.txt', '001_1e033fb6aa629b6a.txt', '002_00bb97de39203a2b.txt', '003_74db76c7184252f9.txt', '004_70cf57b229550beb.txt'];

  it.each(seeds)('%s: language, script and date as a human read them', (seed) => {
    const { data } = entries[seed];
    expect({ lang: data.lang, script: data.script, date: data.date }).toEqual({
      lang: facts[seed].lang,
      script: facts[seed].script,
      date: facts[seed].date,
    });
  });

  it.each(seeds)('%s: the headline, or a title derived from the lead without the date header', (seed) => {
    const { data } = entries[seed];
    if (facts[seed].headline) {
      expect(data.title).toBe(facts[seed].headline);
      expect(data.titleSource).toBe('headline');
    } else {
      expect(data.titleSource).toBe('lead');
      expect(data.title).not.toMatch(/date \d{4}/);
      expect(data.title.length).toBeLessThanOrEqual(111);
    }
  });

  it.each(seeds)('%s: place and agency', (seed) => {
    const { data } = entries[seed];
    expect({ place: data.place ?? null, agency: data.agency ?? null }).toEqual({ place: facts[seed].place, agency: facts[seed].agency });
  });

  it.each(seeds)('%s: no date header or page leftover in the body', (seed) => {
    const { body } = entries[seed];
    expect(body).not.toMatch(/date \d{4}-\d{2}-\d{2}/);
    for (const leftover of facts[seed].mustNotAppearInBody) expect(body).not.toContain(leftover);
  });

  it.each(seeds)('%s: people and organizations are the gazetteer ids of those a human listed', (seed) => {
    const gazetteer = loadAllGazetteer(path.join(projectRoot, 'content'));
    const { data } = entries[seed];
    expect([...data.people].sort()).toEqual([...new Set(facts[seed].people.map((name) => idOf(gazetteer.person, name)))].sort());
    expect([...data.organizations].sort()).toEqual(Object.keys(facts[seed].organizations).sort());
    for (const names of Object.values(facts[seed].organizations))
      for (const name of names) expect(Object.keys(facts[seed].organizations)).toContain(idOf(gazetteer.organization, name));
    expect([...data.countries].sort()).toEqual([...new Set(facts[seed].countries.map((name) => idOf(gazetteer.country, name)))].sort());
  });

  it('003: the lines 1. to 5. become one numbered list', () => {
    const listLines = entries['003_74db76c7184252f9.txt'].body.split('\n').filter((line) => /^\d\. /.test(line));
    expect(listLines.map((line) => line.slice(0, 2))).toEqual(['1.', '2.', '3.', '4.', '5.']);
    expect(entries['003_74db76c7184252f9.txt'].body).toMatch(/^1\. .*\n2\. .*\n3\. .*\n4\. .*\n5\. /m);
  });
});
