import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { planSearchIndex } from './indexing.ts';
import { checkedFileTexts, searchRecordOf } from './records.ts';
import { checkedBytesFileOf } from '../assemble/checked-bytes.ts';
import { checkedContentCopy as checkedCopy } from '../../tests/helpers/checked-content.ts';

/**
 * The build plans the search index from what the content check kept of each entry
 * (scripts/search-index/records.ts), before Astro starts: which shards there are, and a digest per
 * shard that changes when one of its bulletins does and only then. On the seeds, ingested
 * (tests/helpers/fixture-archive.ts), checked as the build checks it.
 */
describe('the search index planned from the checked content', () => {
  it('groups every checked bulletin by its month, newest first within it, with what its record needs', () => {
    const { dir, check } = checkedCopy();
    const chunks = check();
    const entries = readdirSync(path.join(dir, 'bulletins'), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.md'));
    expect(
      [...chunks.values()]
        .flat()
        .map(({ id }) => `${id}.md`)
        .sort(),
    ).toEqual(entries.map((file) => file.split(path.sep).join('/')).sort());
    for (const [month, bulletins] of chunks) {
      expect(bulletins.every(({ date }) => date?.startsWith(month))).toBe(true);
      const dates = bulletins.map(({ date }) => date!);
      expect(dates).toEqual([...dates].sort().reverse());
    }
  });

  it("changes the digest of an edited bulletin's shard only, and of every shard with the base path", () => {
    const { check } = checkedCopy();
    const before = planSearchIndex(check(), '/');
    expect(before.shards.length).toBeGreaterThan(1);
    const [edited] = [...check().values()].flat().filter(({ date }) => date?.startsWith(before.shards.at(-1)!.name));
    writeFileSync(edited.file, `${readFileSync(edited.file, 'utf8')}\nOne more sentence.\n`);
    const after = planSearchIndex(check(), '/');
    expect(after.shards).toEqual(before.shards);
    const changed = before.shards.filter(({ name }) => before.digests[name] !== after.digests[name]).map(({ name }) => name);
    expect(changed).toEqual([before.shards.at(-1)!.name]);
    const elsewhere = planSearchIndex(check(), '/archive/');
    expect(before.shards.filter(({ name }) => elsewhere.digests[name] === after.digests[name])).toEqual([]);
  });

  it("makes a bulletin's record of its title and plain text, with its page's URL under the base path", () => {
    const { check, cacheFile } = checkedCopy();
    const [bulletin] = [...check().values()].flat();
    const texts = checkedFileTexts(checkedBytesFileOf(cacheFile));
    const record = searchRecordOf(bulletin, '/archive/', texts.textOf(bulletin));
    texts.close();
    expect(record.url).toBe(`/archive/${bulletin.id}/`);
    expect(record.content.startsWith(`${bulletin.title}\n`)).toBe(true);
    expect(record.content).not.toMatch(/^---$/m);
    expect({ title: record.title, date: record.date, lang: record.lang, organizations: record.organizations, countries: record.countries }).toEqual({
      title: bulletin.title,
      date: bulletin.date,
      lang: bulletin.lang,
      organizations: bulletin.organizations,
      countries: bulletin.countries,
    });
  });
});
