import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWithHugo, HUGO, indexWithPagefindCli, writePeerSite } from '../../scripts/tools/bench/hugo-peer.ts';
import { readFrontmatter } from '../../src/lib/content/frontmatter.ts';
import { listFiles } from '../../src/lib/content/files-fs.ts';
import { bulletinsDir, entryIdOf, ENTRY_EXTENSION } from '../../src/lib/content/content-layout.ts';
import { SEARCH_INDEX_LANGUAGE } from '../../scripts/search-index/indexing.ts';
import { makeSeedArchive } from '../helpers/fixture-archive.ts';

/**
 * The bench's peer (`npm run bench -- --peer`) is only a fair comparison if Hugo really builds what
 * ours builds from the same Markdown and the Pagefind CLI really indexes every bulletin: a peer that
 * skipped pages would look faster than it is. Built here, with real Hugo and Pagefind, from the
 * seeds' entries (tests/helpers/fixture-archive.ts).
 */
const content = makeSeedArchive();
const entries = listFiles(bulletinsDir(content), ENTRY_EXTENSION).map((file) => {
  const frontmatter = readFrontmatter(readFileSync(file, 'utf8'));
  if (!frontmatter.ok) throw new Error(`${file}: ${frontmatter.message}`);
  return { id: entryIdOf(content, file), data: frontmatter.data as { lang: string; date: string | null; organizations?: string[] } };
});

describe.skipIf(!existsSync(HUGO))(`the bench's Hugo peer (skipped without ${HUGO}: apt-get install hugo)`, () => {
  const work = mkdtempSync(path.join(os.tmpdir(), 'hugo-peer-'));
  const out = path.join(work, 'public');
  const page = (urlPath: string) => readFileSync(path.join(out, urlPath, 'index.html'), 'utf8');

  beforeAll(async () => {
    writePeerSite(path.join(work, 'site'), content);
    await buildWithHugo(path.join(work, 'site'), out, path.join(work, 'cache'));
    await indexWithPagefindCli(out);
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('has a page per bulletin, at our URL, marked as what Pagefind indexes, with its text', () => {
    expect(entries.length).toBeGreaterThan(0);
    for (const { id } of entries) {
      const html = page(id);
      expect(html).toContain('data-pagefind-body');
      const body = readFileSync(path.join(content, 'bulletins', `${id}.md`), 'utf8').split('\n---\n')[1];
      const firstWords = body.trim().split(/\s+/).slice(0, 3).join(' ');
      expect(html, id).toContain(firstWords);
    }
  });

  it('indexes every bulletin, and only bulletins, in one index of our index language', () => {
    const entry = JSON.parse(readFileSync(path.join(out, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(entry.languages)).toEqual([SEARCH_INDEX_LANGUAGE]);
    expect(entry.languages[SEARCH_INDEX_LANGUAGE].page_count).toBe(entries.length);
  });

  it("lists each bulletin in its language's listing and its month's archive page", () => {
    for (const { id, data } of entries) {
      expect(page(data.lang)).toContain(`href="/${id}/"`);
      if (data.date) expect(page(`${data.lang}/archive/${data.date.slice(0, 7)}`)).toContain(`href="/${id}/"`);
    }
  });

  it('has a page and a feed with full text for each organization a bulletin names, as ours', () => {
    const parser = new XMLParser();
    const organizations = new Set(entries.flatMap(({ data }) => data.organizations ?? []));
    expect(organizations.size).toBeGreaterThan(0);
    for (const organization of organizations) {
      const mentioning = entries.filter(({ data }) => data.organizations?.includes(organization));
      for (const { id } of mentioning) expect(page(`organizations/${organization}`)).toContain(`href="/${id}/"`);
      const feed = parser.parse(readFileSync(path.join(out, 'organizations', organization, 'index.xml'), 'utf8'));
      const items = [feed.rss.channel.item].flat();
      expect(items).toHaveLength(mentioning.length);
      expect(items.every((item: { description: string }) => item.description.length > 200)).toBe(true);
    }
  });
});
