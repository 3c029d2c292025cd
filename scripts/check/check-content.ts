import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { sha256Hex } from '../ingest/sha256.ts';
import { checkCacheKey, checkCodeVersion, readCheckCache, writeCheckCache, type CheckedEntry, type CheckedOriginal } from '../assemble/check-cache.ts';
import { checkedBytesFileOf, checkedBytesWriter } from '../assemble/checked-bytes.ts';
import { bulletinsDir, contentRelativePath, entryRelativePath, gazetteerFileOf, originalsDir } from '../../src/lib/content/content-layout.ts';
import { fileSignature, listFiles } from '../../src/lib/content/files-fs.ts';
import { checkArchive, type ArchiveFacts } from './archive-rules.ts';
import { findKeyLine } from './entry-file.ts';
import { checkEntryFile, dateProblems, type ValidEntry } from './entry-rules.ts';
import { gazetteerIds } from './gazetteer.ts';
import { reportLines as problemReportLines, sortProblems, type Problem } from './problems.ts';

/**
 * Every check of a content folder, read from disk: what `npm run check` reports and what
 * `npm run build` refuses to render. One implementation, so the two never disagree.
 */
export interface ContentReport {
  problems: Problem[];
  bulletins: number;
  originals: number;
}

/**
 * `cacheFile`: where the build keeps what each file's own checks found (scripts/assemble/check-cache.ts),
 * so that only changed entries and originals are read again; the checks across entries always run
 * on all of them. Beside it, the bytes of the valid entries read this time, for the build's search
 * records (scripts/assemble/checked-bytes.ts). `npm run check` reads everything.
 */
export function checkContent(contentDir: string, options: { today: string; cacheFile?: string }): ContentReport {
  const show = displayPath;
  const problems: Problem[] = [];
  const entries: ValidEntry[] = [];
  const originalsOfInvalidEntries = new Set<string>();
  const version = options.cacheFile ? checkCodeVersion() : '';
  const cached = options.cacheFile ? readCheckCache(options.cacheFile, contentDir, version) : new Map<string, CheckedEntry | CheckedOriginal>();
  const checkedFiles: (CheckedEntry | CheckedOriginal)[] = [];
  const readBytes = options.cacheFile ? checkedBytesWriter(checkedBytesFileOf(options.cacheFile)) : undefined;
  let changed = false;
  let bulletins = 0;
  for (const file of listFiles(bulletinsDir(contentDir), '')) {
    const relativePath = entryRelativePath(contentDir, file);
    if (!relativePath.endsWith('.md')) {
      if (path.basename(file) !== '.gitkeep') {
        problems.push({
          severity: 'warning',
          file: show(file),
          message: 'not a .md entry, so the site ignores it',
          fix: 'remove it, or rename it to .md if it is an entry',
        });
      }
      continue;
    }
    bulletins++;
    const checked = checkedEntry(contentDir, file, relativePath, show(file), cached, readBytes?.add);
    checkedFiles.push(checked);
    if (cached.get(checkCacheKey('entry', checked.path)) !== checked) changed = true;
    problems.push(...checked.problems, ...dateProblems(checked.file, checked.date, options.today));
    if (checked.entry) {
      const { lines } = checked.entry;
      entries.push({ ...checked.entry, file: checked.file, keyLine: (keyPath) => findKeyLine(lines, keyPath) });
    } else if (checked.originalPath) {
      originalsOfInvalidEntries.add(checked.originalPath);
    }
  }

  const gazetteer = {} as ArchiveFacts['gazetteer'];
  for (const [kind, usedBy] of [
    ['person', 'people'],
    ['organization', 'organizations'],
    ['country', 'countries'],
    ['place', ''],
  ] as const) {
    const file = gazetteerFileOf(contentDir, kind);
    const exists = existsSync(file);
    const result = gazetteerIds(show(file), exists ? readFileSync(file, 'utf8') : null, usedBy);
    problems.push(...result.problems);
    if (kind !== 'place') gazetteer[kind] = { file: show(file), exists, ids: result.ids };
  }

  const originals = new Map<string, string>();
  for (const file of listFiles(originalsDir(contentDir), '')) {
    const relative = contentRelativePath(contentDir, file);
    const signature = fileSignature(file);
    const last = cached.get(checkCacheKey('original', relative));
    const unchanged = last?.kind === 'original' && last.signature === signature;
    const sha256 = unchanged ? last.sha256 : sha256Hex(readFileSync(file));
    checkedFiles.push({ kind: 'original', path: relative, signature, sha256 });
    if (!unchanged) changed = true;
    originals.set(relative, sha256);
  }
  problems.push(
    ...checkArchive(entries, { gazetteer, originals, originalsOfInvalidEntries, displayPath: (relative) => show(path.join(contentDir, relative)) }),
  );
  // Rewritten only when a file changed, was added or was removed.
  if (options.cacheFile && (changed || checkedFiles.length !== cached.size)) writeCheckCache(options.cacheFile, contentDir, version, checkedFiles);
  readBytes?.finish();
  return { problems: sortProblems(problems), bulletins, originals: originals.size };
}

/**
 * One entry's own checks: from the cache when its file and the way it is shown are unchanged, else
 * from the file, whose bytes go to `keepBytes` when the entry is valid.
 */
function checkedEntry(
  contentDir: string,
  file: string,
  relativePath: string,
  shownAs: string,
  cached: Map<string, CheckedEntry | CheckedOriginal>,
  keepBytes?: (sha256: string, bytes: Uint8Array) => void,
): CheckedEntry {
  const contentPath = contentRelativePath(contentDir, file);
  const signature = fileSignature(file);
  const last = cached.get(checkCacheKey('entry', contentPath));
  if (last?.kind === 'entry' && last.signature === signature && last.file === shownAs) return last;
  const bytes = readFileSync(file);
  const text = bytes.toString('utf8');
  const { problems, entry, date } = checkEntryFile({ file: shownAs, relativePath, text });
  const sha256 = sha256Hex(bytes);
  if (entry) keepBytes?.(sha256, bytes);
  return {
    kind: 'entry',
    path: contentPath,
    signature,
    sha256,
    file: shownAs,
    problems,
    entry: entry && { id: entry.id, data: entry.data, lines: entry.lines },
    date,
    ...(entry ? {} : { originalPath: /^\s*path:\s*["']?(originals\/[^"'\s]+)/m.exec(text)?.[1] }),
  };
}

/** The report as printed, one problem per line, then the counts; `listReview`: the entries' review points too (`--review`). */
export function reportLines(report: ContentReport, options: { listReview?: boolean } = {}): string[] {
  return problemReportLines(report.problems, report, options);
}

export function hasErrors(report: ContentReport): boolean {
  return report.problems.some((problem) => problem.severity === 'error');
}

/** Relative to the working folder when inside it, absolute otherwise: both are easy to open. */
function displayPath(file: string) {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') ? file : relative;
}
