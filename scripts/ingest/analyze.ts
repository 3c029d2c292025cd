import { splitDateHeader } from './date-header.ts';
import { sha256Hex } from './sha256.ts';
import { DATE_ADVICE } from './date-advice.ts';
import { decode } from '../../src/lib/text/decode.ts';
import { detectLanguage, type LanguageGuess } from './detect-language.ts';
import { findDate, type DateFinding } from './find-date.ts';
import { findDateline } from './find-dateline.ts';
import { findEntities, type CompiledGazetteer } from '../../src/lib/entities/find-entities.ts';
import { findTitle, isProse, titleFromLead } from './find-title.ts';
import { toMarkdownBody } from './markdown-body.ts';
import {
  articleText,
  articleTokens,
  dateLines,
  markAboveHeadline,
  markBreadcrumbs,
  readPage,
  removedBlocks,
  type PageLine,
  type RemovedBlock,
} from './page-structure.ts';
import { looksLikeHtml, readHtmlPage, type HtmlPage } from './html-page.ts';
import { withoutSiteSuffix } from './site-suffix.ts';
import { LANGUAGES } from '../../src/lib/languages/index.ts';
import { isIsoDay, outOfArchiveRange, todayIsoDay } from '../../src/lib/dates/dates.ts';
import { selectLines, tokenizeText, type TokenizedText } from '../../src/lib/text/token-stream.ts';
import type { DateSource } from '../../src/lib/content/bulletin-schema.ts';
import type { OriginalKind } from '../../src/lib/content/content-layout.ts';

/**
 * The pure part of ingest: raw bytes in, everything an entry needs out. Each stage is a module of
 * its own: decode → saved page (html-page.ts: visible text, article, metadata) or date header → page structure (a role for every line) → title → language →
 * date (from publication lines and the dateline) → dateline → entities (from the article's own
 * lines) → Markdown body. The text is split into words once (token-stream.ts); every stage reads
 * those tokens, the article's being the page's own on the article's lines.
 */
export interface Analysis {
  sha256: string;
  encoding: string;
  /** A pasted text or a saved page: how the original is kept. */
  originalKind: OriginalKind;
  lang: string;
  script: LanguageGuess['script'];
  langConfidence: number;
  date: string | null;
  dateSource: DateSource | null;
  /** The text the date was read from, for the report. */
  dateEvidence: string | null;
  title: string;
  titleSource: 'headline' | 'lead';
  place: string | null;
  agency: string | null;
  /** Gazetteer ids found in the text. */
  people: string[];
  organizations: string[];
  countries: string[];
  /** Capitalised names the gazetteer does not know yet. */
  unknownNames: string[];
  markdownBody: string;
  /** Scraped leftovers taken out of the body, per block, with their role. */
  removed: RemovedBlock[];
  warnings: string[];
}

export type AnalysisResult = { ok: true; analysis: Analysis } | { ok: false; errors: string[]; sha256: string };

export interface AnalysisContext {
  /** Place names from the gazetteer, to recognise where a story happened when it has no dateline. */
  knownPlaces: readonly string[];
  /** The gazetteer's names, compiled for matching. */
  names: CompiledGazetteer;
  /** The publication date the maintainer gave (`npm run ingest -- --date`), which no date in the text overrides. */
  givenDate?: string | null;
}

export function analyze(bytes: Uint8Array, context: AnalysisContext): AnalysisResult {
  const sha256 = sha256Hex(bytes);
  const decoded = decode(bytes);
  if (!decoded.ok) return { ok: false, errors: [decoded.error], sha256 };

  // A saved web page is read for its visible text, its article and its metadata; a pasted text as it is.
  const html = looksLikeHtml(decoded.text) ? readHtmlPage(decoded.text) : null;
  const header = html ? { ok: true as const, date: null, text: html.text } : splitDateHeader(decoded.text);
  if (!header.ok) return { ok: false, errors: [header.error], sha256 };

  const page = tokenizeText(header.text);
  const lines = readPage(page);
  if (html) markOutsideArticle(lines, html.articleLines);
  markBreadcrumbs(lines);
  const title = html?.headline ? titleFromMetadata(lines, html.headline.text) : titleOf(page, lines);
  const article = articleTokens(page, lines);
  if (!/\p{L}{2,}/u.test(article.text)) {
    return { ok: false, errors: ['the file holds no words once page leftovers are removed; paste the article text itself'], sha256 };
  }

  const warnings: string[] = [];
  const language = languageOf(article, html?.lang ?? null, warnings);

  const given = context.givenDate ?? null;
  if (given && header.date && header.date !== given) warnings.push(`the text's date header says ${header.date}; the date given to ingest, ${given}, is used`);
  const fromText = header.date || given ? null : findDate(article, language.lang, dateLines(lines, language.lang));
  const found = html?.published && !given ? dateFromMetadata(html.published, fromText, warnings) : fromText;
  if (found?.warning) warnings.push(found.warning);
  else if (found && !found.date) warnings.push(`no publication date found: ${DATE_ADVICE}`);

  const dateline = findDateline(article.text, language.lang, context.knownPlaces);
  if (dateline.guessed)
    warnings.push(`place '${dateline.place}' taken from its first mention in the lead, '${dateline.evidence}', not from a dateline: check it`);
  const entities = findEntities(article, language.lang, context.names);
  for (const surname of entities.ambiguous) {
    warnings.push(`'${surname}' is the surname of more than one person in the gazetteer and the text does not say which: add the right id to "people" by hand`);
  }
  const removed = removedBlocks(lines);
  // Derived once the language is known: the date and "today" words it leaves out are the language's.
  const titleText = title.source === 'lead' ? titleFromLead(article.text, language.lang) : title.title;
  if (title.source === 'lead') warnings.push(`no headline found; the title '${titleText}' is cut from the lead: check it`);
  if (removed.length > 0) warnings.push(removedSummary(removed));

  return {
    ok: true,
    analysis: {
      sha256,
      encoding: decoded.encoding,
      originalKind: html ? 'html' : 'txt',
      lang: language.lang,
      script: language.script,
      langConfidence: Math.round(language.confidence * 100) / 100,
      date: given ?? header.date ?? found?.date ?? null,
      dateSource: given ? 'maintainer' : header.date ? 'header' : (found?.source ?? null),
      dateEvidence: given ? `--date ${given}` : header.date ? `date ${header.date}` : (found?.evidence ?? null),
      title: titleText,
      titleSource: title.source,
      place: dateline.place,
      agency: dateline.agency,
      people: entities.people,
      organizations: entities.organizations,
      countries: entities.countries,
      unknownNames: entities.unknownNames,
      markdownBody: toMarkdownBody(articleText(lines, false)),
      removed,
      warnings,
    },
  };
}

