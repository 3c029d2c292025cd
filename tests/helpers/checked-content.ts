import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { checkContent } from '../../scripts/check/check-content.ts';
import { checkedBulletinChunks } from '../../scripts/search-index/records.ts';
import { makeSeedArchive } from './fixture-archive.ts';

const TODAY = '2026-11-01';

/**
 * A copy of the seeds' archive (tests/helpers/fixture-archive.ts) and a cache file for its check;
 * `check()` checks it as the build does (no errors expected) and gives the checked bulletins by
 * record chunk, as the build reads them.
 */
export function checkedContentCopy() {
  const dir = makeSeedArchive();
  const cacheFile = path.join(mkdtempSync(path.join(os.tmpdir(), 'bulletins-check-cache-')), 'content-check.jsonl');
  const check = () => {
    expect(checkContent(dir, { today: TODAY, cacheFile }).problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    return checkedBulletinChunks(dir, cacheFile);
  };
  return { dir, cacheFile, check };
}
