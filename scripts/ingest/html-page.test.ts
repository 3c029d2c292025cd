import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { looksLikeHtml, readHtmlPage } from './html-page.ts';
import { scoreCorpus, type CorpusItem } from '../tools/eval/score-corpus.ts';
import { compileGazetteer } from '../../src/lib/entities/find-entities.ts';
import { loadAllGazetteer } from '../../src/lib/content/gazetteer-fs.ts';

/**
 * Saved pages modelled on five kinds of site layout (tests/fixtures/html/: hand-written fixtures,
 * not held-out data), read as ingest reads them.
 */
const fixture = (name: string) => new URL(`../../tests/fixtures/html/${name}`, import.meta.url);
const page = (name: string) => readHtmlPage(readFileSync(fixture(name), 'utf8'));

describe('looksLikeHtml', () => {
  it('knows a saved page by its doctype or <html> tag, after a comment or blanks', () => {
    expect(looksLikeHtml('<!DOCTYPE html><html><body>x</body></html>')).toBe(true);
    expect(looksLikeHtml('\n  <!-- saved from url=(0031)https://example.org/ -->\n<html lang="ky">')).toBe(true);
    expect(looksLikeHtml('<html ⚡ lang="kk">')).toBe(true);
  });

  it('takes a pasted text that mentions a tag for a text', () => {
    expect(looksLikeHtml('Бишкекте <html> теги жөнүндө сөз болду.')).toBe(false);
    expect(looksLikeHtml('<p>Жыйын өттү.</p>')).toBe(false);
  });
});

describe('readHtmlPage', () => {
  it('reads headline and date from JSON-LD NewsArticle, inside a @graph, before the page title', () => {
    const read = page('newspaper-jsonld.html');
    expect(read.headline).toEqual({ text: "Türk Devletleri Teşkilatı dışişleri bakanları İstanbul'da toplandı", source: 'JSON-LD NewsArticle headline' });
    expect(read.published?.date).toBe('2026-03-08');
    expect(read.lang).toBe('tr');
  });

  it('reads article:published_time and og:title where there is no JSON-LD, and the primary subtag of <html lang>', () => {
    const read = page('wordpress-news.html');
    expect(read.published).toEqual({ date: '2024-09-06', evidence: 'property="article:published_time" 2024-09-06T10:15:00+06:00' });
    expect(read.headline?.source).toBe('property="og:title"');
    expect(read.lang).toBe('ky');
  });

  it('gives no date and no headline where the page has no metadata for them (the text decides)', () => {
    const read = page('government.html');
    expect(read.published).toBeNull();
    expect(read.headline).toBeNull();
  });

  it('reads a <time datetime> of the article when nothing else gives the day', () => {
    const html =
      '<!doctype html><html lang="ru"><body><article><h1>Заголовок новости дня</h1><time datetime="2025-01-15T09:00">15 января</time><p>Текст.</p></article></body></html>';
    expect(readHtmlPage(html).published).toEqual({ date: '2025-01-15', evidence: '<time datetime="2025-01-15T09:00">' });
  });

  it('survives broken JSON-LD', () => {
    const html =
      '<!doctype html><html><head><script type="application/ld+json">{"@type": "NewsArticle",</script></head><body><h1>Başlık burada</h1></body></html>';
    expect(readHtmlPage(html).headline).toEqual({ text: 'Başlık burada', source: '<h1>' });
  });

  it('gives the visible text one block a line, without scripts, styles, frames or form controls', () => {
    const { text } = page('wordpress-news.html');
    expect(text).not.toMatch(/alert|dataLayer|wp-embed|evil\.example|Жөнөтүү/u);
    expect(text.split('\n')).toContain('Чолпон-Атада ички иштер министрлеринин кеңеши өттү');
  });

  it('marks the lines of the article Readability finds, and not the menus, related lists or footer', () => {
    const read = page('agency-wire.html');
    const lines = read.text.split('\n');
    const article = lines.filter((_, index) => read.articleLines.has(index));
    expect(article).toContain('Следующее заседание Совета пройдет в Минске.');
    expect(article).not.toContain('Курс валют на 12 сентября');
    expect(article.some((line) => line.startsWith('©'))).toBe(false);
  });
});

describe('ingest on the five saved pages', () => {
  const items = readFileSync(fixture('pages.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as CorpusItem);
  const names = compileGazetteer(loadAllGazetteer(new URL('../../content', import.meta.url).pathname));
  const score = scoreCorpus(items, names, (item) => readFileSync(fixture(item.meta!.html!)));
  const misses = score.misses.join('\n');

  it('reads language, date and headline of every page', () => {
    expect(score.language.size).toBe(5);
    expect(
      [...score.language.values()].every((tally) => tally.right === tally.total),
      misses,
    ).toBe(true);
    expect(score.dates.right, misses).toBe(score.dates.printed);
    expect(score.dates.wrong + score.dates.givenForUndated, misses).toBe(0);
    expect(score.titles.right, misses).toBe(score.titles.total);
  });

  it('keeps every labelled article line and drops every labelled leftover', () => {
    expect(score.leftovers.articleKept, misses).toBe(score.leftovers.articleLines);
    expect(score.leftovers.leftoverRemoved, misses).toBe(score.leftovers.leftoverLines);
  });
});
