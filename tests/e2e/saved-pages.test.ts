import { cpSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { beforeAll, describe, expect, it } from 'vitest';
import { publishedOriginalPath } from '../../src/lib/content/content-layout.ts';
import { buildSite, ingestInto, makeContentDir, projectRoot, type IngestJson } from '../helpers/build-site.ts';

/**
 * Saved web pages (tests/fixtures/html/: hand-written fixtures modelled on five site layouts, not
 * held-out data) put in the inbox, ingested and built as a maintainer would: each becomes a
 * bulletin with the page's date, headline and language, its .html is kept byte for byte, and none
 * of the pages' markup (scripts, frames, forms, event attributes, javascript: links) reaches the site.
 */
const fixtures = path.join(projectRoot, 'tests/fixtures/html');
const expected = readFileSync(path.join(fixtures, 'pages.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as { lang: string; title: string; date: string; meta: { html: string } });

/** Strings of the fixtures' markup that would run, load or submit something if they reached a page. */
const HOSTILE = [
  'evil.example',
  "alert('xss')",
  "alert('inline in content')",
  'alert(1)',
  'onerror=',
  'onclick=',
  'onload=',
  'wp-comments-post',
  'googletagmanager',
  'ads.example',
  'ampproject',
  'youtube.com/embed',
  'action="/yorum"',
];

function filesBelow(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

describe('saved .html pages, ingested from the inbox and built', () => {
  let contentDir: string;
  let outDir: string;
  let report: IngestJson;

  beforeAll(() => {
    contentDir = makeContentDir();
    for (const { meta } of expected) cpSync(path.join(fixtures, meta.html), path.join(contentDir, 'inbox', meta.html));
    report = ingestInto(contentDir, []);
    outDir = buildSite(contentDir);
  });

  it.each(expected.map((page) => [page.meta.html, page] as const))('%s: date, headline and language from the page', (file, page) => {
    const result = report.results.find((candidate) => path.basename(candidate.input) === file)!;
    expect(result.status, result.errors.join('; ')).toBe('ok');
    const { data } = matter(readFileSync(path.resolve(projectRoot, result.output!), 'utf8'));
    expect({ lang: data.lang, date: data.date, title: data.title }).toEqual({ lang: page.lang, date: page.date, title: page.title });
    expect(data.original.path).toMatch(/\.html$/);
    // The original, byte for byte, and published only as plain text.
    expect(readFileSync(path.join(contentDir, data.original.path)).equals(readFileSync(path.join(fixtures, file)))).toBe(true);
    expect(readFileSync(path.join(outDir, publishedOriginalPath(data.original.path))).equals(readFileSync(path.join(fixtures, file)))).toBe(true);
    expect(existsSync(path.join(outDir, data.original.path))).toBe(false);
    expect(existsSync(path.join(contentDir, 'inbox', file)), 'ingest takes the page out of the inbox').toBe(false);
  });

  it("lets none of the pages' scripts, frames, forms or event attributes into the site: the bulletins hold none of their markup or chrome", () => {
    const served = filesBelow(outDir).filter((file) => /\.(?:html|xml|json|js)$/u.test(file) && !file.includes(`${path.sep}original${path.sep}`));
    expect(served.length).toBeGreaterThan(10);
    for (const file of served) {
      const text = readFileSync(file, 'utf8');
      for (const hostile of HOSTILE) expect(text.includes(hostile), `${path.relative(outDir, file)} holds ${hostile}`).toBe(false);
    }
  });

  it("shows each saved page's source on its original page as text, escaped, never as markup", () => {
    const views = filesBelow(outDir).filter((file) => file.endsWith(`${path.sep}original${path.sep}index.html`));
    expect(views).toHaveLength(expected.length);
    for (const file of views) {
      const html = readFileSync(file, 'utf8');
      expect(html).toContain('&lt;body');
      expect(html, file).not.toMatch(
        /<iframe|<script>alert|<script[^>]*(?:googletagmanager|ampproject|wp-embed)|<img[^>]*onerror|<[a-z]+[^>]*\son(?:click|load|error)=|href="javascript:/u,
      );
      expect(html.match(/<form/gu)?.length ?? 0, "only the site's own search form").toBe(1);
    }
  });

  it('renders the article on the bulletin page without the page around it', () => {
    const page = filesBelow(path.join(outDir, 'tr')).find((file) => file.endsWith('index.html') && file.includes('2026-03-08'))!;
    const html = readFileSync(page, 'utf8');
    expect(html).toContain('Konseyin bir sonraki toplantısının sonbaharda');
    expect(html).not.toContain('çerez politikamızı');
    expect(html).not.toContain('Tüm hakları saklıdır');
    expect(html.match(/<form/gu)?.length ?? 0, "only the site's own search form").toBe(1);
    expect(html).not.toMatch(/<iframe/u);
  });
});
