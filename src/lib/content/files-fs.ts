import type { Hash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** Every file below `dir` whose name ends with `extension`, as full paths, sorted; none if `dir` is missing. */
export function listFiles(dir: string, extension: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(extension))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/**
 * What tells that a file is unchanged without reading it: size, modification and change times and
 * inode, the test Git's index uses. Any write changes the change time, which no tool can set back.
 */
export function fileSignature(file: string): string {
  const stat = statSync(file, { bigint: true });
  return `${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}:${stat.ino}`;
}

/**
 * Adds files' paths (relative to `root`) and bytes to `hash`: what a cache keyed by the code that
 * made it holds only while none of those files changed.
 */
export function hashFiles(hash: Hash, root: string, files: string[]): Hash {
  for (const file of files)
    hash
      .update(`${path.relative(root, file)}\0`)
      .update(readFileSync(file))
      .update('\0');
  return hash;
}
