import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFrontmatter } from '../../src/lib/content/frontmatter.ts';
import { ingestInto, makeContentDir, projectRoot, runCheck, runIngest, type IngestJson } from '../helpers/build-site.ts';

/**
 * An undated or mis-dated text has one command: `npm run ingest -- --date DAY FILE` before ingest,
 * `npm run ingest -- --redate ENTRY DAY` after it, which renames the entry and its original together
 * (the names `npm run check` requires) and updates `original.path` and the entries that link to it.
 * The days are fixed and in the past: valid whatever day the tests run.
 */
const raw = (name: string) => path.join(projectRoot, 'tests/fixtures/raw', name);
const UNDATED = raw('ky-undated.txt');
const DATED = raw('tr-meeting.txt');
const DAY = '2024-11-05';
/** Two days after today, in UTC as ingest reads today: a day in the future on any clock. */
const FUTURE_DAY = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);

function withInbox(...inputs: string[]) {
  const contentDir = makeContentDir();
  mkdirSync(path.join(contentDir, 'inbox'));
  for (const input of inputs) copyFileSync(input, path.join(contentDir, 'inbox', path.basename(input)));
  return contentDir;
}

function frontmatterOf(file: string) {
  const read = readFrontmatter(readFileSync(file, 'utf8'));
  if (!read.ok) throw new Error(`${file}: ${read.message}`);
  return read.data as { date: string | null; dateSource: string | null; review: string[]; sameStory: string[]; original: { path: string } };
}

function ingestJson(args: string[]) {
  const result = runIngest(['--json', ...args]);
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as IngestJson;
}

function expectCheckClean(contentDir: string) {
  const check = runCheck(contentDir);
  expect(check.status, check.stdout).toBe(0);
  expect(check.stdout).toMatch(/: no errors/);
  expect(check.stdout).not.toMatch(/no longer matches its original|no entry refers to this original|is missing/);
}

