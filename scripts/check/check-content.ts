import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { sha256Hex } from '../ingest/sha256.ts';
import { bulletinsDir, contentRelativePath, entryRelativePath, gazetteerFileOf, originalsDir } from '../../src/utils/content-layout.ts';
import { listFiles } from '../../src/utils/files-fs.ts';
import { checkArchive, type ArchiveFacts } from './archive-rules.ts';
import { checkEntry, type ValidEntry } from './entry-rules.ts';
import { gazetteerIds } from './gazetteer.ts';
import { formatProblem, sortProblems, summarize, type Problem } from './problems.ts';

/**
 * Every check of a content folder, read from disk: what `npm run check` reports and what
 * `npm run build` refuses to render. One implementation, so the two never disagree.
 */
export interface ContentReport {
  problems: Problem[];
  bulletins: number;
  originals: number;
}

export function checkContent(contentDir: string, options: { today: string }): ContentReport {
  const show = displayPath;
  const problems: Problem[] = [];
  const entries: ValidEntry[] = [];
  const originalsOfInvalidEntries = new Set<string>();
  let bulletins = 0;
  for (const file of listFiles(bulletinsDir(contentDir), '')) {
    const relativePath = entryRelativePath(contentDir, file);
    if (!relativePath.endsWith('.md')) {
      if (path.basename(file) !== '.gitkeep') {
        problems.push({ severity: 'warning', file: show(file), message: 'not a .md entry, so the site ignores it', fix: 'remove it, or rename it to .md if it is an entry' });
      }
      continue;
    }
    bulletins++;
    const text = readFileSync(file, 'utf8');
    const checked = checkEntry({ file: show(file), relativePath, text }, options);
    problems.push(...checked.problems);
    if (checked.entry) entries.push(checked.entry);
    else {
      const originalPath = /^\s*path:\s*["']?(originals\/[^"'\s]+)/m.exec(text)?.[1];
      if (originalPath) originalsOfInvalidEntries.add(originalPath);
    }
  }

  const gazetteer = {} as ArchiveFacts['gazetteer'];
  for (const kind of ['person', 'organization', 'country'] as const) {
    const file = gazetteerFileOf(contentDir, kind);
    const exists = existsSync(file);
    const result = gazetteerIds(show(file), exists ? readFileSync(file, 'utf8') : null);
    problems.push(...result.problems);
    gazetteer[kind] = { file: show(file), exists, ids: result.ids };
  }
  const placesFile = gazetteerFileOf(contentDir, 'place');
  if (existsSync(placesFile)) problems.push(...gazetteerIds(show(placesFile), readFileSync(placesFile, 'utf8')).problems);

  const originals = new Map<string, string>();
  for (const file of listFiles(originalsDir(contentDir), '')) {
    originals.set(contentRelativePath(contentDir, file), sha256Hex(readFileSync(file)));
  }
  problems.push(...checkArchive(entries, { gazetteer, originals, originalsOfInvalidEntries, displayPath: (relative) => show(path.join(contentDir, relative)) }));
  return { problems: sortProblems(problems), bulletins, originals: originals.size };
}

/** The report as printed, one problem per line, then the counts. */
export function reportLines(report: ContentReport): string[] {
  return [...report.problems.map(formatProblem), summarize(report.problems, report)];
}

export function hasErrors(report: ContentReport): boolean {
  return report.problems.some((problem) => problem.severity === 'error');
}

/** Relative to the working folder when inside it, absolute otherwise: both are easy to open. */
function displayPath(file: string) {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') ? file : relative;
}