/** Lines taken out, counted per role: `5 lines taken out as page leftovers (3 navigation, 2 related); …`. */
function removedSummary(removed: readonly RemovedBlock[]): string {
  const perRole = new Map<string, number>();
  for (const block of removed) perRole.set(block.role, (perRole.get(block.role) ?? 0) + block.lines.length);
  const total = [...perRole.values()].reduce((sum, count) => sum + count, 0);
  const roles = [...perRole].map(([role, count]) => `${count} ${role}`).join(', ');
  return `${total} lines taken out as page leftovers (${roles}); the original keeps them: check that no article text went with them`;
}

/**
 * The language the text reads as; where the text cannot decide, a saved page's `<html lang>` does,
 * when it names a language the archive knows. A page that says one language and reads as another
 * is flagged: templates keep a site's default language on pages in its others.
 */
function languageOf(article: TokenizedText, declared: string | null, warnings: string[]): Pick<LanguageGuess, 'lang' | 'script' | 'confidence'> {
  const language = detectLanguage(article);
  if (declared && declared !== language.lang && LANGUAGES.has(declared) && language.lowConfidence) {
    warnings.push(`language "${declared}" taken from the page's <html lang>, since the text alone is uncertain (${language.reason}); check it`);
    return { ...language, lang: declared };
  }
  if (language.lowConfidence)
    warnings.push(`language "${language.lang}" is uncertain (${language.reason}); check it and correct "lang" in the entry if needed`);
  if (declared && declared !== language.lang && !language.lowConfidence) {
    warnings.push(`the page declares <html lang="${declared}"> but its text reads as "${language.lang}"; check "lang"`);
  }
  return language;
}

/** A saved page's own publication date; a different day printed in its text is flagged for a person. */
function dateFromMetadata(published: NonNullable<HtmlPage['published']>, fromText: DateFinding | null, warnings: string[]): DateFinding {
  if (!isIsoDay(published.date) || outOfArchiveRange(published.date, todayIsoDay())) {
    warnings.push(`the page's metadata gives '${published.evidence}', not a day the archive can hold; the date was read from the text`);
    return fromText ?? { date: null, source: null, evidence: null };
  }
  if (fromText?.date && fromText.date !== published.date) {
    warnings.push(
      `the page's metadata gives ${published.date} ('${published.evidence}') but its text '${fromText.evidence}', ${fromText.date}: check the date`,
    );
  }
  return { date: published.date, source: 'metadata', evidence: published.evidence };
}

/** Lines Readability did not take as the article's, where page structure found no other role for them. */
function markOutsideArticle(lines: PageLine[], articleLines: ReadonlySet<number>): void {
  lines.forEach((line, index) => {
    if (line.role === 'article' && !articleLines.has(index)) line.role = 'outsideArticle';
  });
}

/** The headline a saved page's metadata gives; its lines on the page (printed once or twice) are not body. */
function titleFromMetadata(lines: PageLine[], headline: string): ReturnType<typeof findTitle> {
  const texts = lines.map((line) => line.text);
  // The page's own heading where the metadata's title is it with the site's name after it.
  const printed = texts.filter(
    (text) => text && headline.startsWith(text) && /^\s*[|‖:·•–—-]\s*\S/u.test(headline.slice(text.length)) && text.length >= headline.length / 3,
  );
  const title = printed.sort((a, b) => b.length - a.length)[0] ?? withoutSiteSuffix(headline, texts);
  let line: number | null = null;
  lines.forEach((candidate, index) => {
    if (candidate.role === 'blank' || (candidate.text !== title && candidate.text !== headline)) return;
    candidate.role = 'headline';
    line ??= index;
  });
  return { title, source: 'headline', line };
}

/** The headline, read from the article's lines once furniture is set apart; what stands above it is the masthead. */
function titleOf(page: TokenizedText, lines: PageLine[]): ReturnType<typeof findTitle> {
  const isKept = (line: PageLine) => line.role === 'article' || line.role === 'blank';
  const kept = lines.flatMap((line, index) => (isKept(line) ? [index] : []));
  const title = findTitle(selectLines(page, (index) => isKept(lines[index]), false));
  if (title.line !== null) {
    const headline = kept[title.line];
    lines[headline].role = 'headline';
    markAboveHeadline(lines, headline, isProse);
    // Pages often print the headline twice (page title and article heading): neither copy is body.
    for (const line of lines) if (line.text === title.title && line.role === 'article') line.role = 'headline';
    return {
      ...title,
      title: withoutSiteSuffix(
        title.title,
        lines.map((line) => line.text),
      ),
    };
  }
  return title;
}
