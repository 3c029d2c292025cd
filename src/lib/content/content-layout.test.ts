import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  bulletinsDir,
  contentRelativePath,
  entryFileOf,
  entryIdOf,
  originalPathOf,
  originalUrlPath,
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
});
