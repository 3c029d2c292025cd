import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { todayIsoDay } from '../../src/lib/dates/dates.ts';
import { buildSite, projectRoot, runCheck, runIngest, type IngestJson } from '../helpers/build-site.ts';
import { makeSeedArchive } from '../helpers/fixture-archive.ts';
import { indexedPageCount } from '../helpers/search-index.ts';

/**
 * A maintainer's week: three bulletins dated this month, by the real clock, added to the archive the
 * way docs/maintaining.md says (texts with a `date YYYY-MM-DD` first line in the inbox, `npm run
 * ingest`), then `npm run check` and `npm run build` as the Check workflow runs them, with today's
 * date. Whatever day this runs on, the new bulletins are neither in the future nor refused, and
 * the site shows them. The other tests build from fixtures (tests/fixtures/seeds) with fixed days,
 * so adding bulletins to content/ cannot change what they see.
 */
const today = todayIsoDay();
const month = today.slice(0, 7);
const day = Number(today.slice(8, 10));
/** The first of the month, its middle so far, and today: all three this month and none after today. */
const DAYS = [1, Math.ceil(day / 2), day].map((n) => `${month}-${String(n).padStart(2, '0')}`);
const TEXTS = ['ky-summit.txt', 'tr-meeting.txt', 'uz-forum.txt'].map((name) => readFileSync(path.join(projectRoot, 'tests/fixtures/raw', name), 'utf8'));

describe(`three bulletins dated this month (${DAYS.join(', ')}) added to the archive`, () => {
  let contentDir: string;
  let ingested: IngestJson;
  let dist: string;

  beforeAll(() => {
    contentDir = makeSeedArchive();
    const inbox = path.join(contentDir, 'inbox');
    mkdirSync(inbox);
    TEXTS.forEach((text, index) => {
      const body = text.replace(/^date \S+\n/, '');
      writeFileSync(path.join(inbox, `week-${index + 1}.txt`), `date ${DAYS[index]}\n${body.trimEnd()}\n\nМаалымат ${DAYS[index]}.\n`);
    });
    // As the maintainer runs it: the inbox of the content folder, no paths given.
    const result = runIngest(['--json'], { CONTENT_DIR: contentDir });
    expect(result.status, result.stderr).toBe(0);
    ingested = JSON.parse(result.stdout) as IngestJson;
    dist = buildSite(contentDir);
  });

  it('ingests each with its date, and empties the inbox', () => {
    expect(ingested.results.map(({ status, date, dateSource }) => ({ status, date, dateSource }))).toEqual(
      DAYS.map((date) => ({ status: 'ok', date, dateSource: 'header' })),
    );
    for (const [index, result] of ingested.results.entries()) expect(path.basename(result.output!)).toMatch(new RegExp(`^${DAYS[index]}-`));
    expect(readdirSync(path.join(contentDir, 'inbox'))).toEqual([]);
  });

  it("passes npm run check on today's date, without an error", () => {
    const check = runCheck(contentDir);
    expect(check.status, check.stdout).toBe(0);
    expect(check.stdout).toMatch(/^checked 8 bulletins and 8 originals: no errors/m);
  });

  it("builds: each new bulletin has its page, is in its section's feed and this month's archive page, and is searchable", () => {
    const ids = ingested.results.map((result) =>
      path.relative(path.join(contentDir, 'bulletins'), path.resolve(projectRoot, result.output!)).replace(/\.md$/, '').split(path.sep).join('/'),
    );
    for (const id of ids) {
      const lang = id.slice(0, id.indexOf('/'));
      expect(existsSync(path.join(dist, id, 'index.html')), id).toBe(true);
      expect(readFileSync(path.join(dist, lang, 'rss.xml'), 'utf8')).toContain(`/${id}/`);
      expect(readFileSync(path.join(dist, lang, 'archive', month, 'index.html'), 'utf8')).toContain(`/${id}/`);
    }
    expect(indexedPageCount(dist)).toBe(8);
  });
});
