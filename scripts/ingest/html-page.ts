import { createRequire } from 'node:module';
import type { Readability as ReadabilityClass } from '@mozilla/readability';
import type { parseHTML as parseHTMLFunction } from 'linkedom';

/**
 * A saved web page (what a browser's "Save page as…" writes), read as a person reads it: its
 * visible text one block a line, as copying the page would give it; which of those lines are the
 * article, as Mozilla Readability finds it; and what the page says of itself in its metadata
 * (JSON-LD `NewsArticle`, Open Graph and `article:` properties, `<time datetime>`, `<html lang>`).
 * Nothing of the markup goes further: ingest works on the text, so no script, frame, form or
 * attribute of the page can reach the site.
 */
export interface HtmlPage {
  /** The page's visible text, one block a line. */
  text: string;
  /** Line numbers (0-based) of `text` that are the article's own. */
  articleLines: ReadonlySet<number>;
  /** The primary language subtag of `<html lang>`, lower case, if any. */
  lang: string | null;
  /** The headline as the page's metadata gives it, and where from. */
  headline: { text: string; source: string } | null;
  /** The publication day (YYYY-MM-DD) as the metadata gives it, and the value it was read from. */
  published: { date: string; evidence: string } | null;
}

/**
 * The DOM and Readability, loaded when the first saved page comes (required synchronously, as the
 * analysis is): loading them costs each ingest thread ~115 ms of CPU, more than a hundred pasted
 * texts take to analyse, and most runs have no saved page.
 */
const require = createRequire(import.meta.url);
let dom: { parseHTML: typeof parseHTMLFunction; Readability: typeof ReadabilityClass } | undefined;

function loadDom(): NonNullable<typeof dom> {
  dom ??= {
    parseHTML: (require('linkedom') as { parseHTML: typeof parseHTMLFunction }).parseHTML,
    Readability: (require('@mozilla/readability') as { Readability: typeof ReadabilityClass }).Readability,
  };
  return dom;
}

/** A decoded text is a saved page when it opens (after a byte-order mark, comments or blanks) with a doctype or `<html`. */
export function looksLikeHtml(text: string): boolean {
  return /^(?:\s|<!--[\s\S]*?-->)*<(?:!doctype\s+html|html[\s>])/iu.test(text.slice(0, 4096));
}

/** Elements whose text a reader never sees. */
const INVISIBLE = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'CANVAS',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
  'SELECT',
  'OPTION',
  'TEXTAREA',
  'BUTTON',
  'INPUT',
]);
/** Elements that start a new line of text where a browser lays them out. */
const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'BR',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TH',
  'THEAD',
  'TFOOT',
  'TR',
  'UL',
]);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  hasAttribute?(name: string): boolean;
  getAttribute?(name: string): string | null;
}

/** The visible text under `root`, one block a line, white space collapsed, empty lines dropped. */
function textLines(root: DomNode): string[] {
  const lines: string[] = [];
  let current = '';
  const breakLine = () => {
    const line = current.replace(/\s+/gu, ' ').trim();
    if (line) lines.push(line);
    current = '';
  };
  const walk = (node: DomNode) => {
    if (node.nodeType === 3) {
      current += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const name = node.nodeName.toUpperCase();
    if (INVISIBLE.has(name) || node.hasAttribute?.('hidden') || /display\s*:\s*none/iu.test(node.getAttribute?.('style') ?? '')) return;
    const block = BLOCK.has(name);
    if (block) breakLine();
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) breakLine();
  };
  walk(root);
  breakLine();
  return lines;
}

const ARTICLE_TYPES = /^(?:NewsArticle|Article|ReportageNews|AnalysisNewsArticle|BlogPosting|Report|WebPage)$/u;

interface LinkedData {
  headline?: string;
  datePublished?: string;
  type: string;
}

/** Every JSON-LD object of the page that is an article (in `@graph`s and arrays too), news articles first. */
function linkedData(document: Document): LinkedData[] {
  const found: LinkedData[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!value || typeof value !== 'object') return;
    const object = value as Record<string, unknown>;
    const types = ([] as unknown[]).concat(object['@type'] ?? []).filter((type): type is string => typeof type === 'string');
    const type = types.find((candidate) => ARTICLE_TYPES.test(candidate));
    if (type) {
      found.push({
        type,
        headline: typeof object.headline === 'string' ? object.headline : typeof object.name === 'string' && type !== 'WebPage' ? object.name : undefined,
        datePublished: typeof object.datePublished === 'string' ? object.datePublished : undefined,
      });
    }
    if (object['@graph']) visit(object['@graph']);
    if (object.mainEntity) visit(object.mainEntity);
  };
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // A page's broken JSON-LD is no reason to reject the page: its other metadata and text remain.
    }
  }
  const rank = (data: LinkedData) => (data.type === 'WebPage' ? 2 : data.type.endsWith('NewsArticle') || data.type === 'ReportageNews' ? 0 : 1);
  return found.sort((a, b) => rank(a) - rank(b));
}

