import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../content/files-fs.ts';
import { markdownBodyOf, markdownOptions, markdownProcessor, markdownToHtml } from './markdown.ts';
import { makeSeedArchive } from '../../../tests/helpers/fixture-archive.ts';

/**
 * Bulletin bodies skip Astro's Markdown plugins when they cannot change the HTML (src/lib/site/markdown.ts):
 * what a page shows must be what Astro's own processor makes of the text.
 */
describe('a bulletin body as HTML', () => {
  const astroRenderer = markdownProcessor.createRenderer(markdownOptions);
  const astroHtml = async (body: string) => (await (await astroRenderer).render(body)).code;
  const bodies = [
    // The seeds' bodies, as ingest writes them.
    ...listFiles(path.join(makeSeedArchive(), 'bulletins'), '.md').map((file) => markdownBodyOf(readFileSync(file, 'utf8'))),
    // What ingest never writes but a hand edit may: headings get ids, images Astro's markers.
    '# Бишкек\n\nтекст',
    'Ankara\n======\n\nmetin',
    '![Сүрөт](photo.jpg)',
    'Raw <IMG src="a.png"> and <h2>x</h2>',
    '1. бир\n2. эки\n\n- a\n- b',
    '\\# \\<script\\> \\[link\\](javascript:alert(1)) https://example.com/x',
    'line one\nline two  \nhard break *em* **strong** `code`',
  ];

  it.each(bodies.map((body, index) => [index, body]))('body %i is what Astro renders', async (_, body) => {
    expect(await markdownToHtml(body)).toBe(await astroHtml(body));
  });
});
