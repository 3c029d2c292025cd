import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Problem } from '../check/problems.ts';
import type { Bulletin } from '../../src/lib/content/bulletin-schema.ts';
import { hashFiles, listFiles } from '../../src/lib/content/files-fs.ts';

/**
 * What the content check found in each file, kept between builds in Astro's cache folder: a rebuild
 * then reads and parses only the entries and originals that changed (YAML and the schema cost about
 * 0.3 ms an entry, 3 s of CPU at 10,000), and Astro's loader (scripts/assemble/bulletin-loader.ts) takes the
 * frontmatter the check already parsed instead of parsing every file a second time.
 *
 * A file counts as unchanged when its `fileSignature` (files-fs.ts) is; the cache as a whole holds
 * only while the code that checks (`checkCodeVersion`) and the content folder are the same.
 * One JSON line per file, so that 100,000 entries never make one huge string.
 */
export interface CheckedEntry {
  kind: 'entry';
  /** Path under the content folder, with forward slashes. */
  path: string;
  signature: string;
  /** SHA-256 of the file's bytes: what its search record is made from is unchanged while it is (scripts/search-index/records.ts). */
  sha256: string;
  /** The file as the problems show it (relative to the working folder). */
  file: string;
  problems: Problem[];
  /** The valid entry; null when its own checks failed. */
  entry: { id: string; data: Bulletin; lines: string[] } | null;
  date: { day: string; line: number } | null;
  /** The original an invalid entry names, so that it is not reported as an orphan. */
  originalPath?: string;
}

export interface CheckedOriginal {
  kind: 'original';
  path: string;
  signature: string;
  sha256: string;
}

interface Header {
  kind: 'header';
  version: string;
  contentDir: string;
}

export const CHECK_CACHE_FILE = 'content-check.jsonl';

/** The cached files of the last check of `contentDir` by this code, by path; empty when there is none or it no longer holds. */
export function readCheckCache(cacheFile: string, contentDir: string, version: string): Map<string, CheckedEntry | CheckedOriginal> {
  const files = new Map<string, CheckedEntry | CheckedOriginal>();
  try {
    for (const file of cachedFiles(cacheFile, contentDir, version)) files.set(checkCacheKey(file.kind, file.path), file);
  } catch {
    // A cache cut short (a build stopped while writing it) is no cache.
    files.clear();
  }
  return files;
}

/**
 * The files of the cache one by one, from its bytes a line at a time (at 100,000 entries the file
 * is hundreds of megabytes, too much for one string); none when it is missing or of other code or
 * another content folder. Throws on a line cut short.
 */
export function* cachedFiles(cacheFile: string, contentDir: string, version: string): Generator<CheckedEntry | CheckedOriginal> {
  if (!existsSync(cacheFile)) return;
  const bytes = readFileSync(cacheFile);
  const endOfLine = (start: number) => {
    const end = bytes.indexOf(10, start);
    return end < 0 ? bytes.length : end;
  };
  let end = endOfLine(0);
  const header = JSON.parse(bytes.toString('utf8', 0, end)) as Header;
  if (header.kind !== 'header' || header.version !== version || header.contentDir !== path.resolve(contentDir)) return;
  for (let start = end + 1; start < bytes.length; start = end + 1) {
    end = endOfLine(start);
    if (end > start) yield JSON.parse(bytes.toString('utf8', start, end)) as CheckedEntry | CheckedOriginal;
  }
}

export function checkCacheKey(kind: 'entry' | 'original', contentRelativePath: string): string {
  return `${kind}:${contentRelativePath}`;
}

export function writeCheckCache(cacheFile: string, contentDir: string, version: string, files: Iterable<CheckedEntry | CheckedOriginal>): void {
  mkdirSync(path.dirname(cacheFile), { recursive: true });
  const fd = openSync(cacheFile, 'w');
  try {
    const header: Header = { kind: 'header', version, contentDir: path.resolve(contentDir) };
    let chunk = `${JSON.stringify(header)}\n`;
    for (const file of files) {
      chunk += `${JSON.stringify(file)}\n`;
      if (chunk.length > 1 << 20) {
        writeSync(fd, chunk);
        chunk = '';
      }
    }
    writeSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
}

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let codeVersion: string | undefined;

/**
 * A digest of the code whose results the cache keeps: the check's rules, the schemas and the
 * utilities they use (the whole folders, so that a new import cannot be missed), this file, and the
 * YAML and zod versions installed. Any change to them checks every file again.
 */
export function checkCodeVersion(): string {
  if (codeVersion) return codeVersion;
  const folders = ['scripts/check', 'src/lib'].map((folder) => path.join(projectRoot, folder));
  const hash = hashFiles(createHash('sha256'), projectRoot, [
    ...folders.flatMap((folder) => listFiles(folder, '.ts')).filter((file) => !file.endsWith('.test.ts')),
    path.join(projectRoot, 'scripts/assemble/check-cache.ts'),
  ]);
  const require = createRequire(path.join(projectRoot, 'package.json'));
  for (const name of ['yaml', 'zod']) hash.update(`${name}@${(require(`${name}/package.json`) as { version: string }).version}\0`);
  codeVersion = hash.digest('base64url');
  return codeVersion;
}
