import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeOutDir, runBuild, runCheck } from '../helpers/build-site.ts';
import { makeSeedArchive } from '../helpers/fixture-archive.ts';

/**
 * The ordinary mistakes of a maintainer editing the archive by hand, beside the hostile texts of
 * hostile-input.test.ts. For each, `npm run check` and `npm run build` print the same
 * `path:line: message (fix)` lines and exit 1 (the build before Astro renders anything, which also
 * keeps these runs short), or both accept; neither ever prints a stack trace.
 */
const KY = 'ky/2021-05-19-ministr-ruslan-kazakbaev-dushanbede-otkon-zhkkunun-kezektegi';
const TR = 'tr/2025-09-12-toplanti-baskent-biskekteki-cumhurbaskanligi-kongre-merkezinde-gerceklestirildi';

/** The seeds' archive (tests/helpers/fixture-archive.ts), and ways to reach and edit its files. */
function archiveCopy() {
  const dir = makeSeedArchive();
  const entry = (id: string) => path.join(dir, 'bulletins', `${id}.md`);
  const original = (id: string) => path.join(dir, 'originals', `${id}.txt`);
  const edit = (file: string, change: (text: string) => string) => writeFileSync(file, change(readFileSync(file, 'utf8')));
  const setKey = (id: string, key: string, value: string) =>
    edit(entry(id), (text) => {
      const changed = text.replace(new RegExp(`^${key}:.*$`, 'm'), `${key}: ${value}`);
      if (changed === text) throw new Error(`${id} has no "${key}" line`);
      return changed;
    });
  return { dir, entry, original, edit, setKey };
}
type Archive = ReturnType<typeof archiveCopy>;

interface Mistake {
  name: string;
  make: (archive: Archive) => void;
  /** A line check and build must both print: the file (under the content folder), its line and the message. */
  expect: RegExp;
  /** The only line they print: the mistake's consequences elsewhere are not reported. */
  alone?: boolean;
}

