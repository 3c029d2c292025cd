import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { publishOriginals, readPublishedOriginals, writePublishedOriginals } from './originals-output.ts';

/** The originals are copied into the output folder after Astro (scripts/assemble/originals-output.ts), not rendered. */
describe('publishing the originals', () => {
  const work = mkdtempSync(path.join(os.tmpdir(), 'bulletins-originals-'));
  const content = path.join(work, 'content');
  const outDir = path.join(work, 'dist');
  const cacheDir = path.join(work, 'cache');
  const write = (relative: string, bytes: Buffer | string) => {
    mkdirSync(path.dirname(path.join(content, relative)), { recursive: true });
    writeFileSync(path.join(content, relative), bytes);
  };
  // Windows-1251 bytes and a CRLF: what is published is the file as submitted, not a decoded text.
  const cp1251 = Buffer.from([0xcc, 0xee, 0xf1, 0xea, 0xe2, 0xe0, 0x0d, 0x0a]);
  write('originals/ky/a.txt', cp1251);
  write('originals/tr/b.txt', 'Ankara\n');
  write('originals/tr/orphan.txt', 'no entry refers to this one\n');
  writePublishedOriginals(cacheDir, ['originals/tr/b.txt', 'originals/ky/a.txt']);
  const published = (relative: string) => readFileSync(path.join(outDir, relative));

  it('copies every listed original byte for byte to its content path, and no other', () => {
    publishOriginals(content, outDir, cacheDir);
    expect(published('originals/ky/a.txt')).toEqual(cp1251);
    expect(published('originals/tr/b.txt').toString()).toBe('Ankara\n');
    expect(() => published('originals/tr/orphan.txt')).toThrow(/ENOENT/);
    expect(readPublishedOriginals(cacheDir)).toEqual(['originals/ky/a.txt', 'originals/tr/b.txt']);
  });

  it('leaves a current one alone and publishes a replaced original again', () => {
    publishOriginals(content, outDir, cacheDir);
    const before = statSync(path.join(outDir, 'originals/ky/a.txt'), { bigint: true });
    publishOriginals(content, outDir, cacheDir);
    const after = statSync(path.join(outDir, 'originals/ky/a.txt'), { bigint: true });
    expect([after.ino, after.ctimeNs]).toEqual([before.ino, before.ctimeNs]);
    // Replaced by a new file (as Git and ingest replace files) of the same length, a minute later.
    rmSync(path.join(content, 'originals/ky/a.txt'));
    write('originals/ky/a.txt', Buffer.from('Moskva\r\n'));
    const later = new Date(Date.now() + 60_000);
    utimesSync(path.join(content, 'originals/ky/a.txt'), later, later);
    publishOriginals(content, outDir, cacheDir);
    expect(published('originals/ky/a.txt').toString()).toBe('Moskva\r\n');
  });

  it('lists none before the first content sync', () => {
    expect(readPublishedOriginals(path.join(work, 'no-cache-yet'))).toEqual([]);
  });
});
