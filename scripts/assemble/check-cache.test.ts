import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, reportLines } from '../check/check-content.ts';
import { makeSeedArchive } from '../../tests/helpers/fixture-archive.ts';

/**
 * The build's content check keeps each file's own results between builds (scripts/assemble/check-cache.ts):
 * it must report exactly what a check that reads everything reports, whatever changed in between.
 */
const TODAY = '2026-11-01';

function archiveCopy() {
  const dir = makeSeedArchive();
  const first = (folder: string) => path.join(dir, folder, readdirSync(path.join(dir, folder)).sort()[0]);
  // The original is another entry's: the entry above is broken by one of the cases.
  return { dir, entry: first('bulletins/ky'), original: first('originals/tr') };
}

describe('the content check with its cache', () => {
  const { dir, entry, original } = archiveCopy();
  const cacheFile = path.join(mkdtempSync(path.join(os.tmpdir(), 'bulletins-check-cache-')), 'content-check.jsonl');
  const uncached = (today = TODAY) => reportLines(checkContent(dir, { today }));
  const cached = (today = TODAY) => reportLines(checkContent(dir, { today, cacheFile }));

  it('reports the same lines as a full check, cold and then from the cache', () => {
    const full = uncached();
    // The five seeds of tests/fixtures/seeds.
    expect(full.at(-1)).toMatch(/^checked 5 bulletins and 5 originals/);
    expect(cached()).toEqual(full);
    expect(cached()).toEqual(full);
  });

  it("takes an unchanged file's results from the cache, and reads a changed file again", () => {
    cached();
    const name = path.relative(dir, entry).split(path.sep).join('/');
    const lines = readFileSync(cacheFile, 'utf8').split('\n');
    const index = lines.findIndex((line) => line.includes(`"path":"${name}"`));
    // What the cache says is what is reported for a file it holds unchanged…
    // (a warning: the entry's own points are review points, which check sums up in one line)
    const marked = JSON.parse(lines[index]) as { problems: { severity: string; message: string }[] };
    marked.problems = [{ ...marked.problems[0], severity: 'warning', message: 'remembered from the cache' }];
    lines[index] = JSON.stringify(marked);
    writeFileSync(cacheFile, lines.join('\n'));
    expect(cached().some((line) => line.includes('remembered from the cache'))).toBe(true);
    // …and a write to the file, even of the same bytes, has it checked again.
    writeFileSync(entry, readFileSync(entry));
    expect(cached()).toEqual(uncached());
  });

  it('reports a YAML mistake made in a cached entry, with its line', () => {
    cached();
    writeFileSync(entry, readFileSync(entry, 'utf8').replace(/^title: .*$/m, 'title: "Unclosed'));
    const lines = cached();
    expect(lines).toEqual(uncached());
    expect(lines.some((line) => line.includes(`${path.basename(entry)}:2: the frontmatter is not valid YAML`))).toBe(true);
  });

  it('checks dates against the day it runs, not the day the cache was written', () => {
    cached();
    const early = cached('2021-05-18');
    expect(early).toEqual(uncached('2021-05-18'));
    expect(early.some((line) => /is in the future \(today is 2021-05-18\)/.test(line))).toBe(true);
  });

  it('sees an original whose bytes changed', () => {
    cached();
    writeFileSync(original, `${readFileSync(original, 'utf8')} `);
    const lines = cached();
    expect(lines).toEqual(uncached());
    expect(lines.some((line) => line.includes('no longer match original.sha256'))).toBe(true);
  });
});