const mistakes: Mistake[] = [
  // The table of the issue that asked for this (the build published each of them).
  {
    name: 'a date in the future',
    make: (a) => a.setKey(KY, 'date', "'2099-01-05'"),
    expect: /bulletins\/ky\/2021-05-19-\S+\.md:6: the date 2099-01-05 is in the future \(today is \d{4}-\d\d-\d\d\) \(correct "date"/,
  },
  {
    name: 'lang: kz, moved to a kz folder',
    make: (a) => {
      a.setKey(KY, 'lang', 'kz');
      mkdirSync(path.join(a.dir, 'bulletins/kz'));
      renameSync(a.entry(KY), a.entry(KY.replace('ky/', 'kz/')));
    },
    expect: /bulletins\/kz\/2021-05-19-\S+\.md:4: "kz" is not a known ISO 639 language code \(use the code/,
  },
  {
    name: 'a sameStory id that does not exist',
    make: (a) => a.setKey(KY, 'sameStory', '[ky/2021-05-19-no-such-bulletin]'),
    expect: /\.md:\d+: sameStory lists ky\/2021-05-19-no-such-bulletin, which is not a bulletin \(correct the id/,
  },
  {
    name: 'an unquoted impossible day (2025-10-32)',
    make: (a) => a.setKey(KY, 'date', '2025-10-32'),
    expect: /\.md:6: "date" is "2025-10-32": expected a real calendar day \(check month and day\) \(write the day the text was published as YYYY-MM-DD/,
  },
  {
    name: 'an unclosed quote on line 2',
    make: (a) => a.setKey(KY, 'title', '"Министр Руслан Казакбаев жыйынга катышты'),
    expect: /\.md:2: the frontmatter is not valid YAML: Missing closing "quote \(close the quote at the end of the value on this line/,
  },
  {
    name: 'the original deleted',
    make: (a) => rmSync(a.original(KY)),
    expect: /\.md:\d+: its original \S+originals\/ky\/2021-05-19-\S+\.txt is missing \(add the original text file/,
  },
  // Ten more that maintainers make.
  {
    name: 'a duplicated id (an entry copied into another folder as a start for a translation)',
    make: (a) => cpSync(a.entry(KY), a.entry(KY.replace('ky/', 'tr/'))),
    expect: /bulletins\/tr\/2021-05-19-\S+\.md:4: its id ky\/2021-05-19-\S+ \(and page\) is also \S+bulletins\/ky\/2021-05-19-\S+\.md's/,
  },
  {
    name: "an entry moved to another language's folder",
    make: (a) => renameSync(a.entry(KY), a.entry(KY.replace('ky/', 'tr/'))),
    expect: /bulletins\/tr\/2021-05-19-\S+\.md:4: the entry is in the folder "tr" but its lang is "ky" \(move it to bulletins\/ky\//,
  },
  {
    name: 'an edited original',
    make: (a) => appendFileSync(a.original(KY), '\nЖаңы сап.\n'),
    expect: /\.md:\d+: the bytes of \S+originals\/ky\/2021-05-19-\S+\.txt no longer match original\.sha256 \(originals are kept byte for byte/,
  },
  {
    name: 'a gazetteer id that does not exist',
    make: (a) => a.edit(a.entry(KY), (text) => text.replace(/^people:\n/m, 'people:\n  - no-such-person\n')),
    expect: /\.md:11: people lists "no-such-person", which is not in the gazetteer \S+people\.json \(add "no-such-person"/,
  },
  { name: 'a title left empty', make: (a) => a.setKey(KY, 'title', "''"), expect: /\.md:2: "title" is "": expected a non-empty title/ },
  {
    name: 'tabs in the YAML',
    make: (a) => a.edit(a.entry(KY), (text) => text.replace(/^ {2}path:/m, '\tpath:')),
    expect: /\.md:\d+: the frontmatter is not valid YAML: Tabs are not allowed as indentation \(indent with spaces, not tabs/,
  },
  {
    name: 'a file name that is not a slug',
    make: (a) => renameSync(a.entry(KY), path.join(a.dir, 'bulletins/ky/Kazakbaev in Dushanbe.md')),
    expect: /bulletins\/ky\/Kazakbaev in Dushanbe\.md: the file name "Kazakbaev in Dushanbe\.md" is not a slug \(rename it to lower-case Latin letters/,
  },
  {
    name: 'two entries claiming one original',
    make: (a) => a.edit(a.entry(TR), (text) => text.replace(/^ {2}path: .*$/m, `  path: originals/${KY}.txt`)),
    expect: /bulletins\/tr\/2025-09-12-\S+\.md:\d+: originals\/ky\/2021-05-19-\S+\.txt is also the original of \S+\.md \(each entry keeps its own original/,
  },
  {
    name: 'a key written twice',
    make: (a) => a.edit(a.entry(KY), (text) => text.replace(/^script:.*$/m, (line) => `${line}\nscript: Latn`)),
    expect: /\.md:6: the frontmatter is not valid YAML: Map keys must be unique \(this key is written twice/,
  },
  {
    name: 'a value with ": " left unquoted',
    make: (a) => a.setKey(KY, 'title', 'ЖККУ: министр катышты'),
    expect: /\.md:2: the frontmatter is not valid YAML: Nested mappings are not allowed in compact mappings \(quote a value that contains ": "/,
  },
  // Issue 22: a misspelt key, and a gazetteer that is not JSON, each reported as its cause.
  {
    name: 'a misspelt key (orgnizations)',
    make: (a) => a.edit(a.entry(KY), (text) => text.replace(/^organizations:/m, 'orgnizations:')),
    expect: /bulletins\/ky\/2021-05-19-\S+\.md:13: unknown key "orgnizations": did you mean "organizations"\? \(rename it to "organizations"\)$/,
    alone: true,
  },
  {
    name: 'a misspelt key inside original (sha265), not also reported as sha256 missing',
    make: (a) => a.edit(a.entry(KY), (text) => text.replace(/^ {2}sha256:/m, '  sha265:')),
    expect: /bulletins\/ky\/2021-05-19-\S+\.md:\d+: unknown key "original\.sha265": did you mean "sha256"\? \(rename it to "sha256"\)$/,
    alone: true,
  },
  {
    name: 'a trailing comma in people.json, not also every entry naming a person',
    make: (a) => a.edit(path.join(a.dir, 'gazetteer/people.json'), (text) => text.replace(/\}\s*\]\s*$/, '},\n]\n')),
    expect:
      /gazetteer\/people\.json:\d+:\d+: a comma after the last item of a list, which JSON does not allow \(remove this comma before "\]"; entries' "people" were not checked, as this file could not be read\)$/,
    alone: true,
  },
];

/** The problem lines a run printed (its summary and the build's last word left out). */
const problemLines = (output: string) => output.split('\n').filter((line) => /^\S.*: .*\(.*\)$/.test(line) && !/^checked \d+/.test(line));
const STACK_TRACE = /^\s+at .+[:(]\d+|^\w*Error: /m;

describe("a maintainer's mistakes, as npm run check and npm run build report them", () => {
  const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'bulletins-astro-cache-'));

  it.each(mistakes.map((mistake) => [mistake.name, mistake] as const))('%s: both stop with the same lines', (_name, mistake) => {
    const archive = archiveCopy();
    mistake.make(archive);
    const check = runCheck(archive.dir);
    const outDir = makeOutDir();
    const build = runBuild(archive.dir, outDir, cacheDir);

    expect(check.status, check.stdout).toBe(1);
    expect(build.status, build.stdout + build.stderr).toBe(1);
    const checkLines = problemLines(check.stdout);
    if (mistake.alone) expect(checkLines).toEqual([expect.stringMatching(mistake.expect)]);
    else expect(checkLines).toContainEqual(expect.stringMatching(mistake.expect));
    expect(problemLines(build.stderr)).toEqual(checkLines);
    expect(build.stderr).toMatch(/build: stopped before rendering anything/);
    for (const output of [check.stdout, check.stderr, build.stdout, build.stderr]) expect(output).not.toMatch(STACK_TRACE);
    // Stopped before Astro: nothing of the site was written.
    expect(readdirSync(outDir)).toEqual([]);
  });

  it('both accept a byte-order mark, Windows line ends and a renamed entry (a warning), and the build publishes them', () => {
    const archive = archiveCopy();
    archive.edit(archive.entry(KY), (text) => `\uFEFF${text}`);
    archive.edit(archive.entry(TR), (text) => text.replace(/\n/g, '\r\n'));
    const UZ = readdirSync(path.join(archive.dir, 'bulletins/uz'))[0].replace(/\.md$/, '');
    renameSync(archive.entry(`uz/${UZ}`), archive.entry('uz/2026-03-08-istanbul-meeting'));

    const check = runCheck(archive.dir);
    const outDir = makeOutDir();
    const build = runBuild(archive.dir, outDir, cacheDir);
    expect(check.status, check.stdout).toBe(0);
    expect(build.status, build.stdout + build.stderr).toBe(0);
    const warning =
      /bulletins\/uz\/2026-03-08-istanbul-meeting\.md:\d+: warning: the file name 2026-03-08-istanbul-meeting\.md no longer matches its original originals\/uz\/\S+\.txt/;
    // The seed entries carry points ingest left to review, counted on a line of their own; this case is about the rename.
    expect(problemLines(check.stdout)).toEqual([expect.stringMatching(warning)]);
    expect(problemLines(build.stdout)).toEqual(problemLines(check.stdout));
    for (const output of [check.stdout, check.stderr, build.stdout, build.stderr]) expect(output).not.toMatch(STACK_TRACE);

    const page = (id: string) => readFileSync(path.join(outDir, id, 'index.html'), 'utf8');
    expect(page(KY)).toContain('Министр Руслан Казакбаев');
    expect(page(TR)).toContain('Kırgızistan Cumhurbaşkanlığı');
    expect(page('uz/2026-03-08-istanbul-meeting')).toContain('<html lang="uz');
  }, 300_000);

  it("the seeds' archive with its points resolved builds silently; open points are one line, which --review expands", () => {
    const archive = archiveCopy();
    // As in content/, where each seed entry was read against the seeds' facts and its points cleared.
    for (const lang of ['ky', 'tr', 'uz']) {
      for (const file of readdirSync(path.join(archive.dir, 'bulletins', lang))) {
        archive.edit(path.join(archive.dir, 'bulletins', lang, file), (text) => text.replace(/^review:\n(?: {2}- .*\n)+/m, 'review: []\n'));
      }
    }
    const warningLines = (out: string) => out.split('\n').filter((line) => /warn|to review/i.test(line));
    const outDir = makeOutDir();
    const clean = { check: runCheck(archive.dir), build: runBuild(archive.dir, outDir, cacheDir) };
    expect(clean.build.status, clean.build.stdout + clean.build.stderr).toBe(0);
    expect(clean.check.stdout.trim().split('\n')).toEqual([expect.stringMatching(/^checked 5 bulletins and 5 originals: no errors$/)]);
    for (const output of [clean.check.stderr, clean.build.stdout, clean.build.stderr]) expect(warningLines(output)).toEqual([]);

    // Points ingest leaves for a person to check, in two entries.
    const point = 'place taken from the lead, not from a dateline: check it';
    archive.edit(archive.entry(KY), (text) => text.replace(/^review: \[\]$/m, `review:\n  - '${point}'\n  - no headline found`));
    archive.edit(archive.entry(TR), (text) => text.replace(/^review: \[\]$/m, `review:\n  - '${point}'`));
    const summary = '2 bulletins have open review points: npm run check -- --review lists them';
    const check = runCheck(archive.dir);
    const build = runBuild(archive.dir, outDir, cacheDir);
    expect([check.status, build.status]).toEqual([0, 0]);
    for (const output of [check.stdout, build.stdout]) {
      expect(output.split('\n').filter((line) => line.includes('review'))).toEqual([summary]);
      expect(warningLines(output)).toEqual([]);
    }

    const listed = runCheck(archive.dir, ['--review']);
    expect(listed.status).toBe(0);
    const lineOf = (id: string, text: string) =>
      readFileSync(archive.entry(id), 'utf8')
        .split('\n')
        .findIndex((line) => line.includes(text)) + 1;
    const at = (id: string, text: string) => `${archive.entry(id)}:${lineOf(id, text)}: to review: ${text} (check it, then remove the point from "review")`;
    expect(listed.stdout.trim().split('\n')).toEqual([
      at(KY, point),
      at(KY, 'no headline found'),
      at(TR, point),
      'checked 5 bulletins and 5 originals: no errors',
    ]);
  }, 300_000);
});
