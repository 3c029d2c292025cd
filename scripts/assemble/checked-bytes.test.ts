import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkedFileTexts, type CheckedBulletin } from '../search-index/records.ts';
import { checkedContentCopy } from '../../tests/helpers/checked-content.ts';
import { checkedBytesFileOf } from './checked-bytes.ts';

/**
 * The content check hands the bytes it read to the search records (scripts/assemble/checked-bytes.ts):
 * the records must get each bulletin's text as the check read it, and read a file themselves only
 * where this check did not read it.
 */
function checkedCopy() {
  const { check, cacheFile } = checkedContentCopy();
  const textsOf = (bulletins: CheckedBulletin[]) => {
    const texts = checkedFileTexts(checkedBytesFileOf(cacheFile));
    const byId = new Map(bulletins.map((bulletin) => [bulletin.id, texts.textOf(bulletin)]));
    texts.close();
    return byId;
  };
  return { check: () => [...check().values()].flat(), textsOf, bytesFile: checkedBytesFileOf(cacheFile) };
}

describe("the files' bytes the content check hands to the search records", () => {
  it('gives every valid entry its file text as the check read it, not as the file is now', () => {
    const { check, textsOf } = checkedCopy();
    const bulletins = check();
    expect(bulletins.length).toBe(5);
    const [first] = bulletins;
    const asChecked = readFileSync(first.file, 'utf8');
    writeFileSync(first.file, `${asChecked}\nWritten after the check.\n`);
    const texts = textsOf(bulletins);
    expect(texts.get(first.id)).toBe(asChecked);
    for (const bulletin of bulletins.slice(1)) expect(texts.get(bulletin.id)).toBe(readFileSync(bulletin.file, 'utf8'));
  });

  it('holds only the files the last check read: a changed file, and none when nothing changed', () => {
    const { check, textsOf, bytesFile } = checkedCopy();
    check();
    const [first, second] = check();
    // Nothing changed since the first check: nothing was read, and every text comes from its file.
    expect(existsSync(bytesFile)).toBe(false);
    writeFileSync(second.file, `${readFileSync(second.file, 'utf8')}\nOne more sentence.\n`);
    const bulletins = check();
    expect(readFileSync(bytesFile).includes(Buffer.from('One more sentence.'))).toBe(true);
    expect(readFileSync(bytesFile).includes(Buffer.from(readFileSync(first.file, 'utf8').slice(-200)))).toBe(false);
    const texts = textsOf(bulletins);
    for (const bulletin of bulletins) expect(texts.get(bulletin.id)).toBe(readFileSync(bulletin.file, 'utf8'));
  });
});