function metaContent(document: Document, selectors: string[]): { value: string; selector: string } | null {
  for (const selector of selectors) {
    const value = document.querySelector(selector)?.getAttribute('content')?.trim();
    if (value) return { value, selector };
  }
  return null;
}

/** The day of an ISO 8601 date or date-time (`2024-09-06T10:32:00+06:00` → `2024-09-06`): the day as the page's own clock wrote it. */
function isoDay(value: string): string | null {
  const match = /^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/u.exec(value);
  return match ? `${match[1]}-${match[2]}-${match[3]}` : null;
}

function publishedOf(document: Document, ld: LinkedData[]): HtmlPage['published'] {
  for (const data of ld) {
    const date = data.datePublished && isoDay(data.datePublished);
    if (date) return { date, evidence: `JSON-LD ${data.type} datePublished ${data.datePublished}` };
  }
  const meta = metaContent(document, [
    'meta[property="article:published_time"]',
    'meta[itemprop="datePublished"]',
    'meta[name="pubdate"]',
    'meta[name="publish-date"]',
    'meta[name="DC.date.issued"]',
    'meta[name="dcterms.created"]',
  ]);
  const metaDate = meta && isoDay(meta.value);
  if (meta && metaDate) return { date: metaDate, evidence: `${meta.selector.replace(/^meta\[|\]$/gu, '')} ${meta.value}` };
  // A <time> marked as the publication date, else the first <time> of the article element.
  const time = document.querySelector('time[itemprop="datePublished"], time[pubdate], article time[datetime]');
  const datetime = time?.getAttribute('datetime') ?? '';
  const timeDate = isoDay(datetime);
  if (timeDate) return { date: timeDate, evidence: `<time datetime="${datetime}">` };
  return null;
}

function headlineOf(document: Document, ld: LinkedData[]): HtmlPage['headline'] {
  const fromLd = ld.find((data) => data.headline?.trim());
  if (fromLd) return { text: collapse(fromLd.headline!), source: `JSON-LD ${fromLd.type} headline` };
  const og = metaContent(document, ['meta[property="og:title"]', 'meta[name="twitter:title"]']);
  if (og) return { text: collapse(og.value), source: og.selector.replace(/^meta\[|\]$/gu, '') };
  // The document's <title> is often the site's or the section's name: without the above, the
  // headline is read from the text's structure, as for a pasted page.
  const h1 = Array.from(document.querySelectorAll('h1'))
    .map((element) => collapse(element.textContent ?? ''))
    .find(Boolean);
  return h1 ? { text: h1, source: '<h1>' } : null;
}

function collapse(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

export function readHtmlPage(html: string): HtmlPage {
  const { parseHTML, Readability } = loadDom();
  const { document } = parseHTML(html);
  const ld = linkedData(document);
  const published = publishedOf(document, ld);
  const headline = headlineOf(document, ld);
  const lang = document.documentElement?.getAttribute('lang')?.trim().toLowerCase().split(/[-_]/u)[0] || null;

  const pageLines = textLines((document.body ?? document.documentElement) as unknown as DomNode);
  // Readability changes the document it reads: it reads a copy, and hands back its article as nodes.
  const { document: copy } = parseHTML(html);
  const article = new Readability<DomNode>(copy as unknown as Document, { serializer: (node) => node as unknown as DomNode }).parse();
  const articleText = article?.content ? textLines(article.content) : [];
  return { text: pageLines.join('\n'), articleLines: alignLines(pageLines, articleText), lang, headline, published };
}

/**
 * Which page lines the article's lines are, matched in order (Readability keeps the order of the
 * page and may join or split nothing but white space); an article line the page does not have as a
 * line of its own is skipped.
 */
function alignLines(pageLines: readonly string[], articleLines: readonly string[]): Set<number> {
  const found = new Set<number>();
  let from = 0;
  for (const line of articleLines) {
    const at = pageLines.indexOf(line, from);
    if (at === -1) continue;
    found.add(at);
    from = at + 1;
  }
  return found;
}