describe('npm run ingest -- --date DAY FILE', () => {
  it('dates an undated text: the entry is named and dated by that day, the original is the file byte for byte', () => {
    const contentDir = withInbox(UNDATED);
    const input = path.join(contentDir, 'inbox', path.basename(UNDATED));
    const [result] = ingestJson(['--out', contentDir, '--date', DAY, input]).results;
    expect(result).toMatchObject({ status: 'ok', date: DAY, dateSource: 'maintainer' });
    expect(path.basename(result.output!)).toMatch(new RegExp(`^${DAY}-`));
    const entry = frontmatterOf(path.resolve(projectRoot, result.output!));
    expect(entry).toMatchObject({ date: DAY, dateSource: 'maintainer' });
    expect(entry.review.filter((point) => point.includes('--redate'))).toEqual([]);
    expect(readFileSync(path.join(contentDir, entry.original.path))).toEqual(readFileSync(UNDATED));
    // Taken from the inbox, so removed from it once in the archive.
    expect(existsSync(input)).toBe(false);
    expectCheckClean(contentDir);
  });

  it('overrides the date the text gives, and says which one it gave', () => {
    const contentDir = withInbox(DATED);
    const [result] = ingestJson(['--out', contentDir, '--date', DAY, path.join(contentDir, 'inbox', path.basename(DATED))]).results;
    expect(result).toMatchObject({ status: 'ok', date: DAY, dateSource: 'maintainer' });
    expect(result.warnings).toContainEqual(`the text's date header says 2024-11-06; the date given to ingest, ${DAY}, is used`);
    const entry = frontmatterOf(path.resolve(projectRoot, result.output!));
    expect(readFileSync(path.join(contentDir, entry.original.path))).toEqual(readFileSync(DATED));
  });

  it.each([
    ['2024-02-30', /--date 2024-02-30 is not a real day written YYYY-MM-DD; write it like 2025-09-12/],
    [FUTURE_DAY, new RegExp(`--date ${FUTURE_DAY} is in the future \\(today is \\d{4}-\\d\\d-\\d\\d\\); correct it to the day the text was published`)],
    ['1985-06-01', /--date 1985-06-01 is before 1991/],
  ])('refuses --date %s with the reason and writes nothing', (day, message) => {
    const contentDir = withInbox(UNDATED);
    const result = runIngest(['--out', contentDir, '--date', day, path.join(contentDir, 'inbox', path.basename(UNDATED))]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(path.join(contentDir, 'bulletins'))).toBe(false);
    expect(readdirSync(path.join(contentDir, 'inbox'))).toEqual([path.basename(UNDATED)]);
  });

  it('refuses --date without a file rather than dating the whole inbox', () => {
    const contentDir = withInbox(UNDATED, DATED);
    const result = runIngest(['--out', contentDir, '--date', DAY]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(
      `--date ${DAY} dates the texts named after it, not the whole inbox; name the file: npm run ingest -- --date ${DAY} content/inbox/<file>.txt`,
    );
    expect(existsSync(path.join(contentDir, 'bulletins'))).toBe(false);
  });
});

describe('npm run ingest -- --redate ENTRY DAY', () => {
  /** An archive with the undated fixture, and the dated Turkish one listing it as the same story. */
  function archiveWithUndatedEntry() {
    const contentDir = makeContentDir();
    const report = ingestInto(contentDir, [UNDATED, DATED]);
    const [undated, dated] = report.results.map((result) => path.resolve(projectRoot, result.output!));
    const id = path.relative(path.join(contentDir, 'bulletins'), undated).replace(/\.md$/, '');
    writeFileSync(dated, readFileSync(dated, 'utf8').replace(/^sameStory: \[\]$/m, `sameStory:\n  - ${id}`));
    return { contentDir, undated, dated, warnings: report.results[0].warnings };
  }

  it("is the command the undated entry's warning names, and it works as written there", () => {
    const { contentDir, undated, warnings } = archiveWithUndatedEntry();
    const advice = warnings.map((warning) => /`(npm run ingest -- --redate (\S+) YYYY-MM-DD)`/.exec(warning)).find(Boolean);
    expect(advice, warnings.join('\n')).toBeTruthy();
    expect(path.resolve(projectRoot, advice![2])).toBe(undated);
    const result = runIngest(['--redate', advice![2], DAY]);
    expect(result.status, result.stderr).toBe(0);
    expectCheckClean(contentDir);
  });

  it('renames the entry and its original together, updates original.path and the links to it, and keeps the bytes', () => {
    const { contentDir, undated, dated } = archiveWithUndatedEntry();
    const before = frontmatterOf(undated);
    const originalBytes = readFileSync(path.join(contentDir, before.original.path));
    const untouchedLines = readFileSync(undated, 'utf8')
      .split('\n')
      .filter((line) => !/^(date|dateSource):|^ {2}path:|^ {2}- .*--redate/.test(line));

    const result = runIngest(['--redate', undated, DAY]);
    expect(result.status, result.stderr).toBe(0);
    const slug = path.basename(undated, '.md').replace(/^undated-/, '');
    const renamed = path.join(path.dirname(undated), `${DAY}-${slug}.md`);
    expect(result.stdout).toContain(`ky/undated-${slug} is now ky/${DAY}-${slug}, dated ${DAY}`);
    expect(existsSync(undated)).toBe(false);
    expect(existsSync(path.join(contentDir, before.original.path))).toBe(false);

    const after = frontmatterOf(renamed);
    expect(after).toMatchObject({ date: DAY, dateSource: 'maintainer', original: { path: `originals/ky/${DAY}-${slug}.txt` } });
    expect(after.review.some((point) => point.includes('--redate'))).toBe(false);
    expect(readFileSync(path.join(contentDir, after.original.path))).toEqual(originalBytes);
    // Every other line of the entry as it was: the frontmatter is edited, not rewritten.
    expect(
      readFileSync(renamed, 'utf8')
        .split('\n')
        .filter((line) => !/^(date|dateSource):|^ {2}path:/.test(line)),
    ).toEqual(untouchedLines);
    expect(frontmatterOf(dated).sameStory).toEqual([`ky/${DAY}-${slug}`]);
    expectCheckClean(contentDir);
  });

  it('re-dates an entry dated wrongly: the date part of both names changes, the title words stay', () => {
    const contentDir = makeContentDir();
    const [result] = ingestInto(contentDir, [DATED]).results;
    const entry = path.resolve(projectRoot, result.output!);
    expect(path.basename(entry)).toMatch(/^2024-11-06-/);
    const redated = runIngest(['--redate', entry, DAY]);
    expect(redated.status, redated.stderr).toBe(0);
    const renamed = path.join(path.dirname(entry), path.basename(entry).replace('2024-11-06', DAY));
    expect(frontmatterOf(renamed)).toMatchObject({ date: DAY, original: { path: `originals/tr/${path.basename(renamed, '.md')}.txt` } });
    expectCheckClean(contentDir);
  });

  it.each([
    [FUTURE_DAY, /is in the future/],
    ['2024-13-01', /is not a real day written YYYY-MM-DD/],
  ])('refuses %s and leaves the archive as it was', (day, message) => {
    const { contentDir, undated } = archiveWithUndatedEntry();
    const listing = () => ['bulletins/ky', 'originals/ky'].map((dir) => readdirSync(path.join(contentDir, dir)).sort());
    const before = listing();
    const result = runIngest(['--redate', undated, day]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(listing()).toEqual(before);
  });

  it('says what to give when the path is not an entry', () => {
    const contentDir = makeContentDir();
    const result = runIngest(['--redate', path.join(contentDir, 'bulletins/ky/no-such-entry.md'), DAY]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/no-such-entry\.md: no such entry; give the path of an entry's file, content\/bulletins\/<lang>\/<entry>\.md/);
  });
});
