import { existsSync, linkSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, isSeq, parseDocument, Scalar, type Document } from 'yaml';
import {
  bulletinsDir,
  ENTRY_EXTENSION,
  entryFileOf,
  entryIdOf,
  entryRelativePath,
  originalPathOf,
  redatedSlug,
  type OriginalKind,
} from '../../src/lib/content/content-layout.ts';
import { listFiles } from '../../src/lib/content/files-fs.ts';
import { readFrontmatterValue, splitFrontmatter } from '../../src/lib/content/frontmatter.ts';
import { todayIsoDay } from '../../src/lib/dates/dates.ts';
import { checkEntry } from '../check/entry-rules.ts';
import { formatProblem } from '../check/problems.ts';
import { displayPath } from './report.ts';
import { dayProblem } from './date-header.ts';
import { isDateReviewPoint, REDATE_COMMAND } from './date-advice.ts';
import { flushFile, flushFolder } from './durable-fs.ts';
import { acquireIngestLock } from './ingest-lock.ts';
import { sha256Hex } from './sha256.ts';

/**
 * `npm run ingest -- --redate ENTRY YYYY-MM-DD`: gives an entry (undated, or dated wrongly) its
 * publication date. The entry's name starts with its date, and its original's name is the entry's
 * (content-layout.ts), so the entry and its original are renamed together, `original.path` with
 * them, and the entries that list it in `sameStory` or `notSameStory` are updated. The original's
 * bytes are not touched. The new entry is checked by `npm run check`'s own rules before anything is
 * written; the date's review points ingest wrote are removed, the frontmatter's other lines stay as
 * they were (the `yaml` package edits it in place).
 *
 * Each write is flushed to disk before the next step; a run stopped half way is finished by running
 * the same command again (a copy at the new name with the same original text counts as its own).
 */
const USAGE = `usage: ${REDATE_COMMAND} content/bulletins/<lang>/<entry>.md YYYY-MM-DD`;

export async function redateCommand(entryArg: string, rest: string[]): Promise<number> {
  if (rest.length !== 1) {
    console.error(`ingest: --redate takes the entry's file and its date\n${USAGE}`);
    return 2;
  }
  const date = rest[0];
  const problem = dayProblem(date);
  if (problem) {
    console.error(`ingest: --redate ${entryArg} ${date}: the date ${date} ${problem.what}; ${problem.fix}`);
    return 2;
  }
  const entryFile = path.resolve(entryArg);
  const contentDir = path.dirname(path.dirname(path.dirname(entryFile)));
  if (!entryFile.endsWith(ENTRY_EXTENSION) || path.basename(path.dirname(path.dirname(entryFile))) !== 'bulletins' || !existsSync(entryFile)) {
    console.error(
      `ingest: --redate ${entryArg}: no such entry; give the path of an entry's file, ${path.join('content', 'bulletins', '<lang>', '<entry>.md')}\n${USAGE}`,
    );
    return 2;
  }
  const lock = await acquireIngestLock(contentDir);
  try {
    return await redate(contentDir, entryFile, date);
  } finally {
    lock.release();
  }
}

async function redate(contentDir: string, entryFile: string, date: string): Promise<number> {
  const shown = displayPath(entryFile);
  const text = readFileSync(entryFile, 'utf8');
  const today = todayIsoDay();
  const before = checkEntry({ file: shown, relativePath: entryRelativePath(contentDir, entryFile), text }, { today });
  if (!before.entry) {
    for (const problem of before.problems.filter((found) => found.severity === 'error')) console.error(formatProblem(problem));
    console.error(`ingest: ${shown} has errors; correct them (npm run check lists them too), then run ${REDATE_COMMAND} again`);
    return 1;
  }
  const { id: oldId, data } = before.entry;
  const oldOriginal = path.join(contentDir, data.original.path);
  if (!existsSync(oldOriginal) || sha256Hex(readFileSync(oldOriginal)) !== data.original.sha256) {
    console.error(
      `ingest: ${shown}: its original ${displayPath(oldOriginal)} is missing or no longer holds the text it was made from; restore it as ingest wrote it, then run ${REDATE_COMMAND} again`,
    );
    return 1;
  }

  // A saved page's original stays a .html file, a text's a .txt file.
  const kind: OriginalKind = data.original.path.endsWith('.html') ? 'html' : 'txt';
  const newId = freeId(contentDir, oldId, redatedSlug(oldId.slice(oldId.indexOf('/') + 1), date), data.original.sha256, kind);
  const newEntry = entryFileOf(contentDir, newId);
  const newOriginal = path.join(contentDir, originalPathOf(newId, kind));
  const removedPoints = data.review.filter(isDateReviewPoint).length;
  const newText = editFrontmatter(text, (document) => {
    document.set('date', quoted(date));
    document.set('dateSource', 'maintainer');
    document.setIn(['original', 'path'], originalPathOf(newId, kind));
    const review = document.get('review', true);
    if (isSeq(review)) review.items = review.items.filter((item) => !isDateReviewPoint(String((item as Scalar).value)));
  });
  const after = checkEntry({ file: displayPath(newEntry), relativePath: entryRelativePath(contentDir, newEntry), text: newText }, { today });
  const errors = after.problems.filter((found) => found.severity === 'error');
  if (errors.length || !after.entry) {
    // Not expected: the new name and date are made by the rules check applies; stop before writing anything.
    for (const problem of errors) console.error(formatProblem(problem));
    console.error(`ingest: ${shown} was left as it is: the redated entry would not pass npm run check`);
    return 1;
  }

  const staging = path.join(contentDir, '.ingest-staging');
  mkdirSync(staging, { recursive: true });
  const staged = path.join(staging, `${newId.replace('/', '--')}.md`);
  writeFileSync(staged, newText);
  await flushFile(staged);
  if (newOriginal !== oldOriginal) {
    // Linked, not copied: the same bytes under the new name; the old name goes once the entry points to the new one.
    if (!existsSync(newOriginal)) linkSync(oldOriginal, newOriginal);
    await flushFolder(path.dirname(newOriginal));
  }
  renameSync(staged, newEntry);
  await flushFolder(path.dirname(newEntry));

  const referring = newId === oldId ? [] : await updateReferences(contentDir, oldId, newId, staging);
  if (newEntry !== entryFile) rmSync(entryFile);
  if (newOriginal !== oldOriginal) rmSync(oldOriginal);
  await Promise.all([...new Set([path.dirname(entryFile), path.dirname(oldOriginal)])].map(flushFolder));
  rmSync(staging, { recursive: true, force: true });

  const lines = [
    newId === oldId ? `ingest: ${shown}: "date" is now ${date}` : `ingest: ${oldId} is now ${newId}, dated ${date}:`,
    ...(newId === oldId
      ? []
      : [`  ${shown} → ${displayPath(newEntry)}`, `  ${displayPath(oldOriginal)} → ${displayPath(newOriginal)} (the same bytes; "original.path" follows it)`]),
    ...(removedPoints ? [`  ${removedPoints} review point${removedPoints === 1 ? '' : 's'} about the date removed`] : []),
    ...(referring.length ? [`  sameStory/notSameStory updated in ${referring.map(displayPath).join(', ')}`] : []),
  ];
  console.log(lines.join('\n'));
  return 0;
}

