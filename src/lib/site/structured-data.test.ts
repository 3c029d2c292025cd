import { describe, expect, it } from 'vitest';
import { summaryOf } from '../text/plain-text.ts';
import { jsonForScript, newsArticle } from './structured-data.ts';

describe('JSON-LD', () => {
  const facts = {
    url: 'https://example.org/ky/x/',
    headline: 'Title </script><script>alert(1)</script>',
    description: 'A & B',
    lang: 'ky',
    date: '2025-09-12',
    originalUrl: 'https://example.org/originals/ky/x.txt',
    siteName: 'Archive',
    siteUrl: 'https://example.org/',
  };

  it('describes a bulletin as a NewsArticle, leaving out what is unknown', () => {
    const article = newsArticle(facts);
    expect(article).toMatchObject({ '@type': 'NewsArticle', datePublished: '2025-09-12', inLanguage: 'ky' });
    expect(newsArticle({ ...facts, date: null })).not.toHaveProperty('datePublished');
    expect(article).not.toHaveProperty('sourceOrganization');
  });

  it('never closes its script element early, and stays the same JSON', () => {
    const text = jsonForScript(newsArticle(facts));
    expect(text).not.toMatch(/[<>&]/);
    expect(JSON.parse(text)).toEqual(newsArticle(facts));
  });
});

describe('summaries', () => {
  it('keeps short texts whole and cuts long ones at a word', () => {
    expect(summaryOf('  one\n two  ')).toBe('one two');
    const summary = summaryOf('word '.repeat(60), 30);
    expect(summary.length).toBeLessThanOrEqual(30);
    expect(summary).toMatch(/word…$/);
  });

  it('reads only the opening of a long text, and says what flattening all of it would say', () => {
    const flattenedWhole = (text: string) => text.replace(/\s+/g, ' ').trim();
    const texts = [
      `${' \n'.repeat(700)}Бишкек ${'сөз '.repeat(400)}`,
      `Ankara${' '.repeat(170)}${'kelime\n\n'.repeat(300)}`,
      `${'😀'.repeat(400)} end`,
      `${'a'.repeat(639)}\n\n${'b '.repeat(400)}`,
      `${'word '.repeat(31)}${'\t'.repeat(2000)}`,
    ];
    for (const text of texts) expect(summaryOf(text)).toBe(summaryOf(flattenedWhole(text)));
  });
});
