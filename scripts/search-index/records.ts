import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { compareNewestFirst } from '../../src/lib/dates/dates.ts';
import { ownLanguageName } from '../../src/lib/languages/language-names.ts';
import { markdownBodyOf } from '../../src/lib/site/markdown.ts';
import { plainTextFromMarkdown } from '../../src/lib/text/plain-text.ts';
import type { SearchRecord } from '../../src/lib/search/terms.ts';
import { UNDATED } from '../../src/lib/search/shards.ts';
import { bulletinPath, withBase } from '../../src/lib/site/urls.ts';
import { cachedFiles, checkCodeVersion } from '../assemble/check-cache.ts';
import { checkedBytesReader } from '../assemble/checked-bytes.ts';

/**
 * What the search index is made from, taken from the content the build has just checked rather
 * than from the site Astro renders: the build's content check keeps each valid entry's frontmatter
 * and the SHA-256 of its file (scripts/assemble/check-cache.ts), so the build knows every shard and
 * whether it changed before Astro starts, and indexes shards while Astro renders the pages
 * (scripts/build.ts). A shard's records are written only when it is indexed again; after one new
 * bulletin that is one shard's, not the whole archive's.
 */
export interface CheckedBulletin {
  /** `<lang>/<slug>`, its page's path. */
  id: string;
  file: string;
  sha256: string;
  title: string;
  date: string | null;
  lang: string;
  organizations: string[];
  countries: string[];
}

/**
 * The bulletins of the content check's cache, by record chunk: the month of publication
 * (`YYYY-MM`) or `undated`, each chunk newest first, as the search shows them. Read after a check
 * without errors, when the cache holds every entry and each one is valid.
 */
export function checkedBulletinChunks(contentDir: string, cacheFile: string): Map<string, CheckedBulletin[]> {
  const chunks = new Map<string, CheckedBulletin[]>();
  for (const file of cachedFiles(cacheFile, contentDir, checkCodeVersion())) {
    if (file.kind !== 'entry' || !file.entry) continue;
    const { id, data } = file.entry;
    const bulletin: CheckedBulletin = {
      id,
      file: path.join(contentDir, file.path),
      sha256: file.sha256,
      title: data.title,
      date: data.date,
      lang: data.lang,
      organizations: data.organizations,
      countries: data.countries,
    };
    const chunk = data.date?.slice(0, 7) ?? UNDATED;
    const list = chunks.get(chunk);
    if (list) list.push(bulletin);
    else chunks.set(chunk, [bulletin]);
  }
  for (const list of chunks.values()) list.sort(compareNewestFirst);
  return chunks;
}

/**
 * Each UI file's name of its own language (`src/i18n/<lang>.json`), read from disk: the pages get
 * them from src/i18n/index.ts through Vite, which this process, Astro's sibling, does not run.
 */
let uiLanguageNames: Map<string, string> | undefined;

function languageName(lang: string): string {
  const i18nDir = path.resolve(import.meta.dirname, '../../src/i18n');
  uiLanguageNames ??= new Map(
    readdirSync(i18nDir)
      .filter((file) => file.endsWith('.json'))
      .map((file) => [file.slice(0, -'.json'.length), (JSON.parse(readFileSync(path.join(i18nDir, file), 'utf8')) as { languageName: string }).languageName]),
  );
  return uiLanguageNames.get(lang) ?? ownLanguageName(lang);
}

/**
 * Each bulletin's file as text, for its record: the bytes the build's content check read
 * (scripts/assemble/checked-bytes.ts), which in a cold build are every file's; a file the check did
 * not read (unchanged since the last build) is read here.
 */
export function checkedFileTexts(bytesFile: string): { textOf: (bulletin: CheckedBulletin) => string; close: () => void } {
  const checked = checkedBytesReader(bytesFile);
  return {
    textOf: (bulletin) => checked.text(bulletin.sha256) ?? readFileSync(bulletin.file, 'utf8'),
    close: checked.close,
  };
}

/** One bulletin's search record, from its file's text: its title, then the body as plain text, and what results show and filter on. */
export function searchRecordOf(bulletin: CheckedBulletin, base: string, fileText: string): SearchRecord {
  return {
    url: withBase(base, bulletinPath(bulletin.id)),
    content: `${bulletin.title}\n${plainTextFromMarkdown(markdownBodyOf(fileText))}`,
    title: bulletin.title,
    date: bulletin.date,
    lang: bulletin.lang,
    language: languageName(bulletin.lang),
    organizations: bulletin.organizations,
    countries: bulletin.countries,
  };
}
