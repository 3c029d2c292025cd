import { closeSync, existsSync, fstatSync, mkdirSync, openSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';

/**
 * The bytes of the entry files the build's content check has just read, handed to the search
 * records (scripts/search-index/records.ts), so that the build reads each file once for both: the
 * check reads it (and keeps what it found, scripts/assemble/check-cache.ts), the records take its
 * text from here, and Astro reads it once more for its page (src/lib/site/collection.ts).
 *
 * One file beside the check's cache: the files' bytes one after another, then an index of them by
 * SHA-256 (JSON), then the index's length in 8 bytes. Written as the check reads, so that no entry
 * is held in memory; in place only once complete (a rename), and by SHA-256, so that what it gives
 * for a bulletin is always that bulletin's bytes. It holds only what this check read: in a rebuild,
 * the changed files; the records read any other file themselves. The build removes it when the
 * records are written.
 */
export function checkedBytesFileOf(cacheFile: string): string {
  return `${cacheFile.replace(/\.jsonl$/, '')}.bytes`;
}

type Index = Record<string, [offset: number, length: number]>;

/** Adds each file's bytes as the check reads them; `finish()` puts the file in place (or removes the last one when nothing was read). */
export function checkedBytesWriter(file: string): { add: (sha256: string, bytes: Uint8Array) => void; finish: () => void } {
  const partial = `${file}.partial`;
  let fd: number | undefined;
  let offset = 0;
  const index: Index = {};
  return {
    add(sha256, bytes) {
      if (sha256 in index) return;
      if (fd === undefined) {
        mkdirSync(path.dirname(file), { recursive: true });
        fd = openSync(partial, 'w');
      }
      writeSync(fd, bytes);
      index[sha256] = [offset, bytes.length];
      offset += bytes.length;
    },
    finish() {
      if (fd === undefined) {
        rmSync(file, { force: true });
        return;
      }
      const indexBytes = Buffer.from(JSON.stringify(index));
      const length = Buffer.alloc(8);
      length.writeBigUInt64LE(BigInt(indexBytes.length));
      writeSync(fd, indexBytes);
      writeSync(fd, length);
      closeSync(fd);
      renameSync(partial, file);
    },
  };
}

/** The text of a file the check read, by its SHA-256; undefined for a file it did not read (or without such a file). */
export function checkedBytesReader(file: string): { text: (sha256: string) => string | undefined; close: () => void } {
  if (!existsSync(file)) return { text: () => undefined, close: () => {} };
  const fd = openSync(file, 'r');
  const read = (length: number, position: number) => {
    const buffer = Buffer.alloc(length);
    readSync(fd, buffer, 0, length, position);
    return buffer;
  };
  const size = fstatSync(fd).size;
  const indexLength = Number(read(8, size - 8).readBigUInt64LE());
  const index = JSON.parse(read(indexLength, size - 8 - indexLength).toString('utf8')) as Index;
  return {
    text: (sha256) => {
      const at = Object.hasOwn(index, sha256) ? index[sha256] : undefined;
      return at && read(at[1], at[0]).toString('utf8');
    },
    close: () => closeSync(fd),
  };
}
