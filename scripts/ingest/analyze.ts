import { splitDateHeader } from './date-header.ts';
import { sha256Hex } from './sha256.ts';
import { decode } from '../../src/lib/text/decode.ts';
import { detectLanguage, type LanguageGuess } from './detect-language.ts';
import { findDate } from './find-date.ts';
import { findDateline } from './find-dateline.ts';
import { findEntities, type CompiledGazetteer } from './find-entities.ts';
import { findTitle, isProse, titleFromLead } from './find-title.ts';
import { toMarkdownBody } from './markdown-body.ts';
import { articleText, articleTokens, dateLines, markAboveHeadline, readPage, removedBlocks, type PageLine, type RemovedBlock } from './page-structure.ts';
import { selectLines, tokenizeText, type TokenizedText } from './token-stream.ts';
import type { DateSource } from '../../src/lib/content/bulletin-schema.ts';

/**
 * The pure part of ingest: raw bytes in, everything an entry needs out. Each stage is a module of
 * its own: decode → date header → page structure (a role for every line) → title → language →
 * date (from publication lines and the dateline) → dateline → entities (from the article's own
 * lines) → Markdown body. The text is split into words once (token-stream.ts); every stage reads
 * those tokens, the article's being the page's own on the article's lines.
 */
export interface Analysis {
  sha256: string;
  encoding: string;
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
}

export function analyze(bytes: Uint8Array, context: AnalysisContext): AnalysisResult {
  const sha256 = sha256Hex(bytes);
  const decoded = decode(bytes);
  if (!decoded.ok) return { ok: false, errors: [decoded.error], sha256 };

  const header = splitDateHeader(decoded.text);
  if (!header.ok) return { ok: false, errors: [header.error], sha256 };

  const page = tokenizeText(header.text);
  const lines = readPage(page);
  const title = titleOf(page, lines);
  const article = articleTokens(page, lines);
  if (!/\p{L}{2,}/u.test(article.text)) {
    return { ok: false, errors: ['the file holds no words once page leftovers are removed; paste the article text itself'], sha256 };
  }

  const warnings: string[] = [];
  const language = detectLanguage(article);
  if (language.lowConfidence) {
    warnings.push(`language "${language.lang}" is uncertain (${language.reason}); check it and correct "lang" in the entry if needed`);
  }

  const found = header.date ? null : findDate(article, language.lang, dateLines(lines));
  if (found?.warning) warnings.push(found.warning);
  else if (found && !found.date) warnings.push('no publication date found; add a first line "date YYYY-MM-DD" to the text and ingest it again');

  const dateline = findDateline(article.text, language.lang, context.knownPlaces);
  if (dateline.guessed) warnings.push(`place '${dateline.place}' taken from its first mention in the lead, '${dateline.evidence}', not from a dateline: check it`);
  const entities = findEntities(article, language.lang, context.names);
  const removed = removedBlocks(lines);
  // Derived once the language is known: the date and "today" words it leaves out are the language's.
  const titleText = title.source === 'lead' ? titleFromLead(article.text, language.lang) : title.title;
  if (title.source === 'lead') warnings.push(`no headline found; the title '${titleText}' is cut from the lead: check it`);
  if (removed.length > 0) {
    const roles = [...new Set(removed.map((block) => block.role))].join(', ');
    warnings.push(`${removed.reduce((sum, block) => sum + block.lines.length, 0)} lines taken out as page leftovers (${roles}); the original keeps them: check that no article text went with them`);
  }

  return {
    ok: true,
    analysis: {
      sha256,
      encoding: decoded.encoding,
      lang: language.lang,
      script: language.script,
      langConfidence: Math.round(language.confidence * 100) / 100,
      date: header.date ?? found?.date ?? null,
      dateSource: header.date ? 'header' : (found?.source ?? null),
      dateEvidence: header.date ? `date ${header.date}` : (found?.evidence ?? null),
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
  }
  return title;
}
