import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allLanguages, scoreCorpus, type CorpusItem } from './score-corpus.ts';
import { compileGazetteer } from '../../../src/lib/entities/find-entities.ts';
import { loadAllGazetteer } from '../../../src/lib/content/gazetteer-fs.ts';

/**
 * The held-out pasted pages (tests/fixtures/heldout/), scored as `npm run eval` scores them,
 * against issue 11's targets: language ≥ 99%, date ≥ 90% of printed dates and none wrong,
 * headlines ≥ 90%, every leftover line removed, every article line kept, no entity from a leftover.
 */
const names = compileGazetteer(loadAllGazetteer(new URL('../../../content', import.meta.url).pathname));
const read = (file: string): CorpusItem[] =>
  readFileSync(new URL(`../../../tests/fixtures/heldout/${file}`, import.meta.url), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as CorpusItem);

describe.each(['pages.jsonl', 'pages-2.jsonl'])('ingest on the held-out pages %s', (file) => {
  const score = scoreCorpus(read(file), names);
  const misses = score.misses.join('\n');
  const rate = ({ right, total }: { right: number; total: number }) => right / total;

  it('meets the language, date and headline targets', () => {
    expect(rate(allLanguages(score)), misses).toBeGreaterThanOrEqual(0.99);
    expect(rate({ right: score.dates.right, total: score.dates.printed }), misses).toBeGreaterThanOrEqual(0.9);
    expect(score.dates.wrong + score.dates.givenForUndated, misses).toBe(0);
    expect(rate(score.titles), misses).toBeGreaterThanOrEqual(0.9);
  });

  it('removes every leftover line, keeps every article line and takes no entity from leftovers', () => {
    const { leftovers } = score;
    expect(leftovers.items).toBeGreaterThan(0);
    expect(leftovers.leftoverRemoved, misses).toBe(leftovers.leftoverLines);
    expect(leftovers.articleKept, misses).toBe(leftovers.articleLines);
    expect(leftovers.entitiesFromLeftovers, misses).toBe(0);
  });
});
