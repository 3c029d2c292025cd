import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeContentDir, projectRoot, runCheck as runCheckCommand } from '../helpers/build-site.ts';
import { makeSeedArchive } from '../helpers/fixture-archive.ts';

/** `npm run check` on copies of the seeds' archive, each broken the way a pull request might, on a fixed day. */
function runCheck(contentDir: string, extra: string[] = []) {
  const result = runCheckCommand(contentDir, ['--today', '2026-11-01', ...extra]);
  return { status: result.status, out: result.stdout, err: result.stderr, lines: result.stdout.trim().split('\n') };
}

/** The seeds' archive (tests/helpers/fixture-archive.ts); returns it and its entries by language. */
function archiveCopy() {
  const dir = makeSeedArchive();
  const entry = (lang: string) => {
    const folder = path.join(dir, 'bulletins', lang);
    return path.join(folder, readdirSync(folder).sort()[0]);
  };
  return { dir, entry };
}

/** As the command shows paths: relative to the project inside it, absolute outside (the temp folders). */
const shown = (file: string) => (path.relative(projectRoot, file).startsWith('..') ? file : path.relative(projectRoot, file));
const edit = (file: string, change: (text: string) => string) => writeFileSync(file, change(readFileSync(file, 'utf8')));
const lineOf = (file: string, pattern: RegExp) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .findIndex((line) => pattern.test(line)) + 1;

describe('npm run check', () => {
  it("passes the project's own content with a summary", () => {
    const { dir } = archiveCopy();
    const result = runCheck(dir);
    expect(result.status).toBe(0);
    expect(result.out).toMatch(/checked \d+ bulletins and \d+ originals: no errors/);
  });

  it('reports each problem as path:line: message (fix), exits 1, and never prints a stack trace', () => {
    const { dir, entry } = archiveCopy();
    const ky = entry('ky');
    const tr = entry('tr');
    const uz = entry('uz');
    const rel = shown;

    edit(ky, (text) =>
      text
        .replace(/^date: .*$/m, "date: '2031-01-05'")
        .replace(/^people:.*$/m, 'people:\n  - no-such-person')
        .replace(/^sameStory:.*$/m, 'sameStory:\n  - tr/no-such-bulletin'),
    );
    edit(tr, (text) => text.replace(/^lang: tr$/m, 'lang: ky'));
    edit(uz, (text) => text.replace(/^title: .*$/m, 'title: Tashkent: summit "final"'));
    // The same text submitted again under another name.
    const copy = path.join(path.dirname(ky), '2025-09-12-copy.md');
    writeFileSync(copy, readFileSync(ky, 'utf8').replace(/^date: .*$/m, "date: '1985-01-01'"));
    // An original edited after ingest.
    const original = /path: (originals\/\S+)/.exec(readFileSync(ky, 'utf8'))![1];
    writeFileSync(path.join(dir, original), readFileSync(path.join(dir, original), 'utf8').replace(/\n/g, '\r\n'));

    const result = runCheck(dir);
    expect(result.status).toBe(1);
    expect(result.err).toBe('');
    expect(result.out).not.toMatch(/\n\s+at /);
    const expectLine = (file: string, pattern: RegExp, message: RegExp) =>
      expect(
        result.lines.some((line) => line.startsWith(`${rel(file)}:${lineOf(file, pattern)}: `) && message.test(line)),
        `${rel(file)} ${message}\n${result.out}`,
      ).toBe(true);

    expectLine(ky, /^date:/, /the date 2031-01-05 is in the future \(today is 2026-11-01\) \(correct "date"/);
    expectLine(ky, /no-such-person/, /people lists "no-such-person", which is not in the gazetteer .*people\.json \(add "no-such-person"/);
    expectLine(ky, /no-such-bulletin/, /sameStory lists tr\/no-such-bulletin, which is not a bulletin/);
    expectLine(ky, /sha256:/, /no longer match original\.sha256 \(originals are kept byte for byte/);
    expectLine(tr, /^lang:/, /in the folder "tr" but its lang is "ky" \(move it to bulletins\/ky\/ or correct "lang"\)/);
    expectLine(uz, /^title:/, /not valid YAML.*\(quote a value/);
    expectLine(copy, /^date:/, /before 1991/);
    expectLine(copy, /sha256:/, /the same original text as .*ky\//);
    expect(result.lines.at(-1)).toMatch(/^checked 6 bulletins and 5 originals: \d+ errors, \d+ warnings?; fix the errors before merging$/);
  });

  it('rejects unknown languages, broken schema values and an original that is missing', () => {
    const { dir, entry } = archiveCopy();
    const ky = entry('ky');
    edit(ky, (text) => text.replace(/^script: Cyrl$/m, 'script: Cyrillic'));
    const qq = path.join(dir, 'bulletins', 'qq', '2025-01-01-test.md');
    mkdirSync(path.dirname(qq), { recursive: true });
    writeFileSync(
      qq,
      readFileSync(ky, 'utf8')
        .replace(/^lang: ky$/m, 'lang: qq')
        .replace(/^title: .*$/m, 'title: ""'),
    );
    rmSync(path.join(dir, /path: (originals\/\S+)/.exec(readFileSync(entry('uz'), 'utf8'))![1]));

    const result = runCheck(dir);
    expect(result.status).toBe(1);
    const rel = shown;
    expect(result.out).toContain(`${rel(qq)}:${lineOf(qq, /^lang:/)}: "qq" is not a known ISO 639 language code`);
    expect(result.out).toContain(`${rel(qq)}:2: "title" is "": expected a non-empty title`);
    expect(result.out).toContain(`${rel(ky)}:${lineOf(ky, /^script:/)}: "script" is "Cyrillic"`);
    expect(result.out).toMatch(new RegExp(`${rel(entry('uz'))}:\\d+: its original .* is missing \\(add the original`));
  });

  it('counts points to review on one line, lists them with --review, and passes without a gazetteer', () => {
    const { dir, entry } = archiveCopy();
    // With no gazetteer at all, entries that name no entity are fine.
    rmSync(path.join(dir, 'gazetteer'), { recursive: true });
    for (const lang of readdirSync(path.join(dir, 'bulletins'))) {
      for (const file of readdirSync(path.join(dir, 'bulletins', lang))) {
        // Points ingest left to review are cleared too, so that the one added below is the only one.
        edit(path.join(dir, 'bulletins', lang, file), (text) => text.replace(/^(people|organizations|countries|review):(?:\n +- .*)*$/gm, '$1: []'));
      }
    }
    const ky = entry('ky');
    edit(ky, (text) => text.replace(/^review: \[\]$/m, 'review:\n  - no publication date found'));
    const result = runCheck(dir);
    expect(result.status).toBe(0);
    expect(result.lines).toEqual(['1 bulletin has open review points: npm run check -- --review lists them', 'checked 5 bulletins and 5 originals: no errors']);
    const listed = runCheck(dir, ['--review']);
    expect(listed.status).toBe(0);
    expect(listed.lines).toEqual([
      `${shown(ky)}:${lineOf(ky, /- no publication date/)}: to review: no publication date found (check it, then remove the point from "review")`,
      'checked 5 bulletins and 5 originals: no errors',
    ]);
  });

  it('explains bad options instead of failing', () => {
    const result = runCheck(makeContentDir(), ['--today', '2026-13-40']);
    expect(result.status).toBe(2);
    expect(result.err).toContain('--today 2026-13-40 is not a day written YYYY-MM-DD');
  });
});
