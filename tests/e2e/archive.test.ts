import { readFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { beforeAll, describe, expect, it } from 'vitest';
import { bulletinSchema, type Bulletin } from '../../src/schemas/bulletin.ts';
import { listFiles } from '../../scripts/ingest/content-store.ts';
import { buildSite, projectRoot } from '../helpers/build-site.ts';

/** The project's own archive (the seeds, brought in by `npm run ingest`) builds into a complete site. */
const contentDir = path.join(projectRoot, 'content');
const entries = listFiles(path.join(contentDir, 'bulletins'), '.md').map((file) => ({
  id: path.relative(path.join(contentDir, 'bulletins'), file).replace(/\.md$/, ''),
  data: bulletinSchema.parse(matter(readFileSync(file, 'utf8')).data) as Bulletin,
}));

describe('the archive in content/', () => {
  let dist: string;
  beforeAll(() => {
    dist = buildSite(contentDir);
  });

  it('holds the seeds, each with its original', () => {
    expect(entries.length).toBeGreaterThanOrEqual(5);
    for (const { data } of entries) {
      expect(readFileSync(path.join(contentDir, data.original.path)).length).toBeGreaterThan(0);
    }
  });

  it('builds a page for each bulletin under its language and a section per language', () => {
    for (const { id, data } of entries) {
      expect(id.startsWith(`${data.lang}/`)).toBe(true);
      expect(readFileSync(path.join(dist, id, 'index.html'), 'utf8')).toContain(`<html lang="${data.lang}"`);
    }
    for (const lang of new Set(entries.map(({ data }) => data.lang))) {
      expect(readFileSync(path.join(dist, lang, 'index.html'), 'utf8')).toContain(`<html lang="${lang}"`);
      expect(readFileSync(path.join(dist, lang, 'rss.xml'), 'utf8').match(/<item>/g)).toHaveLength(entries.filter(({ data }) => data.lang === lang).length);
    }
    expect(readFileSync(path.join(dist, 'rss.xml'), 'utf8').match(/<item>/g)).toHaveLength(entries.length);
  });

  it('indexes every bulletin for search', () => {
    const pagefind = JSON.parse(readFileSync(path.join(dist, 'pagefind/pagefind-entry.json'), 'utf8'));
    const pages = Object.values(pagefind.languages as Record<string, { page_count: number }>).reduce((sum, language) => sum + language.page_count, 0);
    expect(pages).toBe(entries.length);
  });
});
