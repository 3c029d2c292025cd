import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  bulletinsDir,
  contentRelativePath,
  entryFileOf,
  entryIdOf,
  entrySlug,
  isEntrySlug,
  originalPathOf,
  originalUrlPath,
  redatedSlug,
  resolveContentDir,
} from './content-layout.ts';

const content = path.resolve('/srv/archive/content');

describe('the content layout', () => {
  it('is CONTENT_DIR, resolved from the working folder, or content/', () => {
    expect(resolveContentDir({ CONTENT_DIR: 'other' }, '/srv/archive')).toBe(path.resolve('/srv/archive/other'));
    expect(resolveContentDir({}, '/srv/archive')).toBe(content);
  });

  it('gives an entry file its id, and the id back its file and original, so ingest, check and the site agree', () => {
    const file = path.join(bulletinsDir(content), 'ky', '2025-09-12-a.md');
    expect(entryIdOf(content, file)).toBe('ky/2025-09-12-a');
    expect(entryFileOf(content, 'ky/2025-09-12-a')).toBe(file);
    expect(originalPathOf('ky/2025-09-12-a')).toBe('originals/ky/2025-09-12-a.txt');
    expect(contentRelativePath(content, path.join(content, 'originals', 'ky', '2025-09-12-a.txt'))).toBe(originalPathOf('ky/2025-09-12-a'));
    expect(originalUrlPath(originalPathOf('ky/2025-09-12-a'))).toBe('ky/2025-09-12-a.txt');
  });

  it('names an entry by its date, or undated, and its title words; a redate changes the date part only', () => {
    expect(entrySlug('2025-09-12', 'summit-in-bishkek')).toBe('2025-09-12-summit-in-bishkek');
    expect(entrySlug(null, 'summit-in-bishkek')).toBe('undated-summit-in-bishkek');
    expect(redatedSlug('undated-summit-in-bishkek', '2026-11-05')).toBe('2026-11-05-summit-in-bishkek');
    expect(redatedSlug('2025-09-12-summit-in-bishkek-2', '2025-09-11')).toBe('2025-09-11-summit-in-bishkek-2');
    // A name a maintainer gave without a date part keeps its words after the new date.
    expect(redatedSlug('summit-in-bishkek', '2026-11-05')).toBe('2026-11-05-summit-in-bishkek');
    expect(redatedSlug('undatedness-report', '2026-11-05')).toBe('2026-11-05-undatedness-report');
    for (const slug of ['undated-a', '2026-11-05-summit-in-bishkek']) expect(isEntrySlug(redatedSlug(slug, '2026-11-05'))).toBe(true);
    expect(isEntrySlug('Summit_in_Bishkek')).toBe(false);
  });
});