/**
 * The id the entry takes: `<lang>/<slug>`, or `<slug>-2`, `-3`… where another entry or original
 * already has the name. A name held by a copy of this very text (a redate stopped half way) is its own.
 */
function freeId(contentDir: string, oldId: string, slug: string, sha256: string, kind: OriginalKind): string {
  const lang = oldId.slice(0, oldId.indexOf('/'));
  for (let n = 1; ; n++) {
    const id = `${lang}/${n === 1 ? slug : `${slug}-${n}`}`;
    if (id === oldId) return id;
    const entry = entryFileOf(contentDir, id);
    const original = path.join(contentDir, originalPathOf(id, kind));
    const entryFree = !existsSync(entry) || recordedSha256(entry) === sha256;
    const originalFree = !existsSync(original) || sha256Hex(readFileSync(original)) === sha256;
    if (entryFree && originalFree) return id;
  }
}

function recordedSha256(entryFile: string): string | null {
  try {
    const original = readFrontmatterValue(readFileSync(entryFile, 'utf8'), 'original') as { sha256?: unknown } | undefined;
    return typeof original?.sha256 === 'string' ? original.sha256 : null;
  } catch {
    return null;
  }
}

/** The entries whose sameStory or notSameStory list `oldId`, rewritten to list `newId` (each staged, flushed and renamed into place). */
async function updateReferences(contentDir: string, oldId: string, newId: string, staging: string): Promise<string[]> {
  const updated: string[] = [];
  for (const file of listFiles(bulletinsDir(contentDir), ENTRY_EXTENSION)) {
    if (entryIdOf(contentDir, file) === newId) continue;
    const text = readFileSync(file, 'utf8');
    if (!text.includes(oldId)) continue;
    let changed = false;
    const newText = editFrontmatter(text, (document) => {
      for (const key of ['sameStory', 'notSameStory']) {
        const list = document.get(key, true);
        if (!isSeq(list)) continue;
        for (const item of list.items) {
          if (item instanceof Scalar && item.value === oldId) {
            item.value = newId;
            changed = true;
          }
        }
      }
    });
    if (!changed) continue;
    const staged = path.join(staging, path.basename(file));
    writeFileSync(staged, newText);
    await flushFile(staged);
    renameSync(staged, file);
    updated.push(file);
  }
  await Promise.all([...new Set(updated.map((file) => path.dirname(file)))].map(flushFolder));
  return updated;
}

/** An entry's text with its frontmatter edited by `edit` on the YAML document, the rest of the file as it was. */
function editFrontmatter(text: string, edit: (document: Document) => void): string {
  const split = splitFrontmatter(text);
  if (!split.ok) throw new Error(split.message);
  const document = parseDocument(split.lines.join('\n'), { schema: 'core' });
  if (!isMap(document.contents)) throw new Error('the frontmatter is not a list of "key: value" lines');
  edit(document);
  // Line ends as the file has them (Git may check entries out with Windows line ends).
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  const frontmatter = document.toString({ lineWidth: 0 }).replace(/\n$/, '');
  return ['---', frontmatter, '---', split.body].join('\n').split('\n').join(newline);
}

/** A date as ingest writes it: quoted, so that YAML 1.1 readers take it as text too. */
function quoted(value: string): Scalar {
  const scalar = new Scalar(value);
  scalar.type = Scalar.QUOTE_SINGLE;
  return scalar;
}
